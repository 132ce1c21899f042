"""Words too long for their line in ReportLab paragraphs (web addresses in the Sources, the contact
table): cut only after / . - @ where they can be, never a few letters left at a line's end."""
from __future__ import annotations

from brochure.render._reportlab import _pieces


def _items(word: str) -> list[tuple[None, float, str]]:
    return [(None, 1.0, char) for char in word]


def _cut(word: str, first: float, rest: float, partial_line: bool) -> list[str]:
    pieces = _pieces(_items(word), first, lambda n: rest, partial_line)
    return ["".join(word[i] for i in piece) for piece in pieces]


def test_an_address_after_other_words_starts_the_next_line_rather_than_leave_its_first_letters():
    assert _cut("https://example.org/a", 2, 30, partial_line=True) == ["", "https://example.org/a"]


def test_an_address_is_cut_after_a_slash_or_dot_where_it_can_be():
    assert _cut("https://www.example.org/research/news", 14, 14, partial_line=False) == [
        "https://www.", "example.org/", "research/news"]


def test_a_word_with_no_such_place_is_cut_where_the_line_ends_only_on_a_line_of_its_own():
    assert _cut("abcdefghij", 4, 4, partial_line=False) == ["abcd", "efgh", "ij"]
