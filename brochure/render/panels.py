"""The geometry and order of a fold's panels, and the sizes a fold is tried at. Pure: no drawing.

A roll fold (trifold) printed on both sides: the outside of the sheet shows, left to right, the
flap, the back and the cover; the inside shows three panels the reader sees once it is fully open.
The reading order is the order a reader unfolds it: cover, the inside panels left to right, then
the outside panels that are left (the flap, the back). A bifold has no flap.

Text flows through the inside panels, and a paragraph or list may continue from one inside panel
to the next (they sit side by side on the same side of the sheet). A block that does not fit the
last inside panel moves whole to the outside panels the layout names (`fold.overflow`), never
continuing across the fold to the other side of the sheet.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..layouts import Layout

MIN_TEXT_SIZE = 9.0  # points: no fold prints text smaller than this
SIZE_STEP = 0.5
TIGHTEST_LEADING = 1.25
TIGHTEST_SPACING = 0.6  # space above and below blocks, as a share of the layout's


@dataclass(frozen=True)
class Panel:
    """One panel of the sheet: what it holds, which side it is on and where."""

    role: str  # "cover", "inside-1", "inside-2", ..., "flap", "back"
    side: int  # 0: outside of the sheet (page 1), 1: inside (page 2)
    x: float  # left edge on its side, in points from the sheet's left edge
    width: float

    @property
    def inside(self) -> bool:
        return self.role.startswith("inside")


def panels(layout: Layout, rtl: bool = False) -> list[Panel]:
    """The panels in reading order: cover, the inside panels, the flap (trifold), the back.

    `layout.panels` gives the inside panel widths from left to right. The outside of the sheet is
    its mirror image: the cover backs the first inside panel, the back the second, the flap the
    third. A right-to-left fold opens the other way, so every position is mirrored.
    """
    widths = layout.panels
    page = layout.width

    def inside(i: int) -> float:
        x = sum(widths[:i])
        return page - x - widths[i] if rtl else x

    def outside(i: int) -> float:
        x = sum(widths[:i])
        return x if rtl else page - x - widths[i]

    order = [Panel("cover", 0, outside(0), widths[0])]
    order += [Panel(f"inside-{i + 1}", 1, inside(i), widths[i]) for i in range(len(widths))]
    order += [Panel("flap", 0, outside(i), widths[i]) for i in range(2, len(widths))]
    order.append(Panel("back", 0, outside(1), widths[1]))
    return order


@dataclass(frozen=True)
class Stop:
    """A panel the sections flow through, and whether a block may continue from it onto the next."""

    panel: Panel
    continues: bool


def flow(order: list[Panel], overflow: tuple[str, ...]) -> list[Stop]:
    """The panels the sections flow through, in reading order: the inside ones, then the outside
    ones named in `overflow` (in reading order, whatever order the layout lists them in). A block
    continues only from an inside panel to the next inside panel, the one beside it."""
    stops = [p for p in order if p.inside] + [p for p in order if p.role in overflow]
    return [Stop(panel, panel.inside and i + 1 < len(stops) and stops[i + 1].inside)
            for i, panel in enumerate(stops)]


@dataclass(frozen=True)
class Attempt:
    """One try at setting the fold at one size; with `breaks`, each section starts a panel."""

    size: float
    leading: float
    spacing: float
    breaks: bool = False


def attempts(layout: Layout) -> list[Attempt]:
    """The body size first, then smaller and tighter, down to the layout's minimum: type shrinks
    only when the panels, shared out, cannot hold the text. (A text that fits at the body size with
    a panel to spare is tried again with `breaks`, each section starting a panel.)"""
    top = layout.body_size
    bottom = max(MIN_TEXT_SIZE, min(layout.min_size or top, top))
    sizes = [top]
    while sizes[-1] - SIZE_STEP >= bottom - 1e-6:
        sizes.append(round(sizes[-1] - SIZE_STEP, 2))
    if sizes[-1] > bottom:
        sizes.append(bottom)
    tight_leading = min(layout.leading, TIGHTEST_LEADING)
    result = []
    for size in sizes:
        t = (top - size) / (top - bottom) if top > bottom else 0.0
        result.append(Attempt(size, round(layout.leading - t * (layout.leading - tight_leading), 3),
                              round(1 - t * (1 - TIGHTEST_SPACING), 3)))
    return result
