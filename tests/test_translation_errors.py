"""Every bad file a translator or agency can send back: a clear error naming file, unit and line, and
nothing written (content.yaml and its translation record stay as they were)."""
from __future__ import annotations

import copy
from pathlib import Path

import polib
import pytest
from lxml import etree

from helpers import pdf_text, replace_in, run
from test_translation import NS, PARAGRAPH, build, export, fill_po, ok, project  # noqa: F401 - fixture

X = f"{{{NS['x']}}}"


def refused(content: Path, *files: Path) -> str:
    """Import the files, expect an error, check nothing was written; returns what was printed."""
    before = content.read_bytes()
    result = run("translate", "import", *map(str, files), str(content))
    assert result.exit_code == 1, result.output
    assert content.read_bytes() == before
    assert not (content.parent / "content.translations.json").exists()
    assert not list(content.parent.glob(".brochure-*"))  # no temporary file left
    return result.output


def edit_xliff(path: Path, change) -> Path:
    tree = etree.parse(str(path))
    change(tree.getroot())
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    return path


def unit(root, unit_id: str):
    return root.find(f".//x:unit[@id='{unit_id}']", NS)


def set_target(root, unit_id: str, text: str, state: str = "translated", codes=()) -> None:
    segment = unit(root, unit_id).find("x:segment", NS)
    old = segment.find("x:target", NS)
    if old is not None:
        segment.remove(old)
    target = etree.SubElement(segment, X + "target")
    target.text = text
    for code in codes:
        target.append(code)
    segment.set("state", state)


def line_in(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if needle in line)


def test_unknown_units_are_named_and_nothing_is_written(project):
    path = edit_xliff(export(project, "de"), lambda root: unit(root, "disclaimer").set("id", "after:blocks.9.paragraph"))
    set_target_file = edit_xliff(path, lambda root: set_target(root, "title", "Ihr Besuch"))
    output = refused(project, set_target_file)
    line = line_in(path, 'id="after:blocks.9.paragraph"')
    assert f"{path}:{line}: after:blocks.9.paragraph: no text of this brochure has this unit id" in output


def test_a_dropped_inline_code_names_the_unit_and_what_is_missing(project):
    path = edit_xliff(export(project, "de"), lambda root: set_target(
        root, "before:blocks.1.bullets.0", "Etwa 1 oder 2 von 100 Menschen haben eine leichte Reaktion."))
    output = refused(project, path)
    line = line_in(path, 'id="before:blocks.1.bullets.0"')
    assert f"{path}:{line}: before:blocks.1.bullets.0: italic text (*...*) is missing" in output


def test_a_changed_link_target_is_refused(project):
    def change(root):  # the translation's link gets original data of its own, with another address
        data = unit(root, PARAGRAPH).find("x:originalData", NS)
        etree.SubElement(data, X + "data", id="e9").text = "](https://elsewhere.example)"
        codes = [copy.deepcopy(c) for c in unit(root, PARAGRAPH).findall("x:segment/x:source/x:pc", NS)]
        codes[1].set("dataRefEnd", "e9")
        codes[0].text, codes[0].tail, codes[1].text, codes[1].tail = "Medikamentenliste", " und ", "Leitfaden", "."
        set_target(root, PARAGRAPH, "Ihre ", codes=codes)

    output = refused(project, edit_xliff(export(project, "de"), change))
    assert f"{PARAGRAPH}: the link to https://clinic.example/guide is missing" in output
    assert "a link to https://elsewhere.example that the source does not have" in output


def test_po_markup_is_checked_too(project):
    path = export(project, "de", "po")
    fill_po(path, lambda e: {PARAGRAPH: "Ihre Liste und [unser Leitfaden](javascript:alert(1))."}.get(e.msgctxt, ""))
    output = refused(project, path)
    assert f"{PARAGRAPH}: the link to https://clinic.example/guide is missing" in output
    assert "bold text (**...**) is missing" in output
    assert "link address 'javascript:alert(1)' is not allowed" in output


def test_a_file_for_another_brochure_or_language_is_refused(project):
    path = edit_xliff(export(project, "de"), lambda root: root.find("x:file", NS).set("id", "other-leaflet"))
    assert "this XLIFF file is for the brochure 'other-leaflet', not 'round-trip'" in refused(project, path)
    po_path = export(project, "de", "po")
    po = polib.pofile(str(po_path))
    po.metadata["Language"] = "pt"
    po.save(str(po_path))
    assert "the file is in 'pt', which is not one of the brochure's languages (en, es, de)" in refused(project, po_path)
    path = edit_xliff(export(project, "de"), lambda root: root.set("trgLang", "en"))
    assert "the file is in the source language 'en'" in refused(project, path)


def test_xliff_1_2_is_refused_saying_which_versions_are_read(project):
    path = project.parent / "old.xlf"
    path.write_text('<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
                    '<file source-language="en" target-language="de" datatype="plaintext" original="x"><body>'
                    '<trans-unit id="title"><source>Your visit</source><target>Ihr Besuch</target></trans-unit>'
                    '</body></file></xliff>\n', "utf-8")
    assert f"{path}:2: this is XLIFF 1.2; brochure reads XLIFF 2.0 and 2.1" in refused(project, path)


def test_malformed_xml_and_po_give_the_line(project):
    path = export(project, "de")
    text = path.read_text("utf-8").splitlines()
    line = next(n for n, t in enumerate(text, 1) if "<source>Before you come" in t)
    text[line - 1] = text[line - 1].replace("</source>", "")
    path.write_text("\n".join(text), "utf-8")
    where = refused(project, path).split(": not well-formed XML")[0]
    assert where.startswith(f"{path}:") and line <= int(where.split(":")[-2]) <= line + 3, where
    po_path = export(project, "de", "po")
    text = po_path.read_text("utf-8").splitlines()
    line = next(n for n, t in enumerate(text, 1) if t == 'msgctxt "after:heading"')
    text.insert(line, "this line is not PO")
    po_path.write_text("\n".join(text) + "\n", "utf-8")
    output = refused(project, po_path)
    assert f"{po_path}:{line + 1}: not a valid PO file" in output


def test_duplicated_ids_are_refused_with_both_lines(project):
    def duplicate(root):
        first = unit(root, "title")
        first.addnext(copy.deepcopy(first))
    path = edit_xliff(export(project, "de"), duplicate)
    lines = [n for n, t in enumerate(path.read_text("utf-8").splitlines(), 1) if '<unit id="title"' in t]
    assert f"{path}:{lines[1]}: title: this unit is in the file twice (first at line {lines[0]})" in refused(project, path)


def test_an_element_in_a_target_is_refused_not_printed(project):
    def script(root):
        set_target(root, "disclaimer", "Hinweis", codes=[etree.Element("script")])
    path = edit_xliff(export(project, "de"), script)
    output = refused(project, path)
    assert "disclaimer: <script>" in output and "is not something brochure can print" in output


def test_tags_typed_as_text_stay_text(project):
    tags = '<b>fett</b> <font color="red">rot</font> <script>alert(1)</script> &amp;'
    path = edit_xliff(export(project, "de"), lambda root: set_target(root, "disclaimer", tags))
    ok("translate", "import", str(path), str(project))
    po_path = export(project, "de", "po")
    fill_po(po_path, lambda e: '<para>Nach</para> <a href="x">Besuch</a>' if e.msgctxt == "after:heading" else "")
    ok("translate", "import", str(po_path), str(project))
    result = build(project, "--lang", "de", "--fallback")
    assert result.exit_code == 0, result.output
    text = " ".join(pdf_text(project.parent / "out" / "round-trip-de-a4-leaflet.pdf").split())
    assert tags in text and '<para>Nach</para> <a href="x">Besuch</a>' in text


def test_units_whose_source_changed_since_the_export_are_reported_not_applied(project):
    path = export(project, "de", "po")
    fill_po(path)
    replace_in(project, "No. Ask someone to drive you.", "No. Ask a friend to drive you.")
    result = ok("translate", "import", str(path), str(project))
    assert "after:blocks.0.faq.0.a: warning: the source changed since the export" in result.output
    assert '"No. Ask someone to drive you."' in result.output and '"No. Ask a friend to drive you."' in result.output
    assert "9 new, 3 unchanged, 1 skipped" in result.output
    assert "DE No. Ask" not in project.read_text("utf-8") and "DE After your visit" in project.read_text("utf-8")


def test_entities_and_doctypes_are_refused(project):
    secret = project.parent / "secret.txt"
    secret.write_text("TOP SECRET", "utf-8")
    path = export(project, "de")
    text = path.read_text("utf-8").replace(
        "<xliff ", f'<!DOCTYPE xliff [<!ENTITY x SYSTEM "file://{secret}">]>\n<xliff ', 1)
    path.write_text(text.replace("<source>Before you come</source>", "<source>Before you come</source>"
                                 "<target>&x;</target>"), "utf-8")
    output = refused(project, path)
    assert "DOCTYPE" in output and "TOP SECRET" not in output


def test_one_bad_file_stops_the_others_too(project):
    good = export(project, "de", "po")
    fill_po(good)
    bad = edit_xliff(export(project, "es"), lambda root: unit(root, "title").set("id", "nowhere"))
    assert "nowhere: no text of this brochure has this unit id" in refused(project, good, bad)


def test_an_interrupted_import_leaves_content_yaml_whole(project, monkeypatch):
    from brochure import api, output

    path = export(project, "de", "po")
    fill_po(path)
    before = project.read_bytes()

    def fail(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(output.os, "replace", fail)
    with pytest.raises(KeyboardInterrupt):
        api.import_translations([path], project)
    assert project.read_bytes() == before
    assert not list(project.parent.glob(".brochure-*"))


def test_not_a_translation_file(project):
    path = project.parent / "notes.po"
    path.write_text("just some notes\n", "utf-8")
    assert f"{path}:1: not a PO file" in refused(project, path)
