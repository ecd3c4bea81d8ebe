"""Official-document layout: fields of the reply, the section tree, and work-report headers."""
import pytest

from policykg.loaders.normalise import normalise
from policykg.loaders.structure import parse_structure

from .conftest import REPORTS


@pytest.fixture(scope="module")
def reply(reply_text):
    return parse_structure(reply_text)


def test_reply_fields(reply, reply_text):
    f = reply.fields
    assert reply.genre == "reply"
    assert f["issuer_mark"].value == "常州市工业和信息化局"
    assert f["doc_number"].text == "常工信复〔2021〕第 35 号"
    assert f["title"].value == "关于对常州市十六届人大五次会议代表建议第141号的答复"
    assert f["addressee"].value == "周旭宏代表"
    assert f["signer"].value == "杨军" and f["handler"].value == "孙志宏"
    assert f["phone"].value == "85681269"
    assert f["copy_to"].value == "市政府办公室、市人大人事代表工委"
    assert f["suggestion_number"].value == "141"
    assert f["suggestion_meeting"].value == "常州市十六届人大五次会议"
    assert f["suggestion_title"].text == "关于培育壮大龙头企业 带动我市产业集聚发展的建议"
    for span in f.values():  # every field points at its exact characters
        assert reply_text[span.start:span.end] == span.text


def test_reply_section_tree(reply):
    top = [s for s in reply.sections if s.level == 1]
    assert [s.marker for s in top] == ["一、", "二、", "三、"]
    assert top[0].heading == "关于加快产业结构优化调整推动产业集聚发展问题"
    children = {s.parent: [] for s in reply.sections}
    for s in reply.sections:
        children[s.parent].append(s)
    assert [c.marker for c in children["1"]] == ["1.", "2.", "3.", "4."]
    assert [c.marker for c in children["2"]] == ["1.", "2.", "3.", "4."]
    assert [c.marker for c in children["3"]] == ["一是", "二是", "三是", "四是"]
    assert [c.heading for c in children["1.1"]] == ["强化创新载体建设", "激发企业创新活力", "提升产业基础能力"]
    # sections nest: a child lies inside its parent
    by_id = {s.id: s for s in reply.sections}
    for s in reply.sections:
        if s.parent:
            p = by_id[s.parent]
            assert p.start <= s.start < s.end <= p.end


def test_footer_is_outside_the_body(reply, reply_text):
    assert "签发人" not in reply_text[reply.body.start:reply.body.end]
    assert reply.sections[-1].end <= reply.fields["signer"].start


@pytest.mark.parametrize("path", sorted(REPORTS.glob("*.txt")), ids=lambda p: p.name[5:-11])
def test_work_reports_have_title_and_top_sections(path):
    text = path.read_text(encoding="utf-8")
    s = parse_structure(text)
    assert s.genre == "work_report"
    assert "政府工作报告" in s.fields["title"].value
    assert any(sec.level == 1 for sec in s.sections)


def test_work_report_header():
    s = parse_structure((REPORTS / "2026_河北省_政府工作报告.txt").read_text(encoding="utf-8"))
    assert s.field_value("meeting") == "河北省第十四届人民代表大会第四次会议"
    assert s.field_value("date") == "2026年1月26日"
    assert s.field_value("speaker") == "王正谱"
    assert s.field_value("speaker_office") == "河北省人民政府省长"
    assert [x.marker for x in s.sections if x.level == 1][:3] == ["一、", "二、", "三、"]


def test_unknown_layout_degrades_to_paragraphs():
    s = parse_structure("这是一段没有版式的文字。\n\n第二段文字，没有标题。")
    assert s.genre == "document"
    assert len(s.paragraphs) == 2 and s.sections == ()


def test_a_city_report_without_its_title_is_a_work_report_of_the_year_after_its_review(tmp_path):
    from policykg.loaders.agencies import document_context
    from policykg.loaders.document import layout_facts
    from policykg.loaders.read import read_source
    p = tmp_path / "report.txt"
    p.write_text("各位代表:\n现在,我代表市人民政府,向大会报告政府工作,请予审议。\n一、2024年工作回顾\n"
                 "2024年是关键一年。\n", encoding="utf-8")
    src = read_source(p)
    st = parse_structure(src.text)
    assert st.genre == "work_report"
    assert layout_facts(src, st, document_context(src, st)).year == 2025
    # a meeting line broken across two lines still dates the report
    head = "2025年3月21日在汉滨区第十九届\n人民代表大会第四次会议上\n各位代表:\n现在,我代表区人民政府向大会报告工作。\n"
    st = parse_structure(head)
    assert (st.field_value("date"), st.field_value("meeting")) == ("2025年3月21日", "汉滨区第十九届人民代表大会第四次会议")


@pytest.mark.parametrize("line", ["发布时间:2024年08月29日", "发布时间：2024-08-29", "时间: 2024/8/29"])
def test_a_pages_publication_date_in_any_common_form(line):
    from policykg.loaders.document import iso_date
    s = parse_structure(f"{line}\n中国农工民主党辽宁省委:\n你们提出的提案收悉,现答复如下:\n")
    assert iso_date(s.field_value("published")) == "2024-08-29"


def test_title_meeting_and_speaker_on_one_line_above_the_pages_date():
    s = parse_structure("政府工作报告—2021年7月29日在丰宁满族自治县第八届人民代表大会第一次会议上自治县人民政府代理县长 王建民\n"
                        "2021-08-16 17:31浏览次数:\n\n各位代表:\n现在,我代表自治县人民政府向大会报告工作。\n")
    assert (s.genre, s.field_value("speaker"), s.field_value("speaker_office"), s.field_value("date")) == \
        ("work_report", "王建民", "自治县人民政府代理县长", "2021年7月29日")


def test_a_number_the_text_cites_is_not_the_documents_own():
    from policykg.loaders.structure import parse_structure
    st = parse_structure("桐梓县2023年国民经济和社会发展计划执行情况\n一年来，全县上下紧紧围绕国发〔2022〕2号文件，统筹做好各项工作。\n")
    assert st.field_value("doc_number") is None
    st = parse_structure("发布机构 自治区工业和信息化厅 文  号 内工信建议字〔2025〕1号\n关于…建议的答复\n")
    assert st.field_value("doc_number").endswith("内工信建议字〔2025〕1号")


def test_a_number_in_brackets_in_the_running_text_is_cited_not_the_documents_own():
    assert parse_structure("某区新闻\n经市政府批复同意（本政〔2011〕281号）设立。\n").field_value("doc_number") is None
    own = parse_structure("关于印发某方案的通知\n（川文旅发〔2020〕57号）\n各市：\n现印发。\n")
    assert own.field_value("doc_number") == "川文旅发〔2020〕57号"


def test_a_title_set_over_two_lines_is_one_title():
    text = "南宁市兴宁区人民政府办公室\n\n关于印发2020年兴宁区优化营商环境\n\n实施方案的通知\n\n各镇人民政府：\n现印发给你们。\n"
    st = parse_structure(text, normalise(text))
    assert (st.field_value("title"), st.genre) == ("关于印发2020年兴宁区优化营商环境实施方案的通知", "plan")
