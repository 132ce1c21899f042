"""Regenerate the fast validators (compiled_*.py) from the JSON Schemas: `python -m brochure.schema.compile`.

jsonschema gives the best error reports but costs ~150 ms to import and warm up; the generated
fastjsonschema code answers "valid?" in about a millisecond, so a valid file never pays for that.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import fastjsonschema

HERE = Path(__file__).parent
# Brand files (the clinic definition alone) are rare enough to go straight to jsonschema.
TARGETS = {"content": ("content", None), "layout": ("layout", None)}


def schema_digest(target: str) -> str:
    """A hash of the schema file a validator is generated from (to tell when to regenerate)."""
    return hashlib.sha256((HERE / f"{TARGETS[target][0]}.schema.json").read_bytes()).hexdigest()


def generated(target: str) -> str:
    """The source of the fast validator module for one target."""
    name, definition = TARGETS[target]
    schema = json.loads((HERE / f"{name}.schema.json").read_text("utf-8"))
    if definition:
        schema = {"$ref": f"#/$defs/{definition}", "$defs": schema["$defs"]}
    schema.pop("$schema", None)
    schema.pop("$id", None)
    # defines validate(data); only valid-or-not is asked (jsonschema reports the problems), so the
    # exceptions need not carry the schema: a quarter of the code
    code = fastjsonschema.compile_to_code(schema, detailed_exceptions=False)
    return (f"# Generated from {name}.schema.json by `python -m brochure.schema.compile`: do not edit.\n"
            f"# flake8: noqa\nSCHEMA_SHA256 = {schema_digest(target)!r}\n{code}")


def main() -> None:
    for target in TARGETS:
        (HERE / f"compiled_{target}.py").write_text(generated(target), "utf-8")


if __name__ == "__main__":
    main()
