"""Every language a clinic's patients read: the hand hygiene leaflet (tests/data/hand-hygiene) in all
39 languages builds with no warning, keeps to one or two pages before the back page, and its title
comes back out of the PDF's text."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdf
import pypdfium2
import pytest
import yaml

from brochure import api
from brochure.project import Result

CONTENT = Path(__file__).parent / "data" / "hand-hygiene" / "content.yaml"
_DATA = yaml.safe_load(CONTENT.read_text("utf-8"))
LANGUAGES, TITLES = _DATA["languages"], _DATA["title"]
BACK_PAGE_LINK = "mailto:hello@lakeside-clinic.example"  # only the back page links the clinic's e-mail

# Invisible in print, so no PDF text is sure to carry them: bidi marks and embeddings, joiners, soft hyphen.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u061c\u200b\u200c\u200d\u200e\u200f"
                                    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Result]:
    """Every language built once, in two worker processes, as `brochure build --jobs 2` does."""
    out = tmp_path_factory.mktemp("hand-hygiene")
    results = api.build(CONTENT, out, api.Options(jobs=2))
    return {result.job.language: result for result in results}


def _pdf(built: dict[str, Result], lang: str) -> Path:
    result = built[lang]
    if not result.ok:
        pytest.fail(f"{lang} did not build:\n" + "\n".join(str(p) for p in result.problems), pytrace=False)
    return result.path


def _squashed(text: str) -> str:
    """Text as compared here: compatibility form, no invisible characters, no white space (lines may wrap)."""
    return "".join(unicodedata.normalize("NFKC", text).translate(_INVISIBLE).split())


def test_every_language_is_in_the_leaflet(built):
    assert len(LANGUAGES) == 39 and set(built) == set(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_builds_with_no_warning(built, lang):
    _pdf(built, lang)
    assert [str(w) for w in built[lang].warnings] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_content_takes_one_or_two_pages_then_the_back_page(built, lang):
    """The a4-leaflet always ends with the back page (contact details, QR code, disclaimer)."""
    pages = pypdf.PdfReader(_pdf(built, lang)).pages
    links = [[annotation.get_object().get("/A", {}).get("/URI") for annotation in page.get("/Annots", [])]
             for page in pages]
    assert [number for number, uris in enumerate(links, 1) if BACK_PAGE_LINK in uris] == [len(pages)]
    assert 1 <= len(pages) - 1 <= 2


@pytest.mark.parametrize("lang", LANGUAGES)
def test_title_comes_back_out_of_the_text(built, lang):
    document = pypdfium2.PdfDocument(_pdf(built, lang))
    first_page = document[0].get_textpage().get_text_range()
    assert _squashed(TITLES[lang]) in _squashed(first_page)
