"""How far each language's translation is: per unit (missing, current, stale, unrecorded) and in sum."""
from __future__ import annotations

from dataclasses import dataclass

from .record import Record, Verdict
from .units import Unit


@dataclass(frozen=True)
class UnitState:
    """One unit in one language, as an exchange file shows it."""

    unit: Unit
    language: str
    verdict: Verdict
    previous: str | None = None  # for a stale translation: the source it was made from

    @property
    def translation(self) -> str | None:
        return self.unit.translation(self.language)


@dataclass(frozen=True)
class LanguageStatus:
    language: str
    total: int
    translated: int  # current or unrecorded: what a build prints
    missing: int
    stale: int
    unrecorded: int  # translated, but not in the record yet (brochure translate confirm)

    @property
    def percent(self) -> float:
        return round(100 * self.translated / self.total, 1) if self.total else 100.0

    def as_dict(self) -> dict:
        return {"language": self.language, "total": self.total, "translated": self.translated,
                "missing": self.missing, "stale": self.stale, "unrecorded": self.unrecorded,
                "percent": self.percent}


def states(units: list[Unit], record: Record, tag: str) -> list[UnitState]:
    """Each unit's state in language `tag`."""
    found = []
    for unit in units:
        stale = record.stale(unit, tag)
        found.append(UnitState(unit, tag, "stale", stale.previous) if stale
                     else UnitState(unit, tag, record.verdict(unit, tag)))
    return found


def status(units: list[Unit], record: Record, tag: str) -> LanguageStatus:
    """Counts for language `tag`."""
    verdicts = [record.verdict(unit, tag) for unit in units]
    count = verdicts.count
    return LanguageStatus(tag, len(units), count("current") + count("unrecorded"), count("missing"),
                          count("stale"), count("unrecorded"))
