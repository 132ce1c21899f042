"""Images from the content folder: checked before use (real image, sane size, no external links)."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import BrochureError, Location, Problem

MAX_PIXELS = 40_000_000  # about 6300 x 6300: far beyond any leaflet image at 300 dpi
SVG_SUFFIXES = (".svg",)
_EXTERNAL_SVG_REF = re.compile(rb"""(?:href|src)\s*=\s*["'](?!#)(?!data:)""", re.I)
_SVG_ENTITY = re.compile(rb"<!ENTITY", re.I)


@dataclass(frozen=True)
class Picture:
    """An image ready to place: a raster file or a vector drawing, with its natural size in points."""

    path: Path
    width: float
    height: float
    dpi: float | None  # effective resolution at natural size (None for vector images)
    is_vector: bool

    @property
    def pixels_wide(self) -> float:
        """Width in pixels (raster images only)."""
        return self.width * (self.dpi or 72) / 72


@lru_cache(maxsize=256)
def _picture(path: Path, mtime: float) -> Picture:  # mtime: part of the cache key, so an edited file is read again
    if path.suffix.lower() in SVG_SUFFIXES:
        drawing = _svg_drawing(path, mtime)
        return Picture(path, drawing.width, drawing.height, None, True)
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(path) as img:
            if img.format not in ("PNG", "JPEG"):
                raise ValueError(f"it is a {img.format} image; use PNG, JPEG or SVG")
            img.verify()
        with Image.open(path) as img:
            img.load()  # verify() does not decode: a truncated file fails only here
            width_px, height_px = img.size
            dpi = float((img.info.get("dpi") or (96, 96))[0]) or 96.0
    except Image.DecompressionBombError:
        raise ValueError(f"it has more than {MAX_PIXELS:,} pixels; resize it to at most 3000 pixels wide") from None
    except UnidentifiedImageError:
        raise ValueError("it is not a PNG or JPEG image (or it is damaged)") from None
    except (OSError, SyntaxError) as exc:
        raise ValueError(f"the image file is damaged ({exc})") from None
    return Picture(path, width_px * 72 / dpi, height_px * 72 / dpi, dpi, False)


def picture(path: Path, location: Location) -> Picture:
    """Load and check an image; raises BrochureError naming where it was used."""
    try:
        return _picture(path, path.stat().st_mtime)
    except OSError as exc:
        raise BrochureError.at(location, f"cannot read image {path.name}: {exc.strerror}")
    except ValueError as exc:
        raise BrochureError.at(location, f"cannot use image {path.name}: {exc}",
                               "export it again as PNG, JPEG or plain SVG")


@lru_cache(maxsize=64)
def _svg_drawing(path: Path, mtime: float):
    """The SVG as a ReportLab drawing, refusing entities and references to other files (parsed once)."""
    data = path.read_bytes()
    if _SVG_ENTITY.search(data):
        raise ValueError("the SVG declares XML entities")
    if _EXTERNAL_SVG_REF.search(data):
        raise ValueError("the SVG refers to other files or web addresses; embed everything in the file")
    from svglib.svglib import svg2rlg

    logging.getLogger("svglib").setLevel(logging.ERROR)
    try:
        drawing = svg2rlg(str(path))
    except Exception as exc:  # svglib raises many kinds of errors for bad input
        raise ValueError(f"the SVG cannot be read ({type(exc).__name__})") from None
    if drawing is None or not drawing.width or not drawing.height:
        raise ValueError("the SVG is empty or has no size")
    return drawing


def flowable(pic: Picture, width: float, max_height: float):
    """A ReportLab flowable showing `pic` at `width` points wide (less if taller than max_height)."""
    scale = min(width / pic.width, max_height / pic.height)
    if pic.is_vector:
        from reportlab.graphics.shapes import Drawing, Group

        source = _svg_drawing(pic.path, pic.path.stat().st_mtime)
        group = Group(*source.contents, transform=(scale, 0, 0, scale, 0, 0))
        drawing = Drawing(pic.width * scale, pic.height * scale)
        drawing.add(group)
        return drawing
    from reportlab.platypus import Image

    return Image(str(pic.path), width=pic.width * scale, height=pic.height * scale)


def check_images(paths: list[tuple[Path, Location]]) -> list[Problem]:
    """Problems with any of the images (each checked once)."""
    problems = []
    for path, location in paths:
        try:
            picture(path, location)
        except BrochureError as exc:
            problems.extend(exc.problems)
    return problems
