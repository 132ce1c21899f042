"""The 39 languages with built-in page furniture: strings complete, leaflets built in each with the
furniture in the language itself, no missing glyph; content.yaml's strings: block; `brochure languages`."""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pypdf
import pytest
import yaml

from brochure.i18n import PLACEHOLDERS, STRING_KEYS, builtin_languages, builtin_strings, language, placeholders
from helpers import REPO, init_project, line_of, run
from pdfua import structure_elements

DATA = Path(__file__).parent / "data" / "languages" / "content.yaml"
LANGUAGES = ("en es fr de it pt nl pl ro tr vi tl ht so sw ru uk el ar fa ur he hi ne bn pa gu ta te "
             "th lo km my zh-Hans zh-Hant ja ko am ti").split()
# Furniture on the leaflet's back page, as printed (the date and page numbers are checked apart).
BACK_PAGE = ("contact_us", "phone", "email", "website", "address", "opening_hours", "words_to_know", "sources",
             "qr_caption", "please_note")
# Poppler's text of these differs from the typed text in order only (Myanmar medials and Urdu izafat
# in drawing order, Persian joiners moved, a Tamil label wrapped beside its value in the contact table):
# for them the test compares characters, not order.
DRAWING_ORDER = {"fa", "km", "my", "ta", "ur"}


def test_every_language_has_every_string_with_its_placeholders():
    assert builtin_languages() == sorted(LANGUAGES)
    for tag in LANGUAGES:
        strings = builtin_strings(tag)
        assert list(strings) == list(STRING_KEYS), tag  # same keys, in the same order as en.yaml
        for key, text in strings.items():
            assert isinstance(text, str) and text.strip(), (tag, key)
            assert placeholders(text) == PLACEHOLDERS.get(key, frozenset()), (tag, key, text)
        if tag != "en":
            same = [key for key in ("contact_us", "words_to_know", "qr_caption", "last_updated")
                    if strings[key] == builtin_strings("en")[key]]
            assert not same, f"{tag} prints {same} in English"


def test_schema_lists_every_string_key():
    schema = json.loads((REPO / "brochure" / "schema" / "content.schema.json").read_text("utf-8"))
    keys = schema["properties"]["strings"]["additionalProperties"]["properties"]
    assert list(keys) == list(STRING_KEYS)


def test_dates_and_names_come_from_cldr_in_the_language():
    day = dt.date(2026, 11, 25)
    assert language("de").date(day) == "25. November 2026"
    assert language("ht").date(day) == "25 novanm 2026"  # CLDR has no Haitian month names
    assert language("ko").date(day) == "2026년 11월 25일"
    assert language("am").own_name == "አማርኛ" and language("zh-Hant").own_name == "中文 (繁體)"
    assert language("tl").own_name == "Tagalog"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("languages")
    shutil.copy(DATA, folder / "content.yaml")
    result = run("build", str(folder / "content.yaml"), "-o", str(folder / "out"))
    assert result.exit_code == 0, result.output
    return folder / "out", result.output


def test_all_39_build_with_no_warning(built):
    out, output = built
    assert "warning" not in output
    assert sorted(p.name for p in out.glob("*.pdf")) == sorted(f"hands-{tag}-a4-leaflet.pdf" for tag in LANGUAGES)


def _text(pdf: Path) -> str:
    """Poppler's text of the PDF, compatibility forms folded (Arabic presentation forms) and spaces dropped."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return _squash(text)


def _squash(text: str) -> str:
    """Text without spaces and bidi controls (poppler wraps right-to-left lines in embeddings)."""
    return re.sub(r"[\s\u202a-\u202e\u2066-\u2069]+", "", unicodedata.normalize("NFKC", text))


@pytest.mark.parametrize("tag", LANGUAGES)
def test_furniture_is_printed_in_the_language(built, tag):
    out, _ = built
    pdf = out / f"hands-{tag}-a4-leaflet.pdf"
    strings, lang = builtin_strings(tag), language(tag)
    printed = [strings[key] for key in BACK_PAGE]
    printed.append(strings["last_updated"].format(date=lang.date(dt.date(2026, 11, 25))))
    printed.append(strings["page_of"].format(page=lang.number(2), pages=lang.number(2)))
    text = _text(pdf)
    for expected in map(_squash, printed):
        # Poppler returns numbers inside right-to-left lines in visual order ("25:" for ": 25").
        if tag in DRAWING_ORDER or (lang.direction == "rtl" and re.search(r"\d", expected)):
            assert not Counter(expected) - Counter(text), (tag, expected)
        else:
            assert expected in text, (tag, expected)
    # The outline and the QR code's alternative text hold the furniture as typed, in every script.
    reader = pypdf.PdfReader(pdf)
    outline = [item.title for item in reader.outline]
    assert outline[-3:] == [strings["words_to_know"], strings["sources"], strings["contact_us"]]
    alts = [str(element["/Alt"]) for role, _, element in structure_elements(reader.trailer["/Root"]["/StructTreeRoot"])
            if role == "Figure"]
    assert strings["qr_alt"].format(url="https://clinic.example/hands") in alts


def _fonts(pdf: Path) -> set[str]:
    reader = pypdf.PdfReader(pdf)
    return {str(font.get_object()["/BaseFont"]).split("+")[-1] for page in reader.pages
            for font in page["/Resources"]["/Font"].values()}


SCRIPT_FONT = {"bn": "NotoSansBengali", "pa": "NotoSansGurmukhi", "gu": "NotoSansGujarati", "ta": "NotoSansTamil",
               "te": "NotoSansTelugu", "th": "NotoSansThai", "lo": "NotoSansLao", "km": "NotoSansKhmer",
               "my": "NotoSansMyanmar", "am": "NotoSansEthiopic", "ti": "NotoSansEthiopic", "ko": "NanumGothic"}


def test_fonts_are_embedded_only_where_needed(built):
    out, _ = built
    noto = {"NotoSans-Regular", "NotoSans-Bold"}
    for tag in ("en", "vi", "ru", "uk", "el", "pl", "ht"):
        assert _fonts(out / f"hands-{tag}-a4-leaflet.pdf") == noto, tag
    for tag, family in SCRIPT_FONT.items():
        fonts = _fonts(out / f"hands-{tag}-a4-leaflet.pdf")
        extra = {font for font in fonts - noto if not font.startswith(family)}
        assert not extra, (tag, extra)  # no other script's font
        assert any(font.startswith(family) for font in fonts), tag
    # Korean and Ethiopic headings are set in the family's bold, not its regular.
    assert "NanumGothicBold" in _fonts(out / "hands-ko-a4-leaflet.pdf")
    assert "NotoSansEthiopic-Bold" in _fonts(out / "hands-am-a4-leaflet.pdf")


def _with_strings(tmp_path: Path, strings: dict, languages: list[str] | None = None) -> Path:
    content = init_project(tmp_path / "project")
    data = yaml.safe_load(content.read_text("utf-8"))
    data["strings"] = strings
    if languages:
        data["languages"] = languages
    content.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return content


def test_content_strings_override_the_built_in_ones(tmp_path):
    content = _with_strings(tmp_path, {"es": {"contact_us": "Llámenos", "page_of": "Pág. {page}/{pages}"}})
    result = run("build", str(content), "-o", str(tmp_path / "out"), "-l", "es")
    assert result.exit_code == 0, result.output
    pdf = next((tmp_path / "out").glob("*-es-*.pdf"))
    assert "Llámenos" in [item.title for item in pypdf.PdfReader(pdf).outline]
    text = _text(pdf)
    assert re.search(r"Pág\.\d/\d", text) and "Contacto" not in text and "Página" not in text


def test_an_override_that_drops_a_placeholder_is_an_error_with_its_line(tmp_path):
    content = _with_strings(tmp_path, {"es": {"page_of": "Página {page}"}, "fr": {"last_updated": "Mis à jour {when}"}})
    result = run("build", str(content), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"{content}:{line_of(content, 'Página {page}')}:" in result.output
    assert "strings: es: page_of leaves out {pages}" in result.output
    assert "strings: fr: last_updated leaves out {date}" in result.output
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.pdf"))


def test_unknown_string_key_is_a_schema_error(tmp_path):
    content = _with_strings(tmp_path, {"es": {"contact": "Contacto"}})
    result = run("build", str(content), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"{content}:{line_of(content, 'contact: Contacto')}:" in result.output


def _with_language(tmp_path: Path, tag: str, prefix: str, strings: dict) -> Path:
    """The init project with one more language, its texts the English ones behind `prefix`."""
    content = _with_strings(tmp_path, strings, ["en", tag])
    data = yaml.safe_load(content.read_text("utf-8"))

    def add(node):
        if isinstance(node, dict):
            if "en" in node and "es" in node:
                node[tag] = prefix + node["en"]
            for value in node.values():
                add(value)
        elif isinstance(node, list):
            for value in node:
                add(value)

    add(data)
    if not strings:
        del data["strings"]
    content.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return content


def test_a_script_no_font_covers_fails_that_edition_with_one_message_per_script(tmp_path):
    content = _with_language(tmp_path, "hy", "Բարև ", {})
    result = run("build", str(content), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "1 PDF written, 1 failed" in result.output
    problems = [line for line in result.output.splitlines() if "no font covers them" in line]
    assert len(problems) == 1  # one message for the script, not one per text or character
    assert re.search(r"Armenian script: 4 characters on lines \d+, \d+, .*\(U\+0532 U\+0561 U\+0580 U\+0587\)", problems[0])
    assert "add a font for Armenian (e.g. Noto Sans Armenian) to fonts/ and name it in clinic.fonts" in problems[0]
    assert problems[0].strip().startswith(f"{content}:{line_of(content, 'hy: Բարև')}:")


def test_language_with_no_strings_anywhere_warns_what_prints_in_english(tmp_path):
    content = _with_language(tmp_path, "hmn", "Nyob zoo. ", {})  # Hmong: Latin script, no built-in strings
    result = run("build", str(content), "-o", str(tmp_path / "out"), "-l", "hmn")
    assert result.exit_code == 0, result.output
    assert "warning: the tool has no page furniture strings for 'hmn'; these will print in English: " \
           "'Page {page} of {pages}', 'Contact us', 'Notes', 'Phone'" in result.output
    assert "Contactus" in _text(next((tmp_path / "out").glob("*-hmn-*.pdf")))


def test_language_with_some_strings_must_supply_every_printed_one(tmp_path):
    content = _with_language(tmp_path, "hmn", "Nyob zoo. ", {"hmn": {"contact_us": "Hu rau peb",
                                                                     "page_of": "Nplooj {page} / {pages}"}})
    result = run("build", str(content), "-o", str(tmp_path / "out"), "-l", "hmn")
    assert result.exit_code == 1
    assert "strings: hmn: has no notes, phone, email, website, address, opening_hours, last_updated, sources, " \
           "qr_caption, qr_alt, please_note, which this edition prints" in result.output
    assert f"{content}:{line_of(content, 'Hu rau peb')}:" in result.output


def test_language_with_all_its_strings_in_content_builds_with_them(tmp_path):
    english = builtin_strings("en")
    strings = {key: f"[{text}]" for key, text in english.items()}
    content = _with_language(tmp_path, "hmn", "Nyob zoo. ", {"hmn": strings})
    result = run("build", str(content), "-o", str(tmp_path / "out"), "-l", "hmn")
    assert result.exit_code == 0 and "warning" not in result.output, result.output
    text = _text(next((tmp_path / "out").glob("*-hmn-*.pdf")))
    assert "[Contactus]" in text and re.search(r"\[Page\dof\d\]", text)


def test_languages_command_lists_each_language_with_script_font_and_line_breaking():
    result = run("languages")
    assert result.exit_code == 0
    rows = {line.split()[0]: line for line in result.output.splitlines()[1:]}
    assert sorted(rows) == sorted(LANGUAGES)
    assert re.search(r"^bn\s+বাংলা\s+Bengali\s+ltr\s+Noto Sans Bengali\s+uax14$", rows["bn"])
    assert re.search(r"^th\s+ไทย\s+Thai\s+ltr\s+Noto Sans Thai\s+dictionary$", rows["th"])
    assert re.search(r"^ar\s+العربية\s+Arabic\s+rtl\s+Noto Sans Arabic\s+uax14$", rows["ar"])
    assert re.search(r"^ko\s+한국어\s+Hangul\s+ltr\s+NanumGothic\s+keep-all$", rows["ko"])
    assert "Han" in rows["ja"] and "Hiragana" in rows["ja"] and rows["ja"].endswith("kinsoku")


def test_changing_a_string_rebuilds_only_that_language(tmp_path):
    content = _with_strings(tmp_path, {"es": {"contact_us": "Llámenos"}})
    out = tmp_path / "out"
    assert run("build", str(content), "-o", str(out)).exit_code == 0
    content.write_text(content.read_text("utf-8").replace("Llámenos", "Escríbanos"), "utf-8")
    result = run("build", str(content), "-o", str(out))
    assert result.exit_code == 0
    assert "1 PDF written, 1 unchanged" in result.output and "-es-" in result.output
    assert "Escríbanos" in [item.title for item in pypdf.PdfReader(next(out.glob("*-es-*.pdf"))).outline]
