"""Tagged PDF: the structure tree a screen reader follows, checked from outside with pypdf."""
from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
import yaml
from pypdf.generic import ContentStream

from helpers import copy_sample, run

TEXT_OPERATORS = {b"Tj", b"TJ", b"'", b'"'}


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("tags")
    content = copy_sample(folder)
    result = run("build", str(content), "--lang", "en", "--lang", "de", "--layout", "a4-leaflet",
                 "-o", str(folder / "out"))
    assert result.exit_code == 0, result.output
    return folder / "out", yaml.safe_load(content.read_text("utf-8"))


def elements(node, depth: int = 0):
    """(role, depth, element) for every structure element below `node`, in reading order."""
    kids = node.get("/K")
    kids = kids if isinstance(kids, list) else [kids] if kids is not None else []
    for kid in kids:
        kid = kid.get_object() if hasattr(kid, "get_object") else kid
        if isinstance(kid, dict) and kid.get("/Type") == "/StructElem":
            yield str(kid["/S"])[1:], depth, kid
            yield from elements(kid, depth + 1)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_structure_follows_the_content(sample, lang):
    out, data = sample
    reader = pypdf.PdfReader(out / f"stem-cell-ms-{lang}-a4-leaflet.pdf")
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 - a pypdf BooleanObject
    tree = root["/StructTreeRoot"].get_object()
    roles = list(elements(tree))
    document = roles[0][2]
    assert roles[0][0] == "Document" and document["/Lang"] == lang
    names = [role for role, _, _ in roles]
    assert names.count("H1") == 1
    # section headings, then Words to know, Sources and Contact, as H2 in document order
    sections = len(data["sections"])
    assert names.count("H2") == sections + 3
    for role in ("P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure", "Caption", "Div", "H3"):
        assert role in names, role
    for role, _, element in roles:
        if role == "Figure":
            assert str(element["/Alt"]).strip(), "every figure has alternative text"
        if role == "TR":
            assert {str(k.get_object()["/S"]) for k in element["/K"]} <= {"/TH", "/TD"}
        if role == "LI":
            assert [str(k.get_object()["/S"]) for k in element["/K"]] == ["/Lbl", "/LBody"]
    alts = [str(e["/Alt"]) for r, _, e in roles if r == "Figure"]
    image = next(b["image"] for s in data["sections"] for b in s["blocks"] if "image" in b)
    assert image["alt"][lang] in alts


def test_pages_point_into_the_parent_tree(sample):
    out, _ = sample
    reader = pypdf.PdfReader(out / "stem-cell-ms-en-a4-leaflet.pdf")
    nums = reader.trailer["/Root"]["/StructTreeRoot"]["/ParentTree"]["/Nums"]
    keys = nums[0::2]
    for index, page in enumerate(reader.pages):
        assert page["/StructParents"] == index and page["/Tabs"] == "/S"
        assert index in keys


@pytest.mark.parametrize("lang", ["en", "de"])
def test_no_text_is_left_untagged(sample, lang):
    out, _ = sample
    reader = pypdf.PdfReader(out / f"stem-cell-ms-{lang}-a4-leaflet.pdf")
    for number, page in enumerate(reader.pages, 1):
        depth = 0
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator in (b"BDC", b"BMC"):
                depth += 1
            elif operator == b"EMC":
                depth -= 1
            elif operator in TEXT_OPERATORS:
                assert depth > 0, f"page {number}: text outside any tag or artifact: {operands}"
        assert depth == 0, f"page {number}: unbalanced marked content"


def test_no_tags_option(sample, tmp_path):
    out, _ = sample
    content = out.parent / "content.yaml"
    assert run("build", str(content), "--lang", "en", "--layout", "a4-leaflet", "--no-tags",
               "-o", str(tmp_path)).exit_code == 0
    untagged = tmp_path / "stem-cell-ms-en-a4-leaflet.pdf"
    assert "/StructTreeRoot" not in pypdf.PdfReader(untagged).trailer["/Root"]
    assert untagged.stat().st_size < (out / "stem-cell-ms-en-a4-leaflet.pdf").stat().st_size


def test_xmp_metadata_names_the_title_and_language(sample):
    out, data = sample
    reader = pypdf.PdfReader(out / "stem-cell-ms-de-a4-leaflet.pdf")
    xmp = reader.xmp_metadata
    assert xmp.dc_title["x-default"] == data["title"]["de"]
    assert xmp.dc_language == ["de"]
