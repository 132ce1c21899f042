"""Folds read panel by panel, in the order a reader unfolds them.

The brochures are built from tests/data/print/ (an English and Arabic diabetes leaflet with every
block type) and read back with pdfplumber: each structure element's marked text is found on the
page, so we know which panels every paragraph, list, callout and table landed on.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pdfplumber
import pytest
import yaml

from brochure.markup import plain
from helpers import REPO, run, texts_for, words

DATA = REPO / "tests" / "data" / "print"
MM = 72 / 25.4
FOLDS = {  # layout: inside panel widths, left to right (points)
    "trifold-a4": [100 * MM, 100 * MM, 97 * MM],
    "trifold-letter": [3.6875 * 72, 3.6875 * 72, 3.625 * 72],
    "bifold-a4": [148.5 * MM, 148.5 * MM],
}
UNFOLDING = ["cover", "inside-1", "inside-2", "inside-3", "flap", "back"]
FILLER = ("Your care team will talk with you about each step, answer your questions and help you decide "
          "what is right for you. Write down anything you want to ask before your visit, and bring a friend.")
FILLER_AR = ("سيتحدث معك فريق الرعاية عن كل خطوة، ويجيب عن أسئلتك، ويساعدك على اختيار ما يناسبك. "
             "اكتب كل ما تريد أن تسأل عنه قبل زيارتك، ويمكنك أن تحضر معك صديقًا.")


def _roles(widths: list[float], rtl: bool) -> tuple[list[str], list[str]]:
    """The panel roles on the outside and the inside of the sheet, left to right."""
    inside = [f"inside-{i + 1}" for i in range(len(widths))]
    outside = ["cover", "back", "flap"][:len(widths)]  # backing inside-1, -2, -3: from the right edge
    if rtl:
        return outside, inside[::-1]
    return outside[::-1], inside


def _panel_of(x: float, page: int, widths: list[float], rtl: bool) -> str:
    outside, inside = _roles(widths, rtl)
    roles = outside if page == 1 else inside
    order = widths[::-1] if (page == 1) != rtl else list(widths)  # the widths in the order of `roles`
    edge = 0.0
    for role, width in zip(roles, order):
        edge += width
        if x < edge:
            return role
    return roles[-1]


def _elements(pdf_path: Path, layout: str, rtl: bool) -> list[tuple[str, list[str], str]]:
    """Each top-level structure element: its role, the panels its text is on (in unfolding order)
    and the start of its text."""
    widths = FOLDS[layout]
    with pdfplumber.open(pdf_path) as pdf:
        chars = {(c["page_number"], c["mcid"]): [] for page in pdf.pages for c in page.chars}
        for page in pdf.pages:
            for c in page.chars:
                chars[(c["page_number"], c["mcid"])].append(c)
        (document,) = pdf.structure_tree

        def marks(node) -> list[dict]:
            found = [c for mcid in node.get("mcids") or [] for c in chars.get((node.get("page_number"), mcid), [])]
            for child in node.get("children", []):
                found += marks(child)
            return found

        result = []
        for node in document["children"]:
            found = marks(node)
            if not found:
                continue
            roles = {_panel_of((c["x0"] + c["x1"]) / 2, c["page_number"], widths, rtl) for c in found}
            text = "".join(c["text"] for c in found[:30])
            result.append((node["type"], sorted(roles, key=UNFOLDING.index), text))
    return result


def _build(content: Path, *args: str, ok: bool = True):
    result = run("build", str(content), "-o", str(content.parent / "out"), "--jobs", "1", *args)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def _copy(tmp_path_factory, name: str, change=None) -> Path:
    folder = tmp_path_factory.mktemp(name) / "diabetes"
    shutil.copytree(DATA / "diabetes", folder)
    content = folder / "content.yaml"
    if change:
        data = yaml.safe_load(content.read_text("utf-8"))
        change(data)
        content.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return content


def _longer(data: dict) -> None:
    """Add a long section, so that paragraphs run from one inside panel to the next and blocks
    move to the outside panels."""
    data["sections"].insert(1, {"id": "long-story", "heading": {"en": "What to expect", "ar": "ماذا تتوقع"},
                                "blocks": [{"paragraph": {"en": " ".join([FILLER] * (i % 3 + 1)) + f" ({i})",
                                                          "ar": " ".join([FILLER_AR] * (i % 3 + 1)) + f" ({i})"}}
                                           for i in range(6)]})
    data["sections_for"] = {"bifold-a4": ["what-is-it", "long-story", "checking", "references"]}


@pytest.fixture(scope="module", params=["short", "long"])
def built(request, tmp_path_factory) -> Path:
    """The diabetes leaflet (and a longer one) in English and Arabic, in every fold."""
    content = _copy(tmp_path_factory, request.param, _longer if request.param == "long" else None)
    _build(content, *(arg for layout in FOLDS for arg in ("--layout", layout)))
    return content


def _pdf(content: Path, lang: str, layout: str) -> Path:
    return content.parent / "out" / f"diabetes-{lang}-{layout}.pdf"


@pytest.mark.parametrize("layout", FOLDS)
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_text_continues_only_to_the_next_inside_panel(built, layout, lang):
    """Every paragraph and list lies on one panel, or runs on to the inside panel beside it: never
    from the inside to the outside of the sheet, or between outside panels."""
    for role, panels, text in _elements(_pdf(built, lang, layout), layout, lang == "ar"):
        if len(panels) > 1:
            steps = [UNFOLDING.index(p) for p in panels]
            assert all(p.startswith("inside") for p in panels), (role, panels, text)
            assert steps == list(range(steps[0], steps[0] + len(steps))), (role, panels, text)


@pytest.mark.parametrize("layout", FOLDS)
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_callouts_tables_and_questions_never_split(built, layout, lang):
    elements = _elements(_pdf(built, lang, layout), layout, lang == "ar")
    for role, panels, text in elements:
        if role in ("Div", "Table"):
            assert len(panels) == 1, (role, panels, text)
    for (role, panels, text), (next_role, next_panels, next_text) in zip(elements, elements[1:]):
        if role in ("H2", "H3") and next_role != "H2":  # a heading (a question) stays with its first lines
            # (a notes block's title is followed by lines to write on, which are no text)
            assert panels[-1] == next_panels[0], (text, panels, next_text, next_panels)


@pytest.mark.parametrize("layout", FOLDS)
def test_panels_read_in_unfolding_order(built, layout):
    """The tagged reading order visits the panels in unfolding order: cover, inside, flap, back."""
    visited = [panels[0] for _, panels, _ in _elements(_pdf(built, "en", layout), layout, False)]
    assert visited[0] == "cover"
    assert [UNFOLDING.index(p) for p in visited] == sorted(UNFOLDING.index(p) for p in visited)


def test_cover_takes_the_key_points(built):
    elements = _elements(_pdf(built, "en", "trifold-a4"), "trifold-a4", False)
    key_points = [panels for role, panels, text in elements if role == "Div" and text.startswith("Key points")]
    assert key_points == [["cover"]]


def _panel_words(pdf_path: Path, layout: str) -> set[str]:
    """The words printed, read panel by panel (a line of one panel must not run into its neighbour's)."""
    found: set[str] = set()
    with pdfplumber.open(pdf_path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            widths = FOLDS[layout][::-1] if number == 1 else FOLDS[layout]
            edges = [sum(widths[:i]) for i in range(len(widths) + 1)]
            for x0, x1 in zip(edges, edges[1:]):
                text = page.crop((x0, 0, min(x1, float(page.width)), float(page.height))).extract_text() or ""
                joined = re.sub(r"(?<=[/.@-])\n", "", text)  # an address broken after / . @ or -
                found |= set(words(text)) | set(words(joined))
    return found


@pytest.mark.parametrize("layout", ["trifold-a4", "trifold-letter", "bifold-a4"])
def test_every_word_is_printed(built, layout):
    """Nothing is cut or dropped: every word of the sections the fold prints is on a panel."""
    data = yaml.safe_load(built.read_text("utf-8"))
    chosen = data.get("sections_for", {}).get(layout)
    if chosen:
        data["sections"] = [s for s in data["sections"] if s["id"] in chosen]
    selected = built.with_name(f"selected-{layout}.yaml")
    selected.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    printed = _panel_words(_pdf(built, "en", layout), layout)
    assert [w for t in texts_for(selected, "en") for w in words(plain(t)) if w not in printed] == []


def test_short_leaflet_keeps_body_size_and_shares_out_the_panels(built):
    """Text that fits is not shrunk; each section starts an inside panel of its own."""
    if "long" in str(built):
        pytest.skip("the long leaflet needs the space")
    with pdfplumber.open(_pdf(built, "en", "trifold-a4")) as pdf:
        sizes = [round(c["size"], 1) for c in pdf.pages[1].chars]
    assert max(set(sizes), key=sizes.count) == 11
    starts = {panels[0]: text for role, panels, text in _elements(_pdf(built, "en", "trifold-a4"), "trifold-a4", False)
              if role == "H2"}
    assert {"inside-1", "inside-2", "inside-3"} <= set(starts)


def test_empty_inside_panel_is_a_warning_with_its_line(tmp_path_factory):
    def one_section(data):
        data["sections"] = data["sections"][:1]
        data["sections_for"] = {"trifold-a4": ["what-is-it"]}

    content = _copy(tmp_path_factory, "empty", one_section)
    result = _build(content, "--lang", "en", "--layout", "trifold-a4")
    lines = content.read_text("utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if text.startswith("  trifold-a4:"))
    assert f"content.yaml:{line}:" in result.output
    assert "warning: the inside-3 panel of trifold-a4 (en) prints empty" in result.output


def test_unknown_layout_in_sections_for_is_an_error(tmp_path_factory):
    content = _copy(tmp_path_factory, "unknown", lambda data: data.update(sections_for={"trifold-a5": ["checking"]}))
    result = _build(content, "--lang", "en", "--layout", "trifold-a4", ok=False)
    assert result.exit_code == 1
    assert "sections_for names the layout 'trifold-a5', which does not exist" in result.output
    assert "did you mean 'trifold-a4'?" in result.output
    line = next(i for i, text in enumerate(content.read_text("utf-8").splitlines(), 1) if "trifold-a5" in text)
    assert f"content.yaml:{line}:" in result.output


def test_overflow_names_language_layout_and_the_sections_line(tmp_path_factory):
    def much_longer(data):
        _longer(data)
        data["sections"][1]["blocks"] *= 5

    content = _copy(tmp_path_factory, "overflow", much_longer)
    result = _build(content, "--lang", "ar", "--layout", "bifold-a4", ok=False)
    assert result.exit_code == 1
    lines = content.read_text("utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if "id: long-story" in text)
    assert f"content.yaml:{line}:" in result.output
    assert "the ar edition does not fit bifold-a4 even at 9 pt: from section 'long-story' on" in result.output


def test_callout_taller_than_a_panel_is_named(tmp_path_factory):
    def tall_callout(data):
        data["sections"][1]["blocks"].append({"callout": {"style": "tip", "text": {
            "en": " ".join([FILLER] * 40), "ar": " ".join([FILLER_AR] * 40)}}})

    content = _copy(tmp_path_factory, "tall", tall_callout)
    result = _build(content, "--lang", "en", "--layout", "bifold-a4", ok=False)
    assert "taller than a panel, and a fold never splits one" in result.output


def test_long_leaflet_runs_on_inside_and_moves_whole_blocks_out(built):
    """The long leaflet does use both freedoms: text running on between inside panels, and whole
    blocks on the flap."""
    if "long" not in str(built):
        pytest.skip("the short leaflet fits the inside")
    elements = _elements(_pdf(built, "en", "trifold-a4"), "trifold-a4", False)
    assert any(len(panels) == 2 for _, panels, _ in elements)
    assert any(panels == ["flap"] for _, panels, _ in elements)


def _cover_section(data: dict) -> None:
    data["sections"].insert(0, {"id": "in-short", "heading": {"en": "In short", "ar": "باختصار"}, "blocks": [
        {"paragraph": {"en": "Diabetes is common, and you can do a lot to stay well.",
                       "ar": "السكري شائع، وتستطيع أن تفعل الكثير لتبقى بصحة جيدة."}}]})
    data["sections_for"] = {"trifold-a4": {"cover": ["in-short"],
                                           "sections": ["what-is-it", "checking", "living-well", "references"]}}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_sections_for_can_name_what_the_cover_prints(tmp_path_factory, lang):
    """The section named for the cover is printed there, whole, after the title; the key points
    then stay in their section; a leaflet prints the cover's section in its place."""
    content = _copy(tmp_path_factory, f"cover-{lang}", _cover_section)
    _build(content, "--lang", lang, "--layout", "trifold-a4", "--layout", "a4-leaflet")
    elements = _elements(_pdf(content, lang, "trifold-a4"), "trifold-a4", lang == "ar")
    on_cover = [(role, text) for role, panels, text in elements if panels == ["cover"]]
    assert [role for role, _ in on_cover] == ["H1", "P", "H2", "P"]
    callouts = [panels for role, panels, _ in elements if role == "Div"]  # the key points among them
    assert callouts and ["cover"] not in callouts
    from pdfua import violations

    assert violations(_pdf(content, lang, "trifold-a4")) == []
    assert _pdf(content, lang, "a4-leaflet").exists()


def test_cover_sections_that_do_not_fit_name_the_line(tmp_path_factory):
    def too_much(data):
        _cover_section(data)
        data["sections_for"]["trifold-a4"]["cover"] = ["in-short", "living-well"]

    content = _copy(tmp_path_factory, "cover-long", too_much)
    result = _build(content, "--lang", "en", "--layout", "trifold-a4", ok=False)
    line = next(i for i, text in enumerate(content.read_text("utf-8").splitlines(), 1) if text.startswith("  trifold-a4:"))
    assert f"content.yaml:{line}:" in result.output
    assert "the sections named for the cover ('in-short', 'living-well') do not fit the cover panel" in result.output


def test_unknown_section_for_the_cover_is_an_error_with_its_line(tmp_path_factory):
    def misspelt(data):
        _cover_section(data)
        data["sections_for"]["trifold-a4"]["cover"] = ["in-shrt"]

    content = _copy(tmp_path_factory, "cover-unknown", misspelt)
    result = _build(content, "--lang", "en", "--layout", "trifold-a4", ok=False)
    line = next(i for i, text in enumerate(content.read_text("utf-8").splitlines(), 1) if "in-shrt" in text)
    assert f"content.yaml:{line}:" in result.output
    assert "no section has the id 'in-shrt'" in result.output and "did you mean 'in-short'?" in result.output
