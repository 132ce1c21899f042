"""Where the files bundled with the package (fonts, layouts, templates) live once installed."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent  # the repository, when run from a source tree


def bundled(folder: str) -> Path:
    """The bundled `fonts` or `layouts` folder, in an installed wheel or in a source checkout."""
    try:
        path = Path(str(resources.files(f"brochure.bundled.{folder}")))
    except ModuleNotFoundError:
        path = _CHECKOUT / folder
    if not path.is_dir():
        path = _CHECKOUT / folder
    return path
