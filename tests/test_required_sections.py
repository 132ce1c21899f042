"""A section marked `required: true` must be in every layout's sections_for selection, or check warns."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import init_project, line_of, pdf_text, run

SELECTIONS = """sections_for:
  trifold-a4: [about]
  bifold-a4: [about, questions]
"""


def _project(folder: Path, required: str = "true", selections: str = SELECTIONS) -> Path:
    """An init project whose 'questions' section carries `required: <required>`, with fold selections."""
    content = init_project(folder)
    text = content.read_text("utf-8")
    text = text.replace("  - id: questions\n", f"  - id: questions\n    required: {required}\n", 1)
    text = text.replace("sections:\n", selections + "sections:\n", 1)
    content.write_text(text, "utf-8")
    return content


def _warnings(output: str) -> list[str]:
    return [line for line in output.splitlines() if "required section" in line]


def test_check_warns_with_the_line_of_the_selection_that_leaves_it_out(tmp_path):
    content = _project(tmp_path / "clinic")
    result = run("check", str(content))
    assert result.exit_code == 0, result.output  # a warning, not an error
    assert _warnings(result.output) == [
        f"{content}:{line_of(content, 'trifold-a4: [about]')}:3: sections_for.trifold-a4: warning: "
        "layout 'trifold-a4' leaves out the required section 'questions' "
        "(add 'questions' to sections_for.trifold-a4; if the layout is then too full, shorten the text) [trifold-a4]"
    ]  # bifold-a4 prints it: no warning for that layout


def test_strict_check_fails_on_it_and_json_names_the_line(tmp_path):
    content = _project(tmp_path / "clinic")
    assert run("check", str(content), "--strict").exit_code == 1
    result = run("check", str(content), "--format", "json")
    findings = [f for f in json.loads(result.output)["problems"] if "required section" in f["message"]]
    assert [(f["severity"], f["line"], f["path"]) for f in findings] == [
        ("warning", line_of(content, "trifold-a4: [about]"), "sections_for.trifold-a4")]


def test_several_required_sections_left_out_are_named_together(tmp_path):
    content = _project(tmp_path / "clinic")
    content.write_text(content.read_text("utf-8").replace(
        "  - id: about\n", "  - id: about\n    required: true\n", 1), "utf-8")
    result = run("check", str(content))
    assert _warnings(result.output) == [
        f"{content}:{line_of(content, 'trifold-a4: [about]')}:3: sections_for.trifold-a4: warning: "
        "layout 'trifold-a4' leaves out the required section 'questions' "
        "(add 'questions' to sections_for.trifold-a4; if the layout is then too full, shorten the text) [trifold-a4]"]
    content.write_text(content.read_text("utf-8").replace("trifold-a4: [about]", "trifold-a4: [glossary]"), "utf-8")
    result = run("check", str(content))
    assert _warnings(result.output) == [
        f"{content}:{line_of(content, 'trifold-a4: [glossary]')}:3: sections_for.trifold-a4: warning: "
        "layout 'trifold-a4' leaves out the required sections 'about', 'questions' "
        "(add 'about', 'questions' to sections_for.trifold-a4; if the layout is then too full, shorten the text) [trifold-a4]"]


@pytest.mark.parametrize("required,selections", [
    ("false", SELECTIONS),                                  # not required: a selection may leave it out
    ("true", ""),                                           # no selection: every layout prints everything
    ("true", "sections_for:\n  trifold-a4: [questions]\n"),  # the selection names it
])
def test_no_warning_when_nothing_required_is_left_out(tmp_path, required, selections):
    content = _project(tmp_path / "clinic", required, selections)
    result = run("check", str(content))
    assert result.exit_code == 0 and _warnings(result.output) == [], result.output


def test_required_must_be_true_or_false(tmp_path):
    content = _project(tmp_path / "clinic", required='"yes"')
    result = run("check", str(content))
    assert result.exit_code == 1
    assert f"{content}:{line_of(content, 'required:')}:" in result.output, result.output
    assert "sections[1].required" in result.output, result.output


def test_a_selection_without_the_required_section_still_builds_without_it(tmp_path):
    content = _project(tmp_path / "clinic")
    result = run("build", str(content), "--lang", "en", "--layout", "trifold-a4", "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    text = pdf_text(tmp_path / "out" / "my-leaflet-en-trifold-a4.pdf")
    assert "About this leaflet" in text and "Your questions" not in text
