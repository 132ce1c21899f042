"""The layers import downwards only (ARCHITECTURE.md, "No circles"): the build matrix never loads the
API that drives it, the project values are a leaf, and the text stage knows nothing of page layout."""
from __future__ import annotations

import ast
import subprocess
import sys
from importlib.util import resolve_name
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "brochure"


def _loaded_after(module: str) -> set[str]:
    """The brochure modules a fresh interpreter holds after importing `module`."""
    code = f"import sys, {module}; print(' '.join(m for m in sys.modules if m.split('.')[0] == 'brochure'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def _imports(path: Path) -> set[str]:
    """Every module the file names in an import statement, anywhere in it (functions too), as an
    absolute name; `from . import x` gives both the package and `package.x`."""
    package = ".".join(path.relative_to(PACKAGE.parent).parts[:-1])  # of a module, and of an __init__.py
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = resolve_name("." * node.level + (node.module or ""), package) if node.level else node.module
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("module", ["brochure.batch", "brochure.pipeline"])
def test_the_build_stages_do_not_load_the_api(module):
    assert "brochure.api" not in _loaded_after(module)


@pytest.mark.parametrize("name", ["batch.py", "pipeline.py", "project.py"])
def test_the_build_stages_never_import_the_api_even_late(name):
    assert "brochure.api" not in _imports(PACKAGE / name)


def test_the_project_values_are_a_leaf():
    assert _loaded_after("brochure.project") == {"brochure", "brochure.project"}


def test_the_text_stage_imports_neither_platypus_nor_the_rest_of_render():
    files = sorted((PACKAGE / "render" / "text").glob("*.py"))
    assert len(files) >= 5
    for path in files:
        wrong = {name for name in _imports(path)
                 if name.startswith("reportlab.platypus") or name == "brochure.render"
                 or (name.startswith("brochure.render.") and not name.startswith("brochure.render.text"))}
        assert not wrong, f"{path.name} imports {sorted(wrong)}"


def test_the_import_finder_sees_what_it_must():
    """The checks above would pass on a finder that sees nothing: it reads these files as they are."""
    assert {"brochure.pipeline", "brochure.project", "brochure.cache"} <= _imports(PACKAGE / "batch.py")
    assert "brochure.render" in _imports(PACKAGE / "pipeline.py")  # make_pdf's import inside the function
    assert "reportlab.platypus" in _imports(PACKAGE / "render" / "folds.py")
    assert "brochure.render.text.bidi" in _imports(PACKAGE / "render" / "text" / "prepare.py")
    assert "brochure.fonts" in _imports(PACKAGE / "render" / "text" / "prepare.py")
