"""Review dates and drafts: a leaflet past its review date, or still a draft, must not reach a patient unnoticed.

"Today" is the machine's date, or BROCHURE_TODAY (YYYY-MM-DD) when set, so that a test or a CI
job can ask how a leaflet will stand on a given day.
"""
from __future__ import annotations

import datetime as dt
import os

from ..errors import BrochureError, Location, Problem
from ..model import Brochure

DUE_SOON = 60  # days before next_review from which `check` warns
TODAY_VARIABLE = "BROCHURE_TODAY"


def today() -> dt.date:
    """The date review dates are measured against: BROCHURE_TODAY if set, else the system date."""
    value = os.environ.get(TODAY_VARIABLE, "").strip()
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BrochureError(Problem(f"{TODAY_VARIABLE}='{value}' is not a date",
                                    hint=f"set it as YYYY-MM-DD, e.g. {TODAY_VARIABLE}=2026-11-25, or unset it"))


def review_dates(brochure: Brochure, on: dt.date) -> list[Problem]:
    """An error when the leaflet's review date has passed on `on`, a warning within DUE_SOON days of it;
    an error when it was due for review before it was published."""
    review = brochure.review
    if review.next_review is None:
        return []
    where = review.fields.get("next_review", Location(brochure.path, path="review.next_review"))
    due = review.next_review
    days = (due - on).days
    if review.published and review.published > due:
        return [Problem(f"next_review ({due.isoformat()}) is before published ({review.published.isoformat()})",
                        where, "set next_review to a date after the publication date")]
    if days < 0:
        return [Problem(
            f"the leaflet was due for review on {due.isoformat()}, {-days} day{'s' if days != -1 else ''} ago",
            where, "review the content, then set review.next_review (and published, version) to the new dates; "
                   "`brochure build --allow-overdue` builds it anyway")]
    if days <= DUE_SOON:
        return [Problem(f"the leaflet is due for review on {due.isoformat()}, in {days} day{'s' if days != 1 else ''}",
                        where, "plan the review, then set review.next_review to the next date", severity="warning")]
    return []


def draft_status(brochure: Brochure) -> list[Problem]:
    """A warning for a draft (an error with `check --strict`): it is watermarked, not for patients."""
    if not brochure.draft:
        return []
    return [Problem("this brochure is a draft: every page is marked 'DRAFT - not for patients'",
                    Location(brochure.path, path="status"),
                    "when it is approved, set status: final (or remove the line)", severity="warning")]
