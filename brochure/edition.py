"""One edition: a brochure in one language for one brand, with every text resolved and checked."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from . import markup, placeholders
from .errors import BrochureError, Problem
from .i18n import Language, language
from .model import Brand, Brochure, Localized


@dataclass(frozen=True)
class Edition:
    """The brochure with every Localized replaced by the text for `language`."""

    brochure: Brochure
    brand: Brand
    language: Language
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
    lang = language(tag)
    warnings = resolver.warnings
    if not lang.has_own_strings:
        warnings.append(Problem(
            f"the tool has no page furniture strings for '{tag}' yet; printing them in English",
            brochure.brand.location.at("languages"), severity="warning",
        ))
    return Edition(resolved_brochure, resolved_brand, lang, tuple(warnings), frozenset(resolver.borrowed),
                   brochure.languages[0])
