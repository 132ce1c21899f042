"""The command line a clinic and its IT staff use."""
from __future__ import annotations

import subprocess
import sys

from brochure import __version__
from helpers import init_project, run


def test_version_and_help():
    assert __version__ in run("--version").output
    help_text = run("--help").output
    for command in ("build", "check", "init", "layouts", "fonts"):
        assert command in help_text


def test_python_dash_m(tmp_path):
    result = subprocess.run([sys.executable, "-m", "brochure", "--version"], capture_output=True, text=True,
                            cwd=tmp_path, check=False)
    assert result.returncode == 0 and __version__ in result.stdout


def test_layouts_lists_the_bundled_ones(tmp_path):
    output = run("layouts", str(tmp_path)).output
    assert "a4-leaflet" in output and "letter-leaflet" in output


def test_fonts_lists_bundled_and_clinic_families(tmp_path):
    from brochure.resources import bundled

    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "ClinicSans-Regular.ttf").write_bytes((bundled("fonts") / "NotoSans-Regular.ttf").read_bytes())
    output = run("fonts", str(tmp_path)).output
    assert "Noto Sans" in output and "Regular, Bold, Italic, BoldItalic" in output
    assert "Regular (bold drawn)" in output  # the clinic's family has no Bold file: its bold is stroked
    assert str(tmp_path / "fonts") in output


def test_init_refuses_to_overwrite(tmp_path):
    init_project(tmp_path / "clinic")
    result = run("init", str(tmp_path / "clinic"))
    assert result.exit_code == 1 and "already exists" in result.output


def test_init_project_builds_and_checks_clean(tmp_path):
    content = init_project(tmp_path / "clinic")
    assert run("check", str(content)).exit_code == 0
    result = run("build", str(content), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0 and "2 PDFs written" in result.output
