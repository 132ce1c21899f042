"""A sentence that introduces a list ("For many people, these medicines can:") is never left at the
foot of a page without the start of its list."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import yaml

from brochure import api

FILLER = "This sentence is here to fill the page so that the list below lands near its foot."
LEAD_IN = "Before your visit, please remember to:"
FIRST_ITEM = "Bring your medicines"


def _build(folder: Path, fillers: int) -> Path:
    document = {
        "id": "lead", "languages": ["en"], "layouts": ["a4-leaflet"], "title": "Lead-in test",
        "clinic": {"name": "Clinic", "contact": {"phone": "+1 555 0100"}},
        "sections": [{"id": "s", "heading": "Getting ready", "blocks": [
            *({"paragraph": f"{FILLER} ({n})"} for n in range(fillers)),
            {"paragraph": LEAD_IN},
            {"bullets": [FIRST_ITEM + ".", "Write down your questions.", "Ask someone to drive you home."]},
        ]}],
    }
    folder.mkdir()
    content = folder / "content.yaml"
    content.write_text(yaml.safe_dump(document), "utf-8")
    (result,) = api.build(content, folder / "out")
    assert result.ok, result.problems
    return result.path


def test_a_lead_in_sentence_stays_on_the_page_of_its_list(tmp_path):
    moved = 0
    for fillers in range(22, 34):  # the lead-in walks down page 2 and past its foot
        with pdfplumber.open(_build(tmp_path / str(fillers), fillers)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
        lead = next(i for i, text in enumerate(pages) if LEAD_IN in text)
        assert FIRST_ITEM in pages[lead], f"{fillers} fillers: the lead-in ends page {lead + 1} alone"
        moved += lead > next(i for i, text in enumerate(pages) if f"({fillers - 1})" in text)
    assert moved, "no case put the lead-in at a page foot: the test needs other filler counts"
