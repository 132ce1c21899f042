"""The record of which source text each translation was made from, kept beside the content file.

`content.yaml` gets `content.translations.json`: for each language and unit id, fingerprints of the
source text the translation was made from and of the translation, and each of those source texts
once (to show what changed). A translation is

- current when its source is unchanged since it was recorded (or the same source and translation
  are recorded under another id: the text moved);
- stale when the record holds another source for it: the source was edited afterwards;
- unrecorded when the record knows nothing of it (added by hand since): taken as current, and
  `brochure check` asks for `brochure translate confirm`.

A brochure with no record yet takes all its translations as current. `translate import` and
`translate confirm` write the record; build and check only read it.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Literal

from ..errors import BrochureError, Location
from ..model import Localized
from . import record_path
from .inline import normal
from .units import Unit

Verdict = Literal["current", "stale", "unrecorded", "missing"]
ABOUT = ("Which source text each translation in the content file was made from. Written by "
         "`brochure translate import` and `brochure translate confirm`; keep it with the content file.")


def digest(text: str) -> str:
    """A short fingerprint of a text as printed."""
    return hashlib.sha256(normal(text).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Entry:
    source: str  # the source text the translation was made from
    translation: str  # digest of the translation


@dataclass(frozen=True)
class Stale:
    """A translation made from a source text that has changed since."""

    unit: Unit
    language: str
    previous: str  # the source it was made from

    def problem_text(self) -> str:
        line = self.unit.location_of(self.unit.source_language).line
        return (f"stale '{self.language}' translation: its '{self.unit.source_language}' source "
                f"(line {line}) changed from \"{normal(self.previous)}\" to \"{normal(self.unit.source)}\"")


@dataclass
class Record:
    """Language -> unit id -> Entry; `exists` is False for a brochure that has no record yet."""

    path: Path
    exists: bool = False
    languages: dict[str, dict[str, Entry]] = field(default_factory=dict)
    _recorded: dict[str, set[tuple[str, str]]] = field(default_factory=dict, repr=False)  # tag -> (source, digest)

    def verdict(self, unit: Unit, tag: str) -> Verdict:
        """Whether the unit's `tag` translation is current, stale, unrecorded or missing."""
        translation = unit.translation(tag)
        if translation is None:
            return "missing"
        if not self.exists:
            return "current"
        entries = self.languages.get(tag, {})
        entry = entries.get(unit.id)
        source = normal(unit.source)
        if entry and normal(entry.source) == source:
            return "current"
        if tag not in self._recorded:
            self._recorded[tag] = {(normal(e.source), e.translation) for e in entries.values()}
        if (source, digest(translation)) in self._recorded[tag]:
            return "current"  # moved: the same source and translation are recorded under another id
        return "stale" if entry else "unrecorded"

    def stale(self, unit: Unit, tag: str) -> Stale | None:
        """The unit's `tag` translation if it is stale, with the source it was made from."""
        if self.verdict(unit, tag) != "stale":
            return None
        return Stale(unit, tag, self.languages[tag][unit.id].source)

    def confirm(self, unit: Unit, tag: str) -> None:
        """Record the unit's present `tag` translation as made from its present source."""
        translation = unit.translation(tag)
        if translation is not None:
            self.languages.setdefault(tag, {})[unit.id] = Entry(unit.source, digest(translation))
            self._recorded.pop(tag, None)

    def adopt(self, units: Iterable[Unit], languages: Iterable[str]) -> None:
        """A brochure without a record takes its present translations as current: record them all
        before the record is first written."""
        if self.exists:
            return
        for unit in units:
            for tag in languages:
                if tag != unit.source_language:
                    self.confirm(unit, tag)

    def keep_only(self, ids: set[str]) -> None:
        """Forget entries for texts that are gone from the brochure."""
        for tag, entries in self.languages.items():
            self.languages[tag] = {uid: entry for uid, entry in entries.items() if uid in ids}
        self._recorded.clear()

    def to_json(self, brochure_id: str, source_language: str) -> bytes:
        """The record file: each source text once (by digest), then per language and unit the digests
        of the source the translation was made from and of the translation."""
        sources = {digest(e.source): normal(e.source) for entries in self.languages.values() for e in entries.values()}
        data = {
            "about": ABOUT, "brochure": brochure_id, "source_language": source_language,
            "sources": dict(sorted(sources.items())),
            "translations": {tag: {uid: [digest(e.source), e.translation] for uid, e in sorted(entries.items())}
                             for tag, entries in sorted(self.languages.items())},
        }
        text = json.dumps(data, indent=1, ensure_ascii=False)
        return (re.sub(r'\[\n\s*("\w+"),\n\s*("\w+")\n\s*\]', r"[\1, \2]", text) + "\n").encode()

    def save(self, brochure_id: str, source_language: str) -> None:
        from ..output import write_atomic

        write_atomic(self.path, self.to_json(brochure_id, source_language))
        self.exists = True


def load(content: Path, source_language: str) -> Record:
    """The record beside `content`, or an empty one (exists=False) when there is none yet."""
    path = record_path(content)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return Record(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise BrochureError.at(Location(path), f"cannot read the translation record: {exc}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BrochureError.at(Location(path, exc.lineno, exc.colno), f"translation record is not valid JSON: {exc.msg}",
                               "restore it from version control, or delete it and run brochure translate confirm")
    try:
        sources = data["sources"]
        languages = {tag: {uid: Entry(str(sources[source]), str(translation))
                           for uid, (source, translation) in entries.items()}
                     for tag, entries in data["translations"].items()}
    except (KeyError, TypeError, ValueError, AttributeError):
        raise BrochureError.at(Location(path), "translation record is damaged (not the layout brochure writes)",
                               "restore it from version control, or delete it and run brochure translate confirm")
    if data.get("source_language") != source_language:
        languages = {}  # made for another source language: nothing in it says anything about this one
    return Record(path, True, languages)


class Freshness:
    """What edition.py asks: is this text's translation stale? Maps model texts to units."""

    def __init__(self, record: Record, units: list[Unit]):
        self.record = record
        self.units = units
        self._by_place = {(u.location.file, u.location.path): u for u in units}

    def stale(self, text: Localized, tag: str) -> Stale | None:
        unit = self._by_place.get((text.location.file, text.location.path))
        return self.record.stale(unit, tag) if unit else None

    def stale_string(self, key: str, tag: str) -> Stale | None:
        """Is the `strings:` override of furniture string `key` in `tag` stale?"""
        unit = next((u for u in self.units if u.id == f"strings.{key}"), None)
        return self.record.stale(unit, tag) if unit else None

    def unrecorded(self, tag: str) -> list[Unit]:
        """The units whose `tag` translation the record knows nothing about."""
        return [u for u in self.units if self.record.verdict(u, tag) == "unrecorded"]


def freshness(content: Path, brochure) -> Freshness:
    """The staleness check for a brochure that has a record."""
    from .units import units

    return Freshness(load(content, brochure.languages[0]), units(brochure))
