"""The command line: parse options, call the API, print results, choose the exit code."""
from __future__ import annotations

import json
import shutil
import signal
import sys
import traceback
from pathlib import Path

import click

from . import __version__
from .errors import BrochureError, Problem, UsageError

class ShardType(click.ParamType):
    """'I/N' with 1 <= I <= N."""

    name = "shard"

    def convert(self, value, param, ctx):
        try:
            index, count = (int(part) for part in str(value).split("/"))
        except ValueError:
            self.fail(f"{value!r} is not I/N, e.g. 2/4", param, ctx)
        if not 1 <= index <= count:
            self.fail(f"{value!r}: I must be between 1 and N", param, ctx)
        return index, count


SHARD = ShardType()


class LengthType(click.ParamType):
    """A length with its unit: 3mm, 0.125in, 9pt."""

    name = "length"

    def convert(self, value, param, ctx):
        from .layouts import length

        try:
            points = length(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a length; write it with its unit, e.g. 3mm or 0.125in", param, ctx)
        if not 0 <= points <= 36:
            self.fail(f"{value!r}: bleed must be between 0 and 0.5in", param, ctx)
        return points


LENGTH = LengthType()
CONTENT = click.argument("content", type=click.Path(dir_okay=False, path_type=Path), default="content.yaml")


class _Progress:
    """A one-line progress bar on a terminal (stderr), kept below the lines the build prints."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.total = self.done = 0

    def start(self, total: int) -> None:
        self.total = total
        self.draw()

    def advance(self) -> None:
        self.done += 1
        self.draw()

    def draw(self) -> None:
        if self.enabled and self.total:
            filled = round(30 * self.done / self.total)
            click.echo(f"\r[{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total}", nl=False, err=True)

    def clear(self) -> None:
        if self.enabled and self.total:
            click.echo("\r\033[K", nl=False, err=True)


def _print_problems(problems: list[Problem], indent: str = "", err: bool = True) -> None:
    for problem in problems:
        where = ", ".join(part for part in (problem.language, problem.layout) if part) if problem.layout else ""
        click.echo(f"{indent}{problem}" + (f" [{where}]" if where else ""), err=err)


def _usage_error(exc: UsageError) -> None:
    """A mistake in the command line: said once, exit status 2 (as click does for its own)."""
    for problem in exc.problems:
        click.echo(f"Error: {problem.message}" + (f" ({problem.hint})" if problem.hint else ""), err=True)
    sys.exit(2)


def _options(lang, layout, brand, fallback, allow_outside, allow_stale=False):
    from .project import Options

    unique = lambda values: tuple(dict.fromkeys(values))  # noqa: E731 - `-l en -l en` builds en once
    return Options(unique(lang), unique(layout), unique(brand), fallback, allow_outside, allow_stale=allow_stale)


def _shared(func):
    for decorator in reversed([
        click.option("--lang", "-l", multiple=True, metavar="TAG", help="Only this language (repeatable)."),
        click.option("--layout", multiple=True, metavar="NAME", help="Only this layout (repeatable)."),
        click.option("--brand", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
                     help="Build for the clinic in this brand file instead (repeatable)."),
        click.option("--fallback", is_flag=True,
                     help="Print the source language where a translation is missing (with a warning)."),
        click.option("--allow-outside-files", "allow_outside", is_flag=True,
                     help="Allow images and logos from outside the content file's folder."),
        click.option("--allow-stale", is_flag=True,
                     help="Print translations whose source text changed since they were made (with a warning)."),
    ]):
        func = decorator(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="brochure")
def main() -> None:
    """Build print-ready patient brochures from a content.yaml file."""


@main.command()
@CONTENT
@_shared
@click.option("--output", "-o", "out_dir", type=click.Path(file_okay=False, path_type=Path), default="out",
              show_default=True, help="Folder for the PDFs.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per core).")
@click.option("--force", is_flag=True, help="Rebuild PDFs whose inputs have not changed.")
@click.option("--shard", type=SHARD, default=None, metavar="I/N",
              help="Build only the I-th of N equal slices of the matrix (for CI matrices and job arrays).")
@click.option("--bleed", type=LENGTH, default=None, metavar="LENGTH",
              help="Print-shop PDF: extend backgrounds this far past the trim (e.g. 3mm or 0.125in), add crop marks.")
@click.option("--cmyk", is_flag=True, help="Print-shop PDF: brand colours as CMYK.")
@click.option("--impose", is_flag=True, help="For booklet layouts, also write the printer's spreads.")
@click.option("--no-tags", "no_tags", is_flag=True,
              help="Leave out the structure tree screen readers use (a slightly smaller PDF).")
@click.option("--draft", is_flag=True, help="Mark every page 'DRAFT - not for patients' (as status: draft does).")
@click.option("--allow-overdue", is_flag=True, help="Build a leaflet past its review date (with a warning).")
@click.option("--debug", is_flag=True, help="Show a traceback for internal errors.")
def build(content: Path, lang, layout, brand, fallback, allow_outside, allow_stale, out_dir: Path, jobs, force,
          shard, bleed, cmyk, impose, no_tags, draft, allow_overdue, debug: bool) -> None:
    """Build one PDF per language x layout (x brand) into the output folder."""
    from dataclasses import replace

    from . import api

    options = replace(_options(lang, layout, brand, fallback, allow_outside, allow_stale), jobs=jobs or 0,
                      force=force, shard=shard, bleed=bleed or 0.0, cmyk=cmyk, impose=impose, tags=not no_tags,
                      draft=draft, allow_overdue=allow_overdue)
    written = unchanged = failed = 0
    progress = _Progress()
    # SIGTERM unwinds like Ctrl-C, so a PDF being written is cleaned up and earlier ones stay intact.
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))

    def report(result: "api.Result") -> None:
        nonlocal written, unchanged, failed
        progress.clear()
        _print_problems(result.warnings, "  ")
        if result.unchanged:
            unchanged += 1
        elif result.ok:
            written += 1
            click.echo(f"wrote {result.path}")
        else:
            failed += 1
            click.echo(f"FAILED {result.job}:", err=True)
            _print_problems(result.problems, "  ")
        progress.advance()

    try:
        api.build(content, out_dir, options, report, progress.start, on_warning=lambda p: _print_problems([p]))
    except UsageError as exc:
        _usage_error(exc)
    except BrochureError as exc:
        _print_problems(list(exc.problems))
        sys.exit(1)
    except Exception:  # pragma: no cover - the last line of defence against tracebacks
        if debug:
            traceback.print_exc()
        click.echo("internal error; run again with --debug and report it", err=True)
        sys.exit(1)
    finally:
        progress.clear()
        signal.signal(signal.SIGTERM, previous)
    summary = f"{written} PDF{'s' if written != 1 else ''} written"
    summary += f", {unchanged} unchanged" if unchanged else ""
    click.echo(summary + (f", {failed} failed" if failed else ""), err=bool(failed))
    sys.exit(1 if failed else 0)


@main.command()
@CONTENT
@_shared
@click.option("--output", "-o", "out_dir", type=click.Path(file_okay=False, path_type=Path), default="out",
              show_default=True, help="Folder for the PDFs; the images go into its preview/ folder.")
@click.option("--dpi", type=click.IntRange(18, 600), default=72, show_default=True, help="Image resolution.")
def preview(content: Path, lang, layout, brand, fallback, allow_outside, allow_stale, out_dir: Path, dpi: int) -> None:
    """Build the editions and write PNGs of their pages and a contact sheet per edition."""
    from .preview import preview as make_previews

    failed = 0

    def report(item) -> None:
        nonlocal failed
        _print_problems(item.result.warnings, "  ")
        if item.result.ok:
            click.echo(f"wrote {item.images[0]} and {len(item.images) - 1} page images")
        else:
            failed += 1
            click.echo(f"FAILED {item.result.job}:", err=True)
            _print_problems(item.result.problems, "  ")

    try:
        make_previews(content, out_dir, _options(lang, layout, brand, fallback, allow_outside, allow_stale), dpi,
                      report, on_warning=lambda p: _print_problems([p]))
    except UsageError as exc:
        _usage_error(exc)
    except BrochureError as exc:
        _print_problems(list(exc.problems))
        sys.exit(1)
    sys.exit(1 if failed else 0)


@main.command()
@CONTENT
@click.option("--brand", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Also offer the clinic in this brand file (repeatable).")
@click.option("--output", "-o", "out_dir", type=click.Path(file_okay=False, path_type=Path), default="out",
              show_default=True, help="Folder for the PDFs.")
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="Port on 127.0.0.1 (0: any unused one).")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the web browser.")
def serve(content: Path, brand, out_dir: Path, port: int, open_browser: bool) -> None:
    """Show the brochure as page images on a local web page that rebuilds when files change."""
    from .preview.server import start

    try:
        running = start(content, out_dir, tuple(brand), port)
    except BrochureError as exc:
        _print_problems(list(exc.problems))
        sys.exit(1)
    except OSError as exc:
        click.echo(f"cannot listen on 127.0.0.1:{port}: {exc.strerror or exc} (choose another --port)", err=True)
        sys.exit(1)
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    try:  # from here on, Ctrl-C or termination stops the server cleanly
        click.echo(f"serving {content} at {running.url}  (Ctrl-C stops)")
        if open_browser:
            import webbrowser

            webbrowser.open(running.url)
        running.wait()
    except KeyboardInterrupt:
        pass
    finally:
        running.stop()
        signal.signal(signal.SIGTERM, previous)
        click.echo("stopped", err=True)


@main.command()
@CONTENT
@_shared
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
def check(content: Path, lang, layout, brand, fallback, allow_outside, allow_stale, fmt: str, strict: bool) -> None:
    """Report every problem a build would meet, without writing PDFs.

    Problems and the summary go to standard output, sorted by line; exit status 0 when clean, 1 with
    problems (warnings too with --strict), 2 for a usage mistake.
    """
    from . import api

    try:
        problems = api.check(content, _options(lang, layout, brand, fallback, allow_outside, allow_stale))
    except UsageError as exc:
        _usage_error(exc)
    except BrochureError as exc:  # BROCHURE_TODAY that is not a date
        _print_problems(list(exc.problems), err=False)
        sys.exit(2)
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    if fmt == "json":
        click.echo(json.dumps({"problems": [p.as_dict() for p in problems],
                               "errors": len(errors), "warnings": len(warnings)}, indent=2, ensure_ascii=False))
    else:
        _print_problems(problems, err=False)
        click.echo(f"{content}: {len(errors)} error(s), {len(warnings)} warning(s)")
    sys.exit(1 if errors or (strict and warnings) else 0)


@main.command()
@CONTENT
@_shared
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True)
@click.option("--output", "-o", "out_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the report to this file instead of standard output.")
def report(content: Path, lang, layout, brand, fallback, allow_outside, allow_stale, fmt: str,
           out_file: Path | None) -> None:
    """The figures to file with a leaflet's sign-off: reading level per language and section, page
    counts, review dates, contrast ratios."""
    from . import report as reports
    from .output import write_atomic

    try:
        figures = reports.collect(content, _options(lang, layout, brand, fallback, allow_outside, allow_stale))
    except UsageError as exc:
        _usage_error(exc)
    except BrochureError as exc:
        _print_problems(list(exc.problems))
        click.echo("cannot report on a content file with errors; `brochure check` lists them", err=True)
        sys.exit(1)
    text = {"text": reports.as_text, "markdown": reports.as_markdown, "json": reports.as_json}[fmt](figures)
    if out_file is None:
        click.echo(text, nl=False)
        return
    try:
        write_atomic(out_file, text.encode("utf-8"))
    except OSError as exc:
        click.echo(f"cannot write {out_file}: {exc.strerror or exc}", err=True)
        sys.exit(1)
    click.echo(f"wrote {out_file}", err=True)


@main.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), default=".")
def layouts(folder: Path) -> None:
    """List the layouts a brochure in FOLDER can use."""
    from .layouts import catalog_for

    catalog = catalog_for(folder)
    for name in catalog.names():
        try:
            description = catalog.get(name).description
        except BrochureError as exc:
            description = f"(invalid: {exc.problems[0]})"
        click.echo(f"{name:20} {description}")


@main.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), default=".")
def fonts(folder: Path) -> None:
    """List the font families a brochure in FOLDER can use, and the scripts each one draws."""
    from .fonts import STYLES, catalog_for, script_name

    catalog = catalog_for(folder)
    for key in sorted(catalog.families):
        family = catalog.families[key]
        styles = ", ".join(s for s in STYLES if s in family.files) + (" (bold drawn)" if family.synthetic_bold else "")
        scripts = ", ".join(script_name(code) for code, _ in family.scripts()) or "(no script: symbols only)"
        click.echo(f"{family.display_name:22} {styles:32} {family.files['Regular'].parent}\n{'':22} scripts: {scripts}")


@main.command()
def languages() -> None:
    """List the languages with built-in page furniture (page numbers, "Contact us"...): tag, name,
    script, direction, bundled font and how lines break. Others need a strings: block in content.yaml."""
    from .fonts import SCRIPT_FONTS, catalog_for, script_name, writing_scripts
    from .i18n import builtin_languages, builtin_strings, language

    families = catalog_for(None).families
    click.echo(f"{'tag':8} {'name':18} {'script':24} {'dir':4} {'font':32} line breaking")
    for tag in builtin_languages():
        lang = language(tag)
        scripts = writing_scripts(" ".join(builtin_strings(tag).values()))
        stems = dict.fromkeys(SCRIPT_FONTS[code][0] for code in scripts if code in SCRIPT_FONTS)
        fonts = ", ".join(families[stem.lower()].display_name for stem in stems if stem.lower() in families)
        click.echo(f"{tag:8} {_pad(lang.own_name, 18)} {' + '.join(map(script_name, scripts)):24} "
                   f"{lang.direction:4} {fonts:32} {lang.line_breaking}")


def _pad(text: str, width: int) -> str:
    """`text` padded to `width` terminal columns (CJK characters take two, combining marks none)."""
    import unicodedata

    columns = sum(0 if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf")
                  else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(width - columns, 0)


@main.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
def init(folder: Path) -> None:
    """Start a new brochure project in FOLDER (a short content.yaml, a logo, a README)."""
    target = folder / "content.yaml"
    if target.exists():
        click.echo(f"{target} already exists; choose an empty folder", err=True)
        sys.exit(1)
    shutil.copytree(Path(__file__).parent / "templates" / "init", folder, dirs_exist_ok=True)
    click.echo(f"created {target}\nbuild it with:  cd {folder} && brochure build")


@main.group()
def translate() -> None:
    """Exchange translations with translators (XLIFF 2.1 or PO) and keep them in step with the source."""


def _reported(func):
    """Problems printed with their place, exit 1; anything unexpected said in one line, no traceback."""
    import functools

    @functools.wraps(func)
    def run(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except BrochureError as exc:
            _print_problems(list(exc.problems))
        except Exception as exc:  # pragma: no cover - the last line of defence against tracebacks
            click.echo(f"internal error: {type(exc).__name__}: {exc}; please report it with the files", err=True)
        sys.exit(1)

    return run


@translate.command("export")
@CONTENT
@click.option("--lang", "-l", multiple=True, metavar="TAG", help="Only this language (repeatable); default: all.")
@click.option("--format", "fmt", type=click.Choice(["xliff", "po"]), default="xliff", show_default=True)
@click.option("--output", "-o", "out", type=click.Path(path_type=Path), default="translations", show_default=True,
              help="Folder for the files; with one --lang, a file name ending in .xlf or .po is the file.")
@_reported
def translate_export(content: Path, lang, fmt: str, out: Path) -> None:
    """Write one file per target language for a translator or a translation tool."""
    from . import api

    for path in api.export_translations(content, out, tuple(lang), fmt):
        click.echo(f"wrote {path}")


@translate.command("import", short_help="Take translated XLIFF or PO files back into the content file.")
@click.argument("paths", nargs=-1, required=True, metavar="FILE... [CONTENT]",
                type=click.Path(dir_okay=False, path_type=Path))
@_reported
def translate_import(paths: tuple[Path, ...]) -> None:
    """Take translated XLIFF or PO files back into the content file (CONTENT, a .yaml file; default
    content.yaml). Any problem in any file: nothing is written."""
    from . import api

    content = Path("content.yaml")
    files = list(paths)
    if files[-1].suffix.lower() in (".yaml", ".yml"):
        content = files.pop()
    if not files:
        raise click.UsageError("name at least one XLIFF or PO file to import")
    outcomes, warnings = api.import_translations(files, content)
    _print_problems(warnings)
    for o in outcomes:
        counts = ", ".join(f"{len(ids)} {name}" for name, ids in (
            ("new", o.new), ("updated", o.updated), ("confirmed", o.confirmed), ("unchanged", o.unchanged),
            ("not finished", o.unfinished), ("skipped", o.skipped)) if ids)
        click.echo(f"{o.path} ({o.language}): {counts or 'nothing to import'}")
        for name, ids in (("new", o.new), ("updated", o.updated), ("confirmed", o.confirmed)):
            for unit_id in ids:
                click.echo(f"  {name}: {unit_id}")


@translate.command("status")
@CONTENT
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--strict", is_flag=True, help="Exit 1 when any text is missing or stale.")
@_reported
def translate_status(content: Path, fmt: str, strict: bool) -> None:
    """How far each language is: texts translated, missing and stale."""
    from . import api

    found = api.translation_status(content)
    if fmt == "json":
        click.echo(json.dumps({"languages": [s.as_dict() for s in found]}, indent=2))
    else:
        click.echo(f"{'language':10} {'translated':>10} {'missing':>8} {'stale':>6} {'done':>7}")
        for s in found:
            note = f"  ({s.unrecorded} not in the record: brochure translate confirm --lang {s.language})" \
                if s.unrecorded else ""
            click.echo(f"{s.language:10} {s.translated:>10} {s.missing:>8} {s.stale:>6} {s.percent:>6.1f}%{note}")
    sys.exit(1 if strict and any(s.missing or s.stale for s in found) else 0)


@translate.command("confirm")
@CONTENT
@click.option("--lang", "-l", multiple=True, required=True, metavar="TAG",
              help="The language whose translations you checked (repeatable).")
@_reported
def translate_confirm(content: Path, lang) -> None:
    """Mark a language's present translations as current, after updating them in content.yaml."""
    from . import api

    counts = api.confirm_translations(content, tuple(lang))
    for tag, count in counts.items():
        click.echo(f"{tag}: {count} translation(s) marked current")
