"""XLIFF 2.1 (OASIS) files: written for a translator, read back safely.

One `<file>` whose id is the brochure id, one `<unit>` per text with one `<segment>`. Our inline
markup becomes `<pc>` codes whose original characters (`**`, `*`, `[`, `](address)`) sit in
`<originalData>`, so a translation tool shows them as protected tags. `state` tells new (`initial`,
no target) from translated from stale (`initial` with `subState="brochure:source-changed"` and the
previous source in a note). Only targets in state translated, reviewed or final are imported: an
`initial` target is a draft (or the old, stale translation).

Reading uses lxml with entities, DTDs and network access off; a DOCTYPE is refused.
"""
from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from .. import __version__
from ..errors import BrochureError, Location
from ..source import format_path
from .exchange import STALE_SUBSTATE, Entry, Incoming, notes
from .inline import Code, Node, codes, end, normal, start, tree
from .progress import UnitState

NS = "urn:oasis:names:tc:xliff:document:2.0"  # XLIFF 2.1 keeps the 2.0 core namespace
NS_12 = "urn:oasis:names:tc:xliff:document:1.2"
DONE = {"translated", "reviewed", "final"}
_SUBTYPE = {"bold": "xlf:b", "italic": "xlf:i"}
_KIND_OF_SUBTYPE = {value: key for key, value in _SUBTYPE.items()}
_NOT_XML = re.compile("([\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]+)")


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


def write(states: list[UnitState], brochure_id: str, source_language: str, language: str, original: str) -> bytes:
    """The XLIFF 2.1 document for one target language."""
    root = etree.Element(_q("xliff"), nsmap={None: NS}, version="2.1", srcLang=source_language, trgLang=language)
    file = etree.SubElement(root, _q("file"), id=brochure_id, original=original)
    file_notes = etree.SubElement(file, _q("notes"))
    etree.SubElement(file_notes, _q("note"), category="about").text = (
        f"Brochure '{brochure_id}' ({original}), from {source_language} into {language}; written by brochure "
        f"{__version__}. Import with: brochure translate import FILE")
    for state in states:
        _unit(file, state)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _unit(file: etree._Element, state: UnitState) -> None:
    unit = state.unit
    element = etree.SubElement(file, _q("unit"), id=unit.id, name=format_path(unit.field))
    unit_notes = etree.SubElement(element, _q("notes"))
    for category, text in notes(state):
        etree.SubElement(unit_notes, _q("note"), category=category).text = text
    source = tree(unit.source)
    ids = {id(code): str(n) for n, code in enumerate(codes(source), 1)}
    translation = state.translation
    target = tree(translation) if translation is not None else ()
    ids.update(_matching_ids(codes(source), codes(target), ids))
    if ids:
        data = etree.SubElement(element, _q("originalData"))
        for code in codes(source) + codes(target):
            if data.find(f"{_q('data')}[@id='s{ids[id(code)]}']") is None:
                etree.SubElement(data, _q("data"), id=f"s{ids[id(code)]}").text = start(code)
                etree.SubElement(data, _q("data"), id=f"e{ids[id(code)]}").text = end(code)
    segment = etree.SubElement(element, _q("segment"))
    if state.verdict == "stale":
        segment.set("state", "initial")
        segment.set("subState", STALE_SUBSTATE)
    else:
        segment.set("state", "initial" if translation is None else "translated")
    _fill(etree.SubElement(segment, _q("source")), source, ids)
    if translation is not None:
        _fill(etree.SubElement(segment, _q("target")), target, ids)


def _matching_ids(source: list[Code], target: list[Code], ids: dict[int, str]) -> dict[int, str]:
    """Ids for the translation's codes: the source code of the same kind (and address) in order,
    else a new id."""
    unused = list(source)
    found = {}
    fresh = len(source)
    for code in target:
        match = next((c for c in unused if c.kind == code.kind and c.url == code.url), None)
        if match is not None:
            unused.remove(match)
            found[id(code)] = ids[id(match)]
        else:
            fresh += 1
            found[id(code)] = str(fresh)
    return found


def _fill(parent: etree._Element, nodes: tuple[Node, ...], ids: dict[int, str]) -> None:
    for node in nodes:
        if isinstance(node, str):
            _append_text(parent, node)
            continue
        number = ids[id(node)]
        code = etree.SubElement(parent, _q("pc"), id=number, dataRefStart=f"s{number}", dataRefEnd=f"e{number}",
                                dispStart=start(node), dispEnd=end(node), canDelete="no")
        if node.kind == "link":
            code.set("type", "link")
        else:
            code.set("type", "fmt")
            code.set("subType", _SUBTYPE[node.kind])
        _fill(code, node.children, ids)


def _append_text(parent: etree._Element, text: str) -> None:
    """Text after the parent's last child; a character XML cannot hold (a control character) as <cp>."""
    for piece in _NOT_XML.split(text):
        if not piece:
            continue
        if _NOT_XML.fullmatch(piece):
            for char in piece:
                etree.SubElement(parent, _q("cp"), hex=f"{ord(char):04X}")
        elif len(parent):
            parent[-1].tail = (parent[-1].tail or "") + piece
        else:
            parent.text = (parent.text or "") + piece


class _Unreadable(Exception):
    """A target (or source) holds something we cannot turn back into our syntax."""


def read(data: bytes, path: Path) -> Incoming:
    """A translator's XLIFF 2.0/2.1 file; raises BrochureError for a file we cannot take at all."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (exc.lineno, None)
        raise BrochureError.at(Location(path, line, column), f"not well-formed XML: {exc.msg}",
                               "the file was damaged; export it again or fix it in the translation tool")
    if root.getroottree().docinfo.doctype:
        raise BrochureError.at(Location(path, 1), "the file has a DOCTYPE, which XLIFF 2 does not use",
                               "remove the <!DOCTYPE ...> line")
    namespace = etree.QName(root).namespace
    if namespace == NS_12 or root.get("version", "").startswith("1."):
        raise BrochureError.at(Location(path, root.sourceline), f"this is XLIFF {root.get('version', '1.x')}; "
                               "brochure reads XLIFF 2.0 and 2.1",
                               "export as XLIFF 2 from the translation tool, or start from brochure translate export")
    if root.tag != _q("xliff") or not root.get("version", "").startswith("2."):
        raise BrochureError.at(Location(path, root.sourceline), "not an XLIFF 2 file (the root must be <xliff "
                               f"version=\"2.1\" xmlns=\"{NS}\">)", "import a file made by brochure translate export")
    files = root.findall(_q("file"))
    ids = {f.get("id") for f in files}
    entries = tuple(_entry(unit, path) for file in files for unit in file.iter(_q("unit")))
    return Incoming(path, "XLIFF", ids.pop() if len(ids) == 1 else ",".join(sorted(i or "" for i in ids)) or None,
                    root.get("srcLang"), root.get("trgLang"), entries)


def _entry(unit: etree._Element, path: Path) -> Entry:
    """One unit: its source, and its target when every segment of it is finished."""
    data = {d.get("id"): (d.text or "") for d in unit.iterfind(f"{_q('originalData')}/{_q('data')}")}
    sources: list[str] = []
    targets: list[str] = []
    done = True
    try:
        for part in unit.iterchildren(_q("segment"), _q("ignorable")):
            source, target = part.find(_q("source")), part.find(_q("target"))
            sources.append(_text(source, data) if source is not None else "")
            if part.tag == _q("segment") and (target is None or part.get("state", "initial") not in DONE):
                done = False
            else:  # a finished segment, or an ignorable (spaces between segments): its target, else its source
                targets.append(_text(target, data) if target is not None else sources[-1])
    except _Unreadable as exc:
        return Entry(unit.get("id") or "", unit.sourceline, normal("".join(sources)), None, str(exc))
    target = normal("".join(targets)) if done else ""
    return Entry(unit.get("id") or "", unit.sourceline, normal("".join(sources)), target or None)


def _text(element: etree._Element, data: dict[str, str]) -> str:
    """An XLIFF source or target back in our syntax."""
    out = [element.text or ""]
    for child in element:
        name = etree.QName(child).localname if isinstance(child.tag, str) else "?"
        if child.tag == _q("pc"):
            opening, closing = _code(child, data)
            out += [opening, _text(child, data), closing]
        elif child.tag == _q("mrk"):  # an annotation a tool added (a term, a comment): its words stay
            out.append(_text(child, data))
        elif child.tag == _q("cp"):
            out.append(_code_point(child))
        else:
            raise _Unreadable(f"<{name}> (line {child.sourceline}) is not something brochure can print; "
                              "only the <pc> codes of the source are allowed")
        out.append(child.tail or "")
    return "".join(out)


def _code_point(cp: etree._Element) -> str:
    try:
        return chr(int(cp.get("hex", ""), 16))
    except (ValueError, OverflowError):
        raise _Unreadable(f"<cp hex=\"{cp.get('hex')}\"> (line {cp.sourceline}) is not a character") from None


def _code(pc: etree._Element, data: dict[str, str]) -> tuple[str, str]:
    """The characters a <pc> stands for: from its original data, else its subType."""
    opening, closing = data.get(pc.get("dataRefStart", "")), data.get(pc.get("dataRefEnd", ""))
    if opening is not None and closing is not None:
        return opening, closing
    kind = _KIND_OF_SUBTYPE.get(pc.get("subType", ""))
    if kind is None:
        raise _Unreadable(f"inline code <pc id=\"{pc.get('id')}\"> (line {pc.sourceline}) says neither what it marks "
                          "nor where its original data is; keep the codes of the source")
    code = Code(kind, ())
    return start(code), end(code)
