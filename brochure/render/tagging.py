"""Tagged PDF: a structure tree that screen readers follow, built while the pages are drawn.

ReportLab writes no structure tree and no marked content. This module adds both with public
hooks: `canvas.addLiteral` for the marked-content operators (BDC/EMC with an MCID), flowable
wrappers that mark what they draw, a table callback that marks backgrounds and rules as
decoration, and, when the canvas saves, the StructTreeRoot, the parent tree and /MarkInfo. Page
furniture (bands, running heads, footers, crop marks) is marked as /Artifact.

Reading order is the order elements are marked in, which is the order of the content, also for
folds, whose panels are drawn in reading order before they are placed on the sheet. The parts of
a paragraph, list or table split over two pages stay one element; a table header repeated on the
next page is an artifact. A link is a /Link element inside its paragraph's, holding the link's
words and an object reference to its annotation. A ReportLab paragraph's text is one text object,
which marked content may not cross, so there the marks go inside it (`LinkedText`, placed where
ReportLab's `_linkRecord` hook reports each link's start and end on a line).
"""
from __future__ import annotations

import math
from contextlib import contextmanager
from html import escape
from dataclasses import dataclass, field
from typing import Iterator

from reportlab.pdfbase.pdfdoc import XMP, PDFArray, PDFDictionary, PDFName, PDFObjectReference, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable


ROW_ROLES = {"Table": "TR", "L": "LI"}


@dataclass(frozen=True)
class Annotation:
    """A link annotation placed on a page, as the content of a /Link element."""

    page: int
    ref: PDFObjectReference


@dataclass(eq=False)
class Element:
    """A structure element: a role such as P or H2, its children, and the content it marks."""

    role: str
    parent: "Element | None" = None
    alt: str | None = None
    lang: str | None = None  # set when the element is in another language than the document
    kids: list["Element | tuple[int, int] | Annotation"] = field(default_factory=list)  # (page, mcid)
    rows: dict[int, "Element"] = field(default_factory=dict)  # containers: row number -> TR or LI
    earlier_rows: set[int] = field(default_factory=set)  # containers: rows drawn before a page break


class StructureTree:
    """Collects elements and marked content while pages are drawn."""

    def __init__(self, language: str, rtl: bool = False):
        self.language = language
        self.rtl = rtl  # table cells are drawn right to left: each table row is read in reverse
        self.drawn_rows: list[list[Element]] = []  # right to left: elements made in each table row being drawn
        self.root = Element("Document")
        self.open_elements: list[Element] = [self.root]
        self.marking: list[Element] = []  # the elements whose content is being drawn, innermost last
        self.marks: dict[int, list[Element]] = {}  # page index -> element of each MCID, in order
        self.page: int | None = None  # the page index marks go to, when not the canvas's current page
        self.groups: dict[object, Element] = {}  # the element of each flowable, for the parts of a split
        self.unlinked: list[Element] = []  # /Link elements holding a link's words, awaiting its annotation
        self.text_marks: tuple[Element, int] | None = None  # (element, page) marked inside a text object

    def enable(self, canvas) -> None:
        """Make `canvas` write this tree: each page gets /StructParents and /Tabs /S, and each link
        annotation a /Link element. Call `write` before the canvas saves."""
        canvas.structure = self
        add_page, link_url = canvas._doc.addPage, canvas.linkURL

        def add_tagged_page(page) -> None:
            page.__NoDefault__ = [*page.__NoDefault__, "StructParents", "Tabs"]
            page.StructParents = canvas._doc.pageCounter - 1
            page.Tabs = PDFName("S")
            add_page(page)

        def tagged_link_url(url: str, rect, relative: int = 0, *args, **kwargs) -> None:
            link_url(url, rect, relative, *args, Contents=PDFString(url), **kwargs)
            self._link(Annotation(canvas.getPageNumber() - 1, canvas._annotationrefs[-1]))

        canvas._doc.addPage = add_tagged_page
        canvas.linkURL = tagged_link_url

    def _element(self, group: object, role: str, parent: Element, alt: str | None, lang: str | None) -> Element:
        """The element of `group` (a flowable and the parts it splits into), made on first use."""
        element = self.groups.get(group)
        if element is None:
            element = self.groups[group] = Element(role, parent, alt, lang)
            self._add(parent, element)
        return element

    def _add(self, parent: Element, element: Element) -> None:
        parent.kids.append(element)
        if self.drawn_rows:
            self.drawn_rows[-1].append(element)

    def table_row(self, event: str) -> None:
        """A table row starts or ends. Right to left, its cells were drawn from the left, that is
        from the last: the elements they made are put back in reading order."""
        if not self.rtl:
            return
        if event == "startRow":
            self.drawn_rows.append([])
            return
        drawn = self.drawn_rows.pop()
        for parent in {id(element.parent): element.parent for element in drawn}.values():
            places = [i for i, kid in enumerate(parent.kids) if any(kid is element for element in drawn)]
            for place, kid in zip(places, [parent.kids[i] for i in reversed(places)]):
                parent.kids[place] = kid

    def begin(self, role: str, lang: str | None = None, group: object = None) -> None:
        """Open a grouping element (L, Table, Div ...); later marks go inside it until `end`. The
        parts of a split container (same `group`) continue one element."""
        element = self._element(group or object(), role, self.open_elements[-1], None, lang)
        element.earlier_rows = set(element.rows)
        self.open_elements.append(element)

    def end(self) -> None:
        if len(self.open_elements) > 1:
            self.open_elements.pop()

    def _row(self, row: int) -> Element:
        """The row element (TR in a Table, LI in a list) inside the open container, made on first use."""
        container = self.open_elements[-1]
        if row not in container.rows:
            container.rows[row] = Element(ROW_ROLES[container.role], container)
            self._add(container, container.rows[row])
        return container.rows[row]

    @contextmanager
    def mark(self, canvas, role: str, alt: str | None = None, row: int | None = None,
             lang: str | None = None, group: object = None, in_text: bool = False) -> Iterator[None]:
        """Mark what is drawn inside the block as content of a `role` element (inside the current
        row element when `row` is given and the open container has rows). The parts of a split
        paragraph (same `group`) continue one element; a row drawn again on a new page (a repeated
        table header) is an artifact. With `in_text`, the marks go inside the paragraph's text
        object (see LinkedText) and what it draws outside it (link underlines) is decoration."""
        container = self.open_elements[-1]
        if row is not None and row in container.earlier_rows:
            with artifact(canvas):
                yield
            return
        parent = self._row(row) if row is not None and container.role in ROW_ROLES else container
        element = self._element(group or object(), role, parent, alt, lang)
        page = self.current_page(canvas)
        if in_text:
            self.text_marks = (element, page)
            with artifact(canvas), self.marking_in(element):
                try:
                    yield
                finally:
                    self.text_marks, self.unlinked = None, []
            return
        canvas.addLiteral(self.sequence(element, page))
        with self.marking_in(element):
            try:
                yield
            finally:
                canvas.addLiteral("EMC")

    def current_page(self, canvas) -> int:
        return canvas.getPageNumber() - 1 if self.page is None else self.page

    def sequence(self, element: Element, page: int) -> str:
        """The operator that starts a marked-content sequence of `element` on `page` (a new MCID)."""
        page_marks = self.marks.setdefault(page, [])
        element.kids.append((page, len(page_marks)))
        page_marks.append(element)
        return f"/{element.role} <</MCID {len(page_marks) - 1}>> BDC"

    def link_words(self, element: Element, page: int) -> list[str]:
        """Operators that end `element`'s marked content and start that of a new /Link element inside
        it, for a link's words; its annotation, made next, joins it."""
        link = Element("Link", element)
        element.kids.append(link)
        self.unlinked.append(link)
        return ["EMC", self.sequence(link, page)]

    def after_link(self, element: Element, page: int) -> list[str]:
        """Operators that end a link's words and go on with `element`'s marked content."""
        return ["EMC", self.sequence(element, page)]

    @contextmanager
    def marking_in(self, element: Element) -> Iterator[None]:
        """Links made inside the block belong to `element` (folds add a panel's links after drawing it)."""
        self.marking.append(element)
        try:
            yield
        finally:
            self.marking.pop()

    def _link(self, annotation: Annotation) -> None:
        if self.unlinked:  # the /Link element holding its words
            self.unlinked.pop(0).kids.append(annotation)
            return
        parent = self.marking[-1] if self.marking else self.open_elements[-1]
        parent.kids.append(Element("Link", parent, kids=[annotation]))

    def write(self, doc, page_names: list[str]) -> None:
        """Add the structure tree, parent tree and /MarkInfo to the PDF document `doc`."""
        refs: dict[int, object] = {}
        root_dict = PDFDictionary({"Type": PDFName("StructTreeRoot")})
        root_ref = doc.Reference(root_dict, "StructTreeRoot")
        links: list[tuple[Annotation, object]] = []  # (annotation, its /Link element)

        def build(element: Element, parent_ref) -> object:
            entry = PDFDictionary({"Type": PDFName("StructElem"), "S": PDFName(element.role), "P": parent_ref})
            ref = doc.Reference(entry)
            refs[id(element)] = ref
            if element.alt:
                entry["Alt"] = PDFString(element.alt)
            if element is self.root or element.lang:
                entry["Lang"] = PDFString(element.lang or self.language)
            if element.role == "TH":  # header cells head their column (tables have one header row)
                entry["A"] = PDFDictionary({"O": PDFName("Table"), "Scope": PDFName("Column")})
            kids = []
            pages = [kid[0] for kid in element.kids if isinstance(kid, tuple)]
            if pages:
                entry["Pg"] = PDFObjectReference(page_names[pages[0]])
            for kid in element.kids:
                if isinstance(kid, Element):
                    kids.append(build(kid, ref))
                elif isinstance(kid, Annotation):
                    links.append((kid, ref))
                    kids.append(PDFDictionary({"Type": PDFName("OBJR"), "Obj": kid.ref,
                                               "Pg": PDFObjectReference(page_names[kid.page])}))
                elif kid[0] == pages[0]:
                    kids.append(kid[1])
                else:  # content continued on a later page
                    kids.append(PDFDictionary({"Type": PDFName("MCR"), "MCID": kid[1],
                                               "Pg": PDFObjectReference(page_names[kid[0]])}))
            entry["K"] = PDFArray(kids)
            return ref

        root_dict["K"] = PDFArray([build(self.root, root_ref)])
        numbers = []
        for page in sorted(self.marks):
            numbers += [page, PDFArray([refs[id(element)] for element in self.marks[page]])]
        key = len(page_names)  # annotations' keys follow the pages'
        for annotation, link in links:
            doc.idToObject[annotation.ref.name]["StructParent"] = key
            numbers += [key, link]
            key += 1
        root_dict["ParentTree"] = PDFDictionary({"Nums": PDFArray(numbers)})
        root_dict["ParentTreeNextKey"] = key
        doc.Catalog.StructTreeRoot = root_ref
        doc.Catalog.MarkInfo = PDFDictionary({"Marked": "true"})  # a plain str is written as-is: true
        doc.Catalog.Metadata = XMP(creator=lambda _: _xmp(doc.info.title, doc.info.author, self.language))


@contextmanager
def artifact(canvas) -> Iterator[None]:
    """Mark what is drawn inside the block as page furniture or decoration, not content (when the
    canvas writes a tagged PDF)."""
    if getattr(canvas, "structure", None) is None:
        yield
        return
    canvas.addLiteral("/Artifact BMC")
    try:
        yield
    finally:
        canvas.addLiteral("EMC")


def table_events(table, event: str, *_) -> None:
    """A ReportLab Table render callback: the table's backgrounds and rules are decoration, and
    right to left, each row's cells are read from the right."""
    tree: StructureTree | None = getattr(table.canv, "structure", None)
    if tree is None:
        return
    if event in ("startBG", "startLines"):
        table.canv.addLiteral("/Artifact BMC")
    elif event in ("endBG", "endLines"):
        table.canv.addLiteral("EMC")
    elif event in ("startRow", "endRow"):
        tree.table_row(event)


def _xmp(title: str, author: str, language: str) -> bytes:
    """XMP metadata with the document's title (which assistive technology announces) and language."""
    title, author, language = (escape(str(value or "")) for value in (title, author, language))
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>'
        f'<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>'
        f'<dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>'
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode("utf-8")


class LinkedText(PDFTextObject):
    """The text object of a ReportLab paragraph with links, holding its own marks: the paragraph's
    element from the start, each link's words as a /Link element where ReportLab reports the link's
    start and end on a line (`_linkRecord`, called just after the link's first words are set, so
    the mark goes before them). Marked content may not cross BT/ET, so the marks open and close
    inside it; outside it the paragraph draws only decoration (underlines), an artifact."""

    def __init__(self, canvas, x: float, y: float, tree: StructureTree, all_link: bool = False):
        """`all_link`: the whole paragraph is one link (ReportLab then reports no starts and ends)."""
        super().__init__(canvas, x, y)
        self._tree = tree
        self._element, self._page = tree.text_marks
        self._code.append(tree.sequence(self._element, self._page))
        if all_link:
            self._code += tree.link_words(self._element, self._page)
        self._last_words = len(self._code)

    def _textOut(self, text: str, TStar: int = 0) -> None:
        self._last_words = len(self._code)
        super()._textOut(text, TStar)

    def _linkRecord(self, link, event: str) -> None:
        if event == "start":
            self._code[self._last_words:self._last_words] = self._tree.link_words(self._element, self._page)
        else:
            self._code += self._tree.after_link(self._element, self._page)

    def getCode(self) -> str:
        self._code.append("EMC")
        return f"EMC {super().getCode()} /Artifact BMC"  # the artifact around the paragraph pauses


class Tagged(Flowable):
    """Draws a flowable as one structure element: its content marked (a paragraph as P, a picture
    as Figure with its alternative text), or, as a container (L, Table), holding the elements its
    parts mark themselves. Splits keep the role."""

    def __init__(self, flowable: Flowable, role: str, alt: str | None = None, row: int | None = None,
                 container: bool = False, lang: str | None = None, group: object = None):
        super().__init__()
        self.flowable = flowable
        self.role = role
        self.alt = alt
        self.row = row
        self.container = container
        self.lang = lang
        self.group = group or self  # the parts of a split share it, and so one structure element
        self.outline = getattr(flowable, "outline", None)
        self.hAlign = getattr(flowable, "hAlign", "LEFT")

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.flowable.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return [Tagged(part, self.role, self.alt, self.row, self.container, self.lang, self.group)
                for part in self.flowable.splitOn(self.canv, availWidth, availHeight)]

    def getSpaceBefore(self) -> float:
        return self.flowable.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.flowable.getSpaceAfter()

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:
        tree: StructureTree | None = getattr(canvas, "structure", None)
        if tree is None:
            self.flowable.drawOn(canvas, x, y, _sW)
        elif self.container:
            tree.begin(self.role, self.lang, self.group)
            try:
                self.flowable.drawOn(canvas, x, y, _sW)
            finally:
                tree.end()
        else:
            in_text = getattr(self.flowable, "has_links", False)
            with tree.mark(canvas, self.role, self.alt, self.row, self.lang, self.group, in_text):
                self.flowable.drawOn(canvas, x, y, _sW)


class LinkMarks:
    """In a tagged PDF, the words of a ShapedParagraph's links as /Link elements inside the
    paragraph's. Each link's words on a line are their own text object, so the marks go between
    them. A line's pieces (the paragraph's words, a link's words) are drawn left to right; they
    are put back in reading order, which for right-to-left text is not the drawing order."""

    def __init__(self, canvas: Canvas, tree: StructureTree) -> None:
        self.canvas, self.tree = canvas, tree
        self.element, self.page = tree.marking[-1], tree.current_page(canvas)
        self.href: str | None = None
        self.first = 0
        self.starts: dict[int, int] = {}  # kid index -> first character (logical) drawn in that piece

    def _emit(self, operators: list[str]) -> None:
        for operator in operators:
            self.canvas.addLiteral(operator)

    def start_line(self) -> None:
        self._emit(self.tree.after_link(self.element, self.page))  # a piece of the paragraph's own
        self.first = len(self.element.kids) - 1
        self.starts = {}

    def run(self, href: str | None, start: int) -> None:
        """A run is about to be drawn: a link's words start or end here."""
        if href != self.href:
            if self.href:
                self._emit(self.tree.after_link(self.element, self.page))
            if href:
                self._emit(self.tree.link_words(self.element, self.page))
            self.href = href
        piece = len(self.element.kids) - 1
        self.starts[piece] = min(self.starts.get(piece, start), start)

    def end_line(self) -> None:
        if self.href:
            self._emit(self.tree.after_link(self.element, self.page))
            self.href = None
        pieces = self.element.kids[self.first:]
        order = sorted(range(len(pieces)), key=lambda k: self.starts.get(self.first + k, math.inf))  # empty: last
        self.element.kids[self.first:] = [pieces[k] for k in order]
