"""The build matrix: each language x layout x brand rendered and written, failures kept apart."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from .errors import BrochureError, Problem
from .output import remove_stale_temporaries, write_atomic

if TYPE_CHECKING:
    from .api import Options, Project, Result
    from .model import Brand


@dataclass(frozen=True)
class Job:
    """One PDF to make."""

    language: str
    layout: str
    brand: "Brand | None" = None

    def __str__(self) -> str:
        brand = f"{self.brand.id}/" if self.brand else ""
        return f"{brand}{self.language}/{self.layout}"


def run_jobs(project: "Project", jobs: list[Job], out_dir: Path, options: "Options",
             on_result: "Callable[[Result], None] | None" = None) -> "list[Result]":
    """Build each job; every result (success or failure) is reported to on_result as it comes."""
    remove_stale_temporaries(out_dir)
    results = []
    for job in jobs:
        result = run_job(project, job, out_dir, options)
        results.append(result)
        if on_result:
            on_result(result)
    return results


def run_job(project: "Project", job: Job, out_dir: Path, options: "Options") -> "Result":
    """Prepare, render and write one PDF; problems are returned, never raised."""
    from . import api

    result = api.Result(job)
    try:
        edition, pdf, result.warnings = api.make_pdf(project, job, options)
        path = api.output_path(out_dir, edition.name, job.layout)
        write_atomic(path, pdf)
        result.path = path
    except BrochureError as exc:
        result.problems = list(exc.problems)
    except OSError as exc:
        result.problems = [Problem(f"cannot write the PDF: {exc.strerror or exc}", hint="check the output folder "
                                   "exists, is writable and has free space")]
    except Exception as exc:  # a bug must not stop the rest of the batch
        result.problems = [Problem(f"internal error: {type(exc).__name__}: {exc}",
                                   hint="please report this with the content file")]
    return result
