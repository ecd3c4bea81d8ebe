"""The normalised view repairs layout artifacts and maps every span back to the reference text."""
from hypothesis import given, settings
from hypothesis import strategies as st

from policykg.loaders.normalise import normalise


def test_page_break_inside_a_sentence_is_joined(reply_text):
    view = normalise(reply_text)
    i = view.text.index("工业设计中心8家")
    a, b = view.ref_span(i + 6, i + 8)
    assert reply_text[a:b] == "8\n\n家"


def test_spaces_between_number_and_unit_removed(reply_text):
    view = normalise(reply_text)
    assert "认定省级以上企业技术中心30家" in view.text
    assert "签发人：杨军" in view.text


def test_headings_and_short_lines_are_not_joined(reply_text):
    view = normalise(reply_text)
    assert "周旭宏代表：\n" in view.text
    assert "\n一、关于加快产业结构优化调整推动产业集聚发展问题\n" in view.text


def test_full_width_digits_become_ascii():
    view = normalise("全年新增企业３０家，增长５．２％。")
    assert view.text == "全年新增企业30家，增长5.2%。"


def test_ascii_clause_marks_beside_chinese_read_as_full_width():
    # web pages often carry ASCII commas; every clause rule expects 「，」. A thousands separator stays.
    view = normalise("2024年,全县新增企业1,234家;增长5%,好!")
    assert view.text == "2024年，全县新增企业1,234家；增长5%，好！"
    assert len(view.text) == len("2024年,全县新增企业1,234家;增长5%,好!")


_chars = st.sampled_from(list("一二三企业家个亿元万%。，,;\n 　0123456789ab（）()：:") + ["\n\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_chars, max_size=80).map("".join))
def test_every_view_character_maps_to_its_reference_character(text):
    view = normalise(text)
    assert len(view.text) <= len(text)
    previous = -1
    for i, ch in enumerate(view.text):
        a, b = view.ref_span(i, i + 1)
        assert b == a + 1 and a > previous  # monotone, one reference character per view character
        previous = a
        assert normalise(text[a]).text in (ch, "")  or text[a] in "（）：:()０１２３４５６７８９" or ch == text[a] or \
            (text[a], ch) in {(",", "，"), (";", "；")}  # a clause mark beside Chinese
    a, b = view.ref_span(0, len(view.text))
    assert 0 <= a <= b <= len(text)


def test_endnote_markers_inside_a_name_leave_the_view_and_the_notes_stay():
    text = "推进“五互一共”［3］人才培养新模式，建设旅游公路[6]、G9812。\n［3］五互一共：指互认互通。"
    view = normalise(text)
    assert "“五互一共”人才培养新模式" in view.text and "旅游公路、G9812" in view.text
    assert view.text.endswith("［3］五互一共：指互认互通。")  # the note itself opens its line
    i = view.text.index("人才")
    s, e = view.ref_span(i, i + 2)
    assert text[s:e] == "人才"


def test_an_indented_short_line_is_not_running_text_cut_by_a_page():
    text = "对区人大十八届三次会议\n\n" + " " * 38 + "第2019G29号议案的答复\n\n \n\n张明代表:\n您提出的议案已收悉。\n"
    view = normalise(text).text
    assert "答复张明" not in view and "\n张明代表" in view
