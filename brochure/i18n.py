"""Languages: text direction, script, hyphenation dictionary, and the strings the tool itself prints."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

RTL_LANGUAGES = {"ar", "he", "fa", "ur", "yi", "ps"}

# The words the tool prints around the content ("page furniture"), per language.
_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "page": "Page {page} of {pages}", "contact": "Contact us", "phone": "Phone", "email": "Email",
        "website": "Website", "address": "Address", "hours": "Opening hours", "updated": "Last updated: {date}",
        "references": "Sources", "qr": "Scan the code to visit our website", "notes": "Notes",
        "key-points": "Key points", "warning": "Warning", "tip": "Tip", "disclaimer": "Please note",
    },
    "es": {
        "page": "Página {page} de {pages}", "contact": "Contacto", "phone": "Teléfono", "email": "Correo electrónico",
        "website": "Sitio web", "address": "Dirección", "hours": "Horario", "updated": "Última actualización: {date}",
        "references": "Fuentes", "qr": "Escanee el código para visitar nuestro sitio web", "notes": "Notas",
        "key-points": "Puntos clave", "warning": "Atención", "tip": "Consejo", "disclaimer": "Tenga en cuenta",
    },
    "fr": {
        "page": "Page {page} sur {pages}", "contact": "Nous contacter", "phone": "Téléphone", "email": "E-mail",
        "website": "Site web", "address": "Adresse", "hours": "Horaires d’ouverture",
        "updated": "Dernière mise à jour : {date}", "references": "Sources",
        "qr": "Scannez le code pour consulter notre site web", "notes": "Notes",
        "key-points": "Points clés", "warning": "Attention", "tip": "Conseil", "disclaimer": "À noter",
    },
    "de": {
        "page": "Seite {page} von {pages}", "contact": "Kontakt", "phone": "Telefon", "email": "E-Mail",
        "website": "Website", "address": "Adresse", "hours": "Öffnungszeiten", "updated": "Zuletzt aktualisiert: {date}",
        "references": "Quellen", "qr": "Scannen Sie den Code, um unsere Website zu besuchen", "notes": "Notizen",
        "key-points": "Das Wichtigste", "warning": "Achtung", "tip": "Tipp", "disclaimer": "Bitte beachten Sie",
    },
}


@dataclass(frozen=True)
class Language:
    """What the renderer needs to know about one language."""

    tag: str
    direction: str  # "ltr" or "rtl"
    strings: dict[str, str]
    has_own_strings: bool

    @property
    def base(self) -> str:
        return self.tag.split("-")[0].lower()

    def text(self, key: str, **values: object) -> str:
        """A furniture string, e.g. text('page', page=2, pages=8) -> 'Page 2 of 8'."""
        return self.strings[key].format(**values)

    def date(self, day: dt.date) -> str:
        """A date as the language writes it in full, e.g. '25 November 2026' or '25. November 2026'."""
        from babel.dates import format_date

        return format_date(day, format="long", locale=_babel_locale(self.tag))

    def number(self, value: int) -> str:
        from babel.numbers import format_decimal

        return format_decimal(value, locale=_babel_locale(self.tag))

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
    """The Language for a BCP 47 tag; languages without own strings use English furniture."""
    base = tag.split("-")[0].lower()
    strings = _STRINGS.get(tag) or _STRINGS.get(base)
    return Language(
        tag=tag,
        direction="rtl" if base in RTL_LANGUAGES else "ltr",
        strings=strings or _STRINGS["en"],
        has_own_strings=strings is not None,
    )


def supported() -> list[str]:
    """Languages whose furniture strings the tool ships."""
    return sorted(_STRINGS)
