"""Reading level per language and section: a formula that suits the language, long sentences, long words.

Every finding is a warning (`brochure check --strict` makes them fail). textstat, and NLTK under it,
take about 0.2 s to import, so they are imported inside `score`, which only `brochure check` reaches.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from ..errors import Location, Problem
from ..markup import MarkupError, plain
from ..model import Brochure, ReadingTarget, Section, texts_of

LONG_SENTENCE = 25  # words; AAACN advises 10, Easy Read 15: 25 flags only the clearly long ones
LONG_WORD = 15  # letters
EXAMPLES = 3  # examples per section and kind, to keep the output readable

# Reading-ease scales (higher = easier) as (school grade, score) points taken from each formula's own
# table, where a band's lowest score stands for the last grade of the band; a grade target is turned
# into a score by interpolating between the points.
# Flesch (1949): 90-100 5th grade, 80-90 6th, 70-80 7th, 60-70 8th-9th, 50-60 10th-12th, 30-50 college,
# 0-30 graduate. Kandel & Moles (fr), Vacca (it) and Douma (nl) kept Flesch's table with new coefficients.
# The 60-70 band holds two grades, so grade 8 is 65.
FLESCH_SCALE = ((5, 90), (6, 80), (7, 70), (9, 60), (12, 50), (16, 30), (18, 0))
# Fernández-Huerta (1959): 90-100 muy fácil, 4th grade; 80-90 fácil, 5th; 70-80 bastante fácil, 6th;
# 60-70 normal (adult), 7th-8th; 50-60 bastante difícil, pre-university; 30-50 difícil; 0-30 muy difícil.
# The whole "normal" band is at or below grade 8, so grade 8 is 60 ("bastante fácil", 70, is grade 6).
HUERTA_SCALE = ((4, 90), (5, 80), (6, 70), (8, 60), (12, 50), (16, 30), (18, 0))


@dataclass(frozen=True)
class Formula:
    """A textstat readability formula and how to read its figure."""

    name: str
    textstat_language: str  # what textstat.set_lang is given
    measure: Callable[[object, str], float]  # (textstat instance, text) -> figure
    scale: tuple[tuple[float, float], ...] = ()  # reading-ease points; empty when the figure is a grade

    def limit(self, grade: float) -> float:
        """The figure a text written for `grade` reaches on this formula."""
        if not self.scale:
            return grade
        points = self.scale
        grade = min(max(grade, points[0][0]), points[-1][0])
        for (g1, s1), (g2, s2) in zip(points, points[1:]):
            if grade <= g2:
                return s1 + (s2 - s1) * (grade - g1) / (g2 - g1)
        return points[-1][1]

    def within(self, figure: float, grade: float) -> bool:
        """Whether `figure` is at or easier than the level of `grade`."""
        return figure >= self.limit(grade) if self.scale else figure <= grade


def _ease(ts, text: str) -> float:
    return ts.flesch_reading_ease(text)


# By language (the part of the tag before '-'). textstat counts syllables with pyphen's dictionaries,
# except that for a language whose root is 'en' it uses NLTK's cmudict, which it downloads at first use:
# that fails offline (and in CI) and would make the figure depend on the machine. 'en-US' has the root
# 'en-US' for textstat (it splits on '_'), so English syllables come from pyphen's en_US dictionary like
# every other language's. On the sample this reads 0.3 to 2 grades easier than cmudict would.
FORMULAS: dict[str, Formula] = {
    "en": Formula("Flesch-Kincaid grade", "en-US", lambda ts, text: ts.flesch_kincaid_grade(text)),
    "es": Formula("Fernández-Huerta", "es", lambda ts, text: ts.fernandez_huerta(text), HUERTA_SCALE),
    "fr": Formula("Kandel-Moles", "fr", _ease, FLESCH_SCALE),
    # Wiener Sachtextformel 1 runs from 4 (very easy) to 15 (very hard) and reads as a school grade.
    "de": Formula("Wiener Sachtextformel", "de", lambda ts, text: ts.wiener_sachtextformel(text, 1)),
    "it": Formula("Flesch-Vacca", "it", _ease, FLESCH_SCALE),
    "nl": Formula("Flesch-Douma", "nl", _ease, FLESCH_SCALE),
    "ru": Formula("Flesch reading ease (Russian)", "ru", _ease, FLESCH_SCALE),
    # OSMAN adapts Flesch to Arabic on Flesch's 0-100 scale; its grade equivalence is approximate.
    "ar": Formula("OSMAN", "ar", lambda ts, text: ts.osman(text), FLESCH_SCALE),
}
UNSPACED = {"zh", "ja", "th", "lo", "km", "my"}  # no spaces between words: word counts mean nothing

# Sentence ends: Latin-style stops before a space, and scripts' own full stops, which need no space
# (Chinese and Japanese 。！？, Arabic ؟, Urdu ۔, Devanagari ।, Ethiopic ።, Burmese ။, Khmer ។, Thai/Lao none).
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+|(?<=[。！？．؟۔।።။។])")
_LETTERS = re.compile(r"[^\W\d_]+")
_STOPS = str.maketrans({"؟": "?", "。": ".", "．": ".", "！": "!", "？": "?", "।": ".", "۔": ".", "።": ".", "။": ".", "។": ".", "…": "."})


def formula_for(language: str) -> Formula | None:
    """The formula used for a language tag such as 'en' or 'pt-BR', or None when there is none."""
    return FORMULAS.get(language.split("-")[0].lower())


def score(text: str, language: str) -> float | None:
    """textstat's figure for `text` with the language's formula (unrounded), or None without one."""
    formula = formula_for(language)
    if formula is None or not text.strip():
        return None
    from textstat.textstat import textstatistics  # lazily: see the module docstring

    ts = textstatistics()  # our own instance: textstat's module-level one is shared state
    ts.set_lang(formula.textstat_language)
    return formula.measure(ts, text)


def section_texts(section: Section, language: str) -> Iterator[tuple[str, Location]]:
    """The plain words of each text in the section's blocks, with where the text was written."""
    for localized in texts_of(section.blocks):
        text = _plain(localized.get(language) or "").strip()
        if text:
            yield text, localized.location_of(language)


def section_text(section: Section, language: str) -> str:
    """The section's texts as one passage to measure: each ends a sentence (bullets rarely have a full stop).

    textstat ends sentences only at . ! ?, so the Arabic question mark and other scripts' stops become those.
    """
    texts = (t.translate(_STOPS) for t, _ in section_texts(section, language))
    return " ".join(t if t[-1] in ".!?:;" else t + "." for t in texts)


def sentences(text: str) -> list[str]:
    """Sentences split after . ! ? … (and their full-width, Arabic and Devanagari forms)."""
    return [s.strip() for s in _SENTENCE_BREAK.split(text) if s.strip()]


def word_count(sentence: str) -> int:
    """Words in a sentence: the space-separated tokens that hold a letter or digit."""
    return sum(1 for token in sentence.split() if any(c.isalnum() for c in token))


def reading_level(brochure: Brochure, language: str, target: ReadingTarget | None = None, *,
                  allow: Iterable[str] = ()) -> list[Problem]:
    """Warnings about how hard each section is to read in `language`.

    `target` is a school grade, by default the one content.yaml sets for the language (grade 8 if none);
    formulas on a reading-ease scale use its equivalent (see FLESCH_SCALE).
    `allow` lists long words the brochure explains (medical terms); they are not reported.
    """
    target = target or brochure.reading_target(language)
    formula = formula_for(language)
    problems = []
    if formula is None:
        problems.append(Problem(f"no reading-level formula for '{language}'; have a native speaker review the text",
                                Location(brochure.path, path="languages"), severity="warning"))
        if language.split("-")[0].lower() in UNSPACED:
            return problems
    allowed = {word.casefold() for word in allow}
    for number, section in enumerate(brochure.sections):
        heading = section.heading.get(language) or section.id
        name = f"sections[{number}] '{_plain(heading)}' ({language})"
        problems += _section_level(section, language, formula, target, name)
        problems += _long_sentences(section, language, name)
        problems += _long_words(section, language, allowed, name)
    return problems


def _section_level(section: Section, language: str, formula: Formula | None, target: ReadingTarget,
                   name: str) -> list[Problem]:
    figure = score(section_text(section, language), language) if formula else None
    if figure is None or formula.within(figure, target.grade):
        return []
    longest = max((s for text, _ in section_texts(section, language) for s in sentences(text)), key=word_count)
    return [Problem(
        f"{name}: {formula.name} {figure:.1f}, {_versus(formula, target)}; "
        f"longest sentence {word_count(longest)} words: '{_quote(longest)}'",
        section.heading.location_of(language),
        "use shorter sentences and everyday words; only if your readers can manage this level, "
        f"raise {target.location.path} in {target.location.file.name}",
        severity="warning",
    )]


def _versus(formula: Formula, target: ReadingTarget) -> str:
    """The target and where it was set: 'above the target of grade 9 (reading_level.grade, line 8 of content.yaml)';
    on a reading-ease scale 'below the target of 65 (higher is easier), the level of grade 8 (the default)'."""
    where = target.location
    origin = "the default" if where.line is None else f"{where.path}, line {where.line} of {where.file.name}"
    if not formula.scale:
        return f"above the target of grade {target.grade:g} ({origin})"
    return (f"below the target of {formula.limit(target.grade):g} (higher is easier), "
            f"the level of grade {target.grade:g} ({origin})")


def _long_sentences(section: Section, language: str, name: str) -> list[Problem]:
    found = [(sentence, where) for text, where in section_texts(section, language)
             for sentence in sentences(text) if word_count(sentence) > LONG_SENTENCE]
    problems = [Problem(f"{name}: sentence of {word_count(sentence)} words: '{_quote(sentence)}'", where,
                        f"split it: aim for {LONG_SENTENCE} words or fewer", severity="warning")
                for sentence, where in found[:EXAMPLES]]
    if len(found) > EXAMPLES:
        last = problems[-1]
        problems[-1] = Problem(f"{last.message}; and {len(found) - EXAMPLES} more in this section",
                               last.location, last.hint, "warning")
    return problems


def long_words(section: Section, language: str, allowed: set[str] = frozenset()) -> dict[str, Location]:
    """Words over LONG_WORD letters in the section (each once, with where it is first used), except
    the casefolded words in `allowed`."""
    found: dict[str, Location] = {}
    for text, where in section_texts(section, language):
        for word in _LETTERS.findall(text):
            if len(word) > LONG_WORD and word.casefold() not in allowed:
                found.setdefault(word, where)
    return found


def _long_words(section: Section, language: str, allowed: set[str], name: str) -> list[Problem]:
    found = long_words(section, language, allowed)
    if not found:
        return []
    words = list(found)
    listed = ", ".join(words[:EXAMPLES]) + (f" and {len(words) - EXAMPLES} more" if len(words) > EXAMPLES else "")
    return [Problem(f"{name}: words over {LONG_WORD} letters: {listed}", found[words[0]],
                    "use a shorter word, or explain the term where it first appears", severity="warning")]


def _plain(text: str) -> str:
    try:
        return plain(text)
    except MarkupError:  # an unsafe link: reported as an error by the build checks
        return text


def _quote(sentence: str, length: int = 60) -> str:
    return sentence if len(sentence) <= length else sentence[:length].rstrip() + "…"
