"""The texts a translator works on ("units"), each with a stable id, its kind and where it stands.

A unit's id is the section id and the text's path inside the section (`about:blocks.1.paragraph`),
or the text's path for texts outside sections (`title`, `glossary.0.term`): it survives sections
being moved, and it is a valid XLIFF id (an XML name token) and PO context. A text written once for
every language (a phone number, an address on the web) is not a unit: there is nothing to translate.

The tool's own words a brochure overrides (`strings: {tag: {key: text}}`, kept language first) are
units too, `strings.<key>`: their source is the source language's entry, else the tool's built-in
string for that language. Export, import, the record and status treat them like any other text.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Iterator, Mapping

from ..errors import Location
from ..model import ANY_LANGUAGE, Brochure, Localized, Section
from ..source import FieldPath

# (model class, field) -> what the text is, for the translator.
KINDS: dict[tuple[str, str], str] = {
    ("Brochure", "title"): "brochure title (cover)",
    ("Brochure", "subtitle"): "subtitle (cover)",
    ("Brochure", "references"): "reference (source list)",
    ("Brochure", "disclaimer"): "disclaimer (back page)",
    ("Brand", "name"): "clinic name",
    ("Contact", "phone"): "phone number",
    ("Contact", "address"): "postal address",
    ("Contact", "hours"): "opening hours",
    ("Section", "heading"): "section heading",
    ("Paragraph", "text"): "paragraph",
    ("Bullets", "items"): "bullet point",
    ("Steps", "items"): "numbered step",
    ("Checklist", "items"): "checklist item (printed with a tick box)",
    ("Callout", "title"): "box title",
    ("Callout", "text"): "box text",
    ("Callout", "bullets"): "bullet point in a box",
    ("Image", "alt"): "image description for screen readers (not printed)",
    ("Image", "caption"): "image caption",
    ("Table", "header"): "table header cell",
    ("Table", "rows"): "table cell",
    ("Question", "q"): "FAQ question",
    ("Question", "a"): "FAQ answer",
    ("Notes", "title"): "title of the notes page",
    ("Term", "term"): "glossary term",
    ("Term", "definition"): "glossary definition",
}
FURNITURE_KIND = "the tool's own words around the content (page furniture); keep each {name} as it is"

_PATH_PART = re.compile(r"\[(\d+)\]|([^.\[\]]+)")


@dataclass(frozen=True)
class Unit:
    """One text to translate, in every language it has so far."""

    id: str
    kind: str
    section: str | None  # the heading of its section, in the source language
    source_language: str
    texts: Mapping[str, str]  # language tag -> text; the source language's included
    locations: Mapping[str, Location]  # where each language's text is written
    location: Location  # where the text as a whole is written (for a language not there yet)
    field: FieldPath  # the mapping holding the languages (or, by_language, its path without the tag)
    by_language: bool = False  # kept as {tag: {key: text}}, like the tool's own strings
    folds: tuple[str, ...] = field(default=())  # fold layouts it is printed in (fixed space)

    @property
    def source(self) -> str:
        return self.texts[self.source_language]

    def translation(self, tag: str) -> str | None:
        return self.texts.get(tag)

    def location_of(self, tag: str) -> Location:
        """Where the `tag` translation is written, else where the text is."""
        return self.locations.get(tag, self.location)

    def target_path(self, tag: str) -> FieldPath:
        """Where the `tag` translation goes in content.yaml."""
        if self.by_language:
            return (self.field[0], tag, *self.field[1:])
        return (*self.field, tag)


def field_path(text: str) -> FieldPath:
    """'sections[2].blocks[0].paragraph' -> ('sections', 2, 'blocks', 0, 'paragraph')."""
    return tuple(int(index) if index else name for index, name in _PATH_PART.findall(text))


def unit_id(path: FieldPath, sections: tuple[Section, ...]) -> str:
    """The stable id of the text at `path`."""
    if len(path) > 2 and path[0] == "sections":
        return f"{sections[path[1]].id}:" + ".".join(str(part) for part in path[2:])
    return ".".join(str(part) for part in path)


def units(brochure: Brochure, fold_layouts: tuple[str, ...] = ()) -> list[Unit]:
    """Every translatable text of the brochure, in document order (texts shared by all languages and
    texts without a source-language entry are left out)."""
    source_language = brochure.languages[0]
    found = []
    for text, kind, section in _texts(brochure, "Brochure", "", None):
        if ANY_LANGUAGE in text.values or source_language not in text.values:
            continue
        path = field_path(text.location.path)
        printed_in = tuple(name for name in fold_layouts
                           if section is None or section in brochure.sections_in(name))
        found.append(Unit(
            id=unit_id(path, brochure.sections), kind=kind,
            section=section.heading.get(source_language) if section else None,
            source_language=source_language, texts=dict(text.values), locations=dict(text.entries),
            location=text.location, field=path, folds=printed_in,
        ))
    return found + _furniture_units(brochure)


def _furniture_units(brochure: Brochure) -> list[Unit]:
    """A unit for each furniture string that `strings:` supplies in some language."""
    from ..i18n import builtin_strings

    source_language = brochure.languages[0]
    builtin = builtin_strings(source_language) or builtin_strings("en") or {}
    found = []
    for key in dict.fromkeys(text.key for text in brochure.strings):
        given = [text for text in brochure.strings if text.key == key]
        texts = {text.language: text.text for text in given}
        texts.setdefault(source_language, builtin[key])
        found.append(Unit(
            id=f"strings.{key}", kind=FURNITURE_KIND, section=None, source_language=source_language,
            texts=texts, locations={text.language: text.location for text in given},
            location=given[0].location, field=("strings", key), by_language=True,
        ))
    return found


def _texts(value: object, owner: str, name: str,
           section: Section | None) -> Iterator[tuple[Localized, str, Section | None]]:
    """Each Localized in a model value with its kind and the section it is in."""
    if isinstance(value, Localized):
        yield value, KINDS.get((owner, name), "text"), section
    elif isinstance(value, tuple):
        for item in value:
            yield from _texts(item, owner, name, section)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        if isinstance(value, Section):
            section = value
        for f in dataclasses.fields(value):
            yield from _texts(getattr(value, f.name), type(value).__name__, f.name, section)
