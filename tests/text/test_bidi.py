"""text.bidi: embedding levels, visual order and base direction, called directly."""
from brochure.render.text.bidi import embedding_levels, is_rtl_text, visual_order


def test_levels_of_latin_inside_arabic():
    text = "خذ Paracetamol يوميا"
    levels = embedding_levels(text, rtl=True)
    assert levels[text.index("P")] == 2 and levels[0] == 1
    assert levels[text.index("ي")] == 1


def test_a_phone_number_in_right_to_left_text_reads_left_to_right():
    text = "اتصل 0123 456 789"
    order = visual_order(embedding_levels(text, rtl=True))
    drawn = "".join(text[i] for i in order)
    assert "0123 456 789" in drawn  # one number, its groups left to right


def test_visual_order_reverses_odd_levels_only():
    assert visual_order([0, 0, 1, 1, 1, 0]) == [0, 1, 4, 3, 2, 5]
    assert visual_order([1, 1, 2, 2, 1]) == [4, 2, 3, 1, 0]
    assert visual_order([]) == []


def test_levels_are_per_character_beyond_the_basic_plane():
    text = "שלום 😀 עולם"
    assert len(embedding_levels(text, rtl=True)) == len(text)


def test_base_direction_from_the_first_strong_letter():
    assert is_rtl_text("2. שלום") and is_rtl_text("(السلام)")
    assert not is_rtl_text("MRI أو") and not is_rtl_text("+1 555 0142")
