"""The four things a clinic does with translations, on a loaded brochure: export a file per
language, import files back, see how far each language is, confirm translations edited in place."""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import BrochureError, Problem
from ..model import Brochure
from . import record as records
from .importer import Outcome, plan, read
from .inline import normal
from .progress import LanguageStatus, states, status
from .units import Unit, units

if TYPE_CHECKING:
    from ..project import Project

FORMATS = {"xliff": ".xlf", "po": ".po"}


def _units(project: "Project") -> list[Unit]:
    """The brochure's units, with the fold layouts (fixed space) each is printed in."""
    folds = []
    for name in project.brochure.layouts:
        try:
            if project.layouts.get(name).fold:
                folds.append(name)
        except BrochureError:
            pass  # an unknown layout is the build's to report
    return units(project.brochure, tuple(folds))


def _record(project: "Project") -> records.Record:
    return records.load(project.brochure.path, project.brochure.languages[0])


def targets(project: "Project", languages: tuple[str, ...]) -> tuple[str, ...]:
    """The languages to work on: those named (checked), else every one but the source."""
    brochure = project.brochure
    for tag in languages:
        if tag not in brochure.languages or tag == project.brochure.languages[0]:
            raise BrochureError(Problem(
                f"'{tag}' is not one of the brochure's target languages "
                f"({', '.join(brochure.languages[1:]) or 'none'})",
                project.source.locate(("languages",)),
                f"add '{tag}' to languages: first" if tag not in brochure.languages else "name a target language"))
    return languages or brochure.languages[1:]


def export(project: "Project", languages: tuple[str, ...], fmt: str) -> dict[str, bytes]:
    """One exchange file per language: language -> file contents."""
    if fmt == "po":
        from .po import write
    else:
        from .xliff import write
    found = _units(project)
    record = _record(project)
    brochure = project.brochure
    return {tag: write(states(found, record, tag), brochure.id, project.brochure.languages[0], tag, brochure.path.name)
            for tag in targets(project, languages)}


def file_name(brochure: Brochure, tag: str, fmt: str) -> str:
    return f"{brochure.id}-{tag}{FORMATS[fmt]}"


def import_files(project: "Project", files: list[Path]) -> tuple[list[Outcome], list[Problem]]:
    """Read, check and apply translators' files. Any error in any file: nothing is written (raises
    BrochureError). Returns each file's outcome and the warnings (units left alone)."""
    from .yamledit import set_texts

    found = _units(project)
    record = _record(project)
    outcomes, problems = [], []
    for path in files:
        outcome, file_problems = plan(read(path), project.brochure, found, record)
        outcomes.append(outcome)
        problems += file_problems
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise BrochureError(errors)
    record.adopt(found, project.brochure.languages)  # first record: what is there now was current
    writes = [(unit.target_path(o.language), text) for o in outcomes for unit, text in o.changes
              if normal(unit.translation(o.language) or "") != text]  # a text only re-wrapped is left as written
    if writes:
        set_texts(project.brochure.path, writes, project.brochure.languages)
    for outcome in outcomes:
        for unit, text in outcome.changes:
            record.confirm(dataclasses.replace(unit, texts={**unit.texts, outcome.language: text}), outcome.language)
    if any(o.changes for o in outcomes) or not record.exists:
        record.keep_only({unit.id for unit in found})
        record.save(project.brochure.id, project.brochure.languages[0])
    return outcomes, [p for p in problems if p.severity == "warning"]


def language_status(project: "Project") -> list[LanguageStatus]:
    """Translated, missing and stale texts per target language."""
    found = _units(project)
    record = _record(project)
    return [status(found, record, tag) for tag in project.brochure.languages[1:]]


def confirm(project: "Project", languages: tuple[str, ...]) -> dict[str, int]:
    """Record the present translations of each language as made from the present source (after
    editing them in place); returns how many were stale and are now current, per language."""
    found = _units(project)
    record = _record(project)
    record.adopt(found, project.brochure.languages)
    counts = {}
    for tag in targets(project, languages):
        counts[tag] = sum(1 for unit in found if record.verdict(unit, tag) in ("stale", "unrecorded"))
        for unit in found:
            record.confirm(unit, tag)
    record.keep_only({unit.id for unit in found})
    record.save(project.brochure.id, project.brochure.languages[0])
    return counts


def unrecorded(freshness: records.Freshness, tag: str) -> list[Problem]:
    """A warning when a language has translations the record does not know (added by hand)."""
    missing = freshness.unrecorded(tag)
    if not missing:
        return []
    return [Problem(
        f"{len(missing)} '{tag}' translation(s) are not in the translation record, so a later change to "
        f"their source would go unnoticed (first: {missing[0].id})", missing[0].location_of(tag),
        f"check them, then run brochure translate confirm --lang {tag}", severity="warning")]
