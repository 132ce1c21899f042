"""Imposition: a booklet's pages in reading order -> printer's spreads for saddle stitching.

Each sheet carries four pages, two on each side; the sheets are printed on both sides, stacked,
folded in the middle and stapled on the fold. A5 pages make A4 landscape sheets.
"""
from __future__ import annotations

import io


def saddle_stitch_order(page_count: int, rtl: bool = False) -> list[tuple[int, int]]:
    """(left, right) page numbers (1-based) of each printed side, in print order: sheet 1 front,
    sheet 1 back, sheet 2 front, ...  For 8 pages: (8, 1), (2, 7), (6, 3), (4, 5).

    A right-to-left booklet is bound on the right, so each pair is mirrored.
    """
    if page_count <= 0 or page_count % 4:
        raise ValueError(f"a saddle-stitched booklet needs a multiple of 4 pages, not {page_count}")
    sides = []
    for sheet in range(page_count // 4):
        low, high = 2 * sheet + 1, page_count - 2 * sheet
        sides += [(high, low), (low + 1, high - 1)]
    return [(right, left) for left, right in sides] if rtl else sides


def impose(pdf: bytes, rtl: bool = False) -> bytes:
    """The spreads of a booklet PDF: two trimmed pages side by side on each side of a sheet.

    Office booklets print on a standard sheet, centred. A print-shop booklet (with a bleed) keeps
    its bleed on the outer edges of each spread, with crop marks at the spread's corners, a fold mark
    at the spine, and the spread's TrimBox and BleedBox. Either way the spreads are the same document
    as the pages: the same PDF version, language, metadata and tags (the structure tree is kept and
    pointed at the sheets, its marks renumbered), and the outline leads to the sheet each section
    is on. Print on both sides, flipping on the short edge.
    """
    from pypdf import PdfReader, PdfWriter, Transformation
    from pypdf.generic import NameObject

    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    writer.pdf_header = reader.pdf_header
    pages = list(writer.pages)
    trim, media, bleed_box = pages[0].trimbox, pages[0].mediabox, pages[0].bleedbox
    width, height = float(trim.width), float(trim.height)
    edge = float(trim.left) - float(media.left)  # bleed, gap and crop marks around the trim
    bleed = float(trim.left) - float(bleed_box.left)
    if bleed > 0:
        sheet_width, sheet_height = 2 * width + 2 * edge, height + 2 * edge
        left, bottom = edge, edge
    else:
        sheet_width, sheet_height = sheet_size(2 * width, height)
        left, bottom = (sheet_width - 2 * width) / 2, (sheet_height - height) / 2  # pages meet at the middle
    tree = _StructureTree(writer)
    moved: dict[int, tuple[object, int]] = {}  # page object number -> (its sheet, how far its marks moved)
    for pair in saddle_stitch_order(len(pages), rtl):
        sheet = writer.add_blank_page(sheet_width, sheet_height)
        marks: list = []
        for slot, number in enumerate(pair):
            page = pages[number - 1]
            offset = len(marks)
            marks += tree.marks_of(page)
            _renumber_marks(page, offset, writer)
            box = page.trimbox
            dx, dy = left + slot * width - float(box.left), bottom - float(box.bottom)
            page.cropbox = _visible(box, bleed, outer_left=slot == 0, outer_right=slot == 1)  # pypdf clips to it
            annotations = page.get("/Annots")
            if annotations is not None:
                del page["/Annots"]  # moved below as they are, so the structure tree still points at them
            sheet.merge_transformed_page(page, Transformation().translate(dx, dy), over=True, expand=False)
            _move_annotations(sheet, annotations, dx, dy)
            moved[page.indirect_reference.idnum] = (sheet.indirect_reference, offset)
        sheet[NameObject("/Tabs")] = NameObject("/S")  # annotations in structure order
        if bleed > 0:
            _print_marks(writer, sheet, (left, bottom, left + 2 * width, bottom + height), bleed, edge)
        tree.add_page(sheet, marks)
    tree.repoint(moved)
    _repoint_outline(writer, moved)
    for _ in pages:
        writer.remove_page(0)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


class _StructureTree:
    """The tagged PDF's structure tree, as imposition moves marked content onto the sheets."""

    def __init__(self, writer):
        from pypdf.generic import NameObject

        root = writer._root_object.get("/StructTreeRoot")
        self.root = root.get_object() if root is not None else None
        self.nums: dict[int, object] = {}
        if self.root is not None:  # a flat number tree, as brochure writes it
            pairs = list(self.root["/ParentTree"].get_object().get("/Nums", []))
            self.nums = {int(key): value for key, value in zip(pairs[::2], pairs[1::2])}
        self.next_key = int(self.root.get(NameObject("/ParentTreeNextKey"), len(self.nums))) if self.root else 0

    def marks_of(self, page) -> list:
        """The structure elements of a page's marks, by MCID (taken off the page)."""
        key = page.get("/StructParents")
        return list(self.nums.pop(int(key), [])) if key is not None else []

    def add_page(self, sheet, marks: list) -> None:
        from pypdf.generic import ArrayObject, NameObject, NumberObject

        if self.root is None:
            return
        sheet[NameObject("/StructParents")] = NumberObject(self.next_key)
        self.nums[self.next_key] = ArrayObject(marks)
        self.next_key += 1

    def repoint(self, moved: dict[int, tuple[object, int]]) -> None:
        """Point every element at the sheet its marks are on now, with their new numbers."""
        from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject

        if self.root is None:
            return

        def visit(node, page: int | None) -> None:
            element = node.get_object()
            if not isinstance(element, DictionaryObject):
                return
            own = element.get("/Pg")
            here = own.idnum if own is not None else page
            if here in moved:
                if own is not None:
                    element[NameObject("/Pg")] = moved[here][0]
                if element.get("/Type") == "/MCR":
                    element[NameObject("/MCID")] = NumberObject(int(element["/MCID"]) + moved[here][1])
            kids = element.get("/K")
            if element.get("/Type") in ("/MCR", "/OBJR") or kids is None:
                return
            offset = moved.get(here, (None, 0))[1]
            if isinstance(kids, ArrayObject):
                for i, kid in enumerate(kids):
                    if isinstance(kid, int):
                        kids[i] = NumberObject(kid + offset)
                    else:
                        visit(kid, here)
            elif isinstance(kids, int):
                element[NameObject("/K")] = NumberObject(kids + offset)
            else:
                visit(kids, here)

        visit(self.root, None)
        parent_tree = self.root["/ParentTree"].get_object()
        parent_tree[NameObject("/Nums")] = ArrayObject(
            item for key in sorted(self.nums) for item in (NumberObject(key), self.nums[key]))
        self.root[NameObject("/ParentTreeNextKey")] = NumberObject(self.next_key)


def _renumber_marks(page, offset: int, writer) -> None:
    """Add `offset` to every MCID in the page's content (the second page of a sheet follows the first's)."""
    from pypdf.generic import ContentStream, DictionaryObject, NameObject, NumberObject

    if not offset:
        return
    content = ContentStream(page.get_contents(), writer)
    for operands, operator in content.operations:
        if operator == b"BDC" and isinstance(operands[1], DictionaryObject) and "/MCID" in operands[1]:
            operands[1][NameObject("/MCID")] = NumberObject(int(operands[1]["/MCID"]) + offset)
    page.replace_contents(content)


def _visible(trim, bleed: float, outer_left: bool, outer_right: bool):
    """What shows of a page on its spread: the trim, and the bleed on the spread's outer edges."""
    from pypdf.generic import RectangleObject

    return RectangleObject([float(trim.left) - (bleed if outer_left else 0), float(trim.bottom) - bleed,
                            float(trim.right) + (bleed if outer_right else 0), float(trim.top) + bleed])


def _move_annotations(sheet, annotations, dx: float, dy: float) -> None:
    """Put a page's annotations (links) on its sheet, moved with the page."""
    from pypdf.generic import ArrayObject, FloatObject, NameObject

    if not annotations:
        return
    found = sheet.get("/Annots")
    if found is None:
        found = sheet[NameObject("/Annots")] = ArrayObject()
    for reference in annotations:
        annotation = reference.get_object()
        x0, y0, x1, y1 = (float(v) for v in annotation["/Rect"])
        annotation[NameObject("/Rect")] = ArrayObject(FloatObject(v) for v in (x0 + dx, y0 + dy, x1 + dx, y1 + dy))
        if "/QuadPoints" in annotation:
            points = [float(v) for v in annotation["/QuadPoints"]]
            annotation[NameObject("/QuadPoints")] = ArrayObject(
                FloatObject(v + (dx if i % 2 == 0 else dy)) for i, v in enumerate(points))
        if "/P" in annotation:
            annotation[NameObject("/P")] = sheet.indirect_reference
        found.append(reference)


def _print_marks(writer, sheet, trim: tuple[float, float, float, float], bleed: float, edge: float) -> None:
    """The spread's TrimBox and BleedBox, crop marks at its corners and a fold mark at the spine,
    drawn as the pages draw theirs (registration colour, artifacts of the tagged PDF)."""
    from pypdf.generic import DecodedStreamObject, NameObject, RectangleObject

    from .render.printing import MARK_LENGTH

    x0, y0, x1, y1 = trim
    sheet.trimbox = RectangleObject([x0, y0, x1, y1])
    sheet.bleedbox = RectangleObject([x0 - bleed, y0 - bleed, x1 + bleed, y1 + bleed])
    far, near = edge, edge - MARK_LENGTH  # distances outside the trim
    crops = [(x, y0 - far, x, y0 - near) for x in (x0, x1)] + [(x, y1 + near, x, y1 + far) for x in (x0, x1)]
    crops += [(x0 - far, y, x0 - near, y) for y in (y0, y1)] + [(x1 + near, y, x1 + far, y) for y in (y0, y1)]
    spine = (x0 + x1) / 2
    folds = [(spine, y0 - far, spine, y0 - near), (spine, y1 + near, spine, y1 + far)]

    def lines(found) -> str:
        return " ".join(f"{a:.3f} {b:.3f} m {c:.3f} {d:.3f} l" for a, b, c, d in found)

    marks = (f"/Artifact BMC q 1 1 1 1 K 0.5 w {lines(crops)} S [3 2] 0 d {lines(folds)} S Q EMC").encode()
    stream = DecodedStreamObject()
    stream.set_data(sheet.get_contents().get_data() + b"\n" + marks)
    sheet[NameObject("/Contents")] = writer._add_object(stream)


def _repoint_outline(writer, moved: dict[int, tuple[object, int]]) -> None:
    """Each outline entry leads to the sheet its page is on now."""
    from pypdf.generic import ArrayObject

    outlines = writer._root_object.get("/Outlines")
    item = outlines.get_object().get("/First") if outlines is not None else None
    stack = [item] if item is not None else []
    while stack:
        entry = stack.pop().get_object()
        destination = entry.get("/Dest")
        if isinstance(destination, ArrayObject) and destination and destination[0].idnum in moved:
            destination[0] = moved[destination[0].idnum][0]
        stack += [entry[key] for key in ("/First", "/Next") if key in entry]


# Standard sheets, landscape: two pages that nearly make one (A5 is 148 mm, half of A4 is 148.5 mm)
# are printed on it, centred.
_SHEETS = {"A4": (841.89, 595.28), "A3": (1190.55, 841.89), "letter": (792.0, 612.0), "tabloid": (1224.0, 792.0)}


def sheet_size(width: float, height: float) -> tuple[float, float]:
    """The standard sheet a spread of this size prints on, or the spread's own size."""
    for size in _SHEETS.values():
        if 0 <= size[0] - width < 6 and 0 <= size[1] - height < 6:
            return size
    return width, height


def spreads_name(pdf_name: str) -> str:
    """'leaflet-en-a5-booklet.pdf' -> 'leaflet-en-a5-booklet-spreads.pdf'."""
    stem = pdf_name[:-4] if pdf_name.lower().endswith(".pdf") else pdf_name
    return f"{stem}-spreads.pdf"
