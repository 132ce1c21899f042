"""No missing glyph, ever: every character of an edition must be in a font that will draw it."""
from __future__ import annotations

import unicodedata

from ..errors import Location, Problem
from ..fonts import NO_SCRIPT, FontChain, script_name, scripts_of
from ..model import Brand, Brochure, texts_of
from ..i18n import Language, builtin_strings, strings_file

SHOWN = 6  # code points listed in a message; the rest are counted
NAMED = 2  # as many characters or fewer are named too ('U+1F9EC DNA DOUBLE HELIX')


def missing_glyphs(brochure: Brochure, brand: Brand, lang: Language, chain: FontChain) -> list[Problem]:
    """One problem per script whose characters no font of the chain (the brand's font, then the
    bundled fallbacks) can draw, naming the lines they are on and a font that would draw them."""
    missing: dict[str, dict[str, list[Location]]] = {}  # script -> character -> where it is written
    for value, location in _texts(brochure, brand, lang.tag):
        for char in set(value):
            if not char.isspace() and chain.family_for(char) is None:
                missing.setdefault(_script(char), {}).setdefault(char, []).append(location)
    return [_problem(script, chars, chain) for script, chars in missing.items()]


def _texts(brochure: Brochure, brand: Brand, tag: str) -> list[tuple[str, Location]]:
    """Every text the edition prints, with where it was written: the content, the brand, and the
    furniture strings (content.yaml's strings: over the built-in ones over English, as printed)."""
    texts = [(text.get(tag), text.location_of(tag)) for text in [*texts_of(brochure), *texts_of(brand)]]
    english, shipped = builtin_strings("en"), Location(strings_file(tag) or strings_file("en"))
    texts += [(value, shipped.at(key)) for key, value in {**english, **(builtin_strings(tag) or {})}.items()]
    texts += [(text.text, text.location) for text in brochure.strings if text.language == tag]
    return [(value, location) for value, location in texts if value]


def _script(char: str) -> str:
    scripts = scripts_of(char)
    return scripts[0] if len(scripts) == 1 else "Zyyy"


def _problem(script: str, chars: dict[str, list[Location]], chain: FontChain) -> Problem:
    """'Bengali script: 33 characters on lines 12, 16 (U+0982 ...): no font covers them', at the first."""
    locations = [loc for where in chars.values() for loc in where]
    first = min(locations, key=lambda loc: (str(loc.file), loc.line or 0))
    lines = sorted({loc.line for loc in locations if loc.line and loc.file == first.file})
    if len(chars) <= NAMED:
        codes = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'unnamed')}" for c in sorted(chars))
    else:
        codes = " ".join(f"U+{ord(c):04X}" for c in sorted(chars)[:SHOWN]) + (" ..." if len(chars) > SHOWN else "")
    count = f"{len(chars)} character{'s' if len(chars) > 1 else ''}"
    where = (f" on line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines[:8]))}"
             + (" ..." if len(lines) > 8 else "")) if lines else ""
    if script in NO_SCRIPT:
        name, example = "Symbols and other characters", "a font that has them"
    else:
        name = f"{script_name(script)} script"
        example = f"a font for {script_name(script)} (e.g. Noto Sans {script_name(script)})"
    return Problem(f"{name}: {count}{where} ({codes}): no font covers them", first,
                   f"neither {chain.primary.display_name} nor a bundled font has them; "
                   f"add {example} to fonts/ and name it in clinic.fonts")
