"""errors.located, the one way a stage gives a problem the place it was raised from: only the place
changes, what else the problem says (its hint, severity, language, layout) survives."""
from __future__ import annotations

from pathlib import Path

import pytest

from brochure.errors import BrochureError, Location, Problem, UsageError, located

HERE = Location(Path("content.yaml"), 12, 3, "sections.care")
ELSEWHERE = Location(Path("clinic.yaml"), 4, 1, "logo")


def _raised(where, *problems: Problem, kind: type[BrochureError] = BrochureError) -> BrochureError:
    with pytest.raises(BrochureError) as caught:
        with located(where):
            raise kind(problems)
    return caught.value


def test_a_problem_without_a_file_gets_the_place_and_keeps_the_rest():
    warning = Problem("picture prints at 200 dpi", Location(path="width"), "use a larger image", severity="warning",
                      language="es", layout="a4-leaflet")
    [problem] = _raised(HERE, warning).problems
    assert problem.location == HERE
    assert (problem.message, problem.hint, problem.severity, problem.language, problem.layout) == \
        ("picture prints at 200 dpi", "use a larger image", "warning", "es", "a4-leaflet")
    assert str(problem) == "content.yaml:12:3: sections.care: warning: picture prints at 200 dpi (use a larger image)"


def test_a_problem_that_names_its_file_is_left_alone():
    own = Problem("logo not found", ELSEWHERE)
    loose = Problem("unknown font family 'Noto Sanz'")
    error = _raised(HERE, own, loose)
    assert error.problems == (own, Problem("unknown font family 'Noto Sanz'", HERE))
    assert error.__suppress_context__ and error.__cause__ is None  # the user sees no chained traceback


def test_the_kind_of_error_is_kept():
    assert type(_raised(HERE, Problem("unknown layout 'a4'"), kind=UsageError)) is UsageError


def test_a_place_given_as_a_function_is_asked_only_when_an_error_comes():
    asked = []

    def where() -> Location:
        asked.append(True)
        return HERE

    with located(where):
        value = 1 + 1
    assert value == 2 and not asked
    assert _raised(where, Problem("too tall")).problems[0].location == HERE
    assert asked == [True]


def test_other_exceptions_pass_through():
    with pytest.raises(KeyError):
        with located(HERE):
            raise KeyError("layout")
