"""How many of a brochure's words each PDF reader gets back (copy, find, screen readers, indexing).

    python bench/readers.py [--lang en --lang ar ...] [--layout a4-leaflet] [--content content.yaml]

Builds the given languages (default: every language of the content) in one layout, then prints,
per reader, the share of the language's words found in the text that reader extracts (character
4-grams for zh, ja, th, lo, km, my): poppler (pdftotext), PDFium (pypdfium2), pdfminer.six, MuPDF
(pymupdf) where installed, and pdf.js (pdfjs-dist under Node, where node and npm are installed).
Reading and scoring are /work/shared/tools/readers.py's (the reference; without it the script says
so and stops); `tests/text/test_reader_words.py` keeps the same word rules for the tests. Measures
and prints; asserts nothing.
"""
from __future__ import annotations

import argparse
import importlib.util
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared/tools/readers.py")


def _scorer():
    """The shared readers tool as a module (its `texts`, `readers` and `coverage`)."""
    spec = importlib.util.spec_from_file_location("readers_tool", SHARED)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _mupdf_text(pdf: Path) -> str | None:
    try:
        import pymupdf
    except ImportError:
        return None
    with pymupdf.open(str(pdf)) as document:
        return "\n".join(page.get_text() for page in document)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--content", type=Path, default=REPO / "content.yaml")
    parser.add_argument("--lang", action="append", default=[])
    parser.add_argument("--layout", default="a4-leaflet")
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"needs {SHARED} (the scoring rules)", file=sys.stderr)
        return 2
    tool = _scorer()
    data = yaml.safe_load(args.content.read_text("utf-8"))
    langs = args.lang or data["languages"]
    out = Path(tempfile.mkdtemp(prefix="readers-"))
    command = [sys.executable, "-m", "brochure", "build", str(args.content), "-o", str(out), "--force",
               "--layout", args.layout, *[a for lang in langs for a in ("--lang", lang)]]
    subprocess.run(command, check=True, capture_output=True)
    table: dict[str, dict[str, float]] = {}
    for lang in langs:
        pdf = out / f"{data['id']}-{lang}-{args.layout}.pdf"
        source = [re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", t).replace("**", "").replace("*", "")
                  for t in tool.texts({k: v for k, v in data.items() if k not in ("references", "clinic")}, lang, [])]
        texts = tool.readers(pdf)
        mupdf = _mupdf_text(pdf)
        if mupdf is not None:
            texts["MuPDF"] = mupdf
        for reader, text in texts.items():
            table.setdefault(reader, {})[lang] = tool.coverage(source, text, lang)[0]
    print("| reader | " + " | ".join(langs) + " |")
    print("|---|" + "---|" * len(langs))
    for reader, shares in table.items():
        print(f"| {reader} | " + " | ".join(f"{shares.get(lang, 0) * 100:.1f}" for lang in langs) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
