"""The machine-checkable conditions of PDF/UA-1 (the Matterhorn protocol) that this project's PDFs
must meet, checked from outside with pypdf. Each finding names its Matterhorn checkpoint.

Covered: 01-003/004/005/007 (content tagged or artifact, marks balanced and tied to the tree),
02-001 (standard roles), 06-001/003 (XMP with a title), 07-001 (DisplayDocTitle), 09-004/005/006
(table, list and row children), 11-001 (a language for the document), 13-004 (figure alt text),
14-002/003 (heading levels), 28-008/011 (link annotations in /Link elements, with /Contents), the
page /Tabs key, 15-003 (header cells have a scope) and 31-009 (fonts embedded). Not covered: what needs a reader's judgement (is the
alt text right, is the reading order logical) and conformance claims (we do not claim PDF/UA:
no pdfuaid in the XMP).
"""
from __future__ import annotations

import re
from pathlib import Path

import pypdf
from pypdf.generic import ContentStream, DictionaryObject, IndirectObject

STANDARD_ROLES = {
    "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct",
    "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH",
    "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot",
    "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form",
}
CHILDREN = {
    "Table": {"TR", "THead", "TBody", "TFoot", "Caption"},
    "TR": {"TH", "TD"},
    "L": {"LI", "Caption", "L"},
    "LI": {"Lbl", "LBody"},
}
PAINTING = {b"Tj", b"TJ", b"'", b'"', b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"S", b"s", b"Do", b"sh",
            b"BI"}


def violations(path: Path) -> list[str]:
    """Every failed checkpoint in the PDF at `path`, as 'checkpoint: what is wrong'."""
    reader = pypdf.PdfReader(path)
    root = reader.trailer["/Root"]
    found: list[str] = []
    if root.get("/MarkInfo", {}).get("/Marked") != True:  # noqa: E712 - a pypdf BooleanObject
        found.append("01-002: /MarkInfo /Marked is not true")
    if "/StructTreeRoot" not in root:
        return found + ["01-001: no structure tree"]
    if not str(root.get("/Lang", "")).strip():
        found.append("11-001: the catalog has no /Lang")
    if root.get("/ViewerPreferences", {}).get("/DisplayDocTitle") != True:  # noqa: E712
        found.append("07-001: /ViewerPreferences /DisplayDocTitle is not true")
    xmp = reader.xmp_metadata
    if xmp is None:
        found.append("06-001: no XMP metadata")
    elif not (xmp.dc_title or {}).get("x-default"):
        found.append("06-003: the XMP metadata has no dc:title")
    tree = root["/StructTreeRoot"]
    elements = list(structure_elements(tree))
    found += _roles(elements)
    found += _content(reader, tree)
    found += _links(reader, tree)
    found += _fonts(reader)
    return found


def structure_elements(node, parent_role: str | None = None):
    """(role, parent role, element) for every structure element below `node`, in reading order."""
    for kid in kids(node):
        if isinstance(kid, DictionaryObject) and kid.get("/Type", "/StructElem") == "/StructElem" and "/S" in kid:
            role = str(kid["/S"])[1:]
            yield role, parent_role, kid
            yield from structure_elements(kid, role)


def kids(node) -> list:
    kids = node.get("/K")
    kids = kids if isinstance(kids, list) else [] if kids is None else [kids]
    return [kid.get_object() if isinstance(kid, IndirectObject) else kid for kid in kids]


def _roles(elements) -> list[str]:
    found = []
    levels = []
    for role, parent, element in elements:
        if role not in STANDARD_ROLES:
            found.append(f"02-001: non-standard role {role} without a role map")
        if parent in CHILDREN and role not in CHILDREN[parent]:
            found.append(f"09-00x: {role} inside {parent}")
        if role == "TH" and element.get("/A", {}).get("/Scope") not in ("/Column", "/Row", "/Both"):
            found.append("15-003: a TH has no /Scope")
        if role == "Figure" and not str(element.get("/Alt", "")).strip():
            found.append("13-004: a Figure has no /Alt text")
        if re.fullmatch(r"H[1-6]", role):
            levels.append(int(role[1]))
    if levels and levels[0] != 1:
        found.append(f"14-002: the first heading is H{levels[0]}, not H1")
    for before, after in zip(levels, levels[1:]):
        if after > before + 1:
            found.append(f"14-003: heading levels skip from H{before} to H{after}")
    return found


def _content(reader, tree) -> list[str]:
    """Every painting operator inside an artifact or a marked-content sequence with an MCID that the
    parent tree ties to an element which lists it; no tagged content inside an artifact."""
    found = []
    parents = _parent_tree(tree)
    for number, page in enumerate(reader.pages, 1):
        marked = parents.get(page.get("/StructParents"), [])
        stack: list[str] = []
        operations = ContentStream(page.get_contents(), reader).operations
        for operands, operator in operations:
            if operator == b"BMC":
                stack.append("artifact" if operands[0] == "/Artifact" else "other")
            elif operator == b"BDC":
                properties = operands[1] if isinstance(operands[1], dict) else {}
                if operands[0] == "/Artifact":
                    stack.append("artifact")
                elif "/MCID" in properties:
                    mcid = properties["/MCID"]
                    if "artifact" in stack:
                        found.append(f"01-007: page {number}: MCID {mcid} inside an artifact")
                    element = marked[mcid].get_object() if mcid < len(marked) else {}
                    if (page.indirect_reference.idnum, mcid) not in marked_content(element):
                        found.append(f"01-003: page {number}: MCID {mcid} not tied to its structure element")
                    stack.append("tagged")
                else:
                    stack.append("other")
            elif operator == b"EMC":
                if not stack:
                    found.append(f"01-004: page {number}: EMC without a matching BDC/BMC")
                    continue
                stack.pop()
            elif operator in PAINTING and not {"artifact", "tagged"} & set(stack):
                found.append(f"01-005: page {number}: {operator.decode()} neither tagged nor an artifact")
        if stack:
            found.append(f"01-004: page {number}: marked content left open")
    return sorted(set(found), key=found.index)


def marked_content(element) -> list[tuple[int, int]]:
    """(page object number, MCID) of the content an element marks, in order: MCIDs on its /Pg, and
    marked-content references (MCR) to other pages."""
    page = element.get("/Pg")
    found = []
    for kid in kids(element):
        if isinstance(kid, int) and page is not None:
            found.append((page.idnum, kid))
        elif isinstance(kid, DictionaryObject) and kid.get("/Type") == "/MCR":
            found.append(((kid.get("/Pg") or page).idnum, kid["/MCID"]))
    return found


def _parent_tree(tree) -> dict[int, object]:
    nums = tree["/ParentTree"].get("/Nums", [])
    return {int(nums[i]): nums[i + 1].get_object() for i in range(0, len(nums), 2)}


def _links(reader, tree) -> list[str]:
    found = []
    parents = _parent_tree(tree)
    for number, page in enumerate(reader.pages, 1):
        annotations = [a.get_object() for a in page.get("/Annots", [])]
        if annotations and page.get("/Tabs") != "/S":
            found.append(f"page {number}: has annotations but no /Tabs /S")
        for annotation in annotations:
            if annotation.get("/Subtype") != "/Link":
                continue
            if not str(annotation.get("/Contents", "")).strip():
                found.append(f"28-008: page {number}: a link annotation has no /Contents")
            link = parents.get(annotation.get("/StructParent"))
            if link is None or link.get("/S") != "/Link":
                found.append(f"28-011: page {number}: a link annotation is not in a /Link element")
                continue
            objects = [kid.get("/Obj") for kid in kids(link) if isinstance(kid, DictionaryObject)]
            if not any(obj is not None and obj.get_object() is annotation for obj in objects):
                found.append(f"28-011: page {number}: its /Link element does not refer back to the annotation")
    return found


def _fonts(reader) -> list[str]:
    found = set()
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for name, font in fonts.items():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                descriptor = descriptor.get_object() if descriptor is not None else {}
                if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                    found.add(f"31-009: font {font.get('/BaseFont')} is not embedded")
    return sorted(found)
