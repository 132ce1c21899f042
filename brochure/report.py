"""The sign-off report: the figures a clinic files with a leaflet (`brochure report`).

Per language and section: the reading-level figure with its formula and target, the longest
sentence, long words and the glossary terms used. Per language: the translation status. Per
edition: the page count. For the leaflet: its status, review record and dates, and the contrast of
its colours. `collect` gathers the figures (rendering every edition in memory); `as_text`,
`as_markdown` and `as_json` write them out. Nothing here prints.
"""
from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import api
from .checks import readability
from .checks.contrast import WHITE, ratio
from .checks.review import DUE_SOON, review_dates, today
from .errors import BrochureError
from .pipeline import make_pdf
from .project import Options, Project

TEXT_COLOURS = {"body text": "#1A1A1A", "small print": "#4A4A4A"}  # render.styles TEXT and MUTED


@dataclass
class SectionFigures:
    id: str
    heading: str
    figure: float | None  # None: no formula for the language, or no text
    within_target: bool | None
    longest_sentence: str
    longest_sentence_words: int
    long_words: list[str]
    glossary_terms: list[str]


@dataclass
class LanguageFigures:
    language: str
    formula: str | None
    target: str  # e.g. "grade 8 (reading_level.grade, line 9)" or "65 or more (higher is easier), grade 8 (the default)"
    translation_status: str
    sections: list[SectionFigures] = field(default_factory=list)


@dataclass
class EditionFigures:
    name: str  # brand/language/layout
    pages: int | None
    problem: str | None = None  # why it could not be built


@dataclass
class ContrastFigure:
    colour: str
    used_for: str
    ratio: float
    target: float

    @property
    def passes(self) -> bool:
        return self.ratio >= self.target


@dataclass
class Report:
    content: str
    id: str
    title: str
    status: str
    date: str  # the day the report was made (BROCHURE_TODAY or today)
    review: dict[str, str | None]
    review_state: str
    contrast: list[ContrastFigure]
    languages: list[LanguageFigures]
    editions: list[EditionFigures]


def collect(content: Path, options: Options = Options()) -> Report:
    """Every figure of the report; raises BrochureError when the content cannot be loaded."""
    project = api.load_project(content, options)
    brochure = project.brochure
    on = options.today or today()
    review = brochure.review
    tags = options.languages or brochure.languages
    return Report(
        content=str(content), id=brochure.id, title=_plain(brochure.title.get(brochure.languages[0]) or ""),
        status=brochure.status, date=on.isoformat(),
        review={"version": review.version, "code": review.code, "author": review.author,
                "reviewed_by": review.reviewed_by,
                "published": review.published and review.published.isoformat(),
                "next_review": review.next_review and review.next_review.isoformat()},
        review_state=_review_state(brochure, on),
        contrast=_contrast(project, options),
        languages=[_language(project, tag) for tag in tags],
        editions=[_edition(project, job, options) for job in api.plan(project, options)],
    )


def _review_state(brochure, on: dt.date) -> str:
    if brochure.review.next_review is None:
        return "no review date set (add review: next_review:)"
    problems = review_dates(brochure, on)
    if not problems:
        return f"current: review due {brochure.review.next_review.isoformat()} (more than {DUE_SOON} days away)"
    return ("OVERDUE: " if problems[0].severity == "error" else "due soon: ") + problems[0].message


def _contrast(project: Project, options: Options) -> list[ContrastFigure]:
    figures = []
    layouts = options.layouts or project.brochure.layouts
    target = max((project.layouts.get(name).min_contrast for name in layouts if name in project.layouts.names()),
                 default=4.5)
    for brand in [*project.brands] or [project.brochure.brand]:
        owner = f"{brand.id}: " if brand.id else ""
        figures.append(ContrastFigure(brand.primary, f"{owner}headings, and white text on the band", ratio(brand.primary, WHITE),
                                      target))
        figures.append(ContrastFigure(brand.accent, f"{owner}warning bars (graphics, not text)", ratio(brand.accent, WHITE),
                                      3.0))
    figures += [ContrastFigure(colour, name, ratio(colour, WHITE), target) for name, colour in TEXT_COLOURS.items()]
    return figures


def translation_status(project: Project, language: str) -> str:
    """How complete and current the `language` translation is (from the translation record)."""
    if language == project.brochure.languages[0]:
        return "source language"
    from .translation.actions import language_status

    found = {status.language: status for status in language_status(project)}.get(language)
    if found is None:
        return "not one of the brochure's languages"
    return (f"{found.translated} of {found.total} texts translated ({found.percent:g}%), {found.missing} missing, "
            f"{found.stale} stale, {found.unrecorded} not yet confirmed")


def _language(project: Project, tag: str) -> LanguageFigures:
    brochure = project.brochure
    formula = readability.formula_for(tag)
    target = brochure.reading_target(tag)
    where = target.location
    origin = "the default" if where.line is None else f"{where.path}, line {where.line}"
    if formula is None or not formula.scale:
        wanted = f"grade {target.grade:g} or lower ({origin})"
    else:
        wanted = f"{formula.limit(target.grade):g} or more (higher is easier), the level of grade {target.grade:g} ({origin})"
    glossary = [(entry.term.get(tag) or "") for entry in brochure.glossary]
    allowed = {word.casefold() for term in glossary for word in term.split()}
    figures = LanguageFigures(tag, formula.name if formula else None, wanted, translation_status(project, tag))
    for section in brochure.sections:
        text = readability.section_text(section, tag)
        figure = readability.score(text, tag) if formula and text.strip() else None
        sentences = [s for t, _ in readability.section_texts(section, tag) for s in readability.sentences(t)]
        longest = max(sentences, key=readability.word_count, default="")
        folded = text.casefold()
        figures.sections.append(SectionFigures(
            id=section.id, heading=_plain(section.heading.get(tag) or section.id),
            figure=round(figure, 1) if figure is not None else None,
            within_target=formula.within(figure, target.grade) if figure is not None else None,
            longest_sentence=longest, longest_sentence_words=readability.word_count(longest),
            long_words=list(readability.long_words(section, tag, allowed)),
            glossary_terms=[term for term in glossary if term and term.casefold() in folded],
        ))
    return figures


def _edition(project: Project, job, options: Options) -> EditionFigures:
    from pypdf import PdfReader

    try:
        _, pdf, _ = make_pdf(project, job, options)
    except BrochureError as exc:
        return EditionFigures(str(job), None, str(exc.problems[0]))
    return EditionFigures(str(job), len(PdfReader(io.BytesIO(pdf)).pages))


def _plain(text: str) -> str:
    from .markup import MarkupError, plain

    try:
        return plain(text)
    except MarkupError:
        return text


def as_json(report: Report) -> str:
    data = asdict(report)
    for figure, plain_figure in zip(report.contrast, data["contrast"]):
        plain_figure["ratio"] = round(figure.ratio, 2)
        plain_figure["passes"] = figure.passes
    return json.dumps(data, indent=2, ensure_ascii=False)


def _lines(report: Report, heading, bullet, table) -> list[str]:
    """The report as lines, with `heading(level, text)`, `bullet(text)` and `table(header, rows)`
    deciding how text and markdown look."""
    review = report.review
    out = heading(1, f"Report: {report.title} ({report.id})")
    out += bullet(f"content: {report.content}; status: {report.status}; report date: {report.date}")
    out += heading(2, "Review")
    for key in ("code", "version", "published", "next_review", "author", "reviewed_by"):
        out += bullet(f"{key}: {review[key] or '-'}")
    out += bullet(f"state: {report.review_state}")
    out += heading(2, "Editions")
    out += table(["edition", "pages"], [[e.name, str(e.pages) if e.pages is not None else f"not built: {e.problem}"]
                                         for e in report.editions])
    out += heading(2, "Contrast (WCAG, against white)")
    out += table(["colour", "used for", "ratio", "target"],
                 [[c.colour, c.used_for, f"{c.ratio:.1f}:1", f"{c.target:g}:1 {'ok' if c.passes else 'TOO LOW'}"]
                  for c in report.contrast])
    for lang in report.languages:
        out += heading(2, f"Language {lang.language}")
        out += bullet(f"translation status: {lang.translation_status}")
        out += bullet(f"reading level: {lang.formula or 'no formula for this language'}; target {lang.target}")
        rows = []
        for s in lang.sections:
            figure = "-" if s.figure is None else f"{s.figure:g}" + ("" if s.within_target else " (over target)")
            rows.append([s.heading, figure, f"{s.longest_sentence_words} words: {s.longest_sentence}",
                         ", ".join(s.long_words) or "-", ", ".join(s.glossary_terms) or "-"])
        out += table(["section", "figure", "longest sentence", "long words", "glossary terms used"], rows)
    return out


def as_text(report: Report) -> str:
    def heading(level: int, text: str) -> list[str]:
        return ["", text, ("=" if level == 1 else "-") * len(text)]

    def bullet(text: str) -> list[str]:
        return [f"  {text}"]

    def table(header: list[str], rows: list[list[str]]) -> list[str]:
        return [f"  {' | '.join(header)}"] + [f"  {' | '.join(row)}" for row in rows]

    return "\n".join(_lines(report, heading, bullet, table)).lstrip("\n") + "\n"


def as_markdown(report: Report) -> str:
    def heading(level: int, text: str) -> list[str]:
        return ["", "#" * level + " " + text, ""]

    def bullet(text: str) -> list[str]:
        return [f"- {text}"]

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    def table(header: list[str], rows: list[list[str]]) -> list[str]:
        return ["", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + \
            ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]

    return "\n".join(_lines(report, heading, bullet, table)).lstrip("\n") + "\n"
