"""What a build works on: the options, the loaded project, one job of the matrix and its result.

A leaf: it imports no other brochure module at run time, so every stage can use these values."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from . import model
    from .errors import Problem
    from .fonts import FontCatalog
    from .layouts import LayoutCatalog
    from .source import Source
    from .translation.record import Freshness


@dataclass(frozen=True)
class Options:
    """Choices that narrow or change a build; the defaults build everything the content asks for."""

    languages: tuple[str, ...] = ()
    layouts: tuple[str, ...] = ()
    brands: tuple[Path, ...] = ()
    fallback: bool = False
    allow_outside: bool = False
    jobs: int = 0  # worker processes; 0 = one per core
    force: bool = False  # rebuild even PDFs whose inputs have not changed
    shard: tuple[int, int] | None = None  # (index, count): build only that slice of the matrix
    bleed: float = 0.0  # points of bleed around the trim, with crop marks; 0 = office/screen PDF
    cmyk: bool = False  # colours as CMYK for a print shop
    impose: bool = False  # also write printer's spreads for booklet layouts
    tags: bool = True  # tagged PDF (structure tree for screen readers)
    draft: bool = False  # mark every page 'DRAFT - not for patients', as `status: draft` does
    allow_overdue: bool = False  # build a leaflet past its review date (with a warning)
    today: dt.date | None = None  # the date review dates are measured against (default: checks.review.today())
    allow_stale: bool = False  # print translations whose source changed since (with a warning)


@dataclass
class Project:
    """A loaded content file with the catalogs its folder sees."""

    brochure: model.Brochure
    brands: list[model.Brand]
    fonts: FontCatalog
    layouts: LayoutCatalog
    source: Source
    translations: "Freshness | None" = None  # None: no translation record, nothing is stale


@dataclass(frozen=True)
class Job:
    """One PDF to make."""

    language: str
    layout: str
    brand: "model.Brand | None" = None

    def __str__(self) -> str:
        brand = f"{self.brand.id}/" if self.brand else ""
        return f"{brand}{self.language}/{self.layout}"


@dataclass
class Result:
    """What happened to one job."""

    job: Job
    path: Path | None = None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    unchanged: bool = False  # skipped: the PDF on disk was built from the same inputs

    @property
    def ok(self) -> bool:
        return not self.problems
