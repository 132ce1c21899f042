"""Page previews above the API, like the command line: images of the PDFs `api.build` makes
(`images`), and a local web page that rebuilds them when the content changes on disk (`live`,
`watch`, `server`, `static/`). Nothing in this package lays out pages or knows about ReportLab.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import Problem
from ..project import Options, Result

PREVIEW_FOLDER = "preview"  # inside the output folder, beside the PDFs


@dataclass
class Preview:
    """One edition's build result and the images made from its PDF."""

    result: Result
    images: list[Path] = field(default_factory=list)  # the contact sheet first, then one per page


def preview(content: Path, out_dir: Path, options: Options = Options(), dpi: float = 72,
            on_preview: Callable[[Preview], None] | None = None,
            on_plan: Callable[[int], None] | None = None,
            on_warning: Callable[[Problem], None] | None = None) -> list[Preview]:
    """Build the editions (the cache applies) and write PNGs of their pages and a contact sheet into
    `out_dir/preview/`. Raises BrochureError as `api.build` does (content that cannot be loaded, a
    leaflet past its review date); warnings about the whole leaflet go to on_warning."""
    from .. import api
    from ..i18n import language
    from ..layouts import catalog_for
    from .images import fold_lines, write_images

    layouts = catalog_for(content.parent)
    previews = []

    def made(result: Result) -> None:
        item = Preview(result)
        if result.ok:
            layout = layouts.get(result.job.layout)
            fold = fold_lines(layout.panels, layout.width, language(result.job.language).direction == "rtl") \
                if layout.fold else None
            try:
                item.images = write_images(result.path, out_dir / PREVIEW_FOLDER, dpi, fold)
            except OSError as exc:
                result.problems.append(Problem(f"cannot write the page images: {exc.strerror or exc}",
                                               hint="check the output folder is writable and has free space"))
        previews.append(item)
        if on_preview:
            on_preview(item)

    api.build(content, out_dir, options, made, on_plan, on_warning)
    return previews
