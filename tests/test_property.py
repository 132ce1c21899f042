"""Property: any content document either builds a PDF holding all its words, or fails with our error.

Run longer with:  HYPOTHESIS_PROFILE=long pytest tests/test_property.py
Under CI (CI=true) the examples are derandomized, so a run depends only on the code: a submission is
never failed by a chance draw that the previous run did not make. The long profile explores at random.
"""
from __future__ import annotations

import os
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from brochure import api
from brochure.errors import BrochureError
from helpers import pdf_text, words
from pdfua import violations

_QUIET = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
settings.register_profile("default", max_examples=12, deadline=None, suppress_health_check=_QUIET)
settings.register_profile("ci", max_examples=12, deadline=None, suppress_health_check=_QUIET, derandomize=True,
                          database=None)
settings.register_profile("long", max_examples=400, deadline=None, suppress_health_check=_QUIET)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "default"))

LETTERS = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éüßçñøÅ€–"))
MARKUPISH = st.sampled_from(["**", "*", "[", "]", "(", ")", "<b>", "</font>", "<img src='/etc/passwd'/>", "&amp;",
                             "&", "<", ">", '"', "'", "\\", "#", ":", "[x](https://example.org)", "\u00ad", "\t"])
ODD = st.characters(codec="utf-8", exclude_categories=("Cs",))
WORD = st.lists(LETTERS, min_size=1, max_size=14).map("".join)
CLEAN_TEXT = st.lists(st.one_of(WORD, WORD, WORD, MARKUPISH), min_size=1, max_size=30).map(" ".join)
ODD_TEXT = st.lists(st.one_of(WORD, MARKUPISH, ODD), min_size=1, max_size=30).map(" ".join)
TEXT = st.one_of(*[CLEAN_TEXT] * 40, ODD_TEXT)  # mostly printable text, sometimes anything at all
TEXTS = st.lists(TEXT, min_size=1, max_size=4)

GOOD_BLOCK = st.one_of(
    st.builds(lambda t: {"paragraph": t}, TEXT),
    st.builds(lambda t: {"bullets": t}, TEXTS),
    st.builds(lambda t: {"steps": t}, TEXTS),
    st.builds(lambda t: {"checklist": t}, TEXTS),
    st.builds(lambda title, text, items: {"callout": {"style": "warning", "title": title, "text": text, "bullets": items}},
              TEXT, TEXT, TEXTS),
    st.builds(lambda h, rows: {"table": {"header": h, "rows": [[c for c in row[:len(h)]] + ["x"] * (len(h) - len(row))
                                                               for row in rows]}}, TEXTS, st.lists(TEXTS, min_size=1, max_size=3)),
    st.builds(lambda q, a: {"faq": [{"q": q, "a": a}]}, TEXT, TEXT),
    st.builds(lambda t, n: {"notes": {"title": t, "lines": n}}, TEXT, st.integers(1, 5)),
)
BLOCK = st.one_of(*[GOOD_BLOCK] * 15, st.fixed_dictionaries({"unknown": TEXT}))

DOCUMENT = st.builds(
    lambda title, sections: {
        "id": "prop", "languages": ["en"], "layouts": ["a4-leaflet"], "title": title,
        "clinic": {"name": "Clinic", "contact": {"phone": "+1 555 0100"}},
        "sections": [{"id": f"s{i}", "heading": heading, "blocks": blocks} for i, (heading, blocks) in enumerate(sections)],
    },
    TEXT, st.lists(st.tuples(TEXT, st.lists(BLOCK, min_size=1, max_size=4)), min_size=1, max_size=3),
)


def _texts(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for key, v in value.items() if key not in ("id", "style", "lines", "languages", "layouts") for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


def _missing_words(content_texts: list[str], pdf: Path) -> list[str]:
    """Words of the content that the PDF's text does not hold. A word may be split across two lines
    only where the layout cuts a word too long for its line: after `/ . - @`, the piece on the next
    line starting at or left of where the first piece starts (the same column)."""
    import pdfplumber

    from brochure.markup import plain

    printed = set(words(pdf_text(pdf)))
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            found = page.extract_words()
            for first in (w for w in found if w["text"][-1] in "/.@-"):
                height = first["bottom"] - first["top"]
                printed |= {piece for w in found if 0.5 * height < w["top"] - first["top"] < 2 * height
                            and w["x0"] <= first["x0"] + 0.5 for piece in words(first["text"] + w["text"])}
    return [w for t in content_texts for w in words(plain(t)) if w not in printed]


@given(document=DOCUMENT)
def test_any_document_builds_completely_or_fails_cleanly(tmp_path_factory, document):
    folder: Path = tmp_path_factory.mktemp("prop")
    content = folder / "content.yaml"
    content.write_text(yaml.safe_dump(document, allow_unicode=True), "utf-8")
    from brochure.schema import _fast_valid, _validator

    assert _fast_valid(document, "content") == (not list(_validator("content", None).iter_errors(document)))
    try:
        results = api.build(content, folder / "out")
    except BrochureError:
        return
    for result in results:
        assert all(isinstance(p.message, str) and p.location for p in result.problems)
        if result.ok:
            assert _missing_words(_texts(document["sections"]) + [document["title"]], result.path) == []
            assert violations(result.path) == []  # and tagged as PDF/UA asks, whatever the content
