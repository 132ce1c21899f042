"""Incremental builds: a fingerprint of everything that shapes a PDF's bytes, kept beside the PDFs.

The cache is one JSON file in the output folder; deleting it only costs a full rebuild.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from . import __version__
from .errors import Location

CACHE_FILE = ".brochure-cache.json"
UNPRINTED = {"reading_targets"}  # model fields that only `brochure check` reads


def _canonical(value: Any) -> Any:
    """A JSON-able form of a model value, without source positions (moving a line changes no PDF) and
    without what is never printed."""
    if isinstance(value, Location):
        return None
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [type(value).__name__, {f.name: _canonical(getattr(value, f.name))
                                       for f in dataclasses.fields(value) if f.name not in UNPRINTED}]
    if isinstance(value, (tuple, list)):
        return [_canonical(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in sorted(value.items())}
    if isinstance(value, Path):
        return str(value)
    return value if isinstance(value, (str, int, float, bool, type(None))) else str(value)


def _file_digest(path: Path) -> str:
    """Size and modification time for large files (fonts), content hash for the rest."""
    stat = path.stat()
    if stat.st_size > 1_000_000:
        return f"{stat.st_size}:{stat.st_mtime_ns}"
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprint(edition: Any, layout_file: Path, files: list[Path], options: Any) -> str:
    """A key that changes whenever anything affecting this PDF changes."""
    parts = {
        "version": __version__,
        "edition": _canonical(edition),
        "layout": _file_digest(layout_file),
        "files": {str(p): _file_digest(p) for p in sorted(set(files))},
        "options": _canonical(options),
        "epoch": os.environ.get("SOURCE_DATE_EPOCH", ""),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


class Cache:
    """Output file name -> fingerprint of the inputs that produced it."""

    def __init__(self, folder: Path):
        self.path = folder / CACHE_FILE
        try:
            self.entries: dict[str, str] = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            self.entries = {}

    def fresh(self, output: Path, key: str) -> bool:
        """True when `output` exists and was built from inputs with this fingerprint."""
        return self.entries.get(output.name) == key and output.is_file()

    def record(self, output: Path, key: str) -> None:
        self.entries[output.name] = key

    def save(self) -> None:
        """Write the cache; if that fails (a full disk), the next build simply rebuilds everything."""
        from .output import write_atomic

        try:
            write_atomic(self.path, json.dumps(self.entries, indent=1, sort_keys=True).encode())
        except OSError:
            pass
