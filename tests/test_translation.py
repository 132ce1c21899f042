"""The translator's round trip: export XLIFF 2.1 and PO, fill them with libraries we did not write
(translate-toolkit, polib, lxml), import, build, and catch every translation whose source changed."""
from __future__ import annotations

import copy
import json
import re
import shutil
from pathlib import Path

import polib
import pytest
from lxml import etree
from translate.storage import xliff2

from helpers import line_of, pdf_text, replace_in, run

DATA = Path(__file__).parent / "data" / "translation"
NS = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
PARAGRAPH = "before:blocks.0.paragraph"


@pytest.fixture
def project(tmp_path) -> Path:
    """The small test brochure (en, es complete, de a quarter done) in a folder of its own."""
    folder = tmp_path / "clinic"
    shutil.copytree(DATA, folder, ignore=shutil.ignore_patterns("*.xsd"))
    return folder / "content.yaml"


def ok(*args: str):
    result = run(*args)
    assert result.exit_code == 0, result.output
    return result


def export(content: Path, lang: str, fmt: str = "xliff") -> Path:
    path = content.parent / f"{lang}.{'xlf' if fmt == 'xliff' else 'po'}"
    ok("translate", "export", str(content), "--lang", lang, "--format", fmt, "-o", str(path))
    return path


def fill_po(path: Path, translate=lambda entry: "DE " + entry.msgid) -> None:
    """Translate every unfinished entry with polib, keeping the markup characters as they are."""
    po = polib.pofile(str(path))
    for entry in po:
        if not entry.msgstr or entry.fuzzy:
            entry.msgstr = translate(entry)
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
    po.save(str(path))


def status(content: Path) -> dict[str, dict]:
    result = run("translate", "status", str(content), "--format", "json")
    return {s["language"]: s for s in json.loads(result.output)["languages"]}


def build(content: Path, *args: str):
    return run("build", str(content), "-o", str(content.parent / "out"), "--jobs", "1", *args)


# --- export -------------------------------------------------------------------------------------------

def test_xliff_export_follows_the_xliff_2_structure(project):
    path = export(project, "es")
    schema = etree.XMLSchema(etree.parse(str(DATA / "xliff-core-structure.xsd")))
    document = etree.parse(str(path))
    assert schema.validate(document), schema.error_log
    root = document.getroot()
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.1", "en", "es")
    assert root.find("x:file", NS).get("id") == "round-trip"
    ids = [unit.get("id") for unit in root.iterfind(".//x:unit", NS)]
    assert len(ids) == len(set(ids)) == 13
    assert {"title", "clinic.contact.hours", "before:heading", PARAGRAPH, "before:blocks.2.table.header.0",
            "after:blocks.0.faq.0.a", "disclaimer"} <= set(ids)
    assert "before:blocks.2.table.rows.0.1" not in ids  # "9:00" is the same in every language


def test_xliff_units_carry_notes_codes_and_targets(project):
    root = etree.parse(str(export(project, "es"))).getroot()
    unit = root.find(f".//x:unit[@id='{PARAGRAPH}']", NS)
    notes = {n.get("category"): n.text for n in unit.iterfind("x:notes/x:note", NS)}
    assert notes["kind"] == "paragraph" and "Before you come" in notes["section"] and "**bold**" in notes["markup"]
    data = {d.get("id"): d.text for d in unit.iterfind("x:originalData/x:data", NS)}
    source = unit.find("x:segment/x:source", NS)
    codes = source.findall("x:pc", NS)
    assert [c.text for c in codes] == ["medicines list", "our guide"]
    assert [(data[c.get("dataRefStart")], data[c.get("dataRefEnd")]) for c in codes] == [
        ("**", "**"), ("[", "](https://clinic.example/guide)")]
    assert codes[0].get("subType") == "xlf:b" and codes[1].get("type") == "link"
    target = unit.find("x:segment/x:target", NS)
    assert [c.get("id") for c in target.findall("x:pc", NS)] == [c.get("id") for c in codes]
    assert unit.find("x:segment", NS).get("state") == "translated"


def test_translate_toolkit_and_polib_read_the_exports(project):
    store = xliff2.Xliff2File.parsefile(str(export(project, "de")))
    units = {u.getid(): u for u in store.units}
    assert units["title"].target == "Ihr Besuch in der Klinik" and units["title"].istranslated()
    assert not units["disclaimer"].target  # new: no target yet
    assert units[PARAGRAPH].source == "Bring your medicines list and read our guide."  # codes as tags
    po = polib.pofile(str(export(project, "de", "po")))
    assert po.metadata["Language"] == "de" and po.metadata["X-Brochure-Id"] == "round-trip"
    entry = next(e for e in po if e.msgctxt == PARAGRAPH)
    assert entry.msgid.startswith("Bring your **medicines list**") and entry.msgstr == ""
    assert entry.occurrences == [("content.yaml", str(line_of(project, "paragraph:")))]
    assert "paragraph" in entry.comment and "keep the link address" in entry.comment
    assert po.percent_translated() == 23  # 3 of 13


def test_without_lang_one_file_per_language_into_a_folder(project):
    result = ok("translate", "export", str(project), "-o", str(project.parent / "for-agency"))
    assert sorted(p.name for p in (project.parent / "for-agency").iterdir()) == [
        "round-trip-de.xlf", "round-trip-es.xlf"]
    assert "round-trip-de.xlf" in result.output


# --- the round trip -----------------------------------------------------------------------------------

def test_po_filled_with_polib_is_imported_and_printed(project):
    path = export(project, "de", "po")
    fill_po(path)
    result = ok("translate", "import", str(path), str(project))
    assert "10 new, 3 unchanged" in result.output
    assert status(project)["de"] == {"language": "de", "total": 13, "translated": 13, "missing": 0, "stale": 0,
                                     "unrecorded": 0, "percent": 100.0}
    assert build(project, "--lang", "de").exit_code == 0
    text = pdf_text(project.parent / "out" / "round-trip-de-a4-leaflet.pdf")
    assert "DE Bring your medicines list and read our guide." in " ".join(text.split())
    assert "DE After your visit" in text


def test_xliff_filled_with_translate_toolkit_is_imported_and_printed(project):
    path = export(project, "de")
    store = xliff2.Xliff2File.parsefile(str(path))
    for unit in store.units:
        if not unit.target:
            if unit.getid() == PARAGRAPH:  # keep its codes: copy the source's rich text, then reword
                unit.rich_target = unit.rich_source
            elif unit.getid() != "before:blocks.1.bullets.0":  # has a code: left for the lxml test below
                unit.target = "DE " + unit.source
            unit.marktranslated()
    store.savefile(str(path))
    # fill the italic unit with lxml, keeping its <pc>
    tree = etree.parse(str(path))
    segment = tree.find(".//x:unit[@id='before:blocks.1.bullets.0']/x:segment", NS)
    target = segment.find("x:target", NS)
    if target is not None:
        segment.remove(target)
    target = etree.SubElement(segment, f"{{{NS['x']}}}target")
    target.text = "Etwa 1 oder 2 von 100 Menschen haben eine "
    code = copy.deepcopy(segment.find("x:source/x:pc", NS))
    code.text, code.tail = "leichte", " Reaktion."
    target.append(code)
    segment.set("state", "final")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")

    result = ok("translate", "import", str(path), str(project))
    assert "10 new, 3 unchanged" in result.output
    assert build(project, "--lang", "de").exit_code == 0
    text = " ".join(pdf_text(project.parent / "out" / "round-trip-de-a4-leaflet.pdf").split())
    assert "Etwa 1 oder 2 von 100 Menschen haben eine leichte Reaktion." in text
    assert "Bring your medicines list and read our guide." in text  # the copied target
    assert "DE Can I drive home?" in text


def test_import_keeps_comments_key_order_and_layout(project):
    before = project.read_text("utf-8")
    path = export(project, "de", "po")
    fill_po(path)
    ok("translate", "import", str(path), str(project))
    after = project.read_text("utf-8")
    for line in before.splitlines():
        if line.lstrip().startswith("#") or "# " in line:
            assert line.split("#", 1)[1] in after, line
    assert after.index("languages:") < after.index("title:") < after.index("clinic:") < after.index("sections:")
    assert "  de: DE This leaflet is general information, not medical advice.\n" in after  # after es, same indent
    assert "hours: {en: Monday to Friday, es: De lunes a viernes, de: DE Monday to Friday}" in after
    # without the new de: entries (own lines, or added to one-line mappings) the file is as it was
    stripped = re.sub(r"\n *de: DE [^\n]*|, de: DE [^,}\]]*", "", after)
    assert re.sub(r" +#", " #", stripped) == re.sub(r" +#", " #", before)


def test_half_finished_file_imports_what_is_done(project):
    path = export(project, "de", "po")
    fill_po(path, lambda entry: "DE " + entry.msgid if entry.msgctxt in ("disclaimer", "after:heading") else "")
    result = ok("translate", "import", str(path), str(project))
    assert "2 new, 3 unchanged, 8 not finished" in result.output
    assert status(project)["de"]["missing"] == 8
    failed = build(project, "--lang", "de")
    assert failed.exit_code == 1 and "missing translation for 'de'" in failed.output


def test_a_draft_target_is_not_imported(project):
    """XLIFF `initial` targets (machine pre-translation, the old stale text) and PO fuzzy entries are drafts."""
    path = export(project, "de")
    tree = etree.parse(str(path))
    segment = tree.find(".//x:unit[@id='disclaimer']/x:segment", NS)
    etree.SubElement(segment, f"{{{NS['x']}}}target").text = "Maschinell übersetzt."
    tree.write(str(path))
    result = ok("translate", "import", str(path), str(project))
    assert "10 not finished" in result.output and "Maschinell" not in project.read_text("utf-8")


# --- stale translations -------------------------------------------------------------------------------

OLD = "About 1 or 2 in 100 people have a *mild* reaction."
NEW = "About 1 in 100 people have a *mild* reaction."


@pytest.fixture
def recorded(project) -> Path:
    """The test brochure after a first import (so it has a record), then its English edited."""
    path = export(project, "es", "po")
    ok("translate", "import", str(path), str(project))
    assert (project.parent / "content.translations.json").is_file()
    replace_in(project, OLD, NEW)
    return project


def test_no_record_means_present_translations_are_current(project):
    assert status(project)["es"]["stale"] == 0
    replace_in(project, OLD, NEW)
    assert status(project)["es"]["stale"] == 0  # nothing says what es was translated from
    assert build(project, "--lang", "es").exit_code == 0


def test_check_reports_a_stale_translation_with_both_lines_and_texts(recorded):
    result = run("check", str(recorded), "--lang", "es", "--format", "json")
    assert result.exit_code == 1
    problems = [p for p in json.loads(result.output)["problems"] if "stale" in p["message"]]
    assert len(problems) == 1
    problem = problems[0]
    line = line_of(recorded, NEW)
    assert problem["line"] == line and problem["path"] == "sections[0].blocks[1].bullets[0].es"
    assert f"'en' source (line {line})" in problem["message"]
    assert f'from "{OLD}" to "{NEW}"' in problem["message"]
    assert "brochure translate confirm --lang es" in problem["hint"]


def test_build_fails_the_stale_edition_only(recorded):
    result = build(recorded)
    assert result.exit_code == 1
    assert "FAILED es/a4-leaflet" in result.output and "stale 'es' translation" in result.output
    assert (recorded.parent / "out" / "round-trip-en-a4-leaflet.pdf").is_file()
    assert not (recorded.parent / "out" / "round-trip-es-a4-leaflet.pdf").exists()


def test_allow_stale_prints_the_old_translation_and_fallback_the_source(recorded):
    pdf = recorded.parent / "out" / "round-trip-es-a4-leaflet.pdf"
    result = build(recorded, "--lang", "es", "--allow-stale")
    assert result.exit_code == 0 and "warning: stale 'es' translation" in result.output
    assert "printing the old translation" in result.output
    assert "Alrededor de 1 o 2 de cada 100 personas" in " ".join(pdf_text(pdf).split())
    result = build(recorded, "--lang", "es", "--fallback")
    assert result.exit_code == 0 and "printing the 'en' text" in result.output
    text = " ".join(pdf_text(pdf).split())
    assert NEW.replace("*", "") in text and "Alrededor de 1 o 2" not in text


def test_stale_changes_the_cache_key(recorded):
    replace_in(recorded, NEW, OLD)  # back to what es was made from: current
    assert build(recorded, "--lang", "es").exit_code == 0
    replace_in(recorded, OLD, NEW)
    result = build(recorded, "--lang", "es", "--allow-stale")
    assert result.exit_code == 0 and "wrote" in result.output and "unchanged" not in result.output


def test_status_and_reexport_report_stale(recorded):
    assert status(recorded)["es"] == {"language": "es", "total": 13, "translated": 12, "missing": 0, "stale": 1,
                                      "unrecorded": 0, "percent": 92.3}
    assert run("translate", "status", str(recorded), "--strict").exit_code == 1
    unit = etree.parse(str(export(recorded, "es"))).getroot().find(
        ".//x:unit[@id='before:blocks.1.bullets.0']", NS)
    segment = unit.find("x:segment", NS)
    assert (segment.get("state"), segment.get("subState")) == ("initial", "brochure:source-changed")
    assert OLD in unit.find("x:notes/x:note[@category='previous-source']", NS).text
    entry = next(e for e in polib.pofile(str(export(recorded, "es", "po"))) if e.msgctxt == "before:blocks.1.bullets.0")
    assert entry.fuzzy and entry.previous_msgid == OLD and entry.msgid == NEW
    assert entry.msgstr.startswith("Alrededor de 1 o 2")


def test_confirm_after_editing_in_place_makes_it_current(recorded):
    replace_in(recorded, "Alrededor de 1 o 2 de cada 100", "Alrededor de 1 de cada 100")
    assert status(recorded)["es"]["stale"] == 1  # editing alone does not say it was checked
    result = ok("translate", "confirm", str(recorded), "--lang", "es")
    assert "es: 1 translation(s) marked current" in result.output
    assert status(recorded)["es"]["stale"] == 0
    assert build(recorded, "--lang", "es").exit_code == 0


def test_importing_the_retranslated_unit_makes_it_current(recorded):
    path = export(recorded, "es", "po")
    fill_po(path, lambda entry: "Alrededor de 1 de cada 100 personas tiene una reacción *leve*.")
    result = ok("translate", "import", str(path), str(recorded))
    assert "1 updated, 12 unchanged" in result.output and "updated: before:blocks.1.bullets.0" in result.output
    assert status(recorded)["es"]["stale"] == 0
    assert "Alrededor de 1 de cada 100 personas tiene" in recorded.read_text("utf-8")


def test_a_translation_added_by_hand_is_flagged_for_confirmation(recorded):
    replace_in(recorded, "  de: Ihr Besuch in der Klinik\n", "  de: Ihr Besuch in der Klinik\n")  # unchanged
    replace_in(recorded, "es: Después de su visita}", "es: Después de su visita, de: Nach Ihrem Besuch}")
    result = run("check", str(recorded), "--lang", "de", "--format", "json")
    messages = [p["message"] for p in json.loads(result.output)["problems"] if p["severity"] == "warning"]
    assert any("not in the translation record" in m and "after:heading" in m for m in messages)


def test_fold_layouts_add_a_length_note(project):
    replace_in(project, "layouts: [a4-leaflet]", "layouts: [a4-leaflet, trifold-a4]\nsections_for: {trifold-a4: [after]}")
    root = etree.parse(str(export(project, "es"))).getroot()

    def note(unit_id):
        found = root.find(f".//x:unit[@id='{unit_id}']/x:notes/x:note[@category='length']", NS)
        return found.text if found is not None else None

    assert note("after:heading") == ("printed in a fold (trifold-a4) whose panels have a fixed size: keep it "
                                     "about as long as the source (16 characters)")
    assert note("before:heading") is None  # not printed in the fold
    assert note("title") is not None


def test_a_build_without_a_record_loads_no_translation_code(project):
    """An English build must not get slower: the translation modules and their libraries stay unloaded
    (lxml is not asked about: svglib loads it for the SVG logo)."""
    import subprocess
    import sys

    script = ("import sys; from pathlib import Path; from brochure import api; "
              f"api.build(Path({str(project)!r}), Path({str(project.parent / 'out')!r}), api.Options(('en',), jobs=1)); "
              "print(sorted(m for m in sys.modules if m.split('.')[0] in ('polib', 'ruamel') "
              "or m.startswith('brochure.translation.')))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]", result.stdout


def test_languages_that_are_not_targets_are_refused(project):
    result = run("translate", "export", str(project), "--lang", "pt")
    assert result.exit_code == 1 and "'pt' is not one of the brochure's target languages (es, de)" in result.output
    result = run("translate", "confirm", str(project), "--lang", "en")
    assert result.exit_code == 1 and "name a target language" in result.output
    assert not (project.parent / "content.translations.json").exists()


def test_a_unit_a_tool_split_into_segments_is_joined(project):
    """CAT tools may split a unit into sentences, with the space between them in an <ignorable>."""
    path = export(project, "de")
    tree = etree.parse(str(path))
    unit = tree.find(".//x:unit[@id='after:blocks.0.faq.0.a']", NS)
    unit.remove(unit.find("x:segment", NS))
    x = "{%s}" % NS["x"]
    for tag, source, target in (("segment", "No.", "Nein."), ("ignorable", " ", None),
                                ("segment", "Ask someone to drive you.", "Lassen Sie sich fahren.")):
        part = etree.SubElement(unit, x + tag)
        etree.SubElement(part, x + "source").text = source
        if target:
            etree.SubElement(part, x + "target").text = target
            part.set("state", "reviewed")
    tree.write(str(path))
    result = ok("translate", "import", str(path), str(project))
    assert "1 new" in result.output
    assert "de: Nein. Lassen Sie sich fahren.}" in project.read_text("utf-8")


def test_an_unchanged_pdf_still_warns_that_it_prints_a_stale_translation(recorded):
    assert build(recorded, "--lang", "es", "--allow-stale").exit_code == 0
    again = build(recorded, "--lang", "es", "--allow-stale")
    assert "1 unchanged" in again.output and "warning: stale 'es' translation" in again.output


def test_a_character_xml_cannot_hold_travels_as_a_code_point(project):
    replace_in(project, "en: Eat a light meal.", 'en: "Eat a light\\x07 meal."')
    replace_in(project, "es: Coma algo ligero.", 'es: "Coma algo\\x07 ligero."')
    path = export(project, "es")
    schema = etree.XMLSchema(etree.parse(str(DATA / "xliff-core-structure.xsd")))
    assert schema.validate(etree.parse(str(path))), schema.error_log
    assert '<target>Coma algo<cp hex="0007"/> ligero.</target>' in path.read_text("utf-8")
    assert "13 unchanged" in ok("translate", "import", str(path), str(project)).output


def test_babel_and_translate_toolkit_read_the_stale_po(recorded):
    from babel.messages.pofile import read_po
    from translate.storage import factory

    path = export(recorded, "es", "po")
    with path.open("rb") as handle:
        catalog = read_po(handle)
    message = catalog.get(NEW, context="before:blocks.1.bullets.0")
    assert message.fuzzy and message.string.startswith("Alrededor de 1 o 2") and str(catalog.locale) == "es"
    assert len([m for m in catalog if m.id]) == 13
    store = factory.getobject(str(path))
    unit = next(u for u in store.units if u.getcontext() == "before:blocks.1.bullets.0")
    assert unit.isfuzzy() and unit.source == NEW
    assert sum(1 for u in store.units if u.istranslated()) == 12


# --- the tool's own words a brochure overrides (strings:) -----------------------------------------------

def _with_strings(content: Path) -> None:
    text = content.read_text("utf-8")
    content.write_text(text + "strings:\n  en: {contact_us: Call or write to us}\n"
                              "  es: {contact_us: Llámenos o escríbanos}\n", "utf-8")


def test_strings_overrides_are_units_and_import_back_under_their_language(project):
    _with_strings(project)
    es = polib.pofile(str(export(project, "es", "po")))
    (entry,) = [e for e in es if e.msgctxt == "strings.contact_us"]
    assert (entry.msgid, entry.msgstr) == ("Call or write to us", "Llámenos o escríbanos")
    de_path = export(project, "de", "po")
    fill_po(de_path, lambda entry: "Rufen Sie uns an" if entry.msgctxt == "strings.contact_us" else "DE " + entry.msgid)
    ok("translate", "import", str(de_path), str(project))
    assert project.read_text("utf-8").endswith("  es: {contact_us: Llámenos o escríbanos}\n"
                                               "  de:\n    contact_us: Rufen Sie uns an\n")
    assert build(project, "--lang", "de").exit_code == 0
    assert "Rufen Sie uns an" in pdf_text(project.parent / "out" / "round-trip-de-a4-leaflet.pdf")


def test_a_stale_strings_override_fails_like_any_stale_translation(project):
    _with_strings(project)
    ok("translate", "import", str(export(project, "es", "po")), str(project))  # makes the record
    replace_in(project, "Call or write to us", "Phone us")
    assert status(project)["es"]["stale"] == 1
    result = build(project, "--lang", "es")
    assert result.exit_code == 1 and "stale 'es' translation" in result.output
    assert f"content.yaml:{line_of(project, 'Llámenos o escríbanos')}" in result.output
    fallback = build(project, "--lang", "es", "--fallback")
    assert fallback.exit_code == 0
    text = pdf_text(project.parent / "out" / "round-trip-es-a4-leaflet.pdf")
    assert "Llámenos o escríbanos" not in text and "Contacto" in text  # the tool's own Spanish
