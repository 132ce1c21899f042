"""The layout catalog: page geometry and type sizes, from YAML files in `layouts/` folders."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import schema, source
from .errors import BrochureError, Problem
from .resources import bundled

_PAGE_SIZES_MM = {"A3": (297, 420), "A4": (210, 297), "A5": (148, 210), "letter": (215.9, 279.4), "legal": (215.9, 355.6)}
_UNITS = {"pt": 1.0, "mm": 72 / 25.4, "cm": 720 / 25.4, "in": 72.0}
_LENGTH = re.compile(r"^(-?[0-9]+(?:\.[0-9]+)?)\s*(mm|cm|in|pt)$")


def length(value: str | float) -> float:
    """'18mm' / '0.5in' / '12pt' / 12 -> points."""
    if isinstance(value, (int, float)):
        return float(value)
    match = _LENGTH.match(value.strip())
    if not match:
        raise ValueError(f"not a length: {value!r}")
    return float(match.group(1)) * _UNITS[match.group(2)]


@dataclass(frozen=True)
class Layout:
    """A layout, with every length in points."""

    name: str
    description: str
    path: Path
    width: float
    height: float
    top: float
    bottom: float
    left: float
    right: float
    columns: int
    gutter: float
    body_size: float
    leading: float
    cover_band: float
    back_page: bool
    hyphenate: bool
    italics: bool = True  # False: *emphasis* is printed bold (large print)
    min_contrast: float = 4.5  # WCAG ratio the brand's primary colour must reach against white
    furniture_size: float = 10.5  # running head and page-number footer
    min_size: float = 0.0  # folds: smallest body size to shrink to (0: the body size)
    panels: tuple[float, ...] = ()  # folds: inside panel widths, left to right (empty: not a fold)
    booklet: bool = False  # page count padded to a multiple of 4; --impose writes spreads
    overflow: tuple[str, ...] = ()  # folds: outside panels ('flap', 'back') taking whole blocks the inside cannot hold

    @property
    def fold(self) -> bool:
        """A folded leaflet: two sides of one sheet, each cut into panels."""
        return bool(self.panels)

    @property
    def column_width(self) -> float:
        """The width text is set in (for a fold: the narrowest panel less its margins)."""
        if self.panels:
            return min(self.panels) - self.left - self.right
        return (self.width - self.left - self.right - self.gutter * (self.columns - 1)) / self.columns


def _from_source(name: str, src: source.Source) -> Layout:
    problems = schema.validate(src, "layout")
    if problems:
        raise BrochureError(problems)
    data = src.data
    page = data["page"]
    if "size" in page:
        width, height = (v * _UNITS["mm"] for v in _PAGE_SIZES_MM[page["size"]])
    else:
        width, height = length(page["width"]), length(page["height"])
    if page.get("orientation", "portrait") == "landscape":
        width, height = max(width, height), min(width, height)
    margins = {side: length(data.get("margins", {}).get(side, "18mm")) for side in ("top", "bottom", "left", "right")}
    body = data.get("body", {})
    layout = Layout(
        name=name, description=data["description"], path=src.path, width=width, height=height,
        columns=data.get("columns", 1), gutter=length(data.get("gutter", "8mm")),
        body_size=float(body.get("size", 12)), leading=float(body.get("leading", 1.4)),
        cover_band=length(data.get("cover", {}).get("band", "50mm")), back_page=data.get("back_page", True),
        hyphenate=data.get("hyphenate", False), italics=data.get("italics", True),
        min_contrast=float(data.get("min_contrast", 4.5)),
        furniture_size=float(data.get("furniture", {}).get("size", 10.5)),
        min_size=float(body.get("min_size", 0)), panels=tuple(length(w) for w in data.get("fold", {}).get("panels", ())),
        booklet=data.get("booklet", False), overflow=tuple(data.get("fold", {}).get("overflow", ())),
        **margins,
    )
    _check_geometry(layout, src)
    return layout


def _check_geometry(layout: Layout, src: source.Source) -> None:
    problems = [
        Problem(f"margin '{side}' is negative", src.locate(("margins", side)), "use a length of 0 or more")
        for side in ("top", "bottom", "left", "right") if getattr(layout, side) < 0
    ]
    if layout.column_width < 72:
        problems.append(Problem(
            f"the columns are {layout.column_width / _UNITS['mm']:.0f} mm wide, too narrow to print text "
            "(the margins and gutters take up the page)", src.locate(("margins",)),
            "reduce the margins, the gutter or the number of columns",
        ))
    if layout.panels and abs(sum(layout.panels) - layout.width) > 1:
        problems.append(Problem(
            f"the fold's panels add up to {sum(layout.panels) / _UNITS['mm']:.1f} mm, but the page is "
            f"{layout.width / _UNITS['mm']:.1f} mm wide", src.locate(("fold", "panels")),
            "make the panel widths add up to the page width"))
    if "flap" in layout.overflow and len(layout.panels) < 3:
        problems.append(Problem("only a fold of three panels has a flap", src.locate(("fold", "overflow")),
                                "remove flap from overflow"))
    if layout.min_size > layout.body_size:
        problems.append(Problem(f"body min_size {layout.min_size:g} is larger than the body size {layout.body_size:g}",
                                src.locate(("body", "min_size")), "use a min_size from 9 up to the body size"))
    text_height = layout.height - layout.top - layout.bottom
    if text_height < layout.cover_band + 6 * layout.body_size * layout.leading:
        problems.append(Problem("the top and bottom margins leave no room for text", src.locate(("margins",)),
                                "reduce the top or bottom margin or the cover band"))
    if problems:
        raise BrochureError(problems)


class LayoutCatalog:
    """Layouts found in the bundled folder and in a clinic's own `layouts/` folder (which wins)."""

    def __init__(self, folders: list[Path]):
        self.files: dict[str, Path] = {}
        for folder in [bundled("layouts"), *folders]:
            if folder.is_dir():
                self.files.update({p.stem: p for p in sorted(folder.glob("*.yaml"))})

    def names(self) -> list[str]:
        return sorted(self.files)

    def get(self, name: str) -> Layout:
        """The layout called `name`; raises BrochureError if unknown or invalid."""
        if name not in self.files:
            import difflib

            close = difflib.get_close_matches(name, self.names(), n=1)
            hint = f"did you mean '{close[0]}'?" if close else "run 'brochure layouts' to list them"
            raise BrochureError(Problem(f"unknown layout '{name}'", hint=hint))
        path = self.files[name]
        stat = path.stat()
        return _load(name, path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _load(name: str, path: Path, mtime_ns: int, size: int) -> Layout:
    """The layout file read once per version of it (a long-running `brochure serve` sees edits)."""
    return _from_source(name, source.load(path, "layout file"))


def catalog_for(content_folder: Path | None) -> LayoutCatalog:
    """The catalog a brochure in `content_folder` sees."""
    return LayoutCatalog([content_folder / "layouts"] if content_folder else [])
