"""The fast generated validators agree with jsonschema and are regenerated when a schema changes."""
from __future__ import annotations

import copy
from importlib import import_module
from pathlib import Path

import pytest
import yaml

from brochure.schema import _fast_valid, _validator
from brochure.schema.compile import TARGETS, schema_digest

SAMPLE = yaml.safe_load((Path(__file__).parent.parent / "content.yaml").read_text("utf-8"))


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_generated_validator_is_up_to_date(target):
    module = import_module(f"brochure.schema.compiled_{target}")
    assert module.SCHEMA_SHA256 == schema_digest(target), "run: python -m brochure.schema.compile"


def _mutations():
    """The sample, broken in the ways a clinic breaks it."""
    yield "valid", lambda d: None
    yield "unknown key", lambda d: d["clinic"].update(colours={})
    yield "number for text", lambda d: d["clinic"]["contact"].update(phone=123)
    yield "bad colour", lambda d: d["clinic"]["colors"].update(primary="#12345")
    yield "missing alt", lambda d: [b["image"].pop("alt") for s in d["sections"] for b in s["blocks"] if "image" in b]
    yield "two-key block", lambda d: d["sections"][0]["blocks"][0].update(paragraph="x")
    yield "empty text", lambda d: d.update(title="")
    yield "bad language tag", lambda d: d["title"].update({"English": "x"})
    yield "callout without text", lambda d: d["sections"][0]["blocks"].append({"callout": {"style": "tip"}})
    yield "bad notes", lambda d: d["sections"][0]["blocks"].append({"notes": {"lines": 0}})
    yield "duplicate language", lambda d: d.update(languages=["en", "en"])
    yield "bad sections_for", lambda d: d.update(sections_for={"trifold-a4": []})


@pytest.mark.parametrize("name,mutate", list(_mutations()), ids=[n for n, _ in _mutations()])
def test_fast_validator_agrees_with_jsonschema(name, mutate):
    data = copy.deepcopy(SAMPLE)
    mutate(data)
    thorough = not list(_validator("content", None).iter_errors(data))
    assert _fast_valid(data, "content") == thorough
    assert thorough == (name == "valid")
