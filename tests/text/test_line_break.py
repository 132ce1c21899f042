"""text.line_break: where lines may break, per language, with addresses and numbers kept whole."""
from __future__ import annotations

import unicodedata

import pytest

from brochure.render.text.line_break import breaks, cuts, glue_numbers, protected

THAI = "การรักษาด้วยเซลล์ต้นกำเนิดสำหรับโรคปลอกประสาทเสื่อมแข็ง"
THAI_WORDS = ["การ", "รักษา", "ด้วย", "เซลล์", "ต้น", "กำเนิด", "สำหรับ", "โรค", "ปลอก", "ประสาท", "เสื่อม", "แข็ง"]
NO_SPACES = {
    "th": THAI,
    "lo": "ການປິ່ນປົວດ້ວຍຈຸລັງລຳຕົ້ນສຳລັບພະຍາດ",
    "km": "ការព្យាបាលដោយកោសិកាដើមសម្រាប់ជំងឺ",
    "my": "ပင်မဆဲလ်ကုထုံးသည်ရောဂါအတွက်ဖြစ်သည်",
}


def pieces(text: str, method: str, lang: str) -> list[str]:
    bounds = [0, *breaks(text, method, lang), len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:])]


def test_thai_breaks_between_dictionary_words_only():
    word_ends = {sum(map(len, THAI_WORDS[:n])) for n in range(1, len(THAI_WORDS))}
    found = breaks(THAI, "dictionary", "th")
    assert len(found) >= 8
    assert set(found) <= word_ends


@pytest.mark.parametrize("lang", sorted(NO_SPACES))
def test_scripts_without_spaces_break_inside_the_text_but_never_before_a_mark(lang):
    text = NO_SPACES[lang]
    found = breaks(text, "dictionary", lang)
    assert len(found) >= 2, pieces(text, "dictionary", lang)
    assert all(unicodedata.category(text[i])[0] != "M" for i in found)  # never inside a cluster
    assert len(found) < len(text) / 3  # words, not characters


def test_korean_breaks_only_at_spaces():
    text = "다발성 경화증은 중추신경계의 질환입니다"
    assert pieces(text, "keep-all", "ko") == ["다발성 ", "경화증은 ", "중추신경계의 ", "질환입니다"]


def test_ethiopic_breaks_at_its_word_space_and_after_its_punctuation():
    text = "ስለ በሽታው፡መረጃ።ሌላ፣ነገር"
    found = breaks(text, "uax14", "am")
    assert {text.index("፡") + 1, text.index("።") + 1, text.index("፣") + 1, 3} <= set(found)


def test_zero_width_non_joiner_is_no_break():
    text = "می‌خواهم بروم"
    assert breaks(text, "uax14", "fa") == [text.index("ب")]


@pytest.mark.parametrize("address", [
    "info@riverside-neuro.example", "https://www.nationalmssociety.org/treating-ms/stem-cells",
    "riverside-neuro.example/ms-stem-cells", "www.mssociety.org.uk",
])
def test_an_address_is_never_broken_where_a_space_is_not(address):
    text = f"Write to {address}, or call."
    start = text.index(address)
    assert not [i for i in breaks(text, "uax14", "en") if start < i < start + len(address)]
    assert (start, start + len(address)) in protected(text)


@pytest.mark.parametrize("phone", ["+44 20 7946 0321", "+1 555 0142", "0800 123 456", "(020) 7946-0321"])
def test_a_phone_number_is_never_broken(phone):
    text = f"Call {phone} today"
    start = text.index(phone)
    assert not [i for i in breaks(text, "uax14", "en") if start < i < start + len(phone)]
    assert glue_numbers(text) == text.replace(phone, phone.replace(" ", "\u00a0"))


def test_a_word_too_wide_is_cut_after_address_characters_first():
    text = "x info@riverside-neuro.example"
    first = cuts(text, 2, len(text))[:3]
    assert [text[:i][-1] for i in first] == [".", "-", "@"]  # latest first, each after / . - @
    assert all(text[i - 1] not in "/.-@" for i in cuts(text, 2, len(text))[3:])
