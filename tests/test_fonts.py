"""The bundled fonts: TrueType with their licences, one for every script of the 39 languages, found
by script and loaded only when an edition's text needs them; `brochure fonts` lists their scripts."""
from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

from brochure.fonts import COMMON_FONTS, SCRIPT_FONTS, catalog_for
from helpers import REPO, run

FONTS = REPO / "fonts"
# One letter of each script the 39 languages write, and the family that must draw it.
SAMPLES = {
    "a": "NotoSans", "ạ": "NotoSans", "ж": "NotoSans", "λ": "NotoSans", "ع": "NotoSansArabic", "ے": "NotoSansArabic",
    "ש": "NotoSansHebrew", "क": "NotoSansDevanagari", "ক": "NotoSansBengali", "ਕ": "NotoSansGurmukhi",
    "ક": "NotoSansGujarati", "க": "NotoSansTamil", "క": "NotoSansTelugu", "ก": "NotoSansThai", "ກ": "NotoSansLao",
    "ក": "NotoSansKhmer", "က": "NotoSansMyanmar", "ሀ": "NotoSansEthiopic", "한": "NanumGothic",
    "中": "DroidSansFallback", "あ": "DroidSansFallback", "ア": "DroidSansFallback", "।": "NotoSansDevanagari",
    "、": "DroidSansFallback",
}


def test_every_bundled_font_is_truetype_with_a_licence_and_a_readme_line():
    readme = (FONTS / "README.md").read_text("utf-8")
    for path in sorted(FONTS.glob("*.ttf")):
        with TTFont(path, lazy=True) as font:
            assert "glyf" in font, f"{path.name} has CFF outlines, which ReportLab cannot embed"
        assert f"`{path.name}`" in readme, f"{path.name} has no line in fonts/README.md"
    for licence in re.findall(r"\(`([\w-]+\.txt)`", readme):
        assert (FONTS / licence).is_file(), licence


def test_every_script_table_family_is_bundled_with_regular_and_bold_where_the_family_has_one():
    families = catalog_for(None).families
    for stem in {s for stems in SCRIPT_FONTS.values() for s in stems} | set(COMMON_FONTS):
        assert stem.lower() in families, stem
        files = families[stem.lower()].files
        assert "Regular" in files and ("Bold" in files or stem == "DroidSansFallback"), stem


def test_each_script_finds_its_font():
    chain = catalog_for(None).chain("Noto Sans")
    for char, stem in SAMPLES.items():
        family = chain.family_for(char)
        assert family is not None and family.stem == stem, (char, family and family.stem)
    assert chain.family_for("\U0001F9EC") is None  # DNA double helix: no bundled font has it


def _loaded_after(code: str) -> tuple[list[str], bool]:
    """The fonts registered with ReportLab, and whether fontTools was imported, after `code` runs in
    a fresh process."""
    script = ("import sys\nfrom reportlab.pdfbase import pdfmetrics\n" + code +
              "\nprint(sorted(n for n in pdfmetrics.getRegisteredFontNames() if '-' in n))"
              "\nprint('fontTools' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO / "tests")
    assert result.returncode == 0, result.stderr
    fonts, fonttools = result.stdout.splitlines()[-2:]
    return ast.literal_eval(fonts), fonttools == "True"


def test_a_script_loads_only_its_own_font():
    fonts, _ = _loaded_after("from brochure.fonts import catalog_for\n"
                             "catalog_for(None).chain('Noto Sans').narrowed('Hello ক।')")
    assert "NotoSansBengali-Regular" in fonts  # and not Devanagari's for the danda, which Bengali has too
    assert not [f for f in fonts if not f.startswith(("NotoSans-", "NotoSansBengali-"))], fonts


def test_an_english_build_loads_no_other_font_nor_fonttools(tmp_path):
    fonts, fonttools = _loaded_after(
        "from pathlib import Path\nfrom helpers import init_project, run\n"
        f"content = init_project(Path({str(tmp_path)!r}) / 'p')\n"
        f"assert run('build', str(content), '-l', 'en', '-o', {str(tmp_path / 'out')!r}).exit_code == 0\n")
    assert fonts == ["NotoSans-Bold", "NotoSans-BoldItalic", "NotoSans-Italic", "NotoSans-Regular"]
    assert not fonttools


def test_fonts_command_lists_the_scripts_each_font_covers(tmp_path):
    result = run("fonts", str(tmp_path))
    assert result.exit_code == 0
    scripts = dict(re.findall(r"^(\S.*?)\s{2,}.*\n\s+scripts: (.*)$", result.output, re.MULTILINE))
    assert scripts["Noto Sans"] == "Latin, Cyrillic, Greek"
    assert scripts["Noto Sans Bengali"] == "Bengali"
    assert scripts["Noto Sans Ethiopic"] == "Ethiopic"
    assert scripts["NanumGothic"].startswith("Hangul, Han")
    assert scripts["Droid Sans Fallback"].startswith("Han")
    assert len(scripts) == len(catalog_for(None).families)
