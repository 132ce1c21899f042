"""A callout with no `title:` is titled with its style's name in the edition's language (the
furniture strings key_points, warning, tip), as a heading, unless the section heading just above
already says it."""
from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from helpers import pdf_text, run
from pdfua import structure_elements, violations

CONTENT = """\
id: callouts
languages: [en, es, zh-Hans]
layouts: [a4-leaflet, trifold-a4]
updated: "2026-01-15"
title: {en: Callouts, es: Recuadros, zh-Hans: 提示框}
clinic:
  name: Example Health Clinic
  contact:
    phone: "+1 555 0100"
sections:
  - id: care
    heading: {en: Looking after yourself, es: Cuidarse, zh-Hans: 照顾好自己}
    blocks:
      - paragraph: {en: Some text first., es: Primero un texto., zh-Hans: 先写一段文字。}
      - callout:
          style: warning
          text: {en: Call us if the wound bleeds., es: Llámenos si la herida sangra., zh-Hans: 如果伤口出血，请给我们打电话。}
      - callout:
          style: tip
          bullets:
            - {en: Rest., es: Descanse., zh-Hans: 多休息。}
      - callout:
          style: key-points
          title: {en: Remember, es: Recuerde, zh-Hans: 请记住}
          text: {en: Take your medicines., es: Tome sus medicamentos., zh-Hans: 按时服药。}
  - id: summary
    heading: {en: Key points, es: Puntos clave, zh-Hans: 要点}
    blocks:
      - callout:
          style: key-points
          text: {en: The main thing., es: Lo principal., zh-Hans: 最重要的事。}
"""
# What each edition prints, in reading order: the defaults for warning and tip, the callout's own
# title, and no second "Key points" under the heading that says it.
EXPECTED = {
    "es": ["Cuidarse", "Atención", "Llámenos", "Consejo", "Descanse", "Recuerde", "Puntos clave", "Lo principal"],
    "zh-Hans": ["照顾好自己", "注意", "如果伤口出血", "提示", "多休息", "请记住", "要点", "最重要的事"],
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("callouts")
    (folder / "content.yaml").write_text(CONTENT, "utf-8")
    result = run("build", str(folder / "content.yaml"), "-o", str(folder / "out"))
    assert result.exit_code == 0, result.output
    return folder / "out"


def _in_order(text: str, expected: list[str]) -> None:
    position = 0
    for piece in expected:
        found = text.find(piece, position)
        assert found >= 0, f"{piece!r} not printed after {text[max(0, position - 40):position]!r}"
        position = found + len(piece)


@pytest.mark.parametrize("lang", ["es", "zh-Hans"])
def test_a_callout_without_title_prints_its_styles_name(built, lang):
    text = pdf_text(built / f"callouts-{lang}-a4-leaflet.pdf")
    _in_order(text, EXPECTED[lang])
    key_points = EXPECTED[lang][-2]
    assert text.count(key_points) == 1  # the heading only, not again as the callout's title


@pytest.mark.parametrize("lang", ["es", "zh-Hans"])
def test_the_default_title_is_a_heading(built, lang):
    pdf = built / f"callouts-{lang}-a4-leaflet.pdf"
    roles = [role for role, _, _ in structure_elements(pypdf.PdfReader(pdf).trailer["/Root"]["/StructTreeRoot"])]
    assert roles.count("H3") == 3  # Warning, Tip, and the callout's own title
    assert violations(pdf) == []


@pytest.mark.parametrize("lang", ["es", "zh-Hans"])
def test_folds_measure_and_print_the_default_title(built, lang):
    text = "".join(pdf_text(built / f"callouts-{lang}-trifold-a4.pdf").split())
    _in_order(text, ["".join(piece.split()) for piece in EXPECTED[lang][1:5]])


def test_content_strings_override_the_default_title(tmp_path):
    content = tmp_path / "content.yaml"
    content.write_text(CONTENT.replace("languages: [en, es, zh-Hans]", "languages: [en, es]")
                       + 'strings:\n  es: {warning: "¡Cuidado!"}\n', "utf-8")
    result = run("build", str(content), "-l", "es", "--layout", "a4-leaflet", "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    text = pdf_text(tmp_path / "out" / "callouts-es-a4-leaflet.pdf")
    _in_order(text, ["Cuidarse", "¡Cuidado!", "Llámenos", "Consejo"])
    assert "Atención" not in text
