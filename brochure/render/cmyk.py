"""CMYK for a print shop: colours (the brand guide's own values where it gives them) and raster images.

A colour is converted when it is set on the canvas (ReportLab's `enforceColorSpace`), so paragraphs,
tables and drawings all print in CMYK. A brand colour written with its CMYK values
(`primary: {rgb: "#1F4E79", cmyk: [89, 58, 10, 30]}`) prints with exactly those; any other colour is
converted with full black generation (grey is printed with black ink only).

Raster images are converted when they are drawn: an image carrying an ICC profile is first brought
to sRGB with littleCMS (Pillow's ImageCms), then converted with the same formula as the colours, so
that a photo and the brand band beside it match. Pillow ships no CMYK output profile (a press
profile such as FOGRA39 is licensed separately), so this is a device CMYK conversion: a print shop
that needs a profile applies it in its own workflow.
"""
from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Mapping

from reportlab.lib.colors import CMYKColor, Color, toColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas


def to_cmyk(color: Any) -> CMYKColor:
    """Any ReportLab colour as CMYK (a naive conversion without an ICC profile; greys on black ink only)."""
    color = toColor(color)
    if isinstance(color, CMYKColor):
        return color
    if not isinstance(color, Color):
        raise ValueError(f"not a colour: {color!r}")
    r, g, b = color.red, color.green, color.blue
    k = 1 - max(r, g, b)
    if k >= 1:
        c = m = y = 0.0
    else:
        c, m, y = ((1 - v - k) / (1 - k) for v in (r, g, b))
    return CMYKColor(*(round(v, 4) for v in (c, m, y, k)), alpha=color.alpha)


def converter(inks: Mapping[str, tuple[float, ...]]) -> Callable[[Any], CMYKColor]:
    """A canvas's `enforceColorSpace`: a colour whose '#RRGGBB' is in `inks` prints with the CMYK
    given there (percent), any other is converted by `to_cmyk`."""
    given = {rgb.lower(): tuple(v / 100 for v in cmyk) for rgb, cmyk in inks.items()}

    def convert(color: Any) -> CMYKColor:
        color = toColor(color)
        if isinstance(color, Color) and not isinstance(color, CMYKColor):
            own = given.get("#" + color.hexval()[2:].lower())
            if own:
                return CMYKColor(*own, alpha=color.alpha)
        return to_cmyk(color)

    return convert


@lru_cache(maxsize=32)
def _cmyk_image(path: Path, mtime: float):  # mtime: part of the cache key, so an edited file is read again
    from PIL import Image, ImageChops, ImageCms, ImageMath

    with Image.open(path) as img:
        img.load()
        if img.mode == "CMYK":
            return img.copy()
        profile = img.info.get("icc_profile")
        if img.mode in ("LA", "RGBA", "PA", "P") or "transparency" in img.info:
            rgba = img.convert("RGBA")
            img = Image.alpha_composite(Image.new("RGBA", rgba.size, "white"), rgba)  # paper shows through
        img = img.convert("RGB")
    if profile:
        try:
            img = ImageCms.profileToProfile(img, ImageCms.ImageCmsProfile(io.BytesIO(profile)),
                                            ImageCms.createProfile("sRGB"), outputMode="RGB")
        except ImageCms.PyCMSError:
            pass  # a damaged profile: the pixels are taken as sRGB, as a browser would
    r, g, b = img.split()
    lightest = ImageChops.lighter(ImageChops.lighter(r, g), b)
    inks = [ImageMath.lambda_eval(lambda e: (e["m"] - e["v"]) * 255 / e["m"], m=lightest, v=v).convert("L")
            for v in (r, g, b)]  # (1 - v - k) / (1 - k) with k = 1 - max(r, g, b)
    return Image.merge("CMYK", (*inks, ImageChops.invert(lightest)))


def cmyk_image(path: str | Path):
    """The raster image at `path` as a CMYK Pillow image (alpha flattened onto white paper)."""
    path = Path(path)
    return _cmyk_image(path, path.stat().st_mtime)


class PrintCanvas(Canvas):
    """A canvas that, when it prints CMYK (`enforceColorSpace` given), converts raster images too."""

    def drawImage(self, image, *args, **kwargs):
        if self._enforceColorSpace is not None:
            # a file name (a JPEG), or an ImageReader the Image flowable opened on one (a PNG)
            path = getattr(image, "fileName", None) if isinstance(image, ImageReader) else image
            if isinstance(path, (str, Path)):
                image = ImageReader(cmyk_image(path))
        return super().drawImage(image, *args, **kwargs)
