"""What the command line and the tests call: load, check and build brochures. Never prints."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from . import assets, model, schema, source
from . import batch
from .batch import Job, Result
from .cache import fingerprint
from .checks.contrast import brand_contrast
from .checks.glyphs import missing_glyphs
from .edition import Edition, resolve
from .errors import BrochureError, Location, Problem
from .fonts import FontCatalog, FontFamily, catalog_for as fonts_for
from .layouts import LayoutCatalog, catalog_for as layouts_for


@dataclass(frozen=True)
class Options:
    """Choices that narrow or change a build; the defaults build everything the content asks for."""

    languages: tuple[str, ...] = ()
    layouts: tuple[str, ...] = ()
    brands: tuple[Path, ...] = ()
    fallback: bool = False
    allow_outside: bool = False
    jobs: int = 0  # worker processes; 0 = one per core
    force: bool = False  # rebuild even PDFs whose inputs have not changed
    shard: tuple[int, int] | None = None  # (index, count): build only that slice of the matrix
    bleed: float = 0.0  # points of bleed around the trim, with crop marks; 0 = office/screen PDF
    cmyk: bool = False  # colours as CMYK for a print shop
    impose: bool = False  # also write printer's spreads for booklet layouts
    tags: bool = True  # tagged PDF (structure tree for screen readers)


@dataclass
class Project:
    """A loaded content file with the catalogs its folder sees."""

    brochure: model.Brochure
    brands: list[model.Brand]
    fonts: FontCatalog
    layouts: LayoutCatalog
    source: source.Source


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
    brands = [_load_brand(path, options.allow_outside) for path in options.brands]
    folder = content.parent
    return Project(brochure, brands, fonts_for(folder), layouts_for(folder), src)


def _load_brand(path: Path, allow_outside: bool) -> model.Brand:
    src = source.load(path, "brand file")
    if not isinstance(src.data, dict):
        raise BrochureError.at(src.locate(()), "a brand file must be a mapping (name:, logo:, colors:, ...)")
    problems = schema.validate(src, "content", "clinic")
    if problems:
        raise BrochureError(problems)
    return model.brand_from_source(src, allow_outside)


def plan(project: Project, options: Options = Options()) -> list[Job]:
    """The language x layout x brand matrix this build covers (or its shard)."""
    brochure = project.brochure
    languages = options.languages or brochure.languages
    layouts = options.layouts or brochure.layouts
    brands: list[model.Brand | None] = list(project.brands) or [None]
    jobs = [Job(tag, layout, brand) for brand in brands for tag in languages for layout in layouts]
    return batch.shard(jobs, *options.shard) if options.shard else jobs


def _edition(project: Project, job: Job, options: Options) -> Edition:
    brochure = project.brochure
    if job.language not in brochure.languages and not options.fallback:
        raise BrochureError.at(project.source.locate(("languages",)),
                               f"'{job.language}' is not one of the brochure's languages ({', '.join(brochure.languages)})",
                               "add it to languages: or use --fallback")
    return resolve(brochure, job.language, job.brand, options.fallback)


def edition_and_key(project: Project, job: Job, options: Options = Options()) -> tuple[Edition, str]:
    """The job's edition and a fingerprint of every input that shapes its PDF."""
    edition = _edition(project, job, options)
    layout = _layout(project, job.layout)
    brand = job.brand or project.brochure.brand
    files = [path for family in _fonts_of(project, brand) for path in family.files.values()]
    files += [path for path, _ in _images(project.brochure, brand) if path.is_file()]
    return edition, fingerprint(edition, layout.path, files, (options.fallback, options.bleed, options.cmyk, options.tags,
                                                                options.impose))


def prepare(project: Project, job: Job, options: Options = Options()) -> tuple[Edition, list[Problem]]:
    """Resolve one job's edition and run every check that must pass before rendering."""
    brochure = project.brochure
    edition = _edition(project, job, options)
    layout = _layout(project, job.layout)
    brand = job.brand or brochure.brand
    _fonts_of(project, brand)  # both families must exist
    problems = missing_glyphs(brochure, brand, edition, project.fonts.chain(brand.body_font))
    problems += brand_contrast(brand, layout.min_contrast)
    problems += assets.check_images(_images(brochure, brand))
    low = _low_resolution(brochure, layout, print_shop=options.bleed > 0)
    problems += [p for p in low if p.severity == "error"]
    if problems:
        raise BrochureError(problems)
    return edition, [*edition.warnings, *(p for p in low if p.severity == "warning")]


def _low_resolution(brochure: model.Brochure, layout, print_shop: bool = False) -> list[Problem]:
    """Warnings for raster images that will print below 300 dpi at their size in this layout;
    for a print shop (--bleed), below 150 dpi is an error."""
    warnings = []
    for block in (b for s in brochure.sections_in(layout.name) for b in s.blocks if isinstance(b, model.Image)):
        pic = assets.picture(block.src, block.location)
        if pic.dpi is None:
            continue
        dpi = pic.pixels_wide / (layout.column_width * block.width / 72)
        if print_shop and dpi < 150:
            warnings.append(Problem(
                f"image prints at about {dpi:.0f} dpi in {layout.name}; a print shop needs at least 150 (300 is best)",
                block.location, f"use an image at least {round(pic.pixels_wide * 300 / dpi)} pixels wide"))
        elif dpi < 300:
            warnings.append(Problem(
                f"image prints at about {dpi:.0f} dpi in {layout.name}; print needs 300", block.location,
                f"use an image at least {round(pic.pixels_wide * 300 / dpi)} pixels wide", severity="warning",
            ))
    return warnings


def make_pdf(project: Project, job: Job, options: Options = Options()) -> tuple[Edition, bytes, list[Problem]]:
    """Prepare and render one job in memory: the edition, the PDF bytes and any warnings."""
    from .render import render

    edition, warnings = prepare(project, job, options)
    pdf = render(edition, project.layouts.get(job.layout), project.fonts, bleed=options.bleed, cmyk=options.cmyk,
                 tags=options.tags)
    return edition, pdf, warnings


def _layout(project: Project, name: str):
    try:
        return project.layouts.get(name)
    except BrochureError as exc:
        if name in project.brochure.layouts:
            where = project.source.locate(("layouts", project.brochure.layouts.index(name)))
            raise BrochureError(Problem(p.message, where, p.hint) if p.location.file is None else p
                                for p in exc.problems) from None
        raise


def _fonts_of(project: Project, brand: model.Brand) -> list[FontFamily]:
    families, problems = [], []
    for field_name, name in (("fonts.body", brand.body_font), ("fonts.heading", brand.heading_font)):
        try:
            families.append(project.fonts.get(name))
        except BrochureError as exc:
            problems += [Problem(p.message, brand.location_of(field_name), p.hint) for p in exc.problems]
    if problems:
        raise BrochureError(problems)
    return list(dict.fromkeys(families))


def _images(brochure: model.Brochure, brand: model.Brand) -> list[tuple[Path, Location]]:
    images = [(block.src, block.location) for s in brochure.sections for block in s.blocks
              if isinstance(block, model.Image)]
    if brand.logo:
        images.append((brand.logo, brand.location_of("logo")))
    return images


def output_path(out_dir: Path, edition_name: str, layout: str) -> Path:
    return out_dir / f"{edition_name}-{layout}.pdf"


def build(content: Path, out_dir: Path, options: Options = Options(),
          on_result: Callable[[Result], None] | None = None,
          on_plan: Callable[[int], None] | None = None) -> list[Result]:
    """Build every edition in the matrix into `out_dir`; one failing edition does not stop the others.

    Raises BrochureError only when the content itself cannot be loaded.
    """
    project = load_project(content, options)
    jobs = plan(project, options)
    if on_plan:
        on_plan(len(jobs))
    return batch.run(project, jobs, out_dir, options, on_result)


def check(content: Path, options: Options = Options()) -> list[Problem]:
    """Every problem `build` would meet, without writing anything (errors and warnings)."""
    try:
        project = load_project(content, options)
    except BrochureError as exc:
        return list(exc.problems)
    found: dict[str, Problem] = {}
    for job in plan(project, options):
        try:
            _, _, warnings = make_pdf(project, job, options)  # rendering finds what does not fit
            problems: Iterable[Problem] = warnings
        except BrochureError as exc:
            problems = exc.problems
        for problem in problems:
            found.setdefault(str(problem), problem)
    from .checks.readability import reading_level  # imports textstat only when it runs

    for tag in options.languages or project.brochure.languages:
        for problem in reading_level(project.brochure, tag, allow=_glossary_words(project.brochure, tag)):
            found.setdefault(str(problem), problem)
    return list(found.values())


def _glossary_words(brochure: model.Brochure, tag: str) -> list[str]:
    """Words the glossary explains, which the reading-level check does not count as unexplained."""
    return [word for entry in brochure.glossary for word in (entry.term.get(tag) or "").split()]
