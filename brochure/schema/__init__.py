"""Validation of loaded YAML against the JSON Schemas shipped in this folder.

The same schema files serve editors (`# yaml-language-server: $schema=...`) and the loader. Every
violation becomes a Problem naming the file, line, field path and what to write instead.
"""
from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import import_module, resources
from typing import Any, Iterator

from ..errors import Problem
from ..source import FieldPath, Source

_TYPE_NAMES = {
    "string": "text", "object": "a mapping (key: value lines)", "array": "a list (lines starting with '- ')",
    "integer": "a whole number", "number": "a number", "boolean": "true or false",
}


@lru_cache(maxsize=None)
def load_schema(name: str) -> dict[str, Any]:
    """The JSON Schema `name` (e.g. 'content'), as shipped inside the package."""
    return json.loads(resources.files(__package__).joinpath(f"{name}.schema.json").read_text("utf-8"))


@lru_cache(maxsize=None)
def _validator(name: str, definition: str | None):
    from jsonschema import Draft202012Validator  # imported here: only validation needs it

    schema = load_schema(name)
    if definition:
        schema = {"$ref": f"#/$defs/{definition}", "$defs": schema["$defs"]}
    return Draft202012Validator(schema)


def validate(source: Source, name: str, definition: str | None = None) -> list[Problem]:
    """Every schema violation in `source`, as problems sorted by position.

    A generated fastjsonschema validator answers first; only a file it rejects is validated again
    with jsonschema (slower to load), which lists every violation with its path.
    """
    if definition is None and _fast_valid(source.data, name):
        return []
    problems = [
        problem
        for error in _validator(name, definition).iter_errors(source.data)
        for problem in _describe(source, error)
    ]
    unique = {(str(p.location), p.message): p for p in problems}
    return sorted(unique.values(), key=lambda p: (p.location.line or 0, p.location.column or 0))


def _fast_valid(data: Any, target: str) -> bool:
    from fastjsonschema import JsonSchemaException

    module = import_module(f".compiled_{target}", __package__)
    try:
        module.validate(data)
    except JsonSchemaException:
        return False
    return True


def _describe(source: Source, error: Any) -> Iterator[Problem]:
    """Turn one jsonschema error into problems a clinic can act on."""
    path: FieldPath = tuple(error.absolute_path)
    schema, instance, kind = error.schema, error.instance, error.validator
    hint = schema.get("x-hint", "") if isinstance(schema, dict) else ""
    here = source.locate(path)
    if kind == "type" and instance is None and len(path) > 1 and _is_text(source, path[:-1]) \
            and not _LANGUAGE_TAG.match(str(path[-1])):
        return  # the empty entry a comma inside {en: ..., es: ...} makes: reported with the comma
    if kind == "additionalProperties":
        known = sorted(schema.get("properties", {}))
        for key in sorted(set(instance) - set(known)):
            yield Problem(f"unknown key '{key}'", source.locate(path + (key,), key=True), _suggest(key, known))
    elif kind == "required":
        missing = error.message.split("'")[1]
        described = schema.get("properties", {}).get(missing, {}).get("description", "")
        yield Problem(f"missing required field '{missing}'", here, f"add '{missing}:'" + (f" ({described})" if described else ""))
    elif kind == "type":
        yield _type_problem(source, path, instance, schema["type"])
    elif kind == "propertyNames":
        yield Problem(f"'{instance}' is not a language tag", here, "use tags such as en, es, fr, de or pt-BR")
    elif kind == "pattern" and _is_text(source, path) and isinstance(instance, str) and " " in instance.strip():
        yield _comma_in_braces(source, path, instance)
    elif kind == "pattern":
        yield Problem(f"'{instance}' is not valid here", here, hint)
    elif kind == "enum":
        choices = ", ".join(map(str, schema["enum"]))
        yield Problem(f"'{instance}' is not one of {choices}", here, _suggest(str(instance), schema["enum"]) or f"use one of {choices}")
    elif kind in ("minLength", "minItems", "minProperties") and not instance:
        yield Problem("is empty", here, "fill it in or remove it")
    elif kind == "maxProperties":
        yield Problem(f"a block has one type, found {len(instance)}: {', '.join(instance)}", here,
                      "start each block with its own '- ' line")
    elif kind == "anyOf" and path and "callout" in path:
        yield Problem("a callout needs 'text' or 'bullets'", here, "add text: or bullets:")
    elif kind == "anyOf" and instance is None:  # e.g. a brand colour whose '#' began a comment
        yield _type_problem(source, path, instance, "string")
    elif kind == "anyOf" and hint and not isinstance(instance, (dict, list)):  # e.g. a brand colour
        yield Problem(f"'{instance}' is not valid here", here, hint)
    elif kind == "uniqueItems":
        yield Problem("lists the same entry twice", here, "remove the repeated entry")
    else:
        yield Problem(error.message, here, hint)


_LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_COMMENTED = re.compile(r":\s+(#[0-9A-Fa-f]{3,8})\b")


def _is_text(source: Source, path: FieldPath) -> bool:
    """Whether `path` holds a text written as a mapping from language tag to text."""
    value = source.data
    try:
        for part in path:
            value = value[part]
    except (KeyError, IndexError, TypeError):
        return False
    return isinstance(value, dict) and all(isinstance(v, str) or v is None for v in value.values()) \
        and any(_LANGUAGE_TAG.match(key) for key in value)


def _comma_in_braces(source: Source, path: FieldPath, key: str) -> Problem:
    """`{en: Walk 10 feet, then rest, es: ...}`: the comma ended the English text and began an entry."""
    value = source.data
    for part in path:
        value = value[part]
    keys = list(value)
    before = keys[keys.index(key) - 1] if keys.index(key) > 0 else None
    whole = f"{value[before]}, {key}" if before and isinstance(value[before], str) else key
    quoted = whole.replace('"', '\\"')
    return Problem(f"a comma inside {{...}} ends a text: '{key}' was read as a new entry, not part of the text",
                   source.locate(path), f'put the text in quotes: {before or "en"}: "{quoted}"')


def _line(source: Source, line: int | None) -> str:
    """The text of one line of the source file ('' if it cannot be read)."""
    try:
        return source.path.read_text("utf-8").splitlines()[line - 1] if line else ""
    except (OSError, IndexError, UnicodeDecodeError):
        return ""


def _type_problem(source: Source, path: FieldPath, instance: Any, expected: str | list[str]) -> Problem:
    wanted = expected if isinstance(expected, list) else [expected]
    want_text = "string" in wanted
    names = " or ".join(_TYPE_NAMES.get(w, w) for w in wanted if not (want_text and w == "object"))
    here = source.locate(path)
    raw = source.raw(path)
    if instance is None:
        commented = _COMMENTED.search(_line(source, here.line))
        if commented:
            colour = commented.group(1)
            return Problem(f"has no value: the '#' of {colour} began a comment, which YAML ignores", here,
                           f'put the colour in quotes: {path[-1]}: "{colour}"')
        return Problem(f"has no value; expected {names}", here, "fill it in or remove the line")
    if want_text and isinstance(instance, (bool, int, float)):
        shown = raw if raw is not None else str(instance)
        what = "true/false" if isinstance(instance, bool) else "a number"
        read = f" ({instance})" if str(instance) != shown else ""
        return Problem(f"'{shown}' was read as {what}{read}, not text", here, f'put it in quotes: "{shown}"')
    return Problem(f"expected {names}, found {_kind(instance)}", here)


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the text '{value[:40]}'"
    return f"'{value}'"


def _suggest(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    return "valid keys here: " + ", ".join(choices) if choices else ""


# What a missing required top-level field stands in for while `check` reads the rest of a file; never printed.
_STAND_INS: dict[str | None, dict[str, Any]] = {
    None: {"id": "brochure", "languages": ["en"], "title": "-", "clinic": {"name": "-"},
           "sections": [{"id": "-", "heading": "-", "blocks": [{"paragraph": "-"}]}]},
    "clinic": {"name": "-"},
}
_MAX_ROUNDS = 12


@dataclass
class _Salvaged(Source):
    """A source with the values schema problems are about taken out; every place is still reported
    where it stands in the original file (a list item taken out does not renumber the others)."""

    original: Source | None = None
    origin: dict[FieldPath, FieldPath] = field(default_factory=dict)  # path here -> path in the original

    def _original_path(self, path: FieldPath) -> FieldPath:
        path = tuple(path)
        for cut in range(len(path), -1, -1):
            if path[:cut] in self.origin:
                return self.origin[path[:cut]] + path[cut:]
        return path

    def locate(self, path: FieldPath, key: bool = False):
        return self.original.locate(self._original_path(path), key)

    def raw(self, path: FieldPath) -> str | None:
        return self.original.raw(self._original_path(path))


def salvage(source: Source, name: str, definition: str | None = None) -> tuple[Source | None, list[Problem]]:
    """The schema problems of `source` and what of it can still be read: a schema-valid copy without
    the values the problems are about (a required top-level field gets a stand-in), or None if
    nothing valid is left. Lets `brochure check` go on to translations, glyphs, fit and the rest."""
    problems = validate(source, name, definition)
    if not problems:
        return source, []
    current = _Salvaged(source.path, source.data, original=source, origin={(): ()})
    for _ in range(_MAX_ROUNDS):
        errors = list(_validator(name, definition).iter_errors(current.data))
        if not errors:
            return current, problems
        drop: set[FieldPath] = set()
        for error in errors:
            path = tuple(error.absolute_path)
            if error.validator == "additionalProperties" and isinstance(error.instance, dict):
                known = error.schema.get("properties", {})
                drop |= {path + (key,) for key in error.instance if key not in known}
            else:
                drop.add(path)
        if () in drop:
            if not isinstance(current.data, dict):
                return None, problems
            missing = {k: v for k, v in _STAND_INS[definition].items() if k not in current.data or (k,) in drop}
            if not missing and drop == {()}:
                return None, problems
            drop.discard(())
            current = _without(current, drop)
            current.data.update(missing)
        else:
            current = _without(current, drop)
    return None, problems


def _without(source: "_Salvaged", drop: set[FieldPath]) -> "_Salvaged":
    origin: dict[FieldPath, FieldPath] = {}

    def copy(value: Any, old: FieldPath, new: FieldPath) -> Any:
        origin[new] = source._original_path(old)
        if isinstance(value, dict):
            return {k: copy(v, old + (k,), new + (k,)) for k, v in value.items() if old + (k,) not in drop}
        if isinstance(value, list):
            kept = [(i, v) for i, v in enumerate(value) if old + (i,) not in drop]
            return [copy(v, old + (i,), new + (j,)) for j, (i, v) in enumerate(kept)]
        return value

    return _Salvaged(source.path, copy(source.data, (), ()), original=source.original, origin=origin)
