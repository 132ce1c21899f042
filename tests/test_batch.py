"""Batch builds: parallel workers, incremental rebuilds and shards give the right PDFs."""
from __future__ import annotations

from pathlib import Path

import pytest

from brochure import api
from helpers import init_project, replace_in, run


@pytest.fixture
def content(tmp_path) -> Path:
    return init_project(tmp_path / "clinic")


def _build(content: Path, *args: str) -> tuple[set[str], str]:
    result = run("build", str(content), "-o", str(content.parent / "out"), "--layout", "a4-leaflet",
                 "--layout", "letter-leaflet", *args)
    assert result.exit_code == 0, result.output
    wrote = {Path(line.split()[1]).name for line in result.output.splitlines() if line.startswith("wrote ")}
    return wrote, result.output


def test_parallel_and_serial_builds_are_identical(content, tmp_path):
    _build(content, "--jobs", "2")
    serial = tmp_path / "serial"
    assert run("build", str(content), "-o", str(serial), "--layout", "a4-leaflet", "--layout", "letter-leaflet",
               "--jobs", "1").exit_code == 0
    for pdf in serial.glob("*.pdf"):
        assert pdf.read_bytes() == (content.parent / "out" / pdf.name).read_bytes()


def test_unchanged_rebuild_writes_nothing(content):
    first, _ = _build(content)
    assert len(first) == 4
    pdf = content.parent / "out" / "my-leaflet-en-a4-leaflet.pdf"
    before = pdf.stat().st_mtime_ns
    again, output = _build(content)
    assert again == set() and "0 PDFs written, 4 unchanged" in output
    assert pdf.stat().st_mtime_ns == before


def test_changed_translation_rebuilds_only_that_language(content):
    _build(content)
    replace_in(content, "es: Vivir bien con su enfermedad", "es: Vivir mejor con su enfermedad\n  # a new line")
    wrote, _ = _build(content)
    assert wrote == {"my-leaflet-es-a4-leaflet.pdf", "my-leaflet-es-letter-leaflet.pdf"}


def test_changed_reading_target_rebuilds_nothing(content):
    """The reading-level target is for `brochure check`; it prints nothing."""
    _build(content)
    replace_in(content, "  grade: 8", "  grade: 6")
    wrote, _ = _build(content)
    assert wrote == set()


@pytest.mark.parametrize("change", ["image", "font", "layout", "brand"])
def test_changed_input_file_rebuilds(content, change):
    _build(content)
    folder = content.parent
    if change == "image":
        logo = folder / "assets" / "logo.svg"
        logo.write_text(logo.read_text().replace("#1F4E79", "#2D5016"))
    elif change == "font":
        from brochure.resources import bundled

        (folder / "fonts").mkdir()
        for style in ("Regular", "Bold"):
            (folder / "fonts" / f"NotoSans-{style}.ttf").write_bytes((bundled("fonts") / f"NotoSans-{style}.ttf").read_bytes())
    elif change == "layout":
        from brochure.resources import bundled

        (folder / "layouts").mkdir()
        text = (bundled("layouts") / "a4-leaflet.yaml").read_text().replace("size: 13", "size: 14")
        (folder / "layouts" / "a4-leaflet.yaml").write_text(text)
    else:
        replace_in(content, 'primary: "#1F4E79"', 'primary: "#2D5016"')
    wrote, _ = _build(content)
    expected = {"a4-leaflet"} if change == "layout" else {"a4-leaflet", "letter-leaflet"}
    assert {name.rsplit("-", 2)[-2] + "-" + name.rsplit("-", 2)[-1][:-4] for name in wrote} == expected
    assert len(wrote) == 2 * len(expected)


def test_force_rebuilds_everything(content):
    _build(content)
    wrote, _ = _build(content, "--force")
    assert len(wrote) == 4


def test_deleting_the_cache_is_safe(content):
    _build(content)
    (content.parent / "out" / ".brochure-cache.json").unlink()
    wrote, _ = _build(content)
    assert len(wrote) == 4


def test_shards_are_disjoint_and_cover_the_matrix(content):
    project = api.load_project(content)
    everything = api.Options(layouts=("a4-leaflet", "letter-leaflet"))
    full = {str(job) for job in api.plan(project, everything)}
    slices = [{str(job) for job in api.plan(project, api.Options(layouts=everything.layouts, shard=(i, 3)))}
              for i in (1, 2, 3)]
    assert set().union(*slices) == full
    assert sum(len(s) for s in slices) == len(full)


def test_bad_shard_is_a_usage_error(content):
    assert run("build", str(content), "--shard", "4/3").exit_code == 2
