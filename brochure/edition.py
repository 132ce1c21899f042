"""One edition: a brochure in one language for one brand, with every text resolved and checked."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from . import markup, placeholders
from .errors import BrochureError, Location, Problem
from .i18n import Furniture, Language, builtin_strings, language
from .model import Brand, Brochure, Localized


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

    @property
    def name(self) -> str:
        """Identifies the edition in file names: '<id>-<lang>' or '<id>-<brand>-<lang>' ('<id>-draft-<lang>' for a draft)."""
        parts = [self.brochure.id, self.brand.id, "draft" if self.brochure.draft else "", self.language.tag]
        return "-".join(p for p in parts if p)


class _Resolver:
    def __init__(self, tag: str, source_tag: str, fallback: bool, printed: dict[str, str | None]):
        self.tag = tag
        self.printed = printed  # what each brand placeholder ({phone}, ...) prints
        self.source_tag = source_tag
        self.fallback = fallback
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.borrowed: set[str] = set()

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
        borrowed = text is None and self.fallback and value.get(self.source_tag) is not None
        if borrowed:
            text = value.values[self.source_tag]
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


def resolve(brochure: Brochure, tag: str, brand: Brand | None = None, fallback: bool = False) -> Edition:
    """The edition of `brochure` in language `tag`; raises BrochureError listing every missing text."""
    printed = placeholders.values(brand or brochure.brand, tag, brochure.languages[0])
    resolver = _Resolver(tag, brochure.languages[0], fallback, printed)
    resolved_brochure = resolver.resolve(brochure)
    resolved_brand = resolver.resolve(brand) if brand else resolved_brochure.brand
    if resolver.problems:
        raise BrochureError(resolver.problems)
    strings, problems, warnings = _furniture(brochure, resolved_brand, tag)
    if problems:
        raise BrochureError(problems)
    resolved_brochure = dataclasses.replace(resolved_brochure, strings=())  # resolved into `strings`
    return Edition(resolved_brochure, resolved_brand, language(tag), strings, tuple(resolver.warnings + warnings),
                   frozenset(resolver.borrowed), brochure.languages[0])


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


def _furniture(brochure: Brochure, brand: Brand, tag: str) -> tuple[Furniture, list[Problem], list[Problem]]:
    """The edition's furniture strings: content.yaml's `strings:` over the built-in ones over English.
    A language with no built-in strings must supply every string the edition prints."""
    english, builtin = builtin_strings("en"), builtin_strings(tag)
    supplied = {text.key: text for text in brochure.strings if text.language == tag}
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
