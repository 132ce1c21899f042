"""The shipped sample brochure builds in every language and layout with every word printed."""
from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
import yaml

from helpers import copy_sample, missing_letters, missing_words, run, texts_for

SAMPLE = Path(__file__).resolve().parent.parent / "content.yaml"
DATA = yaml.safe_load(SAMPLE.read_text("utf-8"))
LANGUAGES = DATA["languages"]
LAYOUTS = DATA["layouts"]


def printed_sections(layout: str) -> list[dict]:
    """The sample's sections a layout prints: those its sections_for names (a fold's cover too), else all."""
    chosen = DATA.get("sections_for", {}).get(layout)
    if isinstance(chosen, dict):
        chosen = chosen.get("cover", []) + chosen["sections"]
    return [s for s in DATA["sections"] if chosen is None or s["id"] in chosen]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("sample")
    content = copy_sample(folder)
    result = run("build", str(content), "-o", str(folder / "out"))
    assert result.exit_code == 0, result.output
    return folder


def test_sample_uses_every_block_type():
    kinds = {next(iter(block)) for section in DATA["sections"] for block in section["blocks"]}
    assert kinds == {"paragraph", "bullets", "steps", "callout", "image", "table", "faq", "checklist", "notes"}
    styles = {block["callout"].get("style") for s in DATA["sections"] for block in s["blocks"] if "callout" in block}
    assert styles == {"key-points", "warning", "tip"}


def test_sample_checks_clean():
    result = run("check", str(SAMPLE))
    assert result.exit_code == 0 and "0 error(s)" in result.output, result.output
    # English meets the reading-level target: no warning names an English text
    assert not [line for line in result.output.splitlines() if "(en)" in line or ".en:" in line], result.output


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_word_in_every_language_and_layout(built, lang, layout, tmp_path):
    pdf = built / "out" / f"stem-cell-ms-{lang}-{layout}.pdf"
    printed = tmp_path / "content.yaml"  # the sample with only the sections this layout prints
    printed.write_text(yaml.safe_dump({**DATA, "sections": printed_sections(layout)}, allow_unicode=True), "utf-8")
    texts = texts_for(printed, lang)
    if lang.startswith(("ar", "hi", "zh")):  # no spaces, or extraction reorders shaped text: count letters
        assert missing_letters(texts, pdf) == {}
    else:
        assert missing_words(texts, pdf) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_outline_lists_every_section(built, lang):
    reader = pypdf.PdfReader(built / "out" / f"stem-cell-ms-{lang}-a4-leaflet.pdf")
    titles = [entry.title for entry in reader.outline]
    headings = [section["heading"][lang] for section in printed_sections("a4-leaflet")]
    assert titles[:len(headings)] == headings
    assert reader.trailer["/Root"]["/Lang"] == lang


def test_no_empty_pages(built):
    for pdf in (built / "out").glob("*.pdf"):
        for number, page in enumerate(pypdf.PdfReader(pdf).pages, 1):
            body = page.extract_text().strip().splitlines()
            assert len(body) > 3, f"{pdf.name} page {number} is nearly empty"
