"""Every mistake a clinic can make gets one clear line: file, line, field, what to do. No traceback."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import init_project, line_of, replace_in, run

# (name, text to replace, replacement, expected words in the message, text on the line it must name)
CASES = [
    ("yaml syntax", "title: {en: Key points, es: Puntos clave}", "title: {en: Key: points, es: Puntos clave}",
     "YAML syntax error", "Key: points"),
    ("unknown key", "colors: {primary:", "colours: {primary:", "unknown key 'colours' (did you mean 'colors'?)",
     "colours:"),
    ("unknown block", "- paragraph:", "- paragraf:", "unknown key 'paragraf' (did you mean 'paragraph'?)",
     "paragraf:"),
    ("wrong type", "lines: 4", "lines: four", "expected a whole number", "lines: four"),
    ("number for text", 'phone: "+1 555 0100"', "phone: 0123", 'put it in quotes: "0123"', "phone: 0123"),
    ("boolean for text", "address: 1 Main Street, Springfield", "address: yes", 'put it in quotes: "yes"',
     "address: yes"),
    ("null value", "address: 1 Main Street, Springfield", "address:", "has no value", "address:"),
    ("missing field", "          alt: {en: The clinic logo, es: El logotipo de la clínica}\n", "",
     "missing required field 'alt'", "src: assets/logo.svg"),
    ("missing translation", "  es: Vivir bien con su enfermedad\n", "", "missing translation for 'es'",
     "title:"),
    ("missing image", "src: assets/logo.svg", "src: assets/photo.png", "file 'assets/photo.png' not found",
     "src: assets/photo.png"),
    ("unknown layout", "layouts: [a4-leaflet]", "layouts: [a4-leaflt]",
     "unknown layout 'a4-leaflt' (did you mean 'a4-leaflet'?)", "layouts:"),
    ("unknown font", "fonts: {body: Noto Sans", "fonts: {body: Noto Sanz",
     "unknown font family 'Noto Sanz' (did you mean 'Noto Sans'?)", "body: Noto Sanz"),
    ("bad colour", 'primary: "#1F4E79"', 'primary: "#12345"', "write colours as \"#RRGGBB\"", "#12345"),
    ("table row length", '- [{en: Monday, es: Lunes}, "9:00 - 17:00"]', "- [{en: Monday, es: Lunes}]",
     "row 1 has 1 cells but the header has 2", "{en: Monday, es: Lunes}]"),
    ("javascript link", "(https://clinic.example).\n          es:", "(javascript:alert(1)).\n          es:",
     "link address 'javascript:alert(1)' is not allowed", "javascript:"),
    ("duplicate key", "  name: Example Health Clinic\n", "  name: Example Health Clinic\n  name: Other\n",
     "duplicate key 'name'", "name: Other"),
    ("outside folder", "src: assets/logo.svg", "src: ../../../etc/passwd", "outside the brochure's folder",
     "etc/passwd"),
]


@pytest.fixture
def content(tmp_path) -> Path:
    return init_project(tmp_path / "clinic")


@pytest.mark.parametrize("name,old,new,message,needle", CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("command", ["check", "build"])
def test_mistake_is_reported_with_file_and_line(content, command, name, old, new, message, needle):
    replace_in(content, old, new)
    result = run(command, str(content), "-o", str(content.parent / "out")) if command == "build" \
        else run(command, str(content))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    expected = f"{content}:{line_of(content, needle)}:"
    lines = [line for line in result.output.splitlines() if message in line]
    assert lines, result.output
    assert all(expected in line for line in lines), result.output
    if command == "build":
        assert not list((content.parent / "out").glob(".brochure-*.part")), "temporary file left behind"


def test_check_reports_every_problem_at_once(content):
    replace_in(content, "colors: {primary:", "colours: {primary:")
    replace_in(content, "lines: 4", "lines: four")
    replace_in(content, 'phone: "+1 555 0100"', "phone: 0123")
    result = run("check", str(content))
    assert result.exit_code == 1
    assert "3 error(s)" in result.output


def test_check_json_format(content):
    import json

    replace_in(content, "colors: {primary:", "colours: {primary:")
    result = run("check", str(content), "--format", "json")
    data = json.loads(result.output)
    assert data["errors"] == 1
    problem = data["problems"][0]
    assert problem["line"] == line_of(content, "colours:") and problem["path"] == "clinic.colours"


def test_one_failing_language_does_not_stop_the_others(content):
    replace_in(content, "  es: Vivir bien con su enfermedad\n", "")
    out = content.parent / "out"
    result = run("build", str(content), "-o", str(out))
    assert result.exit_code == 1
    assert (out / "my-leaflet-en-a4-leaflet.pdf").is_file()
    assert not (out / "my-leaflet-es-a4-leaflet.pdf").exists()
    assert "1 PDF written, 1 failed" in result.output


def test_failed_build_keeps_the_previous_pdf(content):
    out = content.parent / "out"
    assert run("build", str(content), "-o", str(out)).exit_code == 0
    before = (out / "my-leaflet-es-a4-leaflet.pdf").read_bytes()
    replace_in(content, "  es: Vivir bien con su enfermedad\n", "")
    assert run("build", str(content), "-o", str(out)).exit_code == 1
    assert (out / "my-leaflet-es-a4-leaflet.pdf").read_bytes() == before


def test_missing_content_file(tmp_path):
    result = run("check", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 1
    assert "content file not found" in result.output


def test_unknown_option_is_a_usage_error(content):
    assert run("build", str(content), "--colour", "red").exit_code == 2


def test_fallback_prints_source_language_with_a_warning(content):
    replace_in(content, "  es: Vivir bien con su enfermedad\n", "")
    out = content.parent / "out"
    result = run("build", str(content), "--fallback", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "warning: no 'es' translation" in result.output


def test_bad_brand_file_names_its_line(content, tmp_path):
    brand = tmp_path / "northside.yaml"
    brand.write_text('name: Northside\ncolors: {primary: "#12345"}\n', "utf-8")
    result = run("build", str(content), "--brand", str(brand), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{brand}:2:" in result.output and "#RRGGBB" in result.output


def test_allow_outside_files_accepts_an_image_elsewhere(content, tmp_path):
    import shutil

    shutil.copy(content.parent / "assets" / "logo.svg", tmp_path / "shared-logo.svg")
    replace_in(content, "src: assets/logo.svg", f"src: {tmp_path / 'shared-logo.svg'}")
    out = tmp_path / "out"
    assert run("build", str(content), "-o", str(out)).exit_code == 1
    assert run("build", str(content), "--allow-outside-files", "-o", str(out)).exit_code == 0
