"""Each reader gives the same document as the plain text: the real Changzhou reply as PDF, DOCX,
three kinds of government web page, and plain text in every encoding the corpus meets."""
from __future__ import annotations

import codecs
from decimal import Decimal
from pathlib import Path

import pytest
from .fixtures_make import (
    REPLY,
    cjk_font,
    html_div_pages,
    html_legacy_table,
    html_modern,
    logical_paragraphs,
    make_docx,
    make_docx_with_textbox_and_revisions,
    make_pdf,
    reply_text,
    squeeze,
)

from policykg.loaders.normalise import normalise
from policykg.loaders.read import ReadError, decode_text, read_source, supported_suffixes
from policykg.loaders.read_html import declared_charset, extract_article

TEXT = reply_text()
PARAGRAPHS = logical_paragraphs(TEXT)
TITLE = "关于对常州市十六届人大五次会议代表建议 第 141 号的答复"
TABLE = [["序号", "指标", "2021年目标"], ["1", "省级以上企业技术中心", "30家"], ["2", "省级以上绿色工厂", "23家"]]
# what a web page around the article adds; none of it may reach the text
PAGE_FURNITURE = ("统计代码", "样式", "当前位置", "您现在的位置", "分享到", "微信", "打印", "关闭窗口", "版权所有",
                  "ICP", "相关文章", "政务公开", "发布时间", "发布日期", "字体", "字号", "无障碍", "扫一扫",
                  "网站标识码", "请输入关键字", "承办单位", "信息来源", "龙城大道")


def same_paragraphs(text: str) -> list[str]:
    """Paragraphs of the plain text missing from `text`, both normalised, whitespace ignored."""
    got = squeeze(normalise(text).text)
    return [p for p in PARAGRAPHS if squeeze(normalise(p).text) not in got]


@pytest.fixture(scope="module")
def font():
    path = cjk_font()
    if path is None:
        pytest.skip("no CJK font: pip install pylopdf-fonts-zh-cn (or apt-get install fonts-noto-cjk)")
    return path


@pytest.fixture(scope="module")
def docs(tmp_path_factory, font):
    """The reply in every format, made once for the module."""
    d = tmp_path_factory.mktemp("formats")
    out = {"txt": d / "reply.txt"}
    out["txt"].write_text(TEXT, encoding="utf-8")
    out["pdf"] = make_pdf(d / "reply.pdf", PARAGRAPHS, font)
    out["docx"] = make_docx(d / "reply.docx", PARAGRAPHS)
    out["docx-table"] = make_docx(d / "reply-table.docx", PARAGRAPHS, table=TABLE)  # a table the .txt lacks
    out["html"] = d / "reply.html"
    out["html"].write_text(html_modern(PARAGRAPHS, TITLE), encoding="utf-8")
    out["gb2312.html"] = d / "reply-gb.html"
    out["gb2312.html"].write_bytes(html_legacy_table(PARAGRAPHS, TITLE).encode("gb18030"))
    out["nocharset.htm"] = d / "reply-nocharset.htm"
    out["nocharset.htm"].write_bytes(html_div_pages(PARAGRAPHS, TITLE).encode("gb18030"))
    return out


def test_supported_suffixes():
    assert {".txt", ".md", ".pdf", ".docx", ".doc", ".wps", ".html", ".htm"} <= supported_suffixes()


# --- plain text ------------------------------------------------------------------------------

@pytest.mark.parametrize("codec,bom,label", [
    ("utf-8", b"", "utf-8"),
    ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("gb18030", b"", "gb18030"),
    ("gbk", b"", "gb18030"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
    ("utf-16-le", b"", "utf-16-le"),  # no BOM: told by the byte order that gives Chinese
    ("utf-16-be", b"", "utf-16-be"),
])
def test_text_encodings(tmp_path, codec, bom, label):
    path = tmp_path / "reply.txt"
    path.write_bytes(bom + TEXT.encode(codec))
    source = read_source(path)
    assert source.text == TEXT
    assert source.encoding == label
    assert source.page_starts == ()


def test_text_of_every_report_in_gb18030_and_utf16():
    corpus = sorted(REPLY.parents[1].glob("govreports/*.txt"))
    assert corpus, "the shared corpus is missing"
    for report in corpus:
        text = report.read_text(encoding="utf-8")
        for codec in ("gb18030", "utf-16-le"):
            assert decode_text(text.encode(codec))[0] == text, (report.name, codec)


# --- PDF -------------------------------------------------------------------------------------

def test_pdf_same_paragraphs_and_page_map(docs):
    import pypdfium2 as pdfium

    source = read_source(docs["pdf"])
    assert source.media_type == "application/pdf"
    assert same_paragraphs(source.text) == []
    pages = len(pdfium.PdfDocument(str(docs["pdf"])))
    assert pages >= 3
    starts = source.page_starts
    assert len(starts) == pages and starts[0] == 0
    assert list(starts) == sorted(set(starts))
    for i, start in enumerate(starts):
        end = starts[i + 1] - 2 if i + 1 < len(starts) else len(source.text)
        page = source.text[start:end]
        assert page.rstrip().endswith(f"— {i + 1} —")  # each page's slice holds its own footer
        if i:
            assert source.text[start - 2:start] == "\n\n"  # pages joined by a blank line
    assert "\r" not in source.text


def test_pdf_sentence_cut_by_a_page_is_joined_by_normalise(docs):
    source = read_source(docs["pdf"])
    view = normalise(source.text).text
    joined = 0
    for start in source.page_starts[1:]:
        # the page number line between two pages is gone from the view when a sentence runs on
        last_paragraph, page_number = source.text[:start].rstrip().split("\n\n")[-2:]
        assert page_number.startswith("—")
        if not last_paragraph.endswith(("。", "：", "；")):
            assert squeeze(last_paragraph[-10:]) + squeeze(source.text[start:start + 5])[:3] in squeeze(view)
            joined += 1
    assert joined  # the fixture has at least one sentence across pages


def test_pdf_lines_are_put_back_into_paragraphs(docs):
    """Wrapped lines are joined, so each paragraph of the plain text is one paragraph of the PDF's."""
    source = read_source(docs["pdf"])
    blocks = {squeeze(b) for b in source.text.split("\n\n")}
    whole = [p for p in PARAGRAPHS if squeeze(p) in blocks]
    # the title wrapped onto two centred lines is one; only paragraphs cut by a page break are not
    assert squeeze(TITLE) in blocks
    assert len(PARAGRAPHS) - len(whole) <= len(source.page_starts) - 1


def test_pdf_paragraph_rules():
    from policykg.loaders.read_pdf import Line, paragraphs

    def line(text, x0, x1, y, size=11.0):
        return Line(text, x0, x1, y, size)

    lines = [
        line("关于加快培育壮大龙头企业", 150, 450, 760, 16), line("的实施意见", 250, 350, 736, 16),  # centred title
        line("一、总体要求", 72, 160, 700),  # short heading, not indented here
        line("到2025年，全市", 94, 523, 680), line("规模以上工业增加值", 72, 523, 660), line("年均增长8%。", 72, 200, 640),
        line("二、重点任务", 94, 190, 620),  # indented: a new paragraph even after a short line
        line("加快建设", 94, 523, 590),  # extra space above: a new paragraph
        line("Industry", 72, 523, 570), line("4.0 示范工厂。", 72, 300, 550),
        line("— 1 —", 280, 320, 530, 9),  # smaller and centred: its own paragraph
    ]
    assert paragraphs(lines) == [
        "关于加快培育壮大龙头企业的实施意见", "一、总体要求", "到2025年，全市规模以上工业增加值年均增长8%。",
        "二、重点任务", "加快建设Industry 4.0 示范工厂。", "— 1 —",
    ]


def test_pdf_text_layer_of_glyph_ids_is_refused():
    from policykg.loaders.read_pdf import check_text_layer

    check_text_layer("常工信复〔2021〕第 35 号")
    with pytest.raises(ReadError, match="no Unicode map"):
        check_text_layer("\ue001\ue002\ue003 \ue004\ufffd\ufffd 2021")


def test_pdf_with_owner_password_only_is_read(tmp_path, font):
    path = make_pdf(tmp_path / "owner.pdf", PARAGRAPHS[:6], font, owner_password="owner")
    assert same_paragraphs(read_source(path).text) == PARAGRAPHS[6:]


# --- DOCX ------------------------------------------------------------------------------------

def test_docx_same_paragraphs(docs):
    source = read_source(docs["docx"])
    assert same_paragraphs(source.text) == []
    assert source.text.startswith(PARAGRAPHS[0] + "\n\n")  # the page header is not part of the body
    assert "— 1 —" not in source.text  # nor is the page-number footer
    assert "\n\n\n" not in source.text  # empty spacer paragraphs leave no extra blank lines


def test_docx_table_rows_in_document_order(docs):
    text = read_source(docs["docx-table"]).text
    rows = "\n".join("\t".join(r) for r in TABLE)
    assert f"\n\n{rows}\n\n" in text
    assert text.index(PARAGRAPHS[1]) < text.index(rows) < text.index(PARAGRAPHS[2])


def test_docx_merged_cells_are_not_repeated(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 2))
    merged.text = "常州市重点产业链目标"
    for c, v in enumerate(["集成电路", "150亿元", "2021年"]):
        table.cell(1, c).text = v
    document.save(str(tmp_path / "t.docx"))
    assert read_source(tmp_path / "t.docx").text == "常州市重点产业链目标\n集成电路\t150亿元\t2021年"


def test_docx_layout_table_gives_its_paragraphs(tmp_path):
    import docx

    document = docx.Document()
    header = document.add_table(rows=2, cols=1)  # the red-header template: one column of header lines
    header.cell(0, 0).text = PARAGRAPHS[0]
    header.cell(1, 0).text = PARAGRAPHS[1]
    for para in PARAGRAPHS[2:5]:
        document.add_paragraph(para)
    document.save(str(tmp_path / "t.docx"))
    assert read_source(tmp_path / "t.docx").text == "\n\n".join(PARAGRAPHS[:5])


def test_docx_text_box_revisions_fields(tmp_path):
    path = make_docx_with_textbox_and_revisions(tmp_path / "t.docx", PARAGRAPHS[0], PARAGRAPHS[1:3])
    text = read_source(path).text
    # the text box once (not its VML copy too), the deleted "2" gone, the inserted "3" and the
    # field's result kept, its code not
    assert text == "\n\n".join(PARAGRAPHS[:3] + ["全年新增省级首台（套）重大技术装备3个、市级30个。"])


def test_doc_that_is_really_a_docx_is_read(docs, tmp_path):
    path = tmp_path / "reply.doc"
    path.write_bytes(docs["docx"].read_bytes())
    assert same_paragraphs(read_source(path).text) == []


# --- HTML ------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind,encoding", [("html", "utf-8"), ("gb2312.html", "gb18030"),
                                           ("nocharset.htm", "gb18030")])
def test_html_article_only(docs, kind, encoding):
    source = read_source(docs[kind])
    assert source.media_type == "text/html"
    assert source.encoding == encoding
    assert same_paragraphs(source.text) == []
    for junk in PAGE_FURNITURE:
        assert junk not in source.text, junk
    # the article starts with its own first line, and is laid out like the plain text
    assert source.text.startswith(PARAGRAPHS[0] + "\n\n")
    assert source.text.rstrip().endswith(PARAGRAPHS[-1])
    assert "\n\n\n" not in source.text


def test_html_title_is_put_first_when_the_body_lacks_it(tmp_path):
    body = PARAGRAPHS[3:]  # a page whose body starts at the salutation
    path = tmp_path / "p.html"
    path.write_text(html_modern(body, TITLE), encoding="utf-8")
    text = read_source(path).text
    assert text.startswith(TITLE + "\n\n" + body[0] + "\n\n")
    assert text.count(TITLE) == 1


def test_html_title_from_h1_or_title_tag():
    body = "<div class='content'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[3:8]) + "</div>"
    h1 = extract_article(f"<html><head><title>站点首页</title></head><body><h1>{TITLE}</h1>{body}</body></html>")
    assert h1.startswith(TITLE + "\n\n")
    title_tag = extract_article(f"<html><head><title>{TITLE}_常州市人民政府</title></head><body>{body}</body></html>")
    assert title_tag.startswith(TITLE + "\n\n")


def test_html_gb2312_declared_page_is_read_as_gb18030(tmp_path):
    # 〇 is not in GB2312 but is in every "GB2312" page dated 二〇二一年; a GB2312 decoder would fail
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[8:10]) + "<p>常州市工业和信息化局</p><p>二〇二一年六月十八日</p>"
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB2312"></head><body><div id="zoom">{article}</div></body></html>'
    (tmp_path / "p.html").write_bytes(page.encode("gb18030"))
    source = read_source(tmp_path / "p.html")
    assert source.encoding == "gb18030"
    assert source.text.endswith("二〇二一年六月十八日")


@pytest.mark.parametrize("declaration", ['<meta charset="utf-8">', '<meta charset="iso-8859-1">',
                                         '<?xml version="1.0" encoding="utf-8"?>'])
def test_html_declaration_the_bytes_contradict_is_ignored(tmp_path, declaration):
    page = f"{declaration}<html><body><div class='article'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[6:9]) + "</div></body></html>"
    (tmp_path / "p.html").write_bytes(page.encode("gb18030"))
    source = read_source(tmp_path / "p.html")
    assert source.encoding == "gb18030"
    assert same_paragraphs(source.text) == PARAGRAPHS[:6] + PARAGRAPHS[9:]


def test_html_with_a_stray_bad_byte_is_read_as_a_browser_would(tmp_path):
    page = html_modern(PARAGRAPHS, TITLE).encode("utf-8")
    cut = page.index(PARAGRAPHS[20].encode("utf-8")) + 30
    (tmp_path / "p.html").write_bytes(page[:cut] + b"\xff" + page[cut:])
    source = read_source(tmp_path / "p.html")
    assert "\ufffd" in source.text
    assert same_paragraphs(source.text) == [PARAGRAPHS[20]]
    (tmp_path / "cut.html").write_bytes(page[: page.index("。".encode()) + 2])  # cut inside a character
    with pytest.raises(ReadError, match="truncated"):
        read_source(tmp_path / "cut.html")


def test_declared_charset():
    assert declared_charset(b'<meta charset="gb2312">') == "gb18030"
    assert declared_charset(b"<meta http-equiv='Content-Type' content='text/html; charset=GBK'>") == "gb18030"
    assert declared_charset(b'<meta content="text/html;charset=utf-8" http-equiv="content-type">') == "utf-8"
    assert declared_charset(b"<?xml version='1.0' encoding='GB18030'?>") == "gb18030"
    assert declared_charset(b'<meta charset="no-such-codec">') is None
    assert declared_charset(b"<html><body>") is None


def test_html_malformed_markup_is_tolerated(tmp_path):
    paras = PARAGRAPHS[5:9]
    page = ("<html><head><title>x</title><body><table><tr><td><div class=nav><a href=/>首页</a>"
            "<div id=content><p>" + "<p>".join(paras) + "</td></tr></div></span></b>"  # unclosed, misnested
            "<p>&nbsp;&copy 2021 版权所有 <unknown attr=1>"
            "</html></html><div class=footer>网站标识码3204000033")
    path = tmp_path / "broken.html"
    path.write_text(page, encoding="utf-8")
    text = read_source(path).text
    assert same_paragraphs(text) == PARAGRAPHS[:5] + PARAGRAPHS[9:]
    assert "首页" not in text and "版权所有" not in text


def test_html_br_paragraphs_and_tables():
    page = ("<html><body><div class='TRS_Editor'>一、总体要求<br/>到2025年，全市规模以上工业增加值年均增长8%。<br><br>"
            "二、主要任务<table><tr><td>产业</td><td>目标</td></tr><tr><td>集成电路</td><td>150亿元</td></tr></table>"
            "</div></body></html>")
    assert extract_article(page) == ("一、总体要求\n\n到2025年，全市规模以上工业增加值年均增长8%。\n\n二、主要任务\n\n"
                                     "产业\t目标\n集成电路\t150亿元")


def test_html_layout_table_gives_paragraphs_data_table_gives_rows():
    paras = PARAGRAPHS[6:9]
    page = ("<html><body><table><tr><td><a href='/'>首页</a></td><td class='content'>"
            + "".join(f"<p>{p}</p>" for p in paras)
            + "<table><tr><th>产业</th><th>目标</th></tr><tr><td>集成电路</td><td>150亿元</td></tr></table>"
            "</td></tr></table></body></html>")
    assert extract_article(page) == "\n\n".join(paras + ["产业\t目标\n集成电路\t150亿元"])


# --- the same document whatever the format ---------------------------------------------------

def _pipeline():
    try:
        from policykg.pipeline import extract_record
    except ImportError as exc:
        pytest.skip(f"the pipeline is not complete yet ({exc})")
    return extract_record


@pytest.mark.parametrize("kind", ["pdf", "docx", "html", "gb2312.html", "nocharset.htm"])
def test_same_record_as_plain_text(docs, kind):
    extract_record = _pipeline()
    plain = extract_record(read_source(docs["txt"]))
    other = extract_record(read_source(docs[kind]))
    assert plain.title and plain.identifier
    assert other.title == plain.title
    assert other.identifier == plain.identifier
    assert len(other.structure.sections) == len(plain.structure.sections)
    assert {(e.cls, e.key) for e in other.entities} == {(e.cls, e.key) for e in plain.entities}

    def values(record) -> list[tuple[Decimal, str]]:
        return sorted((q.value, q.unit) for q in record.quantities)

    assert values(plain)
    assert values(other) == values(plain)


def test_read_error_is_an_exception_with_a_message():
    with pytest.raises(ReadError, match="unsupported file type"):
        read_source("reply.xlsx")


def test_a_web_pages_meta_tags_name_the_issuer_a_reply_does_not(tmp_path):
    """Government sites record the body a page comes from and its date in meta tags (政府网站发展指引); a reply
    that names its issuer nowhere in its text takes them, and the article text stays the article."""
    from policykg.loaders.agencies import document_context
    from policykg.loaders.document import layout_facts
    from policykg.loaders.structure import parse_structure

    def page(site: str, source: str) -> Path:
        path = tmp_path / f"{len(list(tmp_path.iterdir()))}.html"
        path.write_text(f"""<html><head><meta name="SiteName" content="{site}"><meta name="ContentSource" content="{source}">
<meta name="PubDate" content="2023-07-26 10:00"><title>答复函</title></head><body><div class="content">
<p>关于市六届人大一次会议第0226号建议办理情况的答复函</p><p>周杭代表：</p>
<p>你提出的建议收悉。经与市发展改革委、市经济信息委共同研究，现将办理情况答复如下。</p>
<p>近年来，市科技局累计投入财政经费超7000万元，支持企业开展创新产品研发工作。</p></div></body></html>""",
                        encoding="utf-8")
        return path

    src = read_source(page("重庆市人民政府", "市科技局"))  # a portal carrying a bureau's reply
    assert src.text.startswith("关于市六届人大一次会议") and "2023-07-26" not in src.text
    st = parse_structure(src.text)
    ctx = document_context(src, st)
    assert (ctx.issuer, ctx.area) == ("重庆市科学技术局", "重庆市")
    assert layout_facts(src, st, ctx).year == 2023
    ctx = document_context(src := read_source(page("重庆市科学技术局", "")), parse_structure(src.text))
    assert ctx.issuer == "重庆市科学技术局"


def test_a_saved_pages_own_address_names_the_body_and_area_a_reply_does_not(tmp_path):
    """A page saved from nyncj.<city>.gov.cn keeps its address in <link rel="canonical"> (or og:url): the
    site's area and the body its label stands for give a reply's issuer."""
    from policykg.loaders.agencies import document_context
    from policykg.loaders.structure import parse_structure

    path = tmp_path / "reply.html"
    path.write_text("""<html><head><link rel="canonical" href="https://nyncj.huangshan.gov.cn/zwgk/2023/0712.html">
<title>答复</title></head><body><div class="content"><p>关于市政协九届二次会议第A112号提案办理情况的函</p><p>王明委员：</p>
<p>您提出的提案收悉。目前，全市茶园面积达到12.5万亩。我局将继续支持茶产业发展。</p></div></body></html>""",
                    encoding="utf-8")
    src = read_source(path)
    assert ("url", "https://nyncj.huangshan.gov.cn/zwgk/2023/0712.html") in src.page_fields
    ctx = document_context(src, parse_structure(src.text))
    assert (ctx.issuer, ctx.area) == ("黄山市农业农村局", "黄山市")


def test_a_portal_address_gives_the_area_only_and_a_reposted_notice_keeps_its_own_issuer(tmp_path):
    from policykg.loaders.agencies import document_context
    from policykg.loaders.structure import parse_structure
    from policykg.loaders.web_address import area_and_body_of

    assert [x.key if hasattr(x, "key") else x for x in area_and_body_of("http://www.xinyang.gov.cn/2025/01-03/1.html")] \
        == ["信阳市", None]
    assert area_and_body_of("https://www.example.com/gxt/") == (None, None)
    from policykg.loaders.web_address import year_in_address
    assert [year_in_address(u) for u in ("https://www.shayang.gov.cn/art/2024/9/20/art_15461_1113009.html",
                                         "http://www.ezhou.gov.cn/gk/202203/t20220329_463457.html",
                                         "https://www.fengnanqu.gov.cn/rdjyzxta/20231013/1141564534.html",
                                         "http://www.cxs.gov.cn/info/1011/102806.htm")] == [2024, 2022, 2023, None]
    path = tmp_path / "notice.html"  # a body's site reposting the province's measures: no reply, no body issuer
    path.write_text("""<html><head><meta property="og:url" content="http://drc.gd.gov.cn/qtwj/content/post_1.html">
</head><body><div class="content"><p>关于推动产业有序转移的若干措施</p><p>一、支持各地建设承接产业转移主平台。</p>
</div></body></html>""", encoding="utf-8")
    src = read_source(path)
    ctx = document_context(src, parse_structure(src.text))
    assert ctx.area == "广东省" and ctx.issuer != "广东省发展和改革委员会"
