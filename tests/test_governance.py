"""Trusted information: review dates and the leaflet record on the back page, the feedback route,
drafts marked on every page, and brand placeholders that print each clinic's own details."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pdfplumber
import pypdf
import pytest

from helpers import init_project, line_of, pdf_text, replace_in, run
from pdfua import violations
from test_tags import reading

DATA = Path(__file__).parent / "data" / "governance"
REVIEW = 'review: {version: "2.1", code: NEU-014, published: 2026-11-25, next_review: 2027-11-25}\n'


@pytest.fixture
def content(tmp_path, monkeypatch) -> Path:
    """The `brochure init` project with a review record and a feedback address, on a day its review
    is far off (tests of other days set BROCHURE_TODAY themselves)."""
    monkeypatch.setenv("BROCHURE_TODAY", "2027-01-01")
    content = init_project(tmp_path / "clinic")
    replace_in(content, 'updated: "2026-01-15"\n', 'updated: "2026-01-15"\n' + REVIEW)
    replace_in(content, "  qr: https://clinic.example/leaflet\n",
               "  qr: https://clinic.example/leaflet\n  feedback: feedback@clinic.example\n")
    return content


def _build(content: Path, *args: str) -> tuple[object, Path]:
    out = content.parent / "out"
    return run("build", str(content), "-o", str(out), "--layout", "a4-leaflet", *args), out


def _pages(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _links(path: Path) -> list[str]:
    found = []
    for page in pypdf.PdfReader(path).pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action and "/URI" in action:
                found.append(str(action["/URI"]))
    return found


# --- review dates ------------------------------------------------------------------------------

@pytest.mark.parametrize("today,exit_code,expected", [
    ("2028-01-10", 1, "error"),      # 46 days past
    ("2027-10-20", 0, "warning"),    # 36 days to go
    ("2027-01-01", 0, None),         # almost a year to go
])
def test_check_measures_the_review_date_against_today(content, monkeypatch, today, exit_code, expected):
    monkeypatch.setenv("BROCHURE_TODAY", today)
    result = run("check", str(content), "--format", "json")
    assert result.exit_code == exit_code, result.output
    import json

    found = [p for p in json.loads(result.stdout)["problems"] if "review" in p["message"]]
    if expected is None:
        assert found == []
        return
    assert [p["severity"] for p in found] == [expected]
    assert found[0]["line"] == line_of(content, "next_review:")
    assert ("46 days ago" if expected == "error" else "in 36 days") in found[0]["message"]
    if expected == "warning":
        assert run("check", str(content), "--strict").exit_code == 1


def test_overdue_leaflet_is_not_built_unless_allowed_and_the_cache_does_not_hide_it(content, monkeypatch):
    result, out = _build(content)
    assert result.exit_code == 0 and len(list(out.glob("*.pdf"))) == 2
    monkeypatch.setenv("BROCHURE_TODAY", "2028-01-10")
    result, _ = _build(content)  # nothing changed: every PDF is fresh in the cache, yet the build fails
    assert result.exit_code == 1
    assert f"{content}:{line_of(content, 'next_review:')}:" in result.output
    assert "was due for review on 2027-11-25, 46 days ago" in result.output and "--allow-overdue" in result.output
    assert "written" not in result.output and "unchanged" not in result.output
    result, _ = _build(content, "--allow-overdue")
    assert result.exit_code == 0
    assert "warning: the leaflet was due for review on 2027-11-25" in result.output


def test_near_review_date_is_a_warning_in_build(content, monkeypatch):
    monkeypatch.setenv("BROCHURE_TODAY", "2027-10-20")
    result, _ = _build(content)
    assert result.exit_code == 0 and "warning: the leaflet is due for review on 2027-11-25, in 36 days" in result.output


def test_bad_today_is_reported(content, monkeypatch):
    monkeypatch.setenv("BROCHURE_TODAY", "next week")
    result = run("check", str(content))
    assert result.exit_code == 2 and "BROCHURE_TODAY='next week' is not a date" in result.output


def test_review_dates_must_be_in_order(content):
    replace_in(content, "published: 2026-11-25", "published: 2028-01-01")
    result = run("check", str(content))
    assert result.exit_code == 1 and "next_review (2027-11-25) is before published (2028-01-01)" in result.stdout


def test_review_fields_are_validated(content):
    replace_in(content, 'version: "2.1", code: NEU-014', "version: 2.1, code: NEU 014, editor: me")
    result = run("check", str(content))
    line = f"{content}:{line_of(content, 'review:')}:"
    assert "'2.1' was read as a number" in result.stdout and "unknown key 'editor'" in result.stdout
    assert "'NEU 014' is not valid here" in result.stdout
    assert all(text.startswith(line) for text in result.stdout.splitlines()[:-1])


def test_back_page_prints_the_leaflet_record_in_each_language(content):
    result, out = _build(content)
    assert result.exit_code == 0, result.output
    english = " ".join(_pages(out / "my-leaflet-en-a4-leaflet.pdf")[-1].split())
    for text in ("Leaflet code: NEU-014", "Version 2.1", "Published: November 25, 2026", "Review due: November 25, 2027",
                 "Tell us what you think of this leaflet: feedback@clinic.example"):
        assert text in english, english
    spanish = " ".join(_pages(out / "my-leaflet-es-a4-leaflet.pdf")[-1].split())
    for text in ("Código del folleto: NEU-014", "Versión 2.1", "Publicado: 25 de noviembre de 2026",
                 "Próxima revisión: 25 de noviembre de 2027", "Díganos qué le parece este folleto"):
        assert text in spanish, spanish
    assert "mailto:feedback@clinic.example" in _links(out / "my-leaflet-en-a4-leaflet.pdf")
    keywords = pypdf.PdfReader(out / "my-leaflet-en-a4-leaflet.pdf").metadata["/Keywords"]
    assert "version 2.1" in keywords and "NEU-014" in keywords


@pytest.mark.parametrize("feedback,link", [("https://clinic.example/feedback", "https://clinic.example/feedback"),
                                           ('"+1 (555) 0100"', "tel:+15550100")])
def test_feedback_can_be_a_web_address_or_phone(content, feedback, link):
    replace_in(content, "feedback: feedback@clinic.example", f"feedback: {feedback}")
    _, out = _build(content, "-l", "en")
    assert link in _links(out / "my-leaflet-en-a4-leaflet.pdf")


def test_feedback_must_be_a_way_to_reach_the_clinic(content):
    replace_in(content, "feedback: feedback@clinic.example", "feedback: ask at the desk")
    result = run("check", str(content))
    assert f"{content}:{line_of(content, 'feedback:')}:" in result.stdout and "an email address" in result.stdout


# --- drafts ------------------------------------------------------------------------------------

WATERMARK = "DRAFT – not for patients"


def _slanted(char: dict) -> bool:
    """Whether pdfplumber's character is drawn rotated (its text matrix has a shear)."""
    return abs(char["matrix"][1]) > 0.1


@pytest.mark.parametrize("how", ["status", "option"])
@pytest.mark.parametrize("layout", ["a4-leaflet", "trifold-a4"])
def test_draft_is_marked_on_every_page_but_not_read_aloud(content, how, layout):
    if how == "status":
        replace_in(content, REVIEW, REVIEW + "status: draft\n")
    result = run("build", str(content), "-o", str(content.parent / "out"), "-l", "en", "--layout", layout,
                 *(["--draft"] if how == "option" else []))
    assert result.exit_code == 0, result.output
    pdf = content.parent / "out" / f"my-leaflet-draft-en-{layout}.pdf"
    assert pdf.is_file()
    with pdfplumber.open(pdf) as document:  # the diagonal mark: the only characters set at an angle
        diagonal = ["".join(c["text"] for c in page.chars if _slanted(c)) for page in document.pages]
    assert len(diagonal) >= 2 and set(diagonal) == {WATERMARK}
    assert not any("DRAFT" in text for _, text, _ in reading(pdf))  # an artifact: screen readers skip it
    assert violations(pdf) == []
    assert "draft" in pypdf.PdfReader(pdf).metadata["/Keywords"]


def test_final_leaflet_has_no_watermark(content):
    _, out = _build(content, "-l", "en")
    pdf = out / "my-leaflet-en-a4-leaflet.pdf"
    with pdfplumber.open(pdf) as document:
        assert not any(_slanted(c) for page in document.pages for c in page.chars)
    assert "DRAFT" not in pdf_text(pdf)


def test_strict_check_fails_on_a_draft(content):
    replace_in(content, REVIEW, REVIEW + "status: draft\n")
    result = run("check", str(content))
    assert result.exit_code == 0 and f"{content}:{line_of(content, 'status: draft')}:" in result.stdout
    assert "warning: this brochure is a draft" in result.stdout
    assert run("check", str(content), "--strict").exit_code == 1
    replace_in(content, "status: draft", "status: final")
    assert run("check", str(content), "--strict").exit_code == 0


# --- placeholders ------------------------------------------------------------------------------

@pytest.fixture
def placeholders(content) -> Path:
    replace_in(content, "{en: Bring a friend if you like., es: Venga con un acompañante si lo desea.}",
               '{en: "Call {clinic} on {phone} or write to {email}.", es: "Llame a {clinic} al {phone}."}')
    replace_in(content, "en: This leaflet explains what to expect.", "en: Braces print as {{this}}. Visit {website}, "
               "{address}, {hours}. This leaflet explains what to expect.")
    for brand in ("northside.yaml", "southside.yaml"):
        shutil.copy(DATA / brand, content.parent / brand)
    return content


def test_each_brand_prints_its_own_phone_and_email_in_the_body(placeholders):
    folder = placeholders.parent
    result = run("build", str(placeholders), "-o", str(folder / "out"), "-l", "en", "--layout", "a4-leaflet",
                 "--brand", str(folder / "northside.yaml"), "--brand", str(folder / "southside.yaml"))
    assert result.exit_code == 0, result.output
    north, south = (folder / "out" / f"my-leaflet-{b}-en-a4-leaflet.pdf" for b in ("northside", "southside"))
    north_body = " ".join(" ".join(_pages(north)[:-1]).split())  # the back page lists the contacts anyway
    south_body = " ".join(" ".join(_pages(south)[:-1]).split())
    assert "Call Northside Health on 020 7946 0321 or write to hello@northside.example." in north_body
    assert "Call Southside Clinic on +1 555 0142 or write to info@southside.example." in south_body
    assert "Visit northside.example, 5 North Road, Leeds, Every day 8 am to 8 pm." in north_body
    assert "Visit southside.example, 9 South Street, Springfield, Monday to Thursday, 10 am to 4 pm." in south_body
    assert "0142" not in north_body and "0321" not in south_body
    assert {"tel:02079460321", "mailto:hello@northside.example"} <= set(_links(north))
    assert {"tel:+15550142", "mailto:info@southside.example"} <= set(_links(south))
    assert "https://northside.example/feedback" in _links(north) and "tel:+15550143" in _links(south)


def test_placeholders_print_the_content_clinic_and_literal_braces(placeholders):
    _, out = _build(placeholders, "-l", "en")
    body = " ".join(pdf_text(out / "my-leaflet-en-a4-leaflet.pdf").split())
    assert "Braces print as {this}." in body
    assert "Visit clinic.example, 1 Main Street, Springfield, Monday to Friday, 9 am to 5 pm." in body
    assert "Call Example Health Clinic on +1 555 0100 or write to hello@clinic.example." in body


def test_unknown_placeholder_and_missing_value_are_errors_with_lines(placeholders):
    replace_in(placeholders, "Visit {website}", "Visit {web} {fax}")
    (placeholders.parent / "bare.yaml").write_text("name: Bare Clinic\n", "utf-8")
    result = run("check", str(placeholders), "--brand", str(placeholders.parent / "bare.yaml"))
    assert result.exit_code == 1
    line = line_of(placeholders, "Visit {web}")
    assert f"{placeholders}:{line}:" in result.stdout
    for name in ("{web}", "{fax}"):
        assert f"unknown placeholder '{name}'" in result.stdout
    assert "'{phone}' is used but the clinic has no contact.phone" in result.stdout
    assert re.search(r"use one of \{clinic\}, \{phone\}, \{email\}, \{website\}, \{address\}, \{hours\}", result.stdout)
