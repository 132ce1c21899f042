"""What the command line and the tests call: load, check and build brochures. Never prints."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from . import assets, model, schema, source
from . import batch
from .checks.contrast import brand_for_layout
from .checks.required import required_sections
from .checks.glyphs import missing_glyphs
from .errors import BrochureError, Location, Problem, UsageError
from .fonts import catalog_for as fonts_for
from .i18n import language
from .layouts import LayoutCatalog, catalog_for as layouts_for
from .output import write_atomic
from .pipeline import edition_and_key, font_families, images_of, layout_of, low_resolution, make_pdf, output_path, \
    prepare, resolve_edition
from .project import Job, Options, Project, Result
from .translation import record_path

# the public API: what a caller of brochure.api builds with (the stages live in .project and .pipeline)
__all__ = ["Job", "Options", "Project", "Result", "build", "check", "confirm_translations", "edition_and_key",
           "export_translations", "import_translations", "load_project", "make_pdf", "output_path", "plan",
           "prepare", "translation_status"]

if TYPE_CHECKING:
    from .translation.actions import LanguageStatus, Outcome
    from .translation.record import Freshness


def load_project(content: Path, options: Options = Options()) -> Project:
    """Load, validate and model a content file and its brand files; raises BrochureError."""
    src = source.load(content, "content file")
    if not isinstance(src.data, dict):
        raise BrochureError.at(src.locate(()), "the content file must be a mapping of keys (id:, title:, ...)",
                               "see the README for an example")
    problems = schema.validate(src, "content")
    if problems:
        raise BrochureError(problems)
    brochure = model.brochure_from_source(src, options.allow_outside)
    if options.draft:
        brochure = replace(brochure, status="draft")
    brands = [_load_brand(path, options.allow_outside) for path in options.brands]
    folder = content.parent
    layouts = layouts_for(folder)
    problems = _unknown_selections(brochure, layouts)
    if problems:
        raise BrochureError(problems)
    return Project(brochure, brands, fonts_for(folder), layouts, src, _translations(content, brochure))


def _unknown_selections(brochure: model.Brochure, layouts: LayoutCatalog) -> list[Problem]:
    """Each layout named in sections_for must exist: a misspelt one would silently print everything."""
    import difflib

    problems = []
    for name in brochure.sections_for:
        if name not in layouts.files:
            close = difflib.get_close_matches(name, layouts.names(), n=1)
            problems.append(Problem(f"sections_for names the layout '{name}', which does not exist",
                                    brochure.place(f"sections_for.{name}"),
                                    f"did you mean '{close[0]}'?" if close else "run 'brochure layouts' to list them"))
    return problems


def _translations(content: Path, brochure: model.Brochure) -> "Freshness | None":
    """The check of which translations are stale, for a brochure that has a translation record."""
    if not record_path(content).exists():
        return None  # and the translation modules are not even imported
    from .translation.record import freshness

    return freshness(content, brochure)


def _load_brand(path: Path, allow_outside: bool) -> model.Brand:
    src = source.load(path, "brand file")
    if not isinstance(src.data, dict):
        raise BrochureError.at(src.locate(()), "a brand file must be a mapping (name:, logo:, colors:, ...)")
    problems = schema.validate(src, "content", "clinic")
    if problems:
        raise BrochureError(problems)
    return model.brand_from_source(src, allow_outside)


def plan(project: Project, options: Options = Options()) -> list[Job]:
    """The language x layout x brand matrix this build covers (or its shard); raises UsageError for
    a --layout no catalog has."""
    brochure = project.brochure
    unknown = [name for name in options.layouts if name not in project.layouts.names()]
    if unknown:
        import difflib

        close = difflib.get_close_matches(unknown[0], project.layouts.names(), n=1)
        raise UsageError(Problem(
            f"unknown layout '{unknown[0]}' (--layout)", Location(),
            f"did you mean '{close[0]}'?" if close else "`brochure layouts` lists the layouts you can use"))
    languages = options.languages or brochure.languages
    layouts = options.layouts or brochure.layouts
    brands: list[model.Brand | None] = list(project.brands) or [None]
    jobs = [Job(tag, layout, brand) for brand in brands for tag in languages for layout in layouts]
    return batch.shard(jobs, *options.shard) if options.shard else jobs


def _check_impose(project: Project, options: Options) -> None:
    """--impose makes printer's spreads of booklets: any other layout in the build is a mistake."""
    if not options.impose:
        return
    names = list(dict.fromkeys(options.layouts or project.brochure.layouts))
    flat = []
    for name in names:
        try:
            if not project.layouts.get(name).booklet:
                flat.append(name)
        except BrochureError:
            pass  # an unknown layout fails its own editions, with its line
    if flat:
        booklets = [n for n in project.layouts.names() if project.layouts.get(n).booklet]
        raise UsageError(Problem(
            f"--impose makes printer's spreads of booklets only; {', '.join(flat)} cannot be imposed",
            hint=f"build {'it' if len(flat) == 1 else 'them'} without --impose, or choose a booklet layout "
                 f"({', '.join(booklets) or 'none found'}) with --layout"))


def build(content: Path, out_dir: Path, options: Options = Options(),
          on_result: Callable[[Result], None] | None = None,
          on_plan: Callable[[int], None] | None = None,
          on_warning: Callable[[Problem], None] | None = None) -> list[Result]:
    """Build every edition in the matrix into `out_dir`; one failing edition does not stop the others.

    Raises BrochureError only when the content itself cannot be loaded, or is past its review date
    (without options.allow_overdue: then that, like a near review date, goes to on_warning).
    Checked before the cache is asked, so an unchanged PDF is no way round it.
    """
    project = load_project(content, options)
    jobs = plan(project, options)
    _check_impose(project, options)
    for problem in _review(project.brochure, options):
        if problem.severity == "error" and not options.allow_overdue:
            raise BrochureError(problem)
        if on_warning:
            on_warning(replace(problem, severity="warning"))
    if on_plan:
        on_plan(len(jobs))
    return batch.run(project, jobs, out_dir, options, on_result)


def check(content: Path, options: Options = Options()) -> list[Problem]:
    """Every problem `build` would meet, without writing anything (errors and warnings), sorted by
    line. Problems in one part of the file do not hide the others: what the schema rejects is set
    aside and the rest is still checked (translations, placeholders, glyphs, images, contrast, fit,
    reading level, review dates). A problem one language or layout has names it.
    Raises UsageError for a --layout no catalog has."""
    found = _Findings()
    project, problems = _readable_project(content, options)
    found.add(problems)
    if project is None:
        return found.sorted(None)
    brochure = project.brochure
    found.add(_review(brochure, options))
    found.add(required_sections(brochure))
    from .checks.review import draft_status

    found.add(draft_status(brochure))
    can_render = not any(p.severity == "error" for p in problems)
    for job in plan(project, options):
        found.add(_check_job(project, job, options, can_render))
    from .checks.readability import reading_level  # imports textstat only when it runs

    for tag in options.languages or brochure.languages:
        if project.translations and tag != brochure.languages[0]:
            from .translation.actions import unrecorded

            found.add(unrecorded(project.translations, tag), language=tag)
        found.add(reading_level(brochure, tag, allow=_glossary_words(brochure, tag)), language=tag)
    return found.sorted(project)


def _readable_project(content: Path, options: Options) -> tuple[Project | None, list[Problem]]:
    """The project as far as it can be read, and the problems met reading it (schema, model, brand files)."""
    try:
        src = source.load(content, "content file")
    except BrochureError as exc:
        return None, list(exc.problems)
    if not isinstance(src.data, dict):
        return None, [Problem("the content file must be a mapping of keys (id:, title:, ...)", src.locate(()),
                              "see the README for an example")]
    readable, problems = schema.salvage(src, "content")
    if readable is None:
        return None, problems
    brochure, found = model.brochure_and_problems(readable, options.allow_outside)
    problems += found
    if options.draft:
        brochure = replace(brochure, status="draft")
    brands = []
    for path in options.brands:
        try:
            brand_source = source.load(path, "brand file")
        except BrochureError as exc:
            problems += exc.problems
            continue
        readable_brand, found = schema.salvage(brand_source, "content", "clinic") \
            if isinstance(brand_source.data, dict) else (None, [Problem(
                "a brand file must be a mapping (name:, logo:, colors:, ...)", brand_source.locate(()))])
        problems += found
        if readable_brand is not None:
            brand, found = model.brand_and_problems(readable_brand, options.allow_outside)
            brands.append(brand)
            problems += found
    layouts = layouts_for(content.parent)
    problems += _unknown_selections(brochure, layouts)
    return Project(brochure, brands, fonts_for(content.parent), layouts, src, _translations(content, brochure)), problems


def _check_job(project: Project, job: Job, options: Options, can_render: bool) -> list[Problem]:
    """What one edition would meet, each problem naming the language and layout it belongs to."""
    brochure = project.brochure
    brand = job.brand or brochure.brand
    problems: list[Problem] = []

    def attempt(step: Callable[[], object], **where: str) -> object:
        try:
            return step()
        except BrochureError as exc:
            problems.extend(replace(p, **where) for p in exc.problems)
            return None

    edition = attempt(lambda: resolve_edition(project, job, options), language=job.language)
    layout = attempt(lambda: layout_of(project, job.layout))
    fonts_ok = attempt(lambda: font_families(project, brand)) is not None
    if fonts_ok:
        chain = project.fonts.chain(brand.body_font)
        problems += [replace(p, language=job.language)
                     for p in missing_glyphs(brochure, brand, language(job.language), chain)]
    images = [(path, where) for path, where in images_of(brochure, brand) if path.is_file()]  # else: model said so
    problems += assets.check_images(images)
    if layout is not None:
        _, contrast = brand_for_layout(brand, layout.min_contrast, layout.name)
        problems += [replace(p, layout=job.layout) for p in contrast]
        try:
            low = low_resolution(brochure, layout, print_shop=options.bleed > 0)
        except BrochureError:  # an image that cannot be read: check_images or the model said so
            low = []
        problems += [replace(p, layout=job.layout) for p in low]
    if edition is not None:
        problems += [replace(p, language=job.language) for p in edition.warnings]
    if can_render and edition is not None and layout is not None and fonts_ok \
            and not any(p.severity == "error" for p in problems):
        from .render import render

        rendered: list[Problem] = []  # what prints but needs a look (a fold's empty panel)
        attempt(lambda: render(edition, layout, project.fonts, bleed=options.bleed, cmyk=options.cmyk,
                               tags=options.tags, warnings=rendered), language=job.language, layout=job.layout)
        problems += [replace(p, language=job.language, layout=job.layout) for p in rendered]
    return problems


class _Findings:
    """Problems found once each (the same problem in several editions is one), with the language or
    layout kept only where every edition that has it agrees."""

    def __init__(self) -> None:
        self.found: dict[str, Problem] = {}

    def add(self, problems: Iterable[Problem], **where: str) -> None:
        for problem in problems:
            problem = replace(problem, **where) if where else problem
            key = str(problem)
            seen = self.found.get(key)
            if seen is None:
                self.found[key] = problem
            else:
                self.found[key] = replace(seen, language=seen.language if seen.language == problem.language else None,
                                          layout=seen.layout if seen.layout == problem.layout else None)

    def sorted(self, project: Project | None) -> list[Problem]:
        """The problems in file order, each with the line its field path names where it had none."""
        placed = [_with_line(p, project) if project else p for p in self.found.values()]
        first = project.source.path if project else None
        return sorted(placed, key=lambda p: (p.location.file != first, str(p.location.file or ""),
                                             p.location.line or 10 ** 9, p.location.column or 0))


def _with_line(problem: Problem, project: Project) -> Problem:
    """A problem of the content file that names a field but no line (a fold that overflows from a
    section, the reading-level formula of a language) gets the line that field is written on."""
    where, src = problem.location, project.source
    if where.line is not None or where.file != src.path or not where.path:
        return problem
    parts: list[str | int] = []
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", where.path):
        parts.append(int(index) if index else name)
    if len(parts) >= 2 and parts[0] == "sections" and isinstance(parts[1], str):
        ids = [s.id for s in project.brochure.sections]
        if parts[1] not in ids:
            return problem
        parts[1] = ids.index(parts[1])
    if tuple(parts[:1]) not in src.values:
        return problem
    found = src.locate(tuple(parts), key=isinstance(parts[-1], str))
    return replace(problem, location=Location(where.file, found.line, found.column, where.path))


def _review(brochure: model.Brochure, options: Options) -> list[Problem]:
    from .checks.review import review_dates, today

    return review_dates(brochure, options.today or today())


def _glossary_words(brochure: model.Brochure, tag: str) -> list[str]:
    """Words the glossary explains, which the reading-level check does not count as unexplained."""
    return [word for entry in brochure.glossary for word in (entry.term.get(tag) or "").split()]


def export_translations(content: Path, out: Path, languages: tuple[str, ...] = (), fmt: str = "xliff") -> list[Path]:
    """Write one XLIFF 2.1 (or PO) file per target language for a translator; `out` is the file when
    one language is asked for and it ends in the format's suffix, else the folder. Returns the files."""
    from .translation import actions

    project = load_project(content)
    files = actions.export(project, languages, fmt)
    single = len(files) == 1 and out.suffix.lower() == actions.FORMATS[fmt]
    written = []
    for tag, data in files.items():
        path = out if single else out / actions.file_name(project.brochure, tag, fmt)
        write_atomic(path, data)
        written.append(path)
    return written


def import_translations(files: list[Path], content: Path) -> tuple[list["Outcome"], list[Problem]]:
    """Take translators' files back into the content file; raises BrochureError (nothing written) for
    any file that does not fit. Returns what each file changed and warnings for units left alone."""
    from .translation.actions import import_files

    return import_files(load_project(content), files)


def translation_status(content: Path) -> list["LanguageStatus"]:
    """Translated, missing and stale texts per target language."""
    from .translation.actions import language_status

    return language_status(load_project(content))


def confirm_translations(content: Path, languages: tuple[str, ...]) -> dict[str, int]:
    """Record the present translations of these languages as current; returns how many changed state."""
    from .translation.actions import confirm

    return confirm(load_project(content), languages)
