"""The build matrix: each language x layout x brand rendered and written, in parallel worker
processes, skipping PDFs whose inputs have not changed; one failure never stops the others."""
from __future__ import annotations

import os
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from .cache import Cache
from .errors import BrochureError, Problem
from .output import remove_stale_temporaries, write_atomic
from .pipeline import edition_and_key, make_pdf, output_path
from .project import Job, Options, Project, Result


def shard(jobs: list[Job], index: int, count: int) -> list[Job]:
    """The `index`-th (1-based) of `count` disjoint slices that together cover `jobs`."""
    ordered = sorted(jobs, key=str)
    return [job for i, job in enumerate(ordered) if i % count == index - 1]


@dataclass
class _Batch:
    project: Project
    out_dir: Path
    options: Options
    jobs: list[Job]


_BATCH: _Batch | None = None  # what forked workers inherit


def run(project: Project, jobs: list[Job], out_dir: Path, options: Options,
        on_result: Callable[[Result], None] | None = None) -> list[Result]:
    """Build the jobs; each result (built, unchanged or failed) goes to on_result as it comes."""
    global _BATCH
    remove_stale_temporaries(out_dir)
    cache = Cache(out_dir)
    results: list[Result | None] = [None] * len(jobs)
    keys: dict[int, str] = {}
    for index, job in enumerate(jobs):
        result, keys[index] = _plan_one(project, job, out_dir, options, cache)
        if result:
            results[index] = result
            if on_result:
                on_result(result)
    todo = [index for index, result in enumerate(results) if result is None]
    _BATCH = _Batch(project, out_dir, options, jobs)
    try:
        for index, result in _execute(todo, options.jobs or os.cpu_count() or 1):
            if result.ok:
                cache.record(result.path, keys[index])
            results[index] = result
            if on_result:
                on_result(result)
    finally:
        _BATCH = None
        if todo:
            out_dir.mkdir(parents=True, exist_ok=True)
            cache.save()
    return [result for result in results if result is not None]


def _plan_one(project: Project, job: Job, out_dir: Path, options: Options,
              cache: Cache) -> tuple[Result | None, str]:
    """A finished Result if the job can be skipped or cannot start; else its cache key."""
    try:
        edition, key = edition_and_key(project, job, options)
    except BrochureError as exc:
        return Result(job, problems=list(exc.problems)), ""
    path = output_path(out_dir, edition.name, job.layout, options)
    if not options.force and cache.fresh(path, key):
        return Result(job, path, warnings=list(edition.warnings), unchanged=True), key  # warnings (a stale text printed) still said
    return None, key


def _execute(todo: list[int], workers: int) -> Iterator[tuple[int, Result]]:
    """Build the jobs at these indexes, in this process or in forked worker processes."""
    if workers <= 1 or len(todo) <= 1:
        yield from map(_build, todo)
        return
    import multiprocessing  # here: a one-edition build does not pay for importing these
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    _warm_up()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(min(workers, len(todo)), mp_context=context, initializer=_worker_signals) as pool:
        futures = {pool.submit(_build, index): index for index in todo}
        for future in as_completed(futures):
            try:
                yield future.result()
            except BrokenProcessPool:  # a worker was killed (out of memory, signal): say so, keep going
                index = futures[future]
                yield index, Result(_BATCH.jobs[index], problems=[Problem(
                    "the worker process building this PDF died", hint="run again with --jobs 1 to see why")])


def _worker_signals() -> None:
    """Workers leave Ctrl-C and termination to the parent, which stops the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _warm_up() -> None:
    """Import ReportLab and register the fonts once, before forking, so workers inherit them."""
    assert _BATCH is not None
    import brochure.render  # noqa: F401 - the import is the warm-up

    brands = {id(b): b for b in [_BATCH.project.brochure.brand, *_BATCH.project.brands]}
    for brand in brands.values():
        for name in (brand.body_font, brand.heading_font):
            try:
                _BATCH.project.fonts.get(name).register()
            except BrochureError:
                pass  # reported per edition by the job itself


def _build(index: int) -> tuple[int, Result]:
    """Prepare, render and write the index-th PDF; problems are returned, never raised."""
    assert _BATCH is not None
    job = _BATCH.jobs[index]
    result = Result(job)
    try:
        edition, pdf, result.warnings = make_pdf(_BATCH.project, job, _BATCH.options)
        path = output_path(_BATCH.out_dir, edition.name, job.layout, _BATCH.options)
        write_atomic(path, pdf)
        if _BATCH.project.layouts.get(job.layout).booklet:  # printer's spreads beside it, or none
            from .impose import impose, spreads_name

            spreads = path.with_name(spreads_name(path.name))
            if _BATCH.options.impose:
                write_atomic(spreads, impose(pdf, edition.language.direction == "rtl"))
            else:
                spreads.unlink(missing_ok=True)  # made from an earlier booklet: it would no longer match
        result.path = path
    except BrochureError as exc:
        result.problems = list(exc.problems)
    except OSError as exc:
        result.problems = [Problem(f"cannot write the PDF: {exc.strerror or exc}",
                                   hint="check the output folder exists, is writable and has free space")]
    except Exception as exc:  # a bug must not stop the rest of the batch
        result.problems = [Problem(f"internal error: {type(exc).__name__}: {exc}",
                                   hint="please report this with the content file")]
    return index, result
