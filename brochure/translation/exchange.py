"""What XLIFF and PO files have in common: the notes a translator reads, and what a file read back holds."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .inline import codes, normal, tree
from .progress import UnitState

MARKUP_NOTE = ("Keep **bold**, *italic* and [label](link) as they are: translate the words inside, "
               "keep the link address.")
STALE_SUBSTATE = "brochure:source-changed"  # XLIFF subState of a stale translation


def notes(state: UnitState) -> list[tuple[str, str]]:
    """(category, text) notes for one unit: its kind, section, markup, space and what changed."""
    unit = state.unit
    found = [("kind", unit.kind)]
    if unit.section:
        found.append(("section", f"in the section \"{unit.section}\""))
    if codes(tree(unit.source)):
        found.append(("markup", MARKUP_NOTE))
    if unit.folds:
        found.append(("length", f"printed in a fold ({', '.join(unit.folds)}) whose panels have a fixed size: "
                                f"keep it about as long as the source ({len(normal(unit.source))} characters)"))
    if state.verdict == "stale" and state.previous is not None:
        found.append(("previous-source", f"the source changed since this was translated; it was: "
                                         f"{normal(state.previous)}"))
    return found


@dataclass(frozen=True)
class Entry:
    """One unit as a file brings it back."""

    id: str
    line: int | None
    source: str  # in our syntax, as the file has it
    target: str | None  # in our syntax; None when the file has no finished translation for it
    problem: str | None = None  # the target could not be read (an element we do not allow...)


@dataclass(frozen=True)
class Incoming:
    """A translator's file, read: for which brochure and languages, and its units."""

    path: Path
    format: str  # 'XLIFF' or 'PO'
    brochure_id: str | None
    source_language: str | None
    language: str | None
    entries: tuple[Entry, ...]
