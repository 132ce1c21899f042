"""Reading-level checks: a formula per language, long sentences and long words, as warnings."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from textstat.textstat import textstatistics

from brochure.api import load_project
from brochure.checks import readability
from brochure.checks.readability import FLESCH_SCALE, HUERTA_SCALE, Formula, reading_level, section_text, sentences
from brochure.errors import Location
from brochure.markup import plain
from brochure.model import ReadingTarget
from helpers import copy_sample, init_project, line_of, replace_in, run

SAMPLE = Path(__file__).resolve().parent.parent / "content.yaml"

HEADING = "Understanding haematopoietic transplantation"
HARD = (
    "Autologous haematopoietic stem cell transplantation, an intensive immunoablative procedure administered "
    "exclusively in specialised accredited transplantation centres, necessitates comprehensive multidisciplinary "
    "evaluation of cardiovascular, pulmonary and hepatic contraindications before mobilisation, conditioning "
    "chemotherapy and reinfusion of cryopreserved autologous progenitor cells can be considered appropriate. "
    "Immunosuppressive conditioning regimens substantially increase susceptibility to opportunistic infections, "
    "necessitating prophylactic antimicrobial administration and meticulous haematological surveillance."
)


def textstat_figure(text: str, language: str) -> float:
    """textstat's own figure, computed here without the module under test."""
    ts = textstatistics()
    if language == "en":
        ts.set_lang("en-US")  # pyphen syllables, as the check uses (no cmudict download)
        return ts.flesch_kincaid_grade(text)
    ts.set_lang(language)
    return {"es": ts.fernandez_huerta, "fr": ts.flesch_reading_ease,
            "de": lambda t: ts.wiener_sachtextformel(t, 1)}[language](text)


def yaml_texts(value, language: str):
    """Every text of a YAML value in one language (shared strings included), without the module under test."""
    if isinstance(value, dict):
        if language in value and isinstance(value[language], str):
            yield value[language]
        else:
            for key, item in value.items():
                if key not in ("src", "style", "width", "lines"):
                    yield from yaml_texts(item, language)
    elif isinstance(value, list):
        for item in value:
            yield from yaml_texts(item, language)
    elif isinstance(value, str):
        yield value


@pytest.fixture(scope="module")
def sample():
    return load_project(SAMPLE).brochure


@pytest.fixture
def hard(tmp_path) -> Path:
    """An init project with a third section that is hard to read in English."""
    content = init_project(tmp_path / "clinic")
    section = (f"  - id: hard\n    heading: {{en: {HEADING}, es: Entender el trasplante}}\n    blocks:\n"
               f"      - paragraph:\n          en: \"{HARD}\"\n          es: Un texto corto. Se lee bien.\n")
    return replace_in(content, "references:\n", section + "references:\n")


def test_sample_english_is_at_or_under_grade_8_and_figures_are_textstats(sample):
    data = yaml.safe_load(SAMPLE.read_text("utf-8"))
    for section, raw in zip(sample.sections, data["sections"]):
        text = section_text(section, "en")
        assert all(plain(t) in text for t in yaml_texts(raw["blocks"], "en")), section.id
        figure = readability.score(text, "en")
        assert figure == textstat_figure(text, "en"), section.id
        assert figure <= 8, section.id
    assert not [p for p in reading_level(sample, "en") if "Flesch-Kincaid" in p.message]


@pytest.mark.parametrize("language", ["es", "fr", "de"])
def test_other_languages_use_their_own_formula(sample, language):
    section = sample.sections[0]
    text = section_text(section, language)
    assert readability.score(text, language) == textstat_figure(text, language)


def test_targets_on_reading_ease_scales_match_grade_8():
    assert Formula("grade", "en-US", lambda ts, t: 0.0).limit(8) == 8
    assert Formula("Kandel-Moles", "fr", lambda ts, t: 0.0, FLESCH_SCALE).limit(8) == 65
    huerta = Formula("Fernández-Huerta", "es", lambda ts, t: 0.0, HUERTA_SCALE)
    assert huerta.limit(8) == 60 and huerta.limit(6) == 70
    assert huerta.within(61.0, 8) and not huerta.within(59.9, 8)


def test_sentences_split_on_full_width_and_arabic_marks():
    assert sentences("One. Two words! «Three?» Four") == ["One.", "Two words!", "«Three?", "Four"]
    assert sentences("多发性硬化症是什么？它是一种疾病。") == ["多发性硬化症是什么？", "它是一种疾病。"]
    assert sentences("ما هو التصلب؟ إنه مرض.") == ["ما هو التصلب؟", "إنه مرض."]


def test_hard_text_names_section_language_formula_figure_and_heading_line(hard):
    brochure = load_project(hard).brochure
    problems = reading_level(brochure, "en")
    assert all(p.severity == "warning" for p in problems)
    grade = [p for p in problems if "Flesch-Kincaid grade" in p.message]
    assert len(grade) == 1
    figure = textstat_figure(plain(HARD), "en")
    assert figure > 8
    assert grade[0].message.startswith(
        f"sections[2] '{HEADING}' (en): Flesch-Kincaid grade {figure:.1f}, above the target of grade 8 "
        f"(reading_level.grade, line {line_of(hard, 'grade: 8')} of content.yaml); "
        "longest sentence 41 words: 'Autologous haematopoietic stem cell transplantation, an")
    assert grade[0].hint.endswith("raise reading_level.grade in content.yaml")
    assert grade[0].location.line == line_of(hard, HEADING) and grade[0].location.file == hard

    long_sentences = [p for p in problems if "sentence of" in p.message]
    assert [re.search(r"sentence of (\d+) words", p.message)[1] for p in long_sentences] == ["41"]
    assert long_sentences[0].location.line == line_of(hard, "Autologous")
    words = [p for p in problems if "words over 15 letters" in p.message]
    assert len(words) == 1
    assert "multidisciplinary, contraindications, Immunosuppressive" in words[0].message
    allowed = reading_level(brochure, "en", allow=["immunosuppressive"])
    assert "Immunosuppressive" not in str(allowed) and "multidisciplinary" in str(allowed)
    easy = ReadingTarget(40, Location(hard, 9, 3, "reading_level.grade"))
    assert reading_level(brochure, "en", target=easy) == [p for p in problems if p not in grade]


def test_language_without_formula_is_said_once_as_a_warning(sample):
    problems = reading_level(sample, "zh-Hans")
    assert [(p.message, p.severity) for p in problems] == [
        ("no reading-level formula for 'zh-Hans'; have a native speaker review the text", "warning")]


def test_check_shows_the_warnings_and_fails_only_when_strict(hard):
    result = run("check", str(hard))
    assert result.exit_code == 0, result.output
    assert f"{hard}:{line_of(hard, HEADING)}:" in result.output
    assert f"warning: sections[2] '{HEADING}' (en): Flesch-Kincaid grade" in result.output
    assert "0 error(s)" in result.output
    strict = run("check", str(hard), "--strict")
    assert strict.exit_code == 1 and "Flesch-Kincaid grade" in strict.output


def test_check_on_a_language_without_formula_warns_and_passes(tmp_path):
    content = init_project(tmp_path / "clinic")
    content.write_text(re.sub(r"\bes:", "pt:", content.read_text("utf-8")).replace("[en, es]", "[en, pt]"), "utf-8")
    result = run("check", str(content))
    assert result.exit_code == 0, result.output
    assert "warning: no reading-level formula for 'pt'; have a native speaker review the text" in result.output
    assert "0 error(s)" in result.output


def test_never_downloads_nltk_data(sample, monkeypatch):
    import nltk

    def refuse(*args, **kwargs):
        raise AssertionError("the reading-level check must not download anything")

    monkeypatch.setattr(nltk, "download", refuse)
    for language in sample.languages:
        reading_level(sample, language)


def test_building_does_not_import_textstat(tmp_path):
    content = init_project(tmp_path / "clinic")
    code = ("import sys; from click.testing import CliRunner; from brochure.cli import main; "
            f"r = CliRunner().invoke(main, ['build', {str(content)!r}, '-o', {str(tmp_path / 'out')!r}]); "
            "assert r.exit_code == 0, r.output; "
            "assert 'textstat' not in sys.modules and 'nltk' not in sys.modules, 'textstat imported by build'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=tmp_path)


def grade_warnings(problems, language: str) -> list[str]:
    """The messages of the reading-level figure warnings (not long words or sentences) for one language."""
    return [p.message for p in problems if f"({language}): " in p.message and "the target of" in p.message]


HARD_ENGLISH = ("Multiple sclerosis constitutes a chronic immunologically mediated demyelinating "
                "neurodegenerative disorder characterised by heterogeneous symptomatology, considerable "
                "interindividual variability and unpredictable longitudinal progression trajectories.")


def test_sample_sets_the_default_target_and_without_it_the_default_is_named(tmp_path, sample):
    line = line_of(SAMPLE, "  grade: 8")
    assert sample.reading_target("en") == ReadingTarget(8, Location(SAMPLE, line, 10, "reading_level.grade"))
    content = replace_in(copy_sample(tmp_path), "MS is different for everyone. It can affect movement",
                         " ".join([HARD_ENGLISH] * 6) + " It can affect movement")
    hard = load_project(content).brochure
    english = grade_warnings(reading_level(hard, "en"), "en")
    assert len(english) == 1 and f"above the target of grade 8 (reading_level.grade, line {line} of content.yaml)" \
        in english[0]

    replace_in(content, "reading_level:\n  grade: 8\n", "")
    unset = load_project(content).brochure
    assert unset.reading_target("en").grade == 8 and unset.reading_target("en").location.line is None
    assert grade_warnings(reading_level(unset, "en"), "en") == [
        english[0].replace(f"reading_level.grade, line {line} of content.yaml", "the default")]


def test_stricter_grade_warns_about_the_sample_english(tmp_path):
    content = replace_in(copy_sample(tmp_path), "  grade: 8\n", "  grade: 4\n")
    result = run("check", str(content))
    assert result.exit_code == 0 and "0 error(s)" in result.output, result.output
    english = [line for line in result.output.splitlines() if "(en): Flesch-Kincaid grade" in line]
    assert len(english) == 8, result.output  # the sections above grade 4 (the highest, the folds' short key points, is 6.0)
    where = f"above the target of grade 4 (reading_level.grade, line {line_of(content, 'grade: 4')} of content.yaml)"
    assert all(where in line and line.endswith("raise reading_level.grade in content.yaml)") for line in english)
    heading = line_of(content, "What today's treatments can and cannot do")
    assert any(line.startswith(f"{content}:{heading}:") and "Flesch-Kincaid grade 5.2," in line for line in english)
    key_points = [n for n, text in enumerate(content.read_text("utf-8").splitlines(), 1) if 'en: "Key points"' in text]
    assert len(key_points) == 2  # the folds' short key points (their cover), then the leaflets' key points
    for number, grade in zip(key_points, ("6.0", "5.7")):
        assert any(line.startswith(f"{content}:{number}:") and f"Flesch-Kincaid grade {grade}," in line for line in english)


def test_strict_fails_only_once_the_target_is_stricter(tmp_path):
    content = init_project(tmp_path / "clinic")
    assert run("check", str(content), "--strict").exit_code == 0
    replace_in(content, "  grade: 8\n", "  grade: 1\n")
    strict = run("check", str(content), "--strict")
    assert strict.exit_code == 1, strict.output
    assert "(en): Flesch-Kincaid grade 2.0, above the target of grade 1 (reading_level.grade, line" in strict.output
    spanish = "(es): Fernández-Huerta 67.8, below the target of 90 (higher is easier), the level of grade 1 ("
    assert spanish in strict.output


def test_a_language_target_applies_only_to_that_language(tmp_path, sample):
    content = replace_in(copy_sample(tmp_path), "  # languages: {de: 9}", "  languages: {en: 4, de: 10}")
    configured = load_project(content).brochure
    line = line_of(content, "languages: {en: 4")
    target = configured.reading_target("de")
    assert (target.grade, target.location.line, target.location.path) == (10, line, "reading_level.languages.de")
    english = grade_warnings(reading_level(configured, "en"), "en")
    assert len(english) == 8 and all(  # the 8 English sections above grade 4
        f"above the target of grade 4 (reading_level.languages.en, line {line} of content.yaml)" in m for m in english)
    stricter = load_project(replace_in(content, "  grade: 8", "  grade: 5")).brochure
    assert grade_warnings(reading_level(stricter, "de"), "de") == []  # its own 10, not the general 5
    for language in ("es", "fr", "ru"):  # held to reading_level.grade
        found = grade_warnings(reading_level(stricter, language), language)
        assert found and all("the level of grade 5 (reading_level.grade, line" in m for m in found), language


def test_a_target_for_a_language_the_brochure_lacks_is_an_error_with_its_line(tmp_path):
    content = init_project(tmp_path / "clinic")
    replace_in(content, "  # languages: {es: 7}", "  languages:\n    es: 7\n    pt: 6")
    result = run("check", str(content))
    assert result.exit_code == 1
    assert (f"{content}:{line_of(content, 'pt: 6')}:5: reading_level.languages.pt: "
            "'pt' is not one of the brochure's languages (en, es) (use one of those tags, or remove this line)"
            ) in result.output
    assert "1 error(s)" in result.output


@pytest.mark.parametrize("old,new,message", [
    ("  grade: 8\n", "  grade: 19\n", "reading_level.grade: 19 is greater than the maximum of 18"),
    ("  # languages: {es: 7}", "  languages: {es: 0}", "reading_level.languages.es: 0 is less than the minimum of 1"),
])
def test_a_grade_out_of_range_is_a_schema_error_with_its_line(tmp_path, old, new, message):
    content = init_project(tmp_path / "clinic")
    replace_in(content, old, new)
    result = run("check", str(content))
    assert result.exit_code == 1
    line = line_of(content, new.strip())
    assert f"{content}:{line}:" in result.output and message in result.output, result.output
    assert "(write a US school grade from 1 to 18, e.g. 8)" in result.output


@pytest.mark.parametrize("text, count", [
    ("یہ ایک جملہ ہے۔ یہ دوسرا ہے۔", 2),  # Urdu full stop
    ("እጅዎን ይታጠቡ። ሳሙና ይጠቀሙ።", 2),  # Ethiopic full stop
    ("လက်ဆေးပါ။ ဆပ်ပြာသုံးပါ။", 2),  # Burmese
    ("លាងដៃ។ ប្រើសាប៊ូ។", 2),  # Khmer
    ("请洗手。用肥皂！", 2),
])
def test_sentences_end_at_each_scripts_full_stop(text, count):
    assert len(sentences(text)) == count
