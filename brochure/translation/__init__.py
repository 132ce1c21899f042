"""Translation beside the model: the texts a translator works on, exchanged as XLIFF 2.1 or PO.

Translations live in `content.yaml`, beside the source text, as they always have: one source of truth
that `build` reads. `brochure translate import` writes a translator's file back into it with a
round-trip YAML editor (comments, key order and layout kept). Beside it, `<content>.translations.json`
(the record) says which source text each translation was made from, so a source edited afterwards
makes that translation stale; `edition.py` asks the record before printing a translation.

Modules, one job each: `units` (the texts to translate, with stable ids), `inline` (our inline
markup as a tree of codes, and what a translation must keep of it), `record` (the record: current,
stale or unrecorded), `xliff` and `po` (write and read exchange files), `importer` (match a file
against the brochure, decide what changes), `yamledit` (write translations into content.yaml),
`progress` (translated, missing and stale per language). lxml, polib and ruamel.yaml are imported
only by the modules that need them, so a build never loads them.
"""
from __future__ import annotations

from pathlib import Path


def record_path(content: Path) -> Path:
    """Where the translation record of a content file is: content.yaml -> content.translations.json."""
    return content.with_name(f"{content.stem}.translations.json")
