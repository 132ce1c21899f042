"""One edition from a loaded project: resolve it, check it, render it in memory, and say where its
PDF goes. `batch` runs these for every job; `api.check` runs the checks one by one."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from . import assets, model
from .cache import fingerprint
from .checks.contrast import brand_for_layout
from .checks.glyphs import missing_glyphs
from .edition import Edition, resolve
from .errors import BrochureError, Location, Problem, located
from .fonts import FontFamily
from .i18n import language
from .project import Job, Options, Project


def resolve_edition(project: Project, job: Job, options: Options) -> Edition:
    """The job's edition: its language's texts (or the fallback) with its brand."""
    brochure = project.brochure
    if job.language not in brochure.languages and not options.fallback:
        raise BrochureError.at(project.source.locate(("languages",)),
                               f"'{job.language}' is not one of the brochure's languages ({', '.join(brochure.languages)})",
                               "add it to languages: or use --fallback")
    return resolve(brochure, job.language, job.brand, options.fallback, project.translations, options.allow_stale)


def edition_and_key(project: Project, job: Job, options: Options = Options()) -> tuple[Edition, str]:
    """The job's edition and a fingerprint of every input that shapes its PDF."""
    edition = resolve_edition(project, job, options)
    layout = layout_of(project, job.layout)
    brand = job.brand or project.brochure.brand
    files = [path for family in font_families(project, brand) for path in family.files.values()]
    files += [path for path, _ in images_of(project.brochure, brand) if path.is_file()]
    return edition, fingerprint(edition, layout.path, files, (options.fallback, options.bleed, options.cmyk, options.tags,
                                                                options.impose))


def prepare(project: Project, job: Job, options: Options = Options()) -> tuple[Edition, list[Problem]]:
    """Resolve one job's edition and run every check that must pass before rendering."""
    brochure = project.brochure
    edition = resolve_edition(project, job, options)
    layout = layout_of(project, job.layout)
    brand = job.brand or brochure.brand
    font_families(project, brand)  # both families must exist
    problems = missing_glyphs(brochure, brand, language(job.language), project.fonts.chain(brand.body_font))
    fitted, contrast = brand_for_layout(brand, layout.min_contrast, layout.name)
    problems += [p for p in contrast if p.severity == "error"]
    problems += assets.check_images(images_of(brochure, brand))
    low = low_resolution(brochure, layout, print_shop=options.bleed > 0)
    problems += [p for p in low if p.severity == "error"]
    if problems:
        raise BrochureError(problems)
    if fitted is not brand:  # the edition's brand is the resolved one: it takes the layout's colour
        edition = replace(edition, brand=replace(edition.brand, primary=fitted.primary, inks=fitted.inks))
    warnings = [p for p in contrast if p.severity == "warning"]
    return edition, [*edition.warnings, *warnings, *(p for p in low if p.severity == "warning")]


def low_resolution(brochure: model.Brochure, layout, print_shop: bool = False) -> list[Problem]:
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
                 tags=options.tags, warnings=warnings)
    return edition, pdf, warnings


def layout_of(project: Project, name: str):
    """The layout called `name`; an error about it points at the content file's layouts: entry that names it."""
    if name not in project.brochure.layouts:
        return project.layouts.get(name)
    with located(project.source.locate(("layouts", project.brochure.layouts.index(name)))):
        return project.layouts.get(name)


def font_families(project: Project, brand: model.Brand) -> list[FontFamily]:
    """The brand's body and heading families (one, if they are the same); raises BrochureError,
    naming the brand's field, for each family the catalog does not have."""
    families, problems = [], []
    for field_name, name in (("fonts.body", brand.body_font), ("fonts.heading", brand.heading_font)):
        try:
            with located(brand.location_of(field_name)):
                families.append(project.fonts.get(name))
        except BrochureError as exc:
            problems += exc.problems
    if problems:
        raise BrochureError(problems)
    return list(dict.fromkeys(families))


def images_of(brochure: model.Brochure, brand: model.Brand) -> list[tuple[Path, Location]]:
    """Every image the edition prints (the brand's logo too), with where it was named."""
    images = [(block.src, block.location) for s in brochure.sections for block in s.blocks
              if isinstance(block, model.Image)]
    if brand.logo:
        images.append((brand.logo, brand.location_of("logo")))
    return images


def output_path(out_dir: Path, edition_name: str, layout: str, options: Options = Options()) -> Path:
    """Where a PDF goes: `<edition>-<layout>.pdf`, or `<edition>-<layout>-print.pdf` for a print
    shop (--bleed or --cmyk), so that a print build never replaces the office PDFs."""
    suffix = "-print" if options.bleed > 0 or options.cmyk else ""
    return out_dir / f"{edition_name}-{layout}{suffix}.pdf"
