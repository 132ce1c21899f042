"""Writing translations into content.yaml without disturbing it: comments, key order, quoting and
indentation stay as written (ruamel.yaml's round trip), and the file is replaced atomically."""
from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from ..output import write_atomic
from ..source import FieldPath, read_text

_NESTED_KEY = re.compile(r"^[^\s#-][^\n]*:[ \t]*(?:#[^\n]*)?\n(?:[ \t]*(?:#[^\n]*)?\n)*([ ]+)[^\s#-]", re.MULTILINE)


def set_texts(content: Path, changes: list[tuple[FieldPath, str]], languages: tuple[str, ...]) -> None:
    """Put each text at its path (a new language key goes in the brochure's language order)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap
    from ruamel.yaml.util import load_yaml_guess_indent

    text = read_text(content, "content file")
    _, sequence_indent, sequence_offset = load_yaml_guess_indent(text)
    yaml = YAML()  # round trip: plain data and comments, no Python objects
    yaml.preserve_quotes = True
    yaml.width = 100_000  # never re-wrap a line
    yaml.indent(mapping=_mapping_indent(text), sequence=sequence_indent or 2, offset=sequence_offset or 0)
    data = yaml.load(text)
    for path, value in changes:
        parent: Any = data
        for part in path[:-1]:
            if isinstance(parent, dict) and part not in parent:
                parent[part] = CommentedMap()
            parent = parent[part]
        _put(parent, path[-1], value, languages)
    out = io.StringIO()
    yaml.dump(data, out)
    write_atomic(content, out.getvalue().encode("utf-8"))


def _mapping_indent(text: str) -> int:
    """How far the file indents a mapping inside a mapping (the first `key:` under a `key:`)."""
    match = _NESTED_KEY.search(text)
    return len(match.group(1)) if match else 2


def _put(mapping: Any, key: str | int, value: str, languages: tuple[str, ...]) -> None:
    if key in mapping or key not in languages:
        mapping[key] = value
        return
    before = languages[:languages.index(key)]
    position = max((i + 1 for i, k in enumerate(mapping) if k in before), default=len(mapping))
    mapping.insert(position, key, value)
