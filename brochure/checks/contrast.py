"""Brand colours used for text must be readable: WCAG 2.x contrast ratios, with a fix to suggest."""
from __future__ import annotations

import colorsys

from ..errors import Problem
from ..model import Brand

WHITE = "#FFFFFF"


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
