"""Agency–industry links: joint actions make agencies share an industry (issue 4, issue 6)."""
from policykg.loaders.links import joint_actors
from policykg.model import Mention
from policykg.pipeline import build_record

from .conftest import REPLY


def _m(text, surface, key):
    start = text.index(surface)
    return Mention("Agency", key, start, start + len(surface), surface)


def test_joint_action_needs_a_list_and_a_cue():
    text = "今年1月市商务局、市发改委和市财政局联合认定了14家企业。市科技局推进创新。"
    ms = [_m(text, "市商务局", "商务局"), _m(text, "市发改委", "发改委"), _m(text, "市财政局", "财政局"),
          _m(text, "市科技局", "科技局")]
    assert [[m.key for m in g] for g in joint_actors(text, ms)] == [["商务局", "发改委", "财政局"]]
    assert joint_actors("市商务局、市发改委认定了企业。", ms[:0]) == []
    text2 = "市商务局、市发改委分别负责。"
    assert joint_actors(text2, [_m(text2, "市商务局", "a"), _m(text2, "市发改委", "b")]) == []


def test_reply_joint_headquarters_recognition_links_three_agencies_to_the_hq_economy():
    # "今年1月市商务局、市发改委、市财政局联合认定了14家市级区域性总部企业" stands in the section
    # that opens "为加快发展总部经济，市商务局下一步…": all three work on 总部经济.
    record = build_record(str(REPLY))
    hq = {ln.agency for ln in record.industry_links if ln.industry == "总部经济"}
    assert hq == {"常州市商务局", "常州市发展和改革委员会", "常州市财政局"}
    # each agency keeps the industries of its own paragraphs
    by_agency = {}
    for ln in record.industry_links:
        by_agency.setdefault(ln.agency, set()).add(ln.industry)
    assert {"服务业", "生产性服务业"} <= by_agency["常州市发展和改革委员会"]
    assert {"集成电路", "新能源汽车", "动力电池"} <= by_agency["常州市工业和信息化局"]
    for ln in record.industry_links:
        assert ln.evidence, ln
        for _, start, end in ln.evidence:
            assert 0 <= start < end <= len(record.source.text)
