"""The brochure as typed, frozen values, built from validated YAML.

Texts are `Localized` here (every language at once, with the place they were written); the
edition stage turns each into a plain `str` for one language, keeping the same classes.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Mapping, Union

from .errors import BrochureError, Location, Problem
from .source import FieldPath, Source

ANY_LANGUAGE = "*"
DEFAULT_PRIMARY = "#1F4E79"
DEFAULT_ACCENT = "#B5471B"
DEFAULT_FONT = "Noto Sans"
BACK_MATTER = ("glossary", "references")  # may be named in sections_for like section ids
DEFAULT_GRADE = 8.0  # NIH and CDC: patient materials at or below 8th grade (anchors §3.1)


@dataclass(frozen=True, eq=False)
class Localized:
    """A text in one or more languages, and where it was written."""

    values: Mapping[str, str]  # language tag -> text; ANY_LANGUAGE for a text shared by all
    location: Location
    entries: Mapping[str, Location] = field(default_factory=dict)  # where each translation stands

    def location_of(self, language: str) -> Location:
        """Where the text for `language` was written (the whole text's place if shared)."""
        return self.entries.get(language, self.location)

    def get(self, language: str) -> str | None:
        """The text for `language`, or None when it has no translation for it."""
        return self.values.get(ANY_LANGUAGE, self.values.get(language))


Text = Union[Localized, str]  # Localized in the model, str once an edition is resolved


@dataclass(frozen=True)
class Paragraph:
    text: Text


@dataclass(frozen=True)
class Bullets:
    items: tuple[Text, ...]


@dataclass(frozen=True)
class Steps:
    items: tuple[Text, ...]


@dataclass(frozen=True)
class Checklist:
    items: tuple[Text, ...]


@dataclass(frozen=True)
class Callout:
    style: str
    title: Text | None
    text: Text | None
    bullets: tuple[Text, ...]


@dataclass(frozen=True)
class Image:
    src: Path
    alt: Text
    caption: Text | None
    width: float
    location: Location


@dataclass(frozen=True)
class Table:
    header: tuple[Text, ...]
    rows: tuple[tuple[Text, ...], ...]


@dataclass(frozen=True)
class Question:
    q: Text
    a: Text


@dataclass(frozen=True)
class Faq:
    items: tuple[Question, ...]


@dataclass(frozen=True)
class Notes:
    title: Text | None
    lines: int


Block = Union[Paragraph, Bullets, Steps, Checklist, Callout, Image, Table, Faq, Notes]


@dataclass(frozen=True)
class Term:
    """A glossary entry: a word the brochure uses, explained in plain words."""

    term: Text
    definition: Text


@dataclass(frozen=True)
class Section:
    id: str
    heading: Text
    blocks: tuple[Block, ...]
    location: Location | None = None  # where the section starts (its id:)
    required: bool = False  # every layout should print it (check warns about a selection without it)


@dataclass(frozen=True)
class Contact:
    phone: Text | None = None
    email: str | None = None
    website: str | None = None
    address: Text | None = None
    hours: Text | None = None


@dataclass(frozen=True)
class Brand:
    """A clinic's identity: used on the cover, in headings and on the back page."""

    id: str | None  # None for the content file's own clinic block
    name: Text
    logo: Path | None
    primary: str
    accent: str
    body_font: str
    heading_font: str
    contact: Contact
    qr: str | None
    location: Location
    fields: Mapping[str, Location] = field(default_factory=dict)  # e.g. 'fonts.body' -> where it was written
    inks: Mapping[str, tuple[float, ...]] = field(default_factory=dict)  # 'primary' -> the brand guide's CMYK, percent
    feedback: str | None = None  # email, web address or phone for readers' comments on the leaflet

    def location_of(self, name: str) -> Location:
        """Where a brand field such as 'fonts.body' or 'logo' was written (else the brand block)."""
        return self.fields.get(name, self.location.at(f"{self.location.path}.{name}".lstrip(".")))


@dataclass(frozen=True)
class Review:
    """The leaflet's production record (all optional): printed on the back page, checked for due dates."""

    version: str | None = None
    code: str | None = None
    published: dt.date | None = None
    next_review: dt.date | None = None
    author: str | None = None
    reviewed_by: str | None = None
    fields: Mapping[str, Location] = field(default_factory=dict)  # 'next_review' -> where it was written


@dataclass(frozen=True)
class ReadingTarget:
    """A reading-level target as a US school grade, and where it was set (no line for the default)."""

    grade: float
    location: Location


@dataclass(frozen=True)
class FurnitureText:
    """One page-furniture string from content.yaml's `strings:` block, e.g. es / contact_us."""

    language: str
    key: str  # one of i18n.STRING_KEYS
    text: str
    location: Location


@dataclass(frozen=True)
class Brochure:
    id: str
    languages: tuple[str, ...]
    layouts: tuple[str, ...]
    title: Text
    subtitle: Text | None
    updated: dt.date | None
    brand: Brand
    sections: tuple[Section, ...]
    references: tuple[Text, ...]
    disclaimer: Text | None
    path: Path
    glossary: tuple[Term, ...] = ()
    sections_for: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # layout -> section ids
    covers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # fold layout -> sections on its cover panel
    places: Mapping[str, Location] = field(default_factory=dict)  # 'sections', 'sections_for.<layout>' -> where written
    reading_targets: Mapping[str, ReadingTarget] = field(default_factory=dict)  # tag or ANY_LANGUAGE -> target
    strings: tuple[FurnitureText, ...] = ()  # furniture strings supplied or overridden by the content
    review: Review = Review()
    status: str = "final"  # or "draft": watermarked, "draft" in file names

    @property
    def draft(self) -> bool:
        return self.status == "draft"

    def reading_target(self, language: str) -> ReadingTarget:
        """The reading-level target for `language`: its own, else reading_level.grade, else DEFAULT_GRADE."""
        default = ReadingTarget(DEFAULT_GRADE, Location(self.path, path="reading_level.grade"))
        return self.reading_targets.get(language) or self.reading_targets.get(ANY_LANGUAGE) or default

    def place(self, name: str) -> Location:
        """Where 'sections' or 'sections_for.<layout>' was written (no line if it was not)."""
        return self.places.get(name, Location(self.path, path=name))

    def sections_in(self, layout: str) -> tuple[Section, ...]:
        """The sections printed in `layout`: a selection named in sections_for, else all of them."""
        chosen = self.sections_for.get(layout)
        return self.sections if chosen is None else tuple(s for s in self.sections if s.id in chosen)

    def prints(self, part: str, layout: str) -> bool:
        """Whether the 'glossary' or the 'references' are printed in `layout` (with a selection in
        sections_for, only when the selection names them)."""
        chosen = self.sections_for.get(layout)
        return chosen is None or part in chosen


def _rgb(color: str | Mapping[str, Any]) -> str:
    """'#RRGGBB' of a brand colour written as a string or as {rgb: ..., cmyk: [...]}."""
    return (color["rgb"] if isinstance(color, dict) else color).upper()


class _Reader:
    """Builds model values from validated data, collecting semantic problems as it goes."""

    def __init__(self, source: Source, allow_outside: bool):
        self.source = source
        self.folder = source.path.parent.resolve()
        self.allow_outside = allow_outside
        self.problems: list[Problem] = []

    def text(self, value: Any, path: FieldPath) -> Localized:
        where = self.source.locate(path, key=bool(path) and isinstance(path[-1], str))  # 'title:', not its first entry
        if isinstance(value, str):
            return Localized({ANY_LANGUAGE: value}, where)
        entries = {tag: self.source.locate(path + (tag,)) for tag in value}
        return Localized(dict(value), where, entries)

    def optional_text(self, data: Mapping[str, Any], key: str, path: FieldPath) -> Localized | None:
        return self.text(data[key], path + (key,)) if key in data else None

    def texts(self, values: list[Any], path: FieldPath) -> tuple[Localized, ...]:
        return tuple(self.text(v, path + (i,)) for i, v in enumerate(values))

    def asset(self, value: str, path: FieldPath) -> Path:
        """A file path from the content, resolved against its folder and kept inside it."""
        resolved = (self.folder / value).resolve()
        location = self.source.locate(path)
        if not self.allow_outside and not resolved.is_relative_to(self.folder):
            self.problems.append(Problem(
                f"'{value}' is outside the brochure's folder", location,
                "copy the file into the brochure's folder, or pass --allow-outside-files",
            ))
        elif not resolved.is_file():
            self.problems.append(Problem(f"file '{value}' not found", location,
                                         f"put the file at {resolved} or correct the path"))
        return resolved

    def brand(self, data: Mapping[str, Any], path: FieldPath, brand_id: str | None) -> Brand:
        colors = data.get("colors", {})
        fonts = data.get("fonts", {})
        contact = data.get("contact", {})
        cpath = path + ("contact",)
        return Brand(
            id=brand_id,
            name=self.text(data["name"], path + ("name",)),
            logo=self.asset(data["logo"], path + ("logo",)) if "logo" in data else None,
            primary=_rgb(colors.get("primary", DEFAULT_PRIMARY)),
            accent=_rgb(colors.get("accent", DEFAULT_ACCENT)),
            inks={name: tuple(float(v) for v in value["cmyk"]) for name, value in colors.items()
                  if isinstance(value, dict)},
            body_font=fonts.get("body", DEFAULT_FONT),
            heading_font=fonts.get("heading", fonts.get("body", DEFAULT_FONT)),
            contact=Contact(
                phone=self.optional_text(contact, "phone", cpath),
                email=contact.get("email"),
                website=contact.get("website"),
                address=self.optional_text(contact, "address", cpath),
                hours=self.optional_text(contact, "hours", cpath),
            ),
            qr=data.get("qr"),
            feedback=data.get("feedback"),
            location=self.source.locate(path),
            fields={name: self.source.locate(path + tuple(name.split(".")))
                    for name in ("fonts.body", "fonts.heading", "logo", "colors.primary", "colors.accent")},
        )

    def block(self, data: Mapping[str, Any], path: FieldPath) -> Block:
        (kind, value), = data.items()
        path = path + (kind,)
        if kind == "paragraph":
            return Paragraph(self.text(value, path))
        if kind in ("bullets", "steps", "checklist"):
            return {"bullets": Bullets, "steps": Steps, "checklist": Checklist}[kind](self.texts(value, path))
        if kind == "callout":
            return Callout(
                style=value.get("style", "key-points"),
                title=self.optional_text(value, "title", path),
                text=self.optional_text(value, "text", path),
                bullets=self.texts(value.get("bullets", []), path + ("bullets",)),
            )
        if kind == "image":
            return Image(
                src=self.asset(value["src"], path + ("src",)),
                alt=self.text(value["alt"], path + ("alt",)),
                caption=self.optional_text(value, "caption", path),
                width=float(value.get("width", 1.0)),
                location=self.source.locate(path + ("src",)),
            )
        if kind == "table":
            header = self.texts(value["header"], path + ("header",))
            rows = []
            for i, row in enumerate(value["rows"]):
                if len(row) != len(header):
                    self.problems.append(Problem(
                        f"row {i + 1} has {len(row)} cells but the header has {len(header)}",
                        self.source.locate(path + ("rows", i)),
                        "give every row one cell per header column",
                    ))
                rows.append(self.texts(row, path + ("rows", i)))
            return Table(header, tuple(rows))
        if kind == "faq":
            return Faq(tuple(
                Question(self.text(item["q"], path + (i, "q")), self.text(item["a"], path + (i, "a")))
                for i, item in enumerate(value)
            ))
        return Notes(self.optional_text(value, "title", path), int(value["lines"]))

    def sections(self, data: list[Mapping[str, Any]]) -> tuple[Section, ...]:
        seen: dict[str, int] = {}
        result = []
        for i, section in enumerate(data):
            path: FieldPath = ("sections", i)
            if section["id"] in seen:
                self.problems.append(Problem(
                    f"section id '{section['id']}' is used twice (first in sections[{seen[section['id']]}])",
                    self.source.locate(path + ("id",)), "give each section its own id",
                ))
            seen.setdefault(section["id"], i)
            blocks = tuple(self.block(b, path + ("blocks", j)) for j, b in enumerate(section["blocks"]))
            result.append(Section(section["id"], self.text(section["heading"], path + ("heading",)), blocks,
                                  location=self.source.locate(path + ("id",)), required=section.get("required", False)))
        return tuple(result)

    def date(self, value: str | None, path: FieldPath) -> dt.date | None:
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.problems.append(Problem(f"'{value}' is not a date", self.source.locate(path),
                                         "write a real date as YYYY-MM-DD, e.g. 2026-11-25"))
            return None

    def review(self, data: Mapping[str, Any]) -> Review:
        path: FieldPath = ("review",)
        return Review(
            version=data.get("version"), code=data.get("code"),
            published=self.date(data.get("published"), path + ("published",)),
            next_review=self.date(data.get("next_review"), path + ("next_review",)),
            author=data.get("author"), reviewed_by=data.get("reviewed_by"),
            fields={key: self.source.locate(path + (key,)) for key in data},
        )

    def selections(self, data: Mapping[str, Any], ids: set[str]) -> dict[str, tuple[str, ...]]:
        """Per layout, the ids of everything it prints (a fold's cover sections included)."""
        chosen: dict[str, tuple[str, ...]] = {}
        for layout, selection in data.items():
            parts = selection.items() if isinstance(selection, dict) else [(None, selection)]
            for part, names in parts:
                for i, section_id in enumerate(names):
                    where = ("sections_for", layout, *((part,) if part else ()), i)
                    self._known_section(section_id, ids, where, cover=part == "cover")
            chosen[layout] = tuple(section_id for _, names in parts for section_id in names)
        return chosen

    def _known_section(self, section_id: str, ids: set[str], where: FieldPath, cover: bool) -> None:
        if section_id in ids or (section_id in BACK_MATTER and not cover):
            return
        import difflib

        close = difflib.get_close_matches(section_id, sorted(ids), n=1)
        self.problems.append(Problem(
            f"no section has the id '{section_id}'", self.source.locate(where),
            f"did you mean '{close[0]}'?" if close
            else "use the id: of one of the sections" + ("" if cover else ", or glossary or references"),
        ))

    def reading_targets(self, data: Mapping[str, Any], languages: tuple[str, ...]) -> dict[str, ReadingTarget]:
        """The targets of the reading_level: block, by language (ANY_LANGUAGE for its grade:)."""
        path: FieldPath = ("reading_level",)
        targets: dict[str, ReadingTarget] = {}
        if "grade" in data:
            targets[ANY_LANGUAGE] = ReadingTarget(float(data["grade"]), self.source.locate(path + ("grade",)))
        for tag, grade in data.get("languages", {}).items():
            if tag not in languages:
                self.problems.append(Problem(
                    f"'{tag}' is not one of the brochure's languages ({', '.join(languages)})",
                    self.source.locate(path + ("languages", tag), key=True),
                    "use one of those tags, or remove this line",
                ))
            targets[tag] = ReadingTarget(float(grade), self.source.locate(path + ("languages", tag)))
        return targets

    def furniture(self, data: Mapping[str, Mapping[str, str]]) -> tuple[FurnitureText, ...]:
        """The `strings:` block; each text must keep the placeholders of the string it replaces."""
        from .i18n import PLACEHOLDERS

        texts = []
        for tag, entries in data.items():
            for key, text in entries.items():
                where = self.source.locate(("strings", tag, key))
                problem = _placeholder_problem(text, PLACEHOLDERS.get(key, frozenset()))
                if problem:
                    self.problems.append(Problem(f"strings: {tag}: {key} {problem}", where,
                                                 f"keep the placeholders as in the English: {_english(key)!r}"))
                texts.append(FurnitureText(tag, key, text, where))
        return tuple(texts)


def brochure_from_source(source: Source, allow_outside: bool = False) -> Brochure:
    """The Brochure in a schema-valid content source; raises BrochureError listing every problem."""
    brochure, problems = brochure_and_problems(source, allow_outside)
    if problems:
        raise BrochureError(problems)
    return brochure


def brochure_and_problems(source: Source, allow_outside: bool = False) -> tuple[Brochure, list[Problem]]:
    """The Brochure in a schema-valid content source, and the problems found building it (for
    `brochure check`, which goes on to report what the rest of the file holds)."""
    data = source.data
    reader = _Reader(source, allow_outside)
    brochure = Brochure(
        id=data["id"],
        languages=tuple(data["languages"]),
        layouts=tuple(data.get("layouts", ("a4-leaflet",))),
        title=reader.text(data["title"], ("title",)),
        subtitle=reader.optional_text(data, "subtitle", ()),
        updated=reader.date(data.get("updated"), ("updated",)),
        brand=reader.brand(data["clinic"], ("clinic",), None),
        sections=reader.sections(data["sections"]),
        references=reader.texts(data.get("references", []), ("references",)),
        disclaimer=reader.optional_text(data, "disclaimer", ()),
        path=source.path,
        glossary=tuple(Term(reader.text(entry["term"], ("glossary", i, "term")),
                            reader.text(entry["definition"], ("glossary", i, "definition")))
                       for i, entry in enumerate(data.get("glossary", []))),
        sections_for=reader.selections(data.get("sections_for", {}), {s["id"] for s in data["sections"]}),
        covers={layout: tuple(selection["cover"]) for layout, selection in data.get("sections_for", {}).items()
                if isinstance(selection, dict) and "cover" in selection},
        reading_targets=reader.reading_targets(data.get("reading_level", {}), tuple(data["languages"])),
        strings=reader.furniture(data.get("strings", {})),
        places={"sections": source.locate(("sections",), key=True),
                **{f"sections_for.{layout}": source.locate(("sections_for", layout), key=True)
                   for layout in data.get("sections_for", {})}},
        review=reader.review(data.get("review", {})),
        status=data.get("status", "final"),
    )
    return brochure, reader.problems


def _placeholder_problem(text: str, expected: frozenset[str]) -> str:
    """What is wrong with the {placeholders} of a furniture string, or ''."""
    from .i18n import placeholders

    found = placeholders(text)
    if found is None:
        return "has a brace { or } that does not pair up"
    if expected - found:
        return "leaves out " + ", ".join(f"{{{name}}}" for name in sorted(expected - found))
    if found - expected:
        return "has " + ", ".join(f"{{{name}}}" for name in sorted(found - expected)) + ", which nothing fills in"
    return ""


def _english(key: str) -> str:
    from .i18n import builtin_strings

    return builtin_strings("en")[key]


def brand_from_source(source: Source, allow_outside: bool = False) -> Brand:
    """A Brand from a schema-valid brand file; its id is the file name without `.yaml`."""
    brand, problems = brand_and_problems(source, allow_outside)
    if problems:
        raise BrochureError(problems)
    return brand


def brand_and_problems(source: Source, allow_outside: bool = False) -> tuple[Brand, list[Problem]]:
    """A Brand from a schema-valid brand file, and the problems found building it."""
    reader = _Reader(source, allow_outside)
    return reader.brand(source.data, (), source.path.stem), reader.problems


def texts_of(value: object) -> Iterator[Localized]:
    """Every Localized text inside a model value, in document order."""
    if isinstance(value, Localized):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from texts_of(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from texts_of(getattr(value, f.name))
