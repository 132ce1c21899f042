"""Sections marked `required: true` (such as the risks) must be printed in every layout."""
from __future__ import annotations

from ..errors import Problem
from ..model import Brochure


def required_sections(brochure: Brochure) -> list[Problem]:
    """A warning for each layout whose sections_for selection leaves out a required section."""
    problems = []
    for layout, chosen in brochure.sections_for.items():
        printed = set(chosen) | set(brochure.covers.get(layout, ()))
        missing = [s.id for s in brochure.sections if s.required and s.id not in printed]
        if missing:
            names = ", ".join(f"'{m}'" for m in missing)
            problems.append(Problem(
                f"layout '{layout}' leaves out the required section{'s' if len(missing) > 1 else ''} {names}",
                brochure.places[f"sections_for.{layout}"],
                f"add {names} to sections_for.{layout}; if the layout is then too full, shorten the text",
                severity="warning", layout=layout,
            ))
    return problems
