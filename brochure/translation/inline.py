"""Our inline markup (**bold**, *italic*, [label](address)) as a tree of codes, and back.

Exchange files carry the markup as codes a translation tool protects (XLIFF `<pc>`) or as the
characters themselves (PO); either way a translation must keep the source's links, with their
addresses, and its emphasis. The tree is cut with the printer's own patterns (`markup.py`), so a
code here is exactly what prints as bold, italic or a link.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Union

from ..markup import BOLD, ITALIC, LINK  # the printer's patterns: what is a code is what prints

_SPACE = re.compile(r"[ \t\r\n]+")  # as markup.parse: line breaks in the YAML print as spaces


@dataclass(frozen=True)
class Code:
    """A marked stretch of text: kind is 'bold', 'italic' or 'link' (with its address)."""

    kind: str
    children: tuple["Node", ...]
    url: str | None = None


Node = Union[str, Code]

DELIMITERS = {"bold": ("**", "**"), "italic": ("*", "*")}


def normal(text: str) -> str:
    """The text as the printer reads it: runs of spaces and line breaks as one space, trimmed."""
    return _SPACE.sub(" ", text).strip()


def tree(text: str) -> tuple[Node, ...]:
    """The text as plain strings and codes, nested as the printer nests them (link > bold > italic)."""
    text = normal(text)
    nodes: list[Node] = []
    position = 0
    for match in LINK.finditer(text):
        nodes += _emphasis(text[position:match.start()])
        nodes.append(Code("link", tuple(_emphasis(match.group(1))), match.group(2)))
        position = match.end()
    return tuple(nodes + _emphasis(text[position:]))


def _emphasis(text: str) -> list[Node]:
    nodes: list[Node] = []
    position = 0
    for match in BOLD.finditer(text):
        nodes += _italic(text[position:match.start()])
        nodes.append(Code("bold", tuple(_italic(match.group(1)))))
        position = match.end()
    return nodes + _italic(text[position:])


def _italic(text: str) -> list[Node]:
    nodes: list[Node] = []
    position = 0
    for match in ITALIC.finditer(text):
        nodes += [text[position:match.start()], Code("italic", (match.group(1),))]
        position = match.end()
    return [node for node in nodes + [text[position:]] if node != ""]


def start(code: Code) -> str:
    """The characters that open a code in our syntax."""
    return "[" if code.kind == "link" else DELIMITERS[code.kind][0]


def end(code: Code) -> str:
    """The characters that close a code in our syntax."""
    return f"]({code.url})" if code.kind == "link" else DELIMITERS[code.kind][1]


def text(nodes: tuple[Node, ...] | list[Node]) -> str:
    """Nodes back in our syntax."""
    return "".join(node if isinstance(node, str) else start(node) + text(node.children) + end(node)
                   for node in nodes)


def codes(nodes: tuple[Node, ...] | list[Node]) -> list[Code]:
    """Every code in the nodes, outer before inner, in reading order."""
    found = []
    for node in nodes:
        if isinstance(node, Code):
            found.append(node)
            found += codes(node.children)
    return found


def broken(source: str, translation: str) -> list[str]:
    """What the translation lost or changed of the source's markup: each link (by address) must be
    there as often as in the source and no other link added; bold and italic at least as often."""
    have = codes(tree(source))
    got = codes(tree(translation))
    problems = []
    links, new_links = (Counter(c.url for c in found if c.kind == "link") for found in (have, got))
    for url, count in (links - new_links).items():
        problems.append(f"the link to {url} is missing" + (f" ({count} times)" if count > 1 else ""))
    for url in new_links - links:
        problems.append(f"a link to {url} that the source does not have (keep links as they are)")
    for kind, marker in (("bold", "**...**"), ("italic", "*...*")):
        want, count = (sum(1 for c in found if c.kind == kind) for found in (have, got))
        if count < want:
            problems.append(f"{kind} text ({marker}) is missing: the source has {want}, the translation {count}")
    return problems
