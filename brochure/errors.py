"""One error type for everything a clinic can get wrong, carrying where it happened."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Location:
    """A place in a source file: 1-based line and column, plus the field path."""

    file: Path | None = None
    line: int | None = None
    column: int | None = None
    path: str = ""

    def at(self, path: str) -> "Location":
        """The same place, naming a more precise field path."""
        return Location(self.file, self.line, self.column, path)

    def __str__(self) -> str:
        parts = [str(self.file) if self.file else "<input>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        text = ":".join(parts)
        return f"{text}: {self.path}" if self.path else text


@dataclass(frozen=True)
class Problem:
    """One finding: what is wrong, where, and what to do about it."""

    message: str
    location: Location = Location()
    hint: str = ""
    severity: Severity = "error"
    language: str | None = None  # the edition's language, for a problem only one language has
    layout: str | None = None  # the layout, for a problem only one layout has (does not fit, resolution)

    def __str__(self) -> str:
        text = f"{self.location}: {self.message}"
        if self.severity == "warning":
            text = f"{self.location}: warning: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text

    def as_dict(self) -> dict:
        """A plain mapping, for JSON output."""
        loc = self.location
        return {
            "severity": self.severity,
            "file": str(loc.file) if loc.file else None,
            "line": loc.line,
            "column": loc.column,
            "path": loc.path,
            "message": self.message,
            "hint": self.hint,
            "language": self.language,
            "layout": self.layout,
        }


class BrochureError(Exception):
    """Raised by any stage that finds a problem it cannot get past; holds one or more problems."""

    def __init__(self, problems: Problem | str | Iterable[Problem]):
        if isinstance(problems, str):  # re-raised by a library with an annotated message
            problems = Problem(problems)
        self.problems: tuple[Problem, ...] = (
            (problems,) if isinstance(problems, Problem) else tuple(problems)
        )
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def at(cls, location: Location, message: str, hint: str = "") -> "BrochureError":
        """Shorthand for an error with a single problem."""
        return cls(Problem(message, location, hint))


class UsageError(BrochureError):
    """A mistake in how the command was called (an unknown --layout): reported once, exit status 2."""


@contextmanager
def located(where: Location | Callable[[], Location]) -> Iterator[None]:
    """Re-raise a BrochureError from the block with `where` as the place of each problem that names
    no file; the rest of each problem (hint, severity, language, layout) is kept. `where` may be a
    function, asked only when an error comes, for a place that moves as the work goes on."""
    try:
        yield
    except BrochureError as exc:
        place = where() if callable(where) else where
        raise type(exc)(p if p.location.file else replace(p, location=place) for p in exc.problems) from None
