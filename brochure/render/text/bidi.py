"""Unicode bidi (UAX #9) through python-bidi: embedding levels and visual order."""
from __future__ import annotations

import re
import unicodedata
from typing import Sequence

import bidi

# python-bidi 0.6 exposes resolved levels only in its debug dump (Rust `{:#?}` of BidiInfo).
_LEVELS = re.compile(r"\n\s*levels: \[(.*?)\n\s*\]", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def is_rtl_text(text: str) -> bool:
    """True when the first strong character of text is right-to-left (bidi class R or AL)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """The resolved bidi embedding level of each character (UAX #9 up to rule I2, before L1), in a
    paragraph of base direction right-to-left (`rtl`) or left-to-right.

    A space between two digits of one bidi class counts as a common separator, so that a phone
    number "0123 456 789" resolves as one number read left to right, not as three numbers in
    right-to-left order."""
    if not text:
        return []
    text = _join_digit_groups(text)
    dump = bidi.get_display(text, base_dir="R" if rtl else "L", debug=True)
    found = _LEVELS.search(dump)
    byte_levels = [int(level) for level in _LEVEL.findall(found.group(1))] if found else []
    if len(byte_levels) != len(text.encode("utf-8")):
        raise RuntimeError("python-bidi's debug output changed; cannot read embedding levels")
    levels, offset = [], 0
    for char in text:
        levels.append(byte_levels[offset])
        offset += len(char.encode("utf-8"))
    return levels


def visual_order(levels: Sequence[int]) -> list[int]:
    """Indices of items in left-to-right display order, by rule L2: from the highest level down to
    the lowest odd level, reverse every contiguous sequence at that level or higher."""
    order = list(range(len(levels)))
    if not levels:
        return order
    for level in range(max(levels), (min(levels) | 1) - 1, -1):
        start = 0
        while start < len(order):
            if levels[order[start]] < level:
                start += 1
                continue
            end = start
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[start:end] = order[start:end][::-1]
            start = end
    return order


def _join_digit_groups(text: str) -> str:
    """text with each space between two digits of one bidi class made a no-break space (a common
    separator; same length, so levels map back one to one)."""
    chars = list(text)
    for i in range(1, len(text) - 1):
        kind = unicodedata.bidirectional(text[i - 1])
        if text[i] == " " and kind in ("EN", "AN") and unicodedata.bidirectional(text[i + 1]) == kind:
            chars[i] = "\u00a0"
    return "".join(chars)
