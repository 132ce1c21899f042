"""Safe YAML loading that remembers the line and column of every value.

Only plain data comes out: mappings with string keys, lists, strings, numbers, booleans and null.
Dates stay the text they were written as, mapping keys are always the text written (so a language
called `no` stays "no"), duplicate keys are an error, and size, depth and alias expansion are bounded.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import BrochureError, Location

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_VALUES = 200_000  # after expanding aliases: refuses "billion laughs" documents quickly
MAX_DEPTH = 40

FieldPath = tuple[str | int, ...]

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """SafeLoader without the implicit date type: `updated: 2026-11-25` stays a string."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}


def format_path(path: FieldPath) -> str:
    """('sections', 2, 'heading') -> 'sections[2].heading'."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


@dataclass(frozen=True)
class Mark:
    line: int
    column: int
    raw: str | None = None  # the scalar as written, for values YAML did not read as text


@dataclass
class Source:
    """A loaded YAML file: its data, and where each value and mapping key stood in it."""

    path: Path
    data: Any
    values: dict[FieldPath, Mark] = field(default_factory=dict)
    keys: dict[FieldPath, Mark] = field(default_factory=dict)

    def locate(self, path: FieldPath, key: bool = False) -> Location:
        """Where the value (or, with key=True, the key) at `path` was written; falls back to its parent."""
        marks = self.keys if key else self.values
        probe = tuple(path)
        while probe not in marks and probe:
            probe = probe[:-1]
        mark = marks.get(probe) or self.values.get(probe)
        line, column = (mark.line, mark.column) if mark else (None, None)
        return Location(self.path, line, column, format_path(path))

    def raw(self, path: FieldPath) -> str | None:
        """The text of a scalar as written, when YAML read it as something other than text."""
        mark = self.values.get(tuple(path))
        return mark.raw if mark else None


def read_text(path: Path, what: str = "file") -> str:
    """Read a UTF-8 text file (a BOM is allowed), with errors that say what to fix."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise BrochureError.at(Location(path), f"{what} not found", "check the path and file name")
    except OSError as exc:
        raise BrochureError.at(Location(path), f"cannot read {what}: {exc.strerror}")
    if size > MAX_FILE_BYTES:
        raise BrochureError.at(
            Location(path),
            f"{what} is {size // 1024} KiB, over the {MAX_FILE_BYTES // 1024} KiB limit",
            "split it or remove pasted binary data",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BrochureError.at(Location(path), f"cannot read {what}: {exc.strerror}")
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + bom
        line = data.count(b"\n", 0, offset) + 1
        column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
        raise BrochureError.at(
            Location(path, line, column),
            f"not valid UTF-8: byte 0x{data[offset]:02X} at byte offset {offset}",
            "save the file as UTF-8 (in most editors: Save As, encoding UTF-8)",
        )


def load(path: Path, what: str = "file") -> Source:
    """Load one YAML document from `path`, keeping line numbers; raises BrochureError."""
    text = read_text(path, what)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(path, text, exc) from None
    except yaml.YAMLError as exc:
        raise BrochureError.at(Location(path), f"YAML error: {exc}") from None
    finally:
        loader.dispose()
    if node is None:
        raise BrochureError.at(Location(path, 1, 1), f"{what} is empty", "see the README for an example")
    source = Source(path, None)
    source.data = _Builder(source, loader).build(node, (), 0)
    return source


def _syntax_error(path: Path, text: str, exc: yaml.MarkedYAMLError) -> BrochureError:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
    problem = exc.problem or str(exc)
    hint = "check the indentation and quoting on this line or the line before"
    lines = text.splitlines()
    bad_line = lines[mark.line] if mark and mark.line < len(lines) else ""
    indent = bad_line[: len(bad_line) - len(bad_line.lstrip())]
    before = lines[mark.line - 1] if mark and 0 < mark.line <= len(lines) else ""
    colour = re.compile(r"[:,{]\s*(#[0-9A-Fa-f]{3,8})\b")
    commented = colour.search(bad_line)
    if not commented and colour.search(before):  # the comment ran to the end of the line before
        commented = colour.search(before)
        line, column = line - 1, commented.start(1) + 1
    if "tab" in problem or "\t" in indent:
        problem, hint = "tab character in indentation", "indent with spaces, not tabs"
    elif commented:
        colour = commented.group(1)
        problem += f" (the '#' of {colour} began a comment)"
        hint = f'put colours in quotes, e.g. primary: "{colour}"'
    elif re.search(r"\{[a-z]+\}", bad_line) and "{" in bad_line.split(":", 1)[-1]:
        hint = 'a text with a {placeholder} inside {en: ..., es: ...} must be in quotes, e.g. en: "Call us on {phone}"'
    elif "mapping values are not allowed" in problem:
        hint = 'a text containing ": " must be put in quotes, e.g. title: "Note: read this"'
    elif "could not find expected ':'" in problem or "expected <block end>" in problem:
        hint = "check that this line is indented like its neighbours"
    return BrochureError.at(Location(path, line, column), f"YAML syntax error: {problem}", hint)


class _Builder:
    """Turns a composed YAML node tree into plain Python data, recording marks."""

    def __init__(self, source: Source, loader: Any):
        self.source = source
        self.loader = loader
        self.count = 0

    def _fail(self, node: yaml.Node, message: str, hint: str = "") -> BrochureError:
        loc = Location(self.source.path, node.start_mark.line + 1, node.start_mark.column + 1)
        return BrochureError.at(loc, message, hint)

    def build(self, node: yaml.Node, path: FieldPath, depth: int) -> Any:
        self.count += 1
        if self.count > MAX_VALUES:
            raise self._fail(
                node,
                f"the document expands to more than {MAX_VALUES} values",
                "remove repeated YAML aliases (*name); write the content out instead",
            )
        if depth > MAX_DEPTH:
            raise self._fail(node, f"nested more than {MAX_DEPTH} levels deep", "flatten the structure")
        mark = Mark(node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.ScalarNode):
            value = self.loader.construct_object(node)
            if not isinstance(value, str):
                mark = Mark(mark.line, mark.column, node.value)
            self.source.values[path] = mark
            return value
        self.source.values[path] = mark
        if isinstance(node, yaml.SequenceNode):
            return [self.build(child, path + (i,), depth + 1) for i, child in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path, depth)
        raise self._fail(node, "unsupported YAML node")  # pragma: no cover - yaml has only three kinds

    def _mapping(self, node: yaml.MappingNode, path: FieldPath, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise self._fail(key_node, "YAML merge keys (<<) are not supported", "write the keys out")
            if not isinstance(key_node, yaml.ScalarNode):
                raise self._fail(key_node, "a mapping key must be a plain name", "remove the brackets or braces")
            key = key_node.value
            if key in result:
                first = self.source.keys[path + (key,)]
                raise self._fail(
                    key_node,
                    f"duplicate key '{key}' in {format_path(path) or 'the document'} (first at line {first.line})",
                    "YAML keeps only the last one; remove or rename one of them",
                )
            self.source.keys[path + (key,)] = Mark(key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = self.build(value_node, path + (key,), depth + 1)
        return result
