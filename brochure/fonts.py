"""The font catalog: TrueType families bundled in `fonts/` and in a clinic's own `fonts/` folder.

A family is a set of files named `<Family>-Regular.ttf`, `-Bold`, `-Italic`, `-BoldItalic` (only
Regular is required). Families are matched by name without spaces or case, so "Noto Sans" finds
`NotoSans-Regular.ttf`. Each font is registered with ReportLab once per process.

A family with no Bold file (Droid Sans Fallback, which draws Chinese and Japanese) gets a synthetic
bold face instead of printing bold text regular: its Regular outlines filled and stroked, as
browsers do (`render/_reportlab.py`, "synthetic bold"). A missing BoldItalic is the Bold face, a
missing Italic the Regular one.
"""
from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from .errors import BrochureError, Problem
from .resources import bundled

STYLES = ("Regular", "Bold", "Italic", "BoldItalic")
NO_SCRIPT = {"Zyyy", "Zinh", "Zzzz"}  # punctuation, symbols and marks shared by all scripts; unassigned
MIN_SCRIPT_CHARACTERS = 20  # a font "covers" a script when it draws at least this many of its characters


def _key(name: str) -> str:
    return name.replace(" ", "").replace("-", "").replace("_", "").lower()


@dataclass(frozen=True, eq=False)
class FontFamily:
    """One family's files, and the ReportLab font names once registered."""

    stem: str  # file name before '-Style', e.g. NotoSans
    files: dict[str, Path]  # style -> file

    @property
    def regular(self) -> str:
        """ReportLab name of the regular face (registers the family on first use)."""
        return self.register()["Regular"]

    @property
    def bold(self) -> str:
        """ReportLab name of the bold face: the Bold file's, or the synthetic bold's (see synthetic_bold)."""
        return self.register()["Bold"]

    @property
    def synthetic_bold(self) -> bool:
        """True when the family has no Bold file, so its bold is drawn by stroking the Regular outlines."""
        return "Bold" not in self.files

    def register(self) -> dict[str, str]:
        """Register every face with ReportLab (once per process); style -> ReportLab font name."""
        return self._names

    @cached_property
    def _names(self) -> dict[str, str]:
        return _register(self.stem, tuple(sorted(self.files.items())))

    @cached_property
    def _codepoints(self) -> dict[int, int]:
        from reportlab.pdfbase import pdfmetrics

        return pdfmetrics.getFont(self.regular).face.charToGlyph

    @cached_property
    def display_name(self) -> str:
        """The family name stored in the font file, e.g. 'Noto Sans' (read without loading the font)."""
        from fontTools.ttLib import TTFont

        with TTFont(self.files["Regular"], lazy=True) as font:
            return font["name"].getBestFamilyName() or self.stem

    def scripts(self, least: int = MIN_SCRIPT_CHARACTERS) -> list[tuple[str, int]]:
        """The scripts the regular face draws at least `least` characters of, most first: [('Latn', 840), ...]."""
        from collections import Counter

        from fontTools.ttLib import TTFont
        from fontTools.unicodedata import script as script_of

        with TTFont(self.files["Regular"], lazy=True) as font:
            codepoints = font.getBestCmap() or {}
        counts = Counter(code for code in map(script_of, map(chr, codepoints)) if code not in NO_SCRIPT)
        return [(code, n) for code, n in counts.most_common() if n >= least]

    def covers(self, char: str) -> bool:
        """True if the regular face has a glyph for `char`."""
        return ord(char) in self._codepoints


_REGISTERED: dict[tuple, dict[str, str]] = {}


def _register(stem: str, files: tuple[tuple[str, Path], ...]) -> dict[str, str]:
    if files in _REGISTERED:
        return _REGISTERED[files]
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    available = dict(files)
    names: dict[str, str] = {}
    for style in STYLES:
        stand_in = "Bold" if style == "BoldItalic" and "Bold" in available else "Regular"
        path = available.get(style) or available[stand_in]
        name = f"{stem}-{style}" if style in available else f"{stem}-{stand_in}"
        if name not in pdfmetrics.getRegisteredFontNames():
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except (TTFError, OSError) as exc:
                raise BrochureError(Problem(
                    f"cannot use font file {path}: {exc}",
                    hint="use a TrueType (.ttf) file; CFF-based OpenType (.otf) fonts are not supported",
                )) from None
        names[style] = name
    if "Bold" not in available:  # bold (and bold italic) drawn from the Regular outlines, stroked
        from .render._reportlab import register_synthetic_bold

        names["Bold"] = register_synthetic_bold(names["Regular"], f"{stem}-SyntheticBold")
        if "BoldItalic" not in available:
            names["BoldItalic"] = names["Bold"]
    pdfmetrics.registerFontFamily(
        names["Regular"], normal=names["Regular"], bold=names["Bold"],
        italic=names["Italic"], boldItalic=names["BoldItalic"],
    )
    # A face standing in for a missing style (Regular for Italic) was just mapped back to that style
    # last, so <b> inside <font face="X-Regular"> found no bold; map each real face to its own style,
    # and a synthetic bold face to bold.
    for style, (bold, italic) in zip(STYLES, ((0, 0), (1, 0), (0, 1), (1, 1))):
        if style in available or style == "Bold":
            addMapping(names["Regular"].lower(), bold, italic, names[style])
    _REGISTERED[files] = names
    return names


# The bundled families for each script (ISO 15924 codes, as fontTools.unicodedata names them), in the
# order they are tried for a character the brand's font cannot draw. A character several scripts share
# (the danda, CJK punctuation) goes to the first script here, unless the text needs another family
# that has it anyway (FontChain.narrowed).
SCRIPT_FONTS: dict[str, tuple[str, ...]] = {
    "Latn": ("NotoSans",), "Grek": ("NotoSans",), "Cyrl": ("NotoSans",),
    "Arab": ("NotoSansArabic",), "Hebr": ("NotoSansHebrew",),
    "Deva": ("NotoSansDevanagari",), "Beng": ("NotoSansBengali",), "Guru": ("NotoSansGurmukhi",),
    "Gujr": ("NotoSansGujarati",), "Taml": ("NotoSansTamil",), "Telu": ("NotoSansTelugu",),
    "Thai": ("NotoSansThai",), "Laoo": ("NotoSansLao",), "Khmr": ("NotoSansKhmer",), "Mymr": ("NotoSansMyanmar",),
    "Ethi": ("NotoSansEthiopic",),
    "Hani": ("DroidSansFallback", "NanumGothic"), "Hira": ("DroidSansFallback",), "Kana": ("DroidSansFallback",),
    "Bopo": ("DroidSansFallback",),
    "Hang": ("NanumGothic", "DroidSansFallback"),
}
# For characters of no one script (punctuation, digits, symbols) that the script's own font lacks.
COMMON_FONTS = ("NotoSans", "DroidSansFallback")
# Every bundled fallback family, in the order the table names them.
FALLBACK_ORDER = tuple(dict.fromkeys(stem for stems in (*SCRIPT_FONTS.values(), COMMON_FONTS) for stem in stems))


@lru_cache(maxsize=4096)
def scripts_of(char: str) -> tuple[str, ...]:
    """The scripts `char` is written in (Unicode Script_Extensions, e.g. ('Beng', 'Deva', ...) for the
    danda), as ISO 15924 codes; ('Zyyy',) for punctuation and symbols shared by all."""
    from fontTools import unicodedata

    return tuple(sorted(unicodedata.script_extension(char)))


def writing_scripts(text: str, share: float = 0.2) -> list[str]:
    """The scripts of `text`'s letters, most used first, leaving out those under `share` of them (the
    Latin 'QR' in an Arabic sentence) and {placeholders}."""
    import re
    from collections import Counter

    from fontTools.unicodedata import script as script_of

    counts = Counter(script_of(char) for char in re.sub(r"\{\w+\}", "", text) if char.isalpha())
    total = sum(counts.values())
    return [code for code, n in counts.most_common() if n >= share * total]


def script_name(code: str) -> str:
    """'Bengali' for 'Beng'."""
    from fontTools import unicodedata

    return unicodedata.script_name(code, default=code).replace("_", " ")


@lru_cache(maxsize=65536)
def _first_covering(chain: "FontChain", char: str) -> FontFamily | None:
    if chain.primary.covers(char):
        return chain.primary
    by_stem = {family.stem: family for family in chain.families[1:]}
    scripts = scripts_of(char)
    stems = [stem for script, stems in SCRIPT_FONTS.items() if script in scripts for stem in stems]
    for stem in dict.fromkeys([*stems, *COMMON_FONTS]):
        family = by_stem.get(stem)
        if family is not None and family.covers(char):
            return family
    return None


@dataclass(frozen=True)
class FontChain:
    """Families tried in order for each character: the brand's family first, then bundled fallbacks.

    ReportLab has no per-glyph fallback (a missing glyph prints blank); this is ours. A character the
    brand's font lacks goes to the families SCRIPT_FONTS names for its script, so only those are
    loaded (registered with ReportLab) and only when a character needs them: an English edition
    loads none, a Bengali one only Noto Sans Bengali.
    """

    families: tuple[FontFamily, ...]

    @property
    def primary(self) -> FontFamily:
        return self.families[0]

    def family_for(self, char: str) -> FontFamily | None:
        """The brand's family if it can draw `char`, else the first bundled family for its script, or None."""
        return _first_covering(self, char)

    def narrowed(self, text: str) -> "FontChain":
        """The chain with only the fallbacks that `text` needs (so no unneeded font is loaded), the
        most used first: a Korean text with a few Hanja gets NanumGothic before Droid Sans Fallback,
        a Chinese one the other way round (text/runs.py gives a character to the first that has it)."""
        counts = Counter(char for char in text if not char.isspace())
        uncovered = [char for char in counts if not self.primary.covers(char)]
        shared = [char for char in uncovered if len(scripts_of(char)) > 1]  # e.g. the danda: Bengali, Hindi...
        used: Counter[FontFamily] = Counter()
        for char in uncovered:
            if char not in shared and (family := self.family_for(char)):
                used[family] += counts[char]
        for char in shared:  # drawn by a family the text needs anyway, when one has it
            if not any(family.covers(char) for family in used) and (family := self.family_for(char)):
                used[family] += counts[char]
        fallbacks = sorted((f for f in self.families[1:] if f in used), key=lambda f: -used[f])
        return FontChain((self.primary, *fallbacks))

    def script_family(self, sample: str) -> FontFamily:
        """The family for the first letter of `sample` (e.g. Arabic for an Arabic edition)."""
        letter = next((c for c in sample if c.isalpha()), None)
        return (self.family_for(letter) if letter else None) or self.primary


class FontCatalog:
    """Families found in the bundled folder and in a clinic's `fonts/` folder (which wins)."""

    def __init__(self, folders: list[Path]):
        found: dict[str, dict[str, Path]] = {}
        stems: dict[str, str] = {}
        for folder in [bundled("fonts"), *folders]:
            for path in sorted(folder.glob("*.ttf")) if folder.is_dir() else []:
                stem, _, style = path.stem.rpartition("-")
                if stem and style in STYLES:
                    found.setdefault(_key(stem), {})[style] = path
                    stems[_key(stem)] = stem
        self.families = {
            key: FontFamily(stems[key], files) for key, files in found.items() if "Regular" in files
        }

    def names(self) -> list[str]:
        return sorted(f.stem for f in self.families.values())

    def chain(self, name: str) -> FontChain:
        """The family called `name`, then the bundled fallback families."""
        first = self.get(name)
        rest = [self.families[_key(stem)] for stem in FALLBACK_ORDER if _key(stem) in self.families]
        return FontChain(tuple(dict.fromkeys([first, *rest])))

    def get(self, name: str) -> FontFamily:
        """The family called `name` ("Noto Sans" or "NotoSans"); raises BrochureError if unknown."""
        family = self.families.get(_key(name))
        if family is None:
            close = difflib.get_close_matches(_key(name), list(self.families), n=1)
            hint = (f"did you mean '{self.families[close[0]].display_name}'?" if close
                    else "put <Family>-Regular.ttf (and -Bold, -Italic, -BoldItalic) in a fonts/ folder "
                         "beside the content file; 'brochure fonts' lists the families found")
            raise BrochureError(Problem(f"unknown font family '{name}'", hint=hint))
        return family


def catalog_for(content_folder: Path | None) -> FontCatalog:
    """The catalog a brochure in `content_folder` sees."""
    return FontCatalog([content_folder / "fonts"] if content_folder else [])
