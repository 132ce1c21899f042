"""Brand placeholders in content text: `{phone}` prints the phone number of the edition's clinic.

A partner-brand edition (`--brand northside.yaml`) must print that clinic's number and address, not
the ones the text was first written with, so texts refer to them by name. `{{` and `}}` print one
brace; a lone brace prints as written; `{name}` with any other name is an error naming its line.
Phone numbers and email addresses come out as links (tel:, mailto:), as on the back page.
"""
from __future__ import annotations

import re
from typing import Mapping

from .errors import Location, Problem
from .model import Brand, Localized

NAMES = ("clinic", "phone", "email", "website", "address", "hours")
_FIELD = {"clinic": "name", "phone": "contact.phone", "email": "contact.email", "website": "contact.website",
          "address": "contact.address", "hours": "contact.hours"}
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}\s]{1,40})\}")


def values(brand: Brand, language: str, source_language: str) -> dict[str, str | None]:
    """What each placeholder prints in `language` for `brand` (None: the brand has no such value)."""
    contact = brand.contact

    def text(value: Localized | str | None) -> str | None:
        if isinstance(value, Localized):
            found = value.get(language) or value.get(source_language)
            return found or None
        return value

    phone, email, website = text(contact.phone), contact.email, contact.website
    return {
        "clinic": text(brand.name),
        "phone": phone and contact_link(phone),
        "email": email and contact_link(email),
        "website": website and contact_link(website),
        "address": text(contact.address),
        "hours": text(contact.hours),
    }


def fill(text: str, printed: Mapping[str, str | None], where: Location) -> tuple[str, list[Problem]]:
    """`text` with every placeholder replaced, and a problem for each one that cannot be."""
    if "{" not in text and "}" not in text:
        return text, []
    problems: list[Problem] = []

    def replace(match: re.Match) -> str:
        token, name = match.group(0), match.group(1)
        if token in ("{{", "}}"):
            return token[0]
        if name not in printed:
            problems.append(Problem(
                f"unknown placeholder '{token}'", where,
                f"use one of {', '.join('{' + n + '}' for n in NAMES)}; write {{{{ and }}}} for a brace"))
            return token
        if printed[name] is None:
            problems.append(Problem(
                f"'{token}' is used but the clinic has no {_FIELD[name]}", where,
                f"add {_FIELD[name]} to the clinic (or brand file), or write the text out"))
            return token
        return printed[name]

    return _TOKEN.sub(replace, text), problems


def contact_link(value: str) -> str:
    """An email address, web address or phone number as a link in our markup (mailto:, https:, tel:)."""
    if "@" in value and "://" not in value:
        return f"[{value}](mailto:{value})"
    if value.startswith(("https://", "http://")):
        return f"[{value.split('://', 1)[-1].rstrip('/')}]({value})"
    return f"[{value}](tel:{_dialable(value)})"


def _dialable(phone: str) -> str:
    """'+44 (0)20 7946 0321' -> '+442079460321': what a tel: link dials."""
    international = phone.strip().startswith("+")
    digits = re.sub(r"\(0\)", "", phone) if international else phone
    return ("+" if international else "") + re.sub(r"\D", "", digits)
