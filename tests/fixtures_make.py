"""Make real test documents (PDF, DOCX, HTML, encoded text) from the paragraphs of a real reply.

The PDF embeds a CJK font shipped in a PyPI package (pylopdf-fonts-zh-cn: Noto Sans SC, SIL OFL),
so CI needs no system fonts; a system Noto CJK / WenQuanYi font is used when that is missing.
"""
from __future__ import annotations

import html
import io
import re
import zipfile
from pathlib import Path

REPLY = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "replies" / "changzhou-gxj-reply-2021-35.txt"
_TERMINAL = "。！？；：”’」』）》…!?;:"


def reply_text() -> str:
    return REPLY.read_text(encoding="utf-8")


def logical_paragraphs(text: str) -> list[str]:
    """Paragraphs of the plain text, with the ones its page breaks cut joined again."""
    out: list[str] = []
    for block in (b.strip() for b in re.split(r"\n\s*\n", text)):
        if not block:
            continue
        if out and len(out[-1]) >= 40 and out[-1][-1] not in _TERMINAL:
            out[-1] += block
        else:
            out.append(block)
    return out


def squeeze(text: str) -> str:
    return "".join(text.split())


# --- fonts -----------------------------------------------------------------------------------

_SYSTEM_FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
)


def cjk_font() -> Path | None:
    try:
        import pylopdf_fonts_zh_cn

        path = pylopdf_fonts_zh_cn.sans_path()
        if path.exists():
            return path
    except ImportError:
        pass
    for name in _SYSTEM_FONTS:
        if Path(name).exists():
            return Path(name)
    return None


# --- PDF -------------------------------------------------------------------------------------

def make_pdf(path: Path, paragraphs: list[str], font: Path, *, head: int = 3, page_numbers: bool = True,
             user_password: str | None = None, owner_password: str | None = None) -> Path:
    """An A4 document laid out like GB/T 9704: the first `head` paragraphs (发文机关标志, 发文字号, 标题)
    centred, the title in a larger size wrapped onto two centred lines, body paragraphs with a
    two-character first-line indent and no space between them, page numbers like '— 1 —'."""
    from fpdf import FPDF

    class Doc(FPDF):
        def footer(self) -> None:
            if page_numbers:
                self.set_y(-15)
                self.set_font("cjk", size=11)
                self.cell(0, 8, f"— {self.page_no()} —", align="C")

    pdf = Doc(format="A4")
    pdf.set_margins(18, 20, 18)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("cjk", fname=str(font))
    if user_password is not None or owner_password is not None:
        pdf.set_encryption(owner_password=owner_password or "owner", user_password=user_password or "")
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for i, para in enumerate(paragraphs):
        if i < head:
            size = (22, 12, 16)[min(i, 2)]
            pdf.set_font("cjk", size=size)
            lines = _wrap_cjk(pdf, para, width * 0.75) if i == 2 else [para]
            for line in lines:
                pdf.cell(0, size * 0.6, line, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
            continue
        pdf.set_font("cjk", size=11)
        indent = pdf.get_string_width("　　")
        lines = _wrap_cjk(pdf, "　　" + para, width)
        for j, line in enumerate(lines):
            if j == 0:  # draw the indent as space, not as ideographic-space characters
                pdf.set_x(pdf.l_margin + indent)
                line = line[2:]
            pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def _wrap_cjk(pdf, text: str, width: float) -> list[str]:
    """Fill each line to the margin, breaking anywhere, as Chinese typesetting does (fpdf2 breaks at spaces)."""
    lines, line = [], ""
    for ch in text:
        if line and pdf.get_string_width(line + ch) > width:
            lines.append(line)
            line = ""
        line += ch
    return lines + [line] if line else lines


def make_scanned_pdf(path: Path) -> Path:
    """A PDF with an image on each page and no text layer, like a scan."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    image = Image.new("L", (600, 800), 255)
    draw = ImageDraw.Draw(image)
    for y in range(60, 760, 24):
        draw.rectangle((60, y, 540, y + 10), fill=40)  # lines of "print"
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    pdf = FPDF(format="A4")
    for _ in range(2):
        pdf.add_page()
        pdf.image(io.BytesIO(buf.getvalue()), x=10, y=10, w=190)
    pdf.output(str(path))
    return path


def png_bytes() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (32, 32), (200, 30, 30)).save(buf, format="PNG")
    return buf.getvalue()


# --- DOCX ------------------------------------------------------------------------------------

def make_docx(path: Path, paragraphs: list[str], *, table: list[list[str]] | None = None,
              table_after: int = 1) -> Path:
    """A .docx with the paragraphs, a page-number footer, a header, and an optional table."""
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "常州市工业和信息化局"
    section.footer.paragraphs[0].text = "— 1 —"
    for i, para in enumerate(paragraphs):
        document.add_paragraph(para)
        if i == 0:
            document.add_paragraph("")  # the empty spacer paragraphs real documents are full of
        if table and i == table_after:
            t = document.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, value in enumerate(row):
                    t.cell(r, c).text = value
    document.save(str(path))
    return path


_TEXTBOX = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>
<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>
</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t>
</w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""

_REVISIONS = """<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:pPr><w:tabs><w:tab w:val="left"
 w:pos="420"/></w:tabs></w:pPr><w:r><w:t>全年新增省级首台（套）重大技术装备</w:t></w:r><w:del><w:r><w:delText>2</w:delText></w:r></w:del>
<w:ins><w:r><w:t>3</w:t></w:r></w:ins><w:r><w:t xml:space="preserve">个、市级</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>
<w:r><w:instrText> MERGEFIELD 数量 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>30</w:t></w:r>
<w:r><w:fldChar w:fldCharType="end"/></w:r><w:hyperlink><w:r><w:t>个</w:t></w:r></w:hyperlink><w:r><w:t>。</w:t></w:r></w:p>"""


def make_docx_with_textbox_and_revisions(path: Path, mark: str, paragraphs: list[str]) -> Path:
    """A .docx whose 发文机关标志 is a text box (as Word draws it, with its VML fallback copy) and
    with a paragraph carrying tracked changes, a field and a hyperlink."""
    import docx
    from lxml import etree

    document = docx.Document()
    anchor = document.add_paragraph()
    anchor._p.append(etree.fromstring(_TEXTBOX.format(text=mark)))
    for para in paragraphs:
        document.add_paragraph(para)
    document.element.body.insert(len(document.element.body) - 1, etree.fromstring(_REVISIONS))
    document.save(str(path))
    return path


def junk_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("notes.txt", "这不是Word文档")
        zf.writestr("[Content_Types].xml", "<Types/>")
    return buf.getvalue()


# --- HTML ------------------------------------------------------------------------------------

_HEAD_JUNK = """<script type="text/javascript">var _hmt = _hmt || []; document.write("统计代码，不是正文。");</script>
<style>.TRS_Editor P{margin-top:5px;line-height:1.8;font-size:12pt;} /* 样式，不是正文 */</style>"""

_NAV = """<div class="top-bar">无障碍浏览 | 长者模式 | <a href="/login">登录</a> | <a href="/en">English</a></div>
<div class="header"><img src="/logo.png" alt="常州市工业和信息化局"><div class="search"><input type="text" value="请输入关键字"><button>搜索</button></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zxfw">政务服务</a></li>
<li><a href="/hdjl">互动交流</a></li><li><a href="/ztzl">专题专栏</a></li></ul></div>"""

_FOOTER = """<div class="footer"><p>主办单位：常州市工业和信息化局　承办单位：常州市工业和信息化局办公室</p>
<p>版权所有：常州市工业和信息化局　苏ICP备05006128号　网站标识码：3204000033</p><p>地址：常州市龙城大道1280号　电话：0519-85681269</p></div>
<script>document.getElementById("count").innerHTML = "1234";</script>"""

_SHARE = """<div class="bdsharebuttonbox">分享到：<a class="bds_weixin" title="分享到微信">微信</a><a class="bds_tsina">微博</a><a class="bds_qzone">QQ空间</a></div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>"""

_RELATED = """<div class="related"><h3>相关文章</h3><ul><li><a href="/a/1.html">市工信局召开2021年全市工业和信息化工作会议，部署全年重点任务</a></li>
<li><a href="/a/2.html">关于对市十六届人大五次会议代表建议第142号的答复</a></li><li><a href="/a/3.html">我市举办智能制造专题培训班，推动企业数字化转型</a></li></ul></div>"""


def _wrap_source_lines(text: str, width: int = 60) -> str:
    """Break long lines the way CMS editors leave them in the page source (never inside a word)."""
    out, line = [], ""
    for i, ch in enumerate(text):
        line += ch
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if len(line) >= width and not (ch.isascii() and ch.isalnum() and nxt.isascii() and nxt.isalnum()):
            out.append(line)
            line = ""
    return "\n".join(out + [line] if line else out)


def html_modern(paragraphs: list[str], title: str) -> str:
    """A UTF-8 page of a current provincial/city portal: <meta charset>, TRS_Editor body in <p>s."""
    body = "\n".join(f'<p style="text-indent:2em;">{html.escape(p)}</p>' for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{html.escape(title)}_常州市工业和信息化局</title>
<meta name="ArticleTitle" content="{html.escape(title)}"><meta name="PubDate" content="2021-06-18 09:30">
{_HEAD_JUNK}</head><body>
{_NAV}
<div class="container"><div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 建议提案办理</div>
<div class="article"><h1 class="article-title">{html.escape(title)}</h1>
<div class="info">发布时间：2021-06-18 来源：市工信局 浏览次数：<span id="count">0</span> 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="TRS_Editor" id="zoom">
{body}
</div>
{_SHARE}
</div>
{_RELATED}
</div>
{_FOOTER}
</body></html>
"""


def html_legacy_table(paragraphs: list[str], title: str, charset_decl: str | None = "gb2312") -> str:
    """An old table-layout page: http-equiv charset, text straight in a <td> split by <br>, unclosed tags."""
    meta = (f'<meta http-equiv="Content-Type" content="text/html; charset={charset_decl}">'
            if charset_decl else "")
    body = "<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + html.escape(_wrap_source_lines(p)) for p in paragraphs)
    return f"""<html><head>{meta}
<title>{html.escape(title)}--常州市人民政府</title>{_HEAD_JUNK}
</head><body bgcolor=#ffffff>
<table width=100% class=nav-table><tr><td><a href=/>首页</a> | <a href=/zwgk>政务公开</a> | <a href=/hdjl>互动交流</a> | <a href=/bsfw>办事服务</a></td></tr></table>
<table width=980 align=center>
<tr><td class=position>您现在的位置：<a href=/>首页</a> &gt;&gt; <a href=/jyta>建议提案</a> &gt;&gt; 正文</td></tr>
<tr><td align=center class=biaoti><font size=5><b>{html.escape(title)}</b></font></td></tr>
<tr><td align=center>信息来源：市工信局&nbsp;&nbsp;发布日期：2021年06月18日&nbsp;&nbsp;【字号：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td id=UCAP-CONTENT class=b12c><font face=仿宋_GB2312>
{body}
</font>
<tr><td align=right><a href=#>打印此页</a> <a href=#>关闭窗口</a>
</table>
<div id=footer><p>版权所有：常州市人民政府办公室 苏ICP备05006128号<p>网站标识码：3204000001
</body></html>
"""


def html_div_pages(paragraphs: list[str], title: str) -> str:
    """A page without any charset declaration: pages_content div, paragraphs in <div>s and a <table>."""
    body = "\n".join(f"<div>{html.escape(p)}</div>" for p in paragraphs)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>{html.escape(title)}</title>{_HEAD_JUNK}</head><body>
<div id="header"><div class="menu"><a href="/">首页</a><a href="/xxgk">信息公开</a><a href="/hd">互动</a></div></div>
<div class="crumbs"><span>首页</span>&gt;<span>信息公开</span>&gt;<span>建议提案办理</span></div>
<div class="main"><div class="article-head"><h1>{html.escape(title)}</h1></div>
<div class="pages-date">2021-06-18 09:30 <span class="font">字号：<a>大</a><a>中</a><a>小</a></span></div>
<div class="pages_content" id="UCAP-CONTENT">
{body}
</div>
<div class="share">扫一扫在手机打开当前页<img src="qr.png"></div>
</div>
<div id="footer">主办单位：常州市工业和信息化局</div>
</body></html>
"""
