"""The tests run the same however pytest is started: in the foreground or background, from any folder,
with any terminal width, date override or home folder the caller happens to have."""
from __future__ import annotations

from typing import Iterator

import pytest


@pytest.fixture(autouse=True, scope="session")
def _caller_independent(tmp_path_factory) -> Iterator[None]:
    """Settings a caller's environment could pass to the builds under test, fixed for the whole run
    (session-wide, so module-scoped fixtures that build PDFs see them too).

    SOURCE_DATE_EPOCH would change every PDF's date (tests that need it set it themselves); the
    calendar would make the sample (next review 2027-12-05) overdue one day; COLUMNS
    changes how click wraps help and messages; HOME is where a tool might look for user settings.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("SOURCE_DATE_EPOCH", raising=False)
        patch.setenv("BROCHURE_TODAY", "2026-12-05")  # review dates: the sample stays in date; tests of other days set theirs
        patch.setenv("COLUMNS", "100")
        patch.setenv("HOME", str(tmp_path_factory.mktemp("home")))
        yield
