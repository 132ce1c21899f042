"""Shared test helpers: build into temporary folders and read PDFs back."""
from __future__ import annotations

import re
import shutil
import unicodedata
from collections import Counter
from pathlib import Path

import pdfplumber
from click.testing import CliRunner, Result

from brochure.cli import main
from brochure.markup import plain

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path | None = None) -> Result:
    """Run the command line in-process, as a user would type it."""
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(main, list(args))
    with runner.isolated_filesystem(temp_dir=cwd):
        return runner.invoke(main, list(args))


def init_project(folder: Path) -> Path:
    """A fresh `brochure init` project; returns its content file."""
    result = run("init", str(folder))
    assert result.exit_code == 0, result.output
    return folder / "content.yaml"


def copy_sample(folder: Path) -> Path:
    """The repository's sample brochure copied into `folder`; returns its content file."""
    shutil.copy(REPO / "content.yaml", folder / "content.yaml")
    shutil.copytree(REPO / "assets", folder / "assets")
    return folder / "content.yaml"


def pdf_text(path: Path, furniture: bool = True) -> str:
    """The PDF's text; without furniture, each page's first and last line (running head, footer) go."""
    with pdfplumber.open(path) as pdf:
        pages = [(page.extract_text() or "").splitlines() for page in pdf.pages]
    return "\n".join("\n".join(lines if furniture else lines[1:-1]) for lines in pages)


def words(text: str) -> list[str]:
    """Words as a reader sees them, with line-end hyphenation undone and punctuation dropped."""
    text = re.sub(r"-\n", "", text)
    return [w for w in (re.sub(r"[\W_]+", "", w).lower() for w in text.split()) if w]


def missing_words(content_texts: list[str], pdf: Path) -> list[str]:
    """Words of the content (markup removed) that the PDF's text does not contain."""
    printed = set(words(pdf_text(pdf)))
    blob = "".join(words(pdf_text(pdf, furniture=False)))  # long addresses may be split over lines, even pages
    return [w for t in content_texts for w in words(plain(t)) if w not in printed and not (len(w) > 12 and w in blob)]


def replace_in(path: Path, old: str, new: str, count: int = 1) -> Path:
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), "utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    """1-based number of the first line containing `needle`."""
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def letters(text: str) -> Counter[str]:
    """Letters and digits only, in compatibility form (Arabic presentation forms become letters)."""

    text = unicodedata.normalize("NFKC", text)
    return Counter(c for c in text if unicodedata.category(c)[0] in "LN")


def missing_letters(content_texts: list[str], pdf: Path) -> dict[str, int]:
    """For shaped and right-to-left scripts, where text extraction reorders and splits words: the
    letters of the content (counted) that the PDF does not hold. Uses PDFium's extraction, which
    reads the shaped glyphs' /ToUnicode and /ActualText."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    printed = letters("\n".join(page.get_textpage().get_text_range() for page in document))
    wanted = letters(" ".join(plain(t) for t in content_texts))
    return {c: n - printed[c] for c, n in wanted.items() if printed[c] < n}



_NOT_TEXT = ("id", "alt", "style", "lines", "width", "logo", "src", "colors", "fonts", "qr", "email", "website",
             "author", "reviewed_by", "published", "next_review")  # the review record: names not printed, dates localised


def texts_for(content: Path, lang: str) -> list[str]:
    """Every printed text of one language in a content file (headings, paragraphs, items, cells...);
    alt texts are left out: they are for screen readers, not printed."""
    import yaml

    data = yaml.safe_load(content.read_text("utf-8"))
    found: list[str] = []

    def walk(value) -> None:
        if isinstance(value, dict) and lang in value and all(isinstance(v, str) for v in value.values()):
            found.append(value[lang])
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in _NOT_TEXT:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            found.append(value)

    walk({k: v for k, v in data.items() if k not in ("id", "languages", "layouts", "updated", "sections_for")})
    return found
