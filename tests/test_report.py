"""`brochure report`: the figures a clinic files with a leaflet's sign-off."""
from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest

from brochure.checks.readability import score, section_text
from brochure.api import load_project, translation_status
from helpers import init_project, line_of, replace_in, run


@pytest.fixture
def content(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("BROCHURE_TODAY", "2027-10-20")
    content = init_project(tmp_path / "clinic")
    replace_in(content, 'updated: "2026-01-15"\n', 'updated: "2026-01-15"\nreview: {version: "3", code: GEN-7, '
               'published: 2026-11-25, next_review: 2027-11-25, author: A. Writer, reviewed_by: B. Checker}\n')
    replace_in(content, "layouts: [a4-leaflet]", "layouts: [a4-leaflet, trifold-a4]")
    replace_in(content, "{en: Bring your medicines list., es: Traiga su lista de medicamentos.}",
               "{en: Bring your pharmacotherapeutical list., es: Traiga su lista de medicamentos.}")
    return content


def test_json_report_has_the_figures(content):
    result = run("report", str(content), "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["review"] == {"version": "3", "code": "GEN-7", "author": "A. Writer", "reviewed_by": "B. Checker",
                                "published": "2026-11-25", "next_review": "2027-11-25"}
    assert report["review_state"] == "due soon: the leaflet is due for review on 2027-11-25, in 36 days"
    english, spanish = report["languages"]
    assert english["formula"] == "Flesch-Kincaid grade" and spanish["formula"] == "Fernández-Huerta"
    assert english["target"] == f"grade 8 or lower (reading_level.grade, line {line_of(content, 'grade: 8')})"
    assert spanish["target"].startswith("60 or more (higher is easier)")
    brochure = load_project(content).brochure
    about = english["sections"][0]
    assert about["figure"] == round(score(section_text(brochure.sections[0], "en"), "en"), 1)
    assert about["long_words"] == ["pharmacotherapeutical"]
    assert (about["longest_sentence"], about["longest_sentence_words"]) == ("Read this leaflet at your own pace.", 7)
    assert english["translation_status"] == "source language"
    (es,) = translation_status(content)
    assert spanish["translation_status"] == (f"{es.translated} of {es.total} texts translated (100%), 0 missing, "
                                             "0 stale, 0 not yet confirmed") and es.translated == es.total > 10
    assert {c["colour"]: c["passes"] for c in report["contrast"]}["#1F4E79"] is True


def test_page_counts_are_those_of_the_built_pdfs(content):
    report = json.loads(run("report", str(content), "--format", "json").stdout)
    run("build", str(content), "-o", str(content.parent / "out"))
    for edition in report["editions"]:
        language, layout = edition["name"].split("/")
        pdf = content.parent / "out" / f"my-leaflet-{language}-{layout}.pdf"
        assert edition["pages"] == len(pypdf.PdfReader(pdf).pages), edition
    assert {e["name"] for e in report["editions"]} == {"en/a4-leaflet", "es/a4-leaflet", "en/trifold-a4", "es/trifold-a4"}


def test_glossary_terms_used_are_listed(content):
    replace_in(content, "references:\n", "glossary:\n  - term: {en: leaflet, es: folleto}\n"
               "    definition: {en: A short printed paper., es: Un papel impreso corto.}\nreferences:\n")
    report = json.loads(run("report", str(content), "--format", "json").stdout)
    assert report["languages"][0]["sections"][0]["glossary_terms"] == ["leaflet"]
    assert report["languages"][1]["sections"][0]["glossary_terms"] == ["folleto"]
    assert report["languages"][0]["sections"][1]["glossary_terms"] == []


def test_markdown_report_written_to_a_file(content):
    target = content.parent / "signoff" / "report.md"
    result = run("report", str(content), "--format", "markdown", "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    text = target.read_text("utf-8")
    assert text.startswith("# Report: Living well with your condition (my-leaflet)")
    assert "| en/trifold-a4 | 2 |" in text
    assert "- code: GEN-7" in text and "## Language es" in text
    assert "| About this leaflet |" in text and "pharmacotherapeutical" in text


def test_text_report_names_formula_target_and_overdue_state(content, monkeypatch):
    monkeypatch.setenv("BROCHURE_TODAY", "2028-01-01")
    result = run("report", str(content))
    assert result.exit_code == 0
    assert "state: OVERDUE: the leaflet was due for review on 2027-11-25, 37 days ago" in result.stdout
    assert "reading level: Flesch-Kincaid grade; target grade 8 or lower" in result.stdout
    assert "translation status: source language" in result.stdout
    assert "texts translated (100%), 0 missing, 0 stale" in result.stdout


def test_report_on_a_broken_file_points_to_check(content):
    replace_in(content, "lines: 4", "lines: four")
    result = run("report", str(content))
    assert result.exit_code == 1 and "expected a whole number" in result.output and "brochure check" in result.output
