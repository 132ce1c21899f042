"""Brand colours used for text must be readable: WCAG 2.x contrast ratios, with a fix to suggest."""
from __future__ import annotations

import colorsys
from dataclasses import replace

from ..errors import Problem
from ..model import Brand

WHITE = "#FFFFFF"
USUAL = 4.5  # WCAG AA for normal text: what every layout needs of the brand's own colour


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: str) -> float:
    """Relative luminance of '#RRGGBB' (WCAG 2.x)."""
    r, g, b = (_channel(int(color[i:i + 2], 16) / 255) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two '#RRGGBB' colours, from 1 to 21."""
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def darkened(color: str, background: str, target: float) -> str:
    """The same hue made darker, just enough to reach `target` against `background`."""
    r, g, b = (int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    while lightness > 0:
        lightness = max(0.0, lightness - 0.01)
        candidate = "#" + "".join(f"{round(c * 255):02X}" for c in colorsys.hls_to_rgb(hue, lightness, saturation))
        if ratio(candidate, background) >= target:
            return candidate
    return "#000000"


def brand_contrast(brand: Brand, target: float = 4.5) -> list[Problem]:
    """Problems where the brand's primary colour is too light for headings and white-on-colour text."""
    found = ratio(brand.primary, WHITE)
    if found >= target:
        return []
    return [Problem(
        f"primary colour {brand.primary} has a contrast of {found:.1f}:1 with white; "
        f"headings and white text on it need {target:g}:1",
        brand.location_of("colors.primary"), f"use a darker colour such as \"{darkened(brand.primary, WHITE, target)}\"",
    )]


def brand_for_layout(brand: Brand, target: float, layout: str) -> tuple[Brand, list[Problem]]:
    """The brand as a layout that needs `target`:1 prints it. A primary colour that reaches the usual
    4.5:1 but not a higher target (large print's 7:1) is darkened for that layout alone, with a
    warning saying which colour it prints; one below 4.5:1 is an error for every layout."""
    problems = brand_contrast(brand, min(target, USUAL))
    found = ratio(brand.primary, WHITE)
    if problems or found >= target:
        return brand, problems
    darker = darkened(brand.primary, WHITE, target)
    note = Problem(f"primary colour {brand.primary} has a contrast of {found:.1f}:1 with white; {layout} needs "
                   f"{target:g}:1, so it prints {darker} instead", brand.location_of("colors.primary"),
                   f"to choose the colour yourself, give a primary colour of at least {target:g}:1", severity="warning")
    inks = {name: cmyk for name, cmyk in brand.inks.items() if name != "primary"}  # the guide's CMYK is for the other
    return replace(brand, primary=darker, inks=inks), [note]
