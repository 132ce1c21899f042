"""No missing glyph, ever: every character of an edition must be in a font that will draw it."""
from __future__ import annotations

import unicodedata

from ..errors import Location, Problem
from ..fonts import FontChain
from ..i18n import Language
from ..model import Brand, Brochure, texts_of


def missing_glyphs(brochure: Brochure, brand: Brand, lang: Language, chain: FontChain) -> list[Problem]:
    """One problem per text holding characters that no font of the chain (brand font, then the
    bundled fallbacks) can draw; all such characters of a text are listed at once."""
    problems = []
    for text in [*texts_of(brochure), *texts_of(brand)]:
        value = text.get(lang.tag)
        if value:
            problems += _check(value, text.location_of(lang.tag), chain)
    for key, value in lang.strings.items():
        problems += _check(value, brand.location.at(f"<built-in text '{key}' for {lang.tag}>"), chain)
    return problems


def _check(value: str, location: Location, chain: FontChain) -> list[Problem]:
    missing = sorted(ch for ch in set(value) if not ch.isspace() and chain.family_for(ch) is None)
    if not missing:
        return []
    listed = ", ".join(_describe(ch) for ch in missing)
    fonts = chain.primary.stem + (f" or its fallbacks ({', '.join(f.stem for f in chain.families[1:])})"
                                  if len(chain.families) > 1 else "")
    return [Problem(f"{listed} {'are' if len(missing) > 1 else 'is'} not in font {fonts}", location,
                    "add a font that covers it to clinic.fonts, or remove it")]


def _describe(char: str) -> str:
    name = f"U+{ord(char):04X} {unicodedata.name(char, '')}".strip()
    return f"character '{char}' ({name})" if char.isprintable() else f"invisible control character ({name})"
