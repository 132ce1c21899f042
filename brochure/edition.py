"""One edition: a brochure in one language for one brand, with every text resolved and checked."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import markup, placeholders
from .errors import BrochureError, Location, Problem
from .i18n import Furniture, Language, builtin_strings, language
from .model import ANY_LANGUAGE, Brand, Brochure, FurnitureText, Localized

if TYPE_CHECKING:
    from .translation.record import Freshness


@dataclass(frozen=True)
class Edition:
    """The brochure with every Localized replaced by the text for `language`."""

    brochure: Brochure
    brand: Brand
    language: Language
    strings: Furniture  # the page furniture in this language
    warnings: tuple[Problem, ...] = ()
    borrowed: frozenset[str] = frozenset()  # texts printed in the source language (--fallback)
    source_tag: str = ""  # the brochure's first language, which they are in
    stale: frozenset[str] = frozenset()  # translations printed although their source changed (--allow-stale)

    @property
    def name(self) -> str:
        """Identifies the edition in file names: '<id>-<lang>' or '<id>-<brand>-<lang>' ('<id>-draft-<lang>' for a draft)."""
        parts = [self.brochure.id, self.brand.id, "draft" if self.brochure.draft else "", self.language.tag]
        return "-".join(p for p in parts if p)


class _Resolver:
    def __init__(self, tag: str, source_tag: str, fallback: bool, printed: dict[str, str | None],
                 translations: "Freshness | None" = None, allow_stale: bool = False):
        self.tag = tag
        self.printed = printed  # what each brand placeholder ({phone}, ...) prints
        self.source_tag = source_tag
        self.fallback = fallback
        self.translations = translations if tag != source_tag else None
        self.allow_stale = allow_stale
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.borrowed: set[str] = set()
        self.stale: set[str] = set()

    def resolve(self, value: Any) -> Any:
        if isinstance(value, Localized):
            return self.text(value)
        if isinstance(value, tuple):
            return tuple(self.resolve(v) for v in value)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            changes = {f.name: self.resolve(getattr(value, f.name)) for f in dataclasses.fields(value)}
            return dataclasses.replace(value, **changes)
        return value

    def text(self, value: Localized) -> str:
        text = value.get(self.tag)
        borrowed = False
        if text is not None and self.translations and ANY_LANGUAGE not in value.values:
            text, borrowed = self.current(value, text)
        if text is None and self.fallback and value.get(self.source_tag) is not None:
            text, borrowed = value.values[self.source_tag], True
            self.warnings.append(Problem(
                f"no '{self.tag}' translation; printing the '{self.source_tag}' text", value.location,
                f"add an '{self.tag}:' entry", severity="warning",
            ))
        if text is None:
            self.problems.append(Problem(
                f"missing translation for '{self.tag}'", value.location,
                f"add an '{self.tag}:' entry, or drop '{self.tag}' from languages",
            ))
            return ""
        text, problems = placeholders.fill(text, self.printed, value.location_of(self.tag))
        self.problems += problems
        if borrowed:
            self.borrowed.add(text)
        try:
            markup.parse(text)
        except markup.MarkupError as exc:
            self.problems.append(Problem(str(exc), value.location_of(self.tag), exc.hint))
        return text

    def current_string(self, text: FurnitureText) -> str | None:
        """A `strings:` override, checked against the record like any translation: the text, or
        None where --fallback prints the built-in string instead of a stale override."""
        stale = self.translations.stale_string(text.key, self.tag) if self.translations else None
        if stale is None:
            return text.text
        confirm = f"brochure translate confirm --lang {self.tag}"
        if self.allow_stale or self.fallback:
            instead = "the old translation" if self.allow_stale else "the tool's own string"
            self.warnings.append(Problem(f"{stale.problem_text()}; printing {instead}", text.location,
                                         f"update the '{self.tag}' text, then run {confirm}", severity="warning"))
            return text.text if self.allow_stale else None
        self.problems.append(Problem(
            stale.problem_text(), text.location,
            f"update the '{self.tag}' text, then run {confirm}; or build with --allow-stale or --fallback"))
        return text.text

    def current(self, value: Localized, text: str) -> tuple[str, bool]:
        """The translation if the record says it is current; else a stale-translation problem, or
        the old translation (--allow-stale) or the source text (--fallback) with a warning.
        The flag says the text is borrowed from the source language."""
        stale = self.translations.stale(value, self.tag)
        if stale is None:
            return text, False
        where = value.location_of(self.tag)
        confirm = f"brochure translate confirm --lang {self.tag}"
        if self.allow_stale:
            self.stale.add(text)
            self.warnings.append(Problem(f"{stale.problem_text()}; printing the old translation", where,
                                         f"update the '{self.tag}' text, then run {confirm}", severity="warning"))
            return text, False
        if self.fallback:
            self.warnings.append(Problem(f"{stale.problem_text()}; printing the '{self.source_tag}' text", where,
                                         f"update the '{self.tag}' text, then run {confirm}", severity="warning"))
            return value.values[self.source_tag], True
        self.problems.append(Problem(
            stale.problem_text(), where,
            f"update the '{self.tag}' text, then run {confirm}; or build with --allow-stale or --fallback"))
        return "", False


def resolve(brochure: Brochure, tag: str, brand: Brand | None = None, fallback: bool = False,
            translations: "Freshness | None" = None, allow_stale: bool = False) -> Edition:
    """The edition of `brochure` in language `tag`; raises BrochureError listing every missing text
    and every translation the record says is stale (unless allow_stale or fallback)."""
    printed = placeholders.values(brand or brochure.brand, tag, brochure.languages[0])
    resolver = _Resolver(tag, brochure.languages[0], fallback, printed, translations, allow_stale)
    resolved_brochure = resolver.resolve(brochure)
    resolved_brand = resolver.resolve(brand) if brand else resolved_brochure.brand
    supplied = {text.key: text for text in brochure.strings
                if text.language == tag and resolver.current_string(text) is not None}  # None: --fallback
    if resolver.problems:
        raise BrochureError(resolver.problems)
    strings, problems, warnings = _furniture(brochure, resolved_brand, tag, supplied)
    if problems:
        raise BrochureError(problems)
    resolved_brochure = dataclasses.replace(resolved_brochure, strings=())  # resolved into `strings`
    return Edition(resolved_brochure, resolved_brand, language(tag), strings, tuple(resolver.warnings + warnings),
                   frozenset(resolver.borrowed), brochure.languages[0], frozenset(resolver.stale))


def printed_keys(brochure: Brochure, brand: Brand) -> list[str]:
    """The furniture strings an edition prints: the page numbers, the back page's heading and labels,
    and those of the parts it has (a glossary, sources, a QR code, a review record, a draft mark...)."""
    contact = brand.contact
    wanted = {"phone": contact.phone, "email": contact.email, "website": contact.website,
              "address": contact.address, "opening_hours": contact.hours, "last_updated": brochure.updated,
              "sources": brochure.references, "words_to_know": brochure.glossary, "qr_caption": brand.qr,
              "qr_alt": brand.qr, "please_note": brochure.disclaimer, "feedback": brand.feedback,
              "leaflet_code": brochure.review.code, "version": brochure.review.version,
              "published": brochure.review.published, "review_due": brochure.review.next_review,
              "draft_watermark": brochure.draft}
    return ["page_of", "contact_us", "notes", *(key for key, part in wanted.items() if part)]


def _furniture(brochure: Brochure, brand: Brand, tag: str,
               supplied: dict[str, FurnitureText]) -> tuple[Furniture, list[Problem], list[Problem]]:
    """The edition's furniture strings: content.yaml's `strings:` (those `supplied` for this
    language) over the built-in ones over English. A language with no built-in strings must supply
    every string the edition prints."""
    english, builtin = builtin_strings("en"), builtin_strings(tag)
    strings = Furniture({**english, **(builtin or {}), **{key: text.text for key, text in supplied.items()}})
    if builtin is not None:
        return strings, [], []
    needed = [key for key in printed_keys(brochure, brand) if key not in supplied]
    if not needed:
        return strings, [], []
    if supplied:
        where = next(iter(supplied.values())).location.at(f"strings.{tag}")
        return strings, [Problem(
            f"strings: {tag}: has no {', '.join(needed)}, which this edition prints; the tool has no built-in "
            f"strings for '{tag}' to fall back on",
            where, f"add them under strings: {tag}:, e.g. "
            + ", ".join(f"{key}: ... ({english[key]!r})" for key in needed[:2]),
        )], []
    return strings, [], [Problem(
        f"the tool has no page furniture strings for '{tag}'; these will print in English: "
        + ", ".join(repr(english[key]) for key in needed),
        Location(brochure.path, path="languages"),
        f"add them in content.yaml as strings: {{{tag}: {{{', '.join(f'{key}: ...' for key in needed[:3])}, ...}}}}",
        severity="warning",
    )]
