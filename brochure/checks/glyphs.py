"""No missing glyph, ever: every character of an edition must be in the fonts that draw it."""
from __future__ import annotations

import unicodedata

from ..errors import Problem
from ..fonts import FontFamily
from ..i18n import Language
from ..model import Brand, Brochure, texts_of


def missing_glyphs(brochure: Brochure, brand: Brand, lang: Language, families: list[FontFamily]) -> list[Problem]:
    """One problem per text that holds characters some font in `families` cannot draw."""
    problems = []
    for text in [*texts_of(brochure), *texts_of(brand)]:
        value = text.get(lang.tag)
        if value:
            problems += _check(value, text.location_of(lang.tag), families)
    for key, value in lang.strings.items():
        problems += _check(value, brand.location.at(f"<built-in text '{key}' for {lang.tag}>"), families)
    return problems


def _check(value: str, location, families: list[FontFamily]) -> list[Problem]:
    problems = []
    for family in families:
        missing = sorted({ch for ch in value if not ch.isspace() and not family.covers(ch)})
        if missing:
            listed = ", ".join(_describe(ch) for ch in missing)
            problems.append(Problem(
                f"{listed} {'are' if len(missing) > 1 else 'is'} not in font {family.stem}",
                location, "add a font that covers it to clinic.fonts, or remove it",
            ))
    return problems


def _describe(char: str) -> str:
    name = f"U+{ord(char):04X} {unicodedata.name(char, '')}".strip()
    return f"character '{char}' ({name})" if char.isprintable() else f"invisible control character ({name})"
