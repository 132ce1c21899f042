"""Watch the files a brochure is built from (watchfiles) and say which of them changed."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".svg"}
WATCHED_FOLDERS = ("layouts", "fonts")  # beside content.yaml: every file in them counts


class Inputs:
    """Which paths a build reads: the content file, brand files, layouts/ and fonts/ beside the
    content, and images in its folder. The output folder never counts (builds write there)."""

    def __init__(self, content: Path, brand_files: tuple[Path, ...], out_dir: Path):
        self.folder = content.parent.resolve()
        self.files = {content.resolve(), *(path.resolve() for path in brand_files)}
        self.out_dir = out_dir.resolve()

    def folders(self) -> list[Path]:
        """What to watch: the content's folder and each brand file's (recursively)."""
        return sorted({self.folder, *(path.parent for path in self.files)})

    def __call__(self, change: object, name: str) -> bool:
        path = Path(name)
        if path in self.files:
            return True
        if path.is_relative_to(self.out_dir) or not path.is_relative_to(self.folder):
            return False
        inside = path.relative_to(self.folder).parts
        return inside[0] in WATCHED_FOLDERS or path.suffix.lower() in IMAGE_SUFFIXES


def start_watching(inputs: Inputs, on_change: Callable[[set[Path]], None], stop: threading.Event) -> threading.Thread:
    """A background thread calling `on_change` with each batch of changed inputs until `stop` is set."""
    import watchfiles

    def run() -> None:
        for changes in watchfiles.watch(*inputs.folders(), watch_filter=inputs, stop_event=stop, debounce=400,
                                        step=30, rust_timeout=500, raise_interrupt=False):
            on_change({Path(name) for _, name in changes})

    thread = threading.Thread(target=run, name="brochure-preview-watch", daemon=True)
    thread.start()
    return thread
