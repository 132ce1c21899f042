"""`brochure check` reports every problem of a file in one run, sorted by line, on standard output,
and its error messages say what happened and how to fix it."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pdfplumber
import pytest

from helpers import init_project, line_of, replace_in, run

DATA = Path(__file__).parent / "data" / "governance"


@pytest.fixture
def planted(tmp_path, monkeypatch) -> Path:
    """A content file with a planted problem of every kind (see the comments in the file)."""
    monkeypatch.setenv("BROCHURE_TODAY", "2026-12-05")
    folder = tmp_path / "planted"
    folder.mkdir()
    shutil.copy(DATA / "planted.yaml", folder / "content.yaml")
    return folder / "content.yaml"


# (text on the line it must name, words of the message)
PLANTED = [
    ("next_review: 2026-06-30", "was due for review on 2026-06-30"),
    ("title:", "missing translation for 'es'"),
    ("subtitel:", "unknown key 'subtitel' (did you mean 'subtitle'?)"),
    ("primary: #00695C", "the '#' of #00695C began a comment"),
    ('accent: "#B5471"', "'#B5471' is not valid here"),
    ("fax {fax}", "unknown placeholder '{fax}'"),
    ("Walk a little, then rest.", 'put the text in quotes: en: "Walk a little, then rest."'),
    ("Walk a little, then rest.", 'put the text in quotes: es: "Camine un poco, luego descanse."'),
    ("src: assets/missing.png", "file 'assets/missing.png' not found"),
    ("lines: four", "expected a whole number"),
]


def test_one_check_reports_every_planted_problem_with_its_line_on_stdout(planted):
    result = run("check", str(planted))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    for needle, message in PLANTED:
        where = f"{planted}:{line_of(planted, needle)}:"
        assert any(line.startswith(where) and message in line for line in lines), (needle, result.stdout)
    assert lines[-1] == f"{planted}: {len(PLANTED)} error(s), 0 warning(s)"
    numbers = [int(line.split(":")[1]) for line in lines[:-1]]
    assert numbers == sorted(numbers)
    assert "Traceback" not in result.output


def test_json_gives_every_planted_problem_with_line_and_language(planted):
    result = run("check", str(planted), "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    problems = report["problems"]
    assert report["errors"] == len(PLANTED) == len(problems)
    for needle, message in PLANTED:
        assert any(p["line"] == line_of(planted, needle) and message in f"{p['message']} ({p['hint']})"
                   for p in problems), needle
    assert all(p["line"] for p in problems)
    by_message = {p["message"]: p for p in problems}
    assert by_message["missing translation for 'es'"]["language"] == "es"
    assert by_message["unknown placeholder '{fax}'"]["language"] == "en"
    assert by_message["unknown key 'subtitel'"]["language"] is None


def test_brand_file_problems_are_reported_with_the_content_ones(planted, tmp_path):
    brand = tmp_path / "brand.yaml"
    brand.write_text('name: Other\ncolors: {primary: "#12345"}\ncontact: {phone: "1"}\nwebsite: x\n', "utf-8")
    result = run("check", str(planted), "--brand", str(brand))
    assert f"{brand}:2:" in result.stdout and f"{brand}:4:1: website: unknown key" in result.stdout
    assert f"{planted}:{line_of(planted, 'subtitel:')}:" in result.stdout


@pytest.fixture
def content(tmp_path) -> Path:
    return init_project(tmp_path / "clinic")


def test_exit_status_clean_problems_usage(content):
    assert run("check", str(content)).exit_code == 0
    assert run("check", str(content), "--format", "xml").exit_code == 2
    replace_in(content, "lines: 4", "lines: 0")
    assert run("check", str(content)).exit_code == 1


def test_fold_overflow_names_its_line_language_and_layout(content):
    long = " ".join(["Rest when you feel tired and drink water during the day."] * 15)
    paragraph = f'      - paragraph: {{en: "{long}", es: Descanse.}}\n'
    replace_in(content, "      - checklist:\n", paragraph * 20 + "      - checklist:\n")
    result = run("check", str(content), "--layout", "trifold-a4", "--format", "json")
    problems = [p for p in json.loads(result.stdout)["problems"] if "does not fit trifold-a4" in p["message"]]
    assert problems, result.stdout
    overflow = problems[0]
    assert overflow["line"] == line_of(content, "- id: questions")
    assert overflow["language"] == "en" and overflow["layout"] == "trifold-a4"
    text_output = run("check", str(content), "--layout", "trifold-a4").stdout
    assert f"{content}:{overflow['line']}:" in text_output and "[en, trifold-a4]" in text_output


def test_notes_block_taller_than_a_page_continues_on_the_next(content):
    """Issue 13: the lines of a notes block fill the rest of a page and continue on the next,
    rather than fail (or move whole and leave a gap)."""
    replace_in(content, "lines: 4", "lines: 40")
    assert run("check", str(content), "--layout", "large-print-a4").exit_code == 0
    result = run("build", str(content), "--lang", "en", "--layout", "large-print-a4", "-o", str(content.parent / "out"))
    assert result.exit_code == 0, result.output
    with pdfplumber.open(content.parent / "out" / "my-leaflet-en-large-print-a4.pdf") as pdf:
        ruled = [len([line for line in page.lines if line["width"] > page.width / 2]) for page in pdf.pages]
    assert sum(ruled) - len(ruled) >= 40  # each page also has the running head's rule
    assert len([count for count in ruled if count >= 3]) >= 2  # on two pages


@pytest.mark.parametrize("command", ["check", "build", "report"])
def test_unknown_layout_option_is_a_usage_error_said_once(content, command):
    result = run(command, str(content), "--layout", "a4-leaflt", "-o", str(content.parent / "out.txt")) \
        if command != "check" else run(command, str(content), "--layout", "a4-leaflt")
    assert result.exit_code == 2, result.output
    assert result.output.count("unknown layout 'a4-leaflt'") == 1
    assert "did you mean 'a4-leaflet'?" in result.output


def test_repeated_options_build_each_pdf_once(content):
    result = run("build", str(content), "-l", "en", "-l", "en", "--layout", "a4-leaflet", "--layout", "a4-leaflet",
                 "-o", str(content.parent / "out"))
    assert result.exit_code == 0
    assert result.output.count("wrote ") == 1 and "1 PDF written" in result.output


def test_unquoted_colour_says_the_hash_began_a_comment(content):
    replace_in(content, 'colors: {primary: "#1F4E79", accent: "#B5471B"}', "colors:\n    primary: #00695C")
    result = run("check", str(content))
    expected = (f"{content}:{line_of(content, 'primary: #00695C')}:13: clinic.colors.primary: has no value: the '#' "
                "of #00695C began a comment, which YAML ignores (put the colour in quotes: primary: \"#00695C\")")
    assert expected in result.stdout.splitlines()


def test_unquoted_colour_in_braces_says_the_hash_began_a_comment(content):
    replace_in(content, 'colors: {primary: "#1F4E79"', "colors: {primary: #00695C")
    result = run("check", str(content))
    assert result.exit_code == 1
    assert f"{content}:{line_of(content, 'primary: #00695C')}:" in result.stdout
    assert "the '#' of #00695C began a comment" in result.stdout and 'put colours in quotes' in result.stdout


def test_comma_inside_braces_says_how_to_quote(content):
    replace_in(content, "{en: Read this leaflet at your own pace., es: Lea este folleto a su ritmo.}",
               "{en: Read this leaflet, at your own pace., es: Lea este folleto a su ritmo.}")
    result = run("check", str(content))
    lines = result.stdout.splitlines()
    assert len(lines) == 2, result.stdout  # one problem, then the summary: no "has no value" for the stray entry
    assert lines[0].startswith(f"{content}:{line_of(content, 'Read this leaflet, at')}:")
    assert "'at your own pace.' was read as a new entry" in lines[0]
    assert 'put the text in quotes: en: "Read this leaflet, at your own pace."' in lines[0]


def test_placeholder_in_unquoted_braces_says_to_quote(content):
    replace_in(content, "{en: Bring a friend if you like.,", "{en: Call {phone} first.,")
    result = run("check", str(content))
    assert result.exit_code == 1
    assert "must be in quotes, e.g. en: \"Call us on {phone}\"" in result.stdout
