"""Hostile and broken inputs: each gets a clear error naming file, line and field, or a correct PDF."""
from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from brochure import source
from brochure.errors import BrochureError
from helpers import init_project, line_of, replace_in, run


def load_error(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "content.yaml"
    path.write_bytes(data)
    with pytest.raises(BrochureError) as info:
        source.load(path)
    return str(info.value)


def test_invalid_utf8_names_the_byte_offset(tmp_path):
    message = load_error(tmp_path, b"id: x\ntitle: caf\xe9\n")
    assert "content.yaml:2:11:" in message and "byte offset 16" in message and "UTF-8" in message


def test_bom_and_crlf_are_accepted(tmp_path):
    path = tmp_path / "content.yaml"
    path.write_bytes(b"\xef\xbb\xbfid: x\r\ntitle: caf\xc3\xa9\r\n")
    assert source.load(path).data == {"id": "x", "title": "café"}


def test_tabs_in_indentation(tmp_path):
    assert "indent with spaces, not tabs" in load_error(tmp_path, b"id: x\ntitle:\n\ten: a\n")


def test_duplicate_keys_are_an_error(tmp_path):
    message = load_error(tmp_path, b"title:\n  en: One\n  es: Uno\n  en: Two\n")
    assert "content.yaml:4:3:" in message and "duplicate key 'en'" in message and "first at line 2" in message


def test_alias_bomb_is_refused_before_it_expands(tmp_path, monkeypatch):
    """43 million values if expanded: refused after MAX_VALUES of them (counted, not timed)."""
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for prev, name in zip("abcdefg", "bcdefgh"):
        lines.append(f"{name}: &{name} [{','.join(['*' + prev] * 9)}]")
    visited = []
    build = source._Builder.build
    monkeypatch.setattr(source._Builder, "build", lambda self, *a: (visited.append(1), build(self, *a))[1])
    message = load_error(tmp_path, "\n".join(lines).encode())
    assert "expands to more than" in message
    assert len(visited) == source.MAX_VALUES + 1


def test_deep_nesting_is_refused(tmp_path):
    assert "nested more than" in load_error(tmp_path, b"a: " + b"[" * 60 + b"]" * 60)


def test_recursive_alias_is_refused(tmp_path):
    assert "nested more than" in load_error(tmp_path, b"a: &a [*a]\n")


def test_oversized_file_is_refused(tmp_path):
    assert "over the" in load_error(tmp_path, b"a: '" + b"x" * (source.MAX_FILE_BYTES + 10) + b"'\n")


def test_empty_file(tmp_path):
    assert "is empty" in load_error(tmp_path, b"# only a comment\n")


def test_language_no_stays_a_language(tmp_path):
    path = tmp_path / "content.yaml"
    path.write_bytes(b"title:\n  no: Hei\n  en: Hi\ndate: 2026-01-02\n")
    assert source.load(path).data == {"title": {"no": "Hei", "en": "Hi"}, "date": "2026-01-02"}


@pytest.fixture
def content(tmp_path) -> Path:
    return init_project(tmp_path / "clinic")


def _png(width: int, height: int) -> bytes:
    """A minimal valid PNG header claiming the given size (pixel data compressed from zeros)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = zlib.compress(b"\x00" * (width // 8 + 1) * min(height, 4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


@pytest.mark.parametrize("name,data,message", [
    ("not-an-image.png", b"this is text, not a picture", "not a PNG or JPEG image"),
    ("truncated.png", None, "damaged"),
    ("bomb.png", _png(30000, 30000), "more than 40,000,000 pixels"),
    ("external.svg", b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
                     b'width="10" height="10"><image xlink:href="file:///etc/passwd" width="10" height="10"/></svg>',
     "refers to other files"),
    ("entity.svg", b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                   b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&x;</text></svg>',
     "declares XML entities"),
])
def test_bad_images_are_named_with_their_line(content, name, data, message):
    from PIL import Image

    image = content.parent / "assets" / name
    if data is None:
        Image.new("RGB", (200, 200), "red").save(image)
        image.write_bytes(image.read_bytes()[:200])
    else:
        image.write_bytes(data)
    replace_in(content, "src: assets/logo.svg", f"src: assets/{name}")
    for command in ("check", "build"):
        result = run(command, str(content), "-o", str(content.parent / "out")) if command == "build" \
            else run(command, str(content))
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output
        assert f"{content}:{line_of(content, name)}:" in result.output and message in result.output, result.output


@pytest.mark.parametrize("change,message", [
    ("margins: {top: 20mm, bottom: 24mm, left: -5mm, right: 22mm}", "margin 'left' is negative"),
    ("margins: {top: 20mm, bottom: 24mm, left: 120mm, right: 120mm}", "too narrow to print text"),
    ("margins: {top: 20mm, bottom: 24mm, left: 22mm, right: twenty}", "write a length with its unit"),
])
def test_bad_clinic_layout_is_reported(content, change, message):
    layouts = content.parent / "layouts"
    layouts.mkdir()
    from brochure.resources import bundled

    text = (bundled("layouts") / "a4-leaflet.yaml").read_text("utf-8")
    text = text.replace("margins: {top: 20mm, bottom: 24mm, left: 22mm, right: 22mm}", change)
    (layouts / "a4-leaflet.yaml").write_text(text, "utf-8")
    result = run("build", str(content), "-o", str(content.parent / "out"))
    assert result.exit_code == 1
    assert f"{layouts / 'a4-leaflet.yaml'}:{line_of(layouts / 'a4-leaflet.yaml', 'margins')}:" in result.output
    assert message in result.output, result.output


def test_clinic_layout_is_listed(content):
    layouts = content.parent / "layouts"
    layouts.mkdir()
    (layouts / "a5-handout.yaml").write_text("description: Our A5 handout\npage: {size: A5}\n", "utf-8")
    result = run("layouts", str(content.parent))
    assert "a5-handout" in result.output and "Our A5 handout" in result.output and "a4-leaflet" in result.output
