"""Gettext PO files: written for a translator, read back.

`msgctxt` is the unit id, `msgid` the source, `#.` the notes, `#:` where the source is written in the
content file. A stale translation is `fuzzy`, with the source it was made from as the previous
msgid (`#| msgid`), so Poedit and Weblate show what changed. The markup stays as characters in the
text; reading back checks that a translation kept it. Fuzzy entries are not imported (gettext's rule).
"""
from __future__ import annotations

import re
from pathlib import Path

import polib

from .. import __version__
from ..errors import BrochureError, Location
from .exchange import Entry, Incoming, notes
from .inline import normal
from .progress import UnitState

BROCHURE_HEADER = "X-Brochure-Id"
SOURCE_HEADER = "X-Source-Language"
_LINE = re.compile(r"line (\d+)")


def write(states: list[UnitState], brochure_id: str, source_language: str, language: str, original: str) -> bytes:
    """The PO file for one target language."""
    po = polib.POFile(wrapwidth=0)
    po.header = f"Brochure '{brochure_id}' ({original}), from {source_language} into {language}."
    po.metadata = {
        "Project-Id-Version": brochure_id,
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": f"brochure {__version__}",
        BROCHURE_HEADER: brochure_id,
        SOURCE_HEADER: source_language,
    }
    for state in states:
        unit = state.unit
        entry = polib.POEntry(
            msgctxt=unit.id, msgid=normal(unit.source), msgstr=normal(state.translation or ""),
            comment="\n".join(text for _, text in notes(state) if not text.startswith("the source changed")),
            occurrences=[(original, str(unit.location.line))] if unit.location.line else [],
        )
        if state.verdict == "stale" and state.previous is not None:
            entry.flags.append("fuzzy")
            entry.previous_msgctxt = unit.id
            entry.previous_msgid = normal(state.previous)
        po.append(entry)
    return str(po).encode("utf-8")


def read(data: bytes, path: Path) -> Incoming:
    """A translator's PO file; raises BrochureError for a file we cannot take at all."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BrochureError.at(Location(path, data.count(b"\n", 0, exc.start) + 1),
                               "not valid UTF-8", "save the PO file as UTF-8")
    if "msgid" not in text:
        raise BrochureError.at(Location(path, 1), "not a PO file (no msgid)", "import a file made by brochure translate export")
    try:
        po = polib.pofile(text, wrapwidth=0)
    except (OSError, ValueError) as exc:
        match = _LINE.search(str(exc))
        raise BrochureError.at(Location(path, int(match.group(1)) if match else None), f"not a valid PO file: {exc}",
                               "the file was damaged; export it again or fix it in the translation tool")
    entries = []
    for entry in po:
        if entry.obsolete:
            continue
        done = bool(entry.msgstr) and not entry.fuzzy
        entries.append(Entry(entry.msgctxt or "", entry.linenum, normal(entry.msgid),
                             normal(entry.msgstr) if done else None))
    return Incoming(path, "PO", po.metadata.get(BROCHURE_HEADER) or po.metadata.get("Project-Id-Version"),
                    po.metadata.get(SOURCE_HEADER), po.metadata.get("Language"), tuple(entries))
