"""A translator's file matched against the brochure: what is new, updated, confirmed or unchanged,
and every reason not to take it. Nothing is written here (see `yamledit` and `record`)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .. import markup
from ..errors import Location, Problem
from ..source import read_text
from ..model import Brochure
from .exchange import Entry, Incoming
from .inline import broken, normal
from .record import Record
from .units import Unit

XLIFF_SUFFIXES = (".xlf", ".xliff", ".xlf2", ".xml")


@dataclass
class Outcome:
    """What importing one file does, unit ids by what happens to them."""

    path: Path
    language: str
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    confirmed: list[str] = field(default_factory=list)  # was stale; the translator kept the translation
    unchanged: list[str] = field(default_factory=list)
    unfinished: list[str] = field(default_factory=list)  # no finished translation in the file
    skipped: list[str] = field(default_factory=list)  # the source changed since the export
    changes: list[tuple[Unit, str]] = field(default_factory=list)  # (unit, translation) to record


def read(path: Path) -> Incoming:
    """An XLIFF or PO file, told apart by its name, else by its first characters."""
    data = read_text(path, "translation file").encode("utf-8")
    looks_xml = data.lstrip()[:1] == b"<"
    if path.suffix.lower() in XLIFF_SUFFIXES or (path.suffix.lower() != ".po" and looks_xml):
        from . import xliff

        return xliff.read(data, path)
    from . import po

    return po.read(data, path)


def plan(incoming: Incoming, brochure: Brochure, units: list[Unit], record: Record) -> tuple[Outcome, list[Problem]]:
    """What importing `incoming` would change, and the problems found: errors (nothing may be written)
    and warnings (units left alone)."""
    where = Location(incoming.path)
    language = (incoming.language or "").replace("_", "-")
    outcome = Outcome(incoming.path, language)
    problems = _file_problems(incoming, brochure, language, where)
    if problems:
        return outcome, problems
    by_id = {unit.id: unit for unit in units}
    seen: dict[str, int | None] = {}
    for entry in incoming.entries:
        at = Location(incoming.path, entry.line, path=entry.id)
        if entry.id in seen:
            problems.append(Problem(f"this unit is in the file twice (first at line {seen[entry.id]})", at,
                                    "keep one of them"))
            continue
        seen[entry.id] = entry.line
        unit = by_id.get(entry.id)
        if unit is None:
            problems.append(Problem("no text of this brochure has this unit id", at,
                                    "the file was made from another version of the content; export again"))
            continue
        if entry.problem:
            problems.append(Problem(entry.problem, at, "keep only the text and the codes of the source"))
            continue
        problems += _take(entry, unit, outcome, record, at)
    return outcome, problems


def _take(entry: Entry, unit: Unit, outcome: Outcome, record: Record, at: Location) -> list[Problem]:
    """Decide what one finished, known unit does (added to `outcome`); the problems that stop it."""
    language = outcome.language
    if normal(entry.source) != normal(unit.source):
        outcome.skipped.append(entry.id)
        return [Problem(
            f"the source changed since the export (the file has \"{entry.source}\", "
            f"{unit.location.file.name if unit.location.file else 'the content'} line {unit.location.line} now has "
            f"\"{normal(unit.source)}\"); not imported", at,
            f"export '{language}' again and translate the new text", severity="warning")]
    if entry.target is None:
        outcome.unfinished.append(entry.id)
        return []
    current = unit.translation(language)
    if current is None or normal(current) != entry.target:
        mistakes = broken(unit.source, entry.target)
        try:
            markup.parse(entry.target)
        except markup.MarkupError as exc:
            mistakes.append(f"{exc} ({exc.hint})")
        if mistakes:
            return [Problem(m, at, "fix the translation and import again") for m in mistakes]
        (outcome.new if current is None else outcome.updated).append(entry.id)
    elif record.verdict(unit, language) == "stale":
        outcome.confirmed.append(entry.id)
    else:
        outcome.unchanged.append(entry.id)
    outcome.changes.append((unit, entry.target))
    return []


def _file_problems(incoming: Incoming, brochure: Brochure, language: str, where: Location) -> list[Problem]:
    """Reasons the whole file does not belong to this brochure."""
    problems = []
    if incoming.brochure_id != brochure.id:
        problems.append(Problem(f"this {incoming.format} file is for the brochure '{incoming.brochure_id}', "
                                f"not '{brochure.id}'", where, "import it into the content file it was exported from"))
    if incoming.source_language != brochure.languages[0]:
        problems.append(Problem(f"this file translates from '{incoming.source_language}', but the brochure's source "
                                f"language is '{brochure.languages[0]}'", where, "export again"))
    if not language:
        problems.append(Problem("the file does not say which language it is in", where,
                                "export again with brochure translate export --lang TAG"))
    elif language == brochure.languages[0]:
        problems.append(Problem(f"the file is in the source language '{language}'", where,
                                "import a translation into another language"))
    elif language not in brochure.languages:
        problems.append(Problem(f"the file is in '{language}', which is not one of the brochure's languages "
                                f"({', '.join(brochure.languages)})", where, f"add '{language}' to languages: first"))
    return problems
