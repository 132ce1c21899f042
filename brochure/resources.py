"""Where the files bundled with the package (fonts, layouts) live: installed, or in a source checkout."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled(folder: str) -> Path:
    """The bundled `fonts` or `layouts` folder.

    An installed wheel carries them as `brochure/bundled/<folder>` (see setup.cfg's package_dir);
    a source checkout or editable install has them at the top of the repository.
    """
    installed = _PACKAGE / "bundled" / folder
    return installed if installed.is_dir() else _PACKAGE.parent / folder
