"""Languages: text direction, script, hyphenation dictionary, and the strings the tool itself prints."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from string import Formatter

RTL_LANGUAGES = {"ar", "he", "fa", "ur", "yi", "ps"}

# The words the tool prints around the content ("page furniture"), named after what they label; one
# YAML file per language in brochure/strings/ (en.yaml lists every key). Placeholders in braces are
# filled in when printed and must survive translation.
STRING_KEYS = (
    "page_of", "contact_us", "phone", "email", "website", "address", "opening_hours", "last_updated",
    "sources", "words_to_know", "notes", "qr_caption", "qr_alt", "key_points", "warning", "tip", "please_note",
    "review_due", "published", "version", "leaflet_code", "feedback", "draft_watermark",
)
PLACEHOLDERS = {"page_of": frozenset({"page", "pages"}), "last_updated": frozenset({"date"}),
                "qr_alt": frozenset({"url"}), "review_due": frozenset({"date"}), "published": frozenset({"date"}),
                "version": frozenset({"version"}), "leaflet_code": frozenset({"code"}),
                "feedback": frozenset({"contact"})}
# CLDR has no month names for these languages; dates are written "25 novanm 2026".
_MONTHS = {
    "ht": ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm"),
}

# Scripts that need HarfBuzz shaping to be drawn correctly (letters that join or reorder).
_SHAPED_LANGUAGES = {"hi", "mr", "ne", "sa", "bn", "pa", "gu", "ta", "te", "kn", "ml", "si", "th", "lo", "km", "my"}
# Scripts written without spaces between words: lines may break between characters.
_CJK_LANGUAGES = {"zh", "ja"}
# How lines break, by language (render/text/line_break.py does the breaking).
_DICTIONARY_BREAKS = {"th", "lo", "km", "my"}  # no spaces between words: ICU's dictionaries find them
_KEEP_ALL_BREAKS = {"ko"}  # words (eojeol) separated by spaces; never break inside one


@dataclass(frozen=True)
class Language:
    """What the renderer needs to know about one language."""

    tag: str
    direction: str  # "ltr" or "rtl"

    @property
    def base(self) -> str:
        return self.tag.split("-")[0].lower()

    @property
    def needs_shaping(self) -> bool:
        return self.base in _SHAPED_LANGUAGES

    @property
    def breaks_anywhere(self) -> bool:
        """Chinese and Japanese lines break between characters (with kinsoku rules)."""
        return self.base in _CJK_LANGUAGES

    @property
    def line_breaking(self) -> str:
        """How lines break: 'dictionary' (ICU word dictionaries: Thai, Lao, Khmer, Burmese),
        'kinsoku' (between characters, with closing punctuation kept off a line start: Chinese,
        Japanese), 'keep-all' (at spaces only: Korean) or 'uax14' (the Unicode line breaking rules:
        at spaces and after hyphens, everything else)."""
        if self.base in _DICTIONARY_BREAKS:
            return "dictionary"
        if self.base in _CJK_LANGUAGES:
            return "kinsoku"
        if self.base in _KEEP_ALL_BREAKS:
            return "keep-all"
        return "uax14"

    def date(self, day: dt.date) -> str:
        """A date as the language writes it in full, e.g. '25 November 2026' or '25. November 2026'."""
        if self.base in _MONTHS:
            return f"{day.day} {_MONTHS[self.base][day.month - 1]} {day.year}"
        from babel.dates import format_date

        return format_date(day, format="long", locale=_babel_locale(self.tag))

    def number(self, value: int) -> str:
        from babel.numbers import format_decimal

        return format_decimal(value, locale=_babel_locale(self.tag))

    @property
    def own_name(self) -> str:
        """The language's name in itself, from CLDR (e.g. 'Deutsch', 'ትግርኛ', '中文 (繁體)')."""
        from babel import Locale, UnknownLocaleError

        try:
            locale = Locale.parse(self.tag.replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            return self.tag
        name = locale.get_display_name(locale) if "-" in self.tag else locale.languages.get(self.base)
        return name or self.tag

    @property
    def hyphenation(self) -> str:
        """The pyphen dictionary for this language, or '' when there is none."""
        import pyphen

        return pyphen.language_fallback(self.tag.replace("-", "_")) or ""


def _babel_locale(tag: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(tag.replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        return "en"


@lru_cache(maxsize=None)
def language(tag: str) -> Language:
    """The Language for a BCP 47 tag."""
    base = tag.split("-")[0].lower()
    return Language(tag=tag, direction="rtl" if base in RTL_LANGUAGES else "ltr")


def builtin_languages() -> list[str]:
    """Tags of the languages the tool has furniture strings for (one file each in brochure/strings/)."""
    return sorted(path.stem for path in (Path(__file__).parent / "strings").glob("*.yaml"))


def strings_file(tag: str) -> Path | None:
    """The file of shipped furniture strings for `tag` (or its base language: pt.yaml for 'pt-BR')."""
    folder = Path(__file__).parent / "strings"
    return next((path for name in (tag, tag.split("-")[0].lower()) if (path := folder / f"{name}.yaml").is_file()),
                None)


@lru_cache(maxsize=None)
def builtin_strings(tag: str) -> dict[str, str] | None:
    """The shipped furniture strings for `tag` (or its base language), or None."""
    import yaml

    path = strings_file(tag)
    if path is None:
        return None
    return yaml.load(path.read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def placeholders(text: str) -> frozenset[str] | None:
    """The {names} in a furniture string, or None if its braces are broken ('{page' or '}')."""
    try:
        return frozenset(name for _, name, _, _ in Formatter().parse(text) if name is not None)
    except ValueError:
        return None


@dataclass(frozen=True)
class Furniture:
    """The furniture strings one edition prints: built-in, overridden or supplied by content.yaml."""

    values: dict[str, str]  # every key of STRING_KEYS

    def text(self, key: str, **values: object) -> str:
        """A furniture string, e.g. text('page_of', page=2, pages=8) -> 'Page 2 of 8'."""
        return self.values[key].format(**values)
