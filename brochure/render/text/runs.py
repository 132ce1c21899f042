"""Font runs: which font of a chain draws each stretch of a text (ReportLab has no glyph fallback)."""
from __future__ import annotations

import unicodedata
from typing import Protocol, Sequence, TypeVar


class Covering(Protocol):
    def covers(self, char: str) -> bool: ...


F = TypeVar("F", bound=Covering)


def font_runs(text: str, chain: Sequence[F]) -> list[tuple[int, int, F]]:
    """`text` cut into runs (start, end, font) that one font of `chain` can draw. A letter takes the
    first font that has it; anything else (spaces, digits, punctuation, marks) stays in the font of
    the run it sits in when that font has it, so a word's or a number's font changes only where it
    must. A character no font has goes to the first font (the glyph check reports it)."""
    if not text:
        return []
    first = chain[0]
    if all(first.covers(char) for char in set(text)):  # the common case, at a glance
        return [(0, len(text), first)]
    runs: list[tuple[int, int, F]] = []
    for i, char in enumerate(text):
        current = runs[-1][2] if runs else None
        letter = unicodedata.bidirectional(char) in ("L", "R", "AL") and unicodedata.category(char)[0] != "M"
        if current is not None and not letter and current.covers(char):
            font = current
        else:
            font = next((f for f in chain if f.covers(char)), first)
        if runs and runs[-1][2] is font:
            runs[-1] = (runs[-1][0], i + 1, font)
        else:
            runs.append((i, i + 1, font))
    return runs
