"""Where lines may break: ICU's line break iterator (UAX #14 with dictionaries), adjusted for
addresses, numbers and each language's custom.

`breaks` gives the positions where a line may start, by the method `i18n.Language.line_breaking`
names: 'dictionary' (Thai, Lao, Khmer, Burmese: ICU finds the words), 'kinsoku' (Chinese,
Japanese: between characters, never before closing punctuation), 'keep-all' (Korean: at spaces
only, never inside a word) and 'uax14' (everything else: at spaces, after hyphens and dashes;
Ethiopic at its word space and after ። ፣; a zero-width non-joiner is no break). In every method an
email or web address and a number or phone number stay whole. When a single word or address is
wider than the line, `cuts` says where it is best cut: after `/ . - @` (an address breaks
between its parts, with no hyphen added), else between any two characters.

ICU (PyICU, prebuilt wheels) is imported on first use only, so an edition set by ReportLab's own
line breaking never loads it.
"""
from __future__ import annotations

import functools
import re
import unicodedata

# Characters that may not start a line in Chinese and Japanese, beyond those ReportLab knows.
CANNOT_START = "，；：！？》〉）」』】"
ADDRESS_CUTS = "/.-@"  # an address too long for a line is cut after one of these

_ADDRESS = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]*://|\bmailto:|\bwww\.)[^\s<>\"]+"  # a web address with its scheme (or www.)
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an email address
    r"|(?<![\w@.])[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/[^\s<>\"]*)?(?![\w@])",  # a bare host name, maybe a path
    re.I)
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d(?:[\d().\-/]|[ \u00a0](?=\(?\d))*\d")
_TRAILING = ".,;:!?)]}'\"»”’"  # punctuation after an address is not part of it
_ETHIOPIC_BREAK_AFTER = "\u1361\u1362\u1363"  # ፡ word space, ። full stop, ፣ comma


def protected(text: str) -> list[tuple[int, int]]:
    """Character ranges that must not break across lines: addresses, and numbers with spaces
    inside (phone numbers such as "+44 20 7946 0321", numbers such as "10 000")."""
    ranges = []
    for match in _ADDRESS.finditer(text):
        end = match.end()
        while end > match.start() + 1 and text[end - 1] in _TRAILING:
            end -= 1
        ranges.append((match.start(), end))
    for match in _PHONE.finditer(text):
        if " " in match.group() or "\u00a0" in match.group():
            ranges.append(match.span())
    return sorted(ranges)


def glue_numbers(text: str) -> str:
    """`text` with the spaces inside numbers and phone numbers made no-break spaces, for a line
    breaker that breaks at every space (ReportLab's paragraph)."""
    for start, end in protected(text):
        if not _ADDRESS.fullmatch(text, start, end):
            text = text[:start] + text[start:end].replace(" ", "\u00a0") + text[end:]
    return text


def breaks(text: str, method: str, lang: str) -> list[int]:
    """Positions i (0 < i < len(text)) where a line may start, before text[i]; the spaces before a
    break end the line above."""
    if not text:
        return []
    found = _icu_breaks(text, lang)
    if any(c in _ETHIOPIC_BREAK_AFTER for c in text):  # ICU keeps ። and ፣ to the next word
        found = sorted(set(found) | {i + 1 for i, c in enumerate(text[:-1]) if c in _ETHIOPIC_BREAK_AFTER
                                     and not text[i + 1].isspace()})
    if method == "keep-all":
        found = [i for i in found if text[i - 1].isspace()]
    inside = protected(text)
    return [i for i in found if not any(start < i < end for start, end in inside)]


def cuts(text: str, start: int, end: int) -> list[int]:
    """Where a word or address [start, end) too wide for a line is best cut, best first: after
    `/ . - @` (latest first), then after any character that is not followed by a combining mark."""
    preferred = [i + 1 for i in range(end - 2, start, -1) if text[i] in ADDRESS_CUTS]
    anywhere = [i for i in range(end - 1, start, -1) if unicodedata.category(text[i])[0] != "M"]
    return preferred + [i for i in anywhere if i not in preferred]


def _icu_breaks(text: str, lang: str) -> list[int]:
    iterator = _line_iterator(lang)
    iterator.setText(text)
    # ICU counts UTF-16 code units; map them back to characters
    if all(ord(c) < 0x10000 for c in text):
        return [i for i in iterator if 0 < i < len(text)]
    units, index = {}, 0
    for position, char in enumerate(text):
        units[index] = position
        index += 2 if ord(char) >= 0x10000 else 1
    return [units[i] for i in iterator if i in units and 0 < units[i] < len(text)]


@functools.lru_cache(maxsize=None)
def _line_iterator(lang: str):
    import icu

    return icu.BreakIterator.createLineInstance(icu.Locale(lang.replace("-", "_")))
