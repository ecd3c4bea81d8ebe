"""HTML: the article of a government web page, without the page around it.

1. Charset: a BOM, else the declared one (`<meta charset>`, `http-equiv`, the XML declaration),
   with GB2312/GBK read as GB18030 (their superset: real "GB2312" pages use GBK characters),
   else the plain-text detection. A declaration the bytes contradict is ignored.
2. Clean-up with lxml (tolerant of broken markup): scripts, styles, forms' controls, nav/footer/aside,
   blocks whose id/class says navigation, breadcrumb, share, footer…, and short boilerplate lines
   (当前位置, 分享到, 【字体：大 中 小】, 打印本页…) are dropped.
3. Main content: each paragraph scores by its Chinese text and punctuation; the score goes to its
   container (and half to the one above), containers whose id/class is a known article class
   (TRS_Editor, zoom, pages_content, content, article…) get a bonus, link-heavy ones a penalty.
4. Text: one paragraph per block (<p>, <div>, <br>…), blank line between paragraphs; data-table rows
   one a line, cells tab-separated, as in the DOCX reader (layout tables give their paragraphs). The article title (meta ArticleTitle, <h1>, or
   <title> without the site name) is put first unless the article already starts with it.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from .read import READERS, ReadError, decode_text

BLOCK_SEPARATOR = "\n\n"
CELL_SEPARATOR = "\t"

# --- charset ---------------------------------------------------------------------------------

_DECLARED = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.I,
)
_GB = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "gb_2312", "cp936", "windows-936", "ms936", "euc-cn",
       "csgb2312", "chinese", "iso-ir-58", "gb18030"}
# Labels that Chinese pages use wrongly (a template default) while the text is UTF-8 or GBK
_WESTERN = {"latin1", "iso8859-1", "cp1252", "ascii"}


def declared_charset(data: bytes) -> str | None:
    """The charset the page declares in its first 16 KB, as a Python codec name (None if unknown)."""
    m = _DECLARED.search(data[:16384])
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii").lower()
    if label in _GB:
        return "gb18030"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_text(data)
    declared = declared_charset(data)
    if declared and codecs.lookup(declared).name in _WESTERN and not data.isascii():
        declared = None
    if declared and declared.startswith("utf-16") and b"\x00" not in data[:200]:
        declared = "utf-8"  # a UTF-8 page saved from a UTF-16 original keeps the old label
    if declared:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass  # the declaration lies (a template's default), or a few bytes are bad
    try:
        return decode_text(data)
    except ReadError as exc:
        error = exc
    # A browser shows a page with a stray bad byte; so do we, if it is one in a thousand at most
    # and not a character cut at the very end (a truncated download).
    for codec in dict.fromkeys(c for c in (declared, "utf-8", "gb18030") if c):
        text = _with_few_errors(data, codec)
        if text is not None:
            return text, codec
    raise error


def _with_few_errors(data: bytes, codec: str) -> str | None:
    try:
        data.decode(codec)
    except UnicodeDecodeError as exc:
        if exc.end >= len(data):
            return None
    text = data.decode(codec, errors="replace")
    return text if text.count("\ufffd") <= len(text) / 1000 else None


# --- clean-up --------------------------------------------------------------------------------

_DROP_TAGS = {"script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
              "svg", "canvas", "button", "select", "input", "textarea", "option", "nav", "footer", "aside",
              "map", "audio", "video", "link", "meta", "head"}
_NEGATIVE = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|subnav|menu|breadcrumbs?|crumbs?|bread|position|location|weizhi|dqwz|"
    r"share|bdshare|fenxiang|jiathis|bshare|social|footer|foot|copyright|banquan|sidebar|side|"
    r"related|xgwz|xglj|links?|friendlink|yqlj|comments?|pinglun|toolbar|tools|print|dayin|search|login|"
    r"topbar|header|banner|ads?|advert|qrcode|ewm|erweima|fontsize|zihao|pager|pagination|"
    r"prev|next|close|hidden|hide)(?:[-_\s\d]|$)",
    re.I,
)
_POSITIVE = re.compile(
    r"trs_editor|ucap-content|pages_content|pages-content|article|content|zoom|zhengwen|\bzw\b|"
    r"detail|main-?text|maintext|text|custom_unionstyle|view|wenzhang|wzxq|news_?con|con\b",
    re.I,
)
# short blocks that are page furniture, not article text
_BOILERPLATE = re.compile(
    r"^\s*[【\[]?\s*(?:当前位置|您现在的位置|您的位置|现在位置|首页\s*[>＞»›/]|分享到|分享[:：]|字体[:：]|字号[:：]|"
    r"(?:打印|关闭)(?:本页|此页|窗口|文章|正文)|(?:打印|关闭)\s*[】\]]|扫一扫|责任编辑[:：]|浏览次数|访问次数|阅读次数|"
    r"点击数[:：]|发布时间[:：]|发布日期[:：]|来源[:：]|信息来源[:：]|文章来源[:：]|返回顶部|上一篇|下一篇|"
    r"相关(?:链接|文章|阅读|新闻)|网站地图|版权所有|网站标识码|政府网站标识码|ICP备|"
    r"[京津沪渝苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云藏陕甘青宁新冀晋蒙辽吉黑]ICP)"
)
_BOILERPLATE_MAX = 120  # a block this long is text, whatever it starts with


def _drop(el) -> None:
    if el.getparent() is not None:
        el.drop_tree()  # keeps the tail text


def _class_id(el) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}".strip()


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_PUNCT = re.compile(r"[，。；：、！？“”（）《》]")


def _weight(text: str) -> int:
    return len(_CJK.findall(text)) + 3 * len(_PUNCT.findall(text))


def _clean(root) -> None:
    from lxml import etree

    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _drop(el)
    for el in list(root.iter()):
        if isinstance(el.tag, str) and el.tag.lower() in _DROP_TAGS and el.getparent() is not None:
            _drop(el)
    body = root.find("body") if root.find("body") is not None else root
    total = _weight(body.text_content()) or 1
    for el in list(body.iter()):
        if el is body or el.getparent() is None or not isinstance(el.tag, str):
            continue
        if el.tag in ("h1", "h2"):
            continue
        names = _class_id(el)
        if names and _NEGATIVE.search(names):
            # a misnamed wrapper around the article itself is kept (it holds most of the text)
            if _weight(el.text_content()) < total * 0.5:
                _drop(el)
                continue
        text = el.text_content()
        if len(text.strip()) <= _BOILERPLATE_MAX and _BOILERPLATE.match(text):
            _drop(el)


# --- main content ----------------------------------------------------------------------------

_BLOCK_TAGS = {"p", "div", "td", "th", "li", "pre", "blockquote", "section", "article", "main", "dd", "dt",
               "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "tbody", "thead", "ul", "ol", "dl",
               "center", "form", "body", "header", "figure", "figcaption", "address", "hr", "br"}
_PARAGRAPH_TAGS = {"p", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote"}


def _own_text(el, in_link: bool = False) -> str:
    """The text directly in `el` and its inline descendants (not in nested blocks, not in links)."""
    in_link = in_link or el.tag == "a"
    parts = [] if in_link else [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _BLOCK_TAGS:
            parts.append(_own_text(child, in_link))
        if not in_link:
            parts.append(child.tail or "")
    return "".join(parts)


def _link_density(el) -> float:
    text = len(el.text_content().strip()) or 1
    links = sum(len(a.text_content().strip()) for a in el.iter("a"))
    return min(links / text, 1.0)


def _main_content(body):
    scores: dict = {}
    total = 0.0
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag not in _BLOCK_TAGS:
            continue
        text = _own_text(el)
        cjk = len(_CJK.findall(text))
        if cjk < 10:
            continue
        score = 1 + len(_PUNCT.findall(text)) + min(cjk // 50, 3)
        total += score
        # a <p> is a paragraph of its container; text straight in a <div>/<td> makes it the container
        holder = el.getparent() if el.tag in _PARAGRAPH_TAGS and el.getparent() is not None else el
        scores[holder] = scores.get(holder, 0) + score
        parent = holder.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + score / 2
    if not scores:
        return None

    def final(el) -> float:
        bonus = 25 if _POSITIVE.search(_class_id(el)) else 0
        return (scores[el] + bonus) * (1 - _link_density(el))

    best = max(scores, key=final)
    # content split over sibling blocks (pages of a long article): climb to a holder of most of it
    covered = _subtree_score(best)
    while covered < 0.6 * total and best.getparent() is not None and best is not body:
        parent = best.getparent()
        if _link_density(parent) > 0.25:
            break
        best, covered = parent, _subtree_score(parent)
    return best


def _subtree_score(el) -> float:
    total = 0.0
    for node in el.iter():
        if isinstance(node.tag, str) and node.tag in _BLOCK_TAGS:
            text = _own_text(node)
            cjk = len(_CJK.findall(text))
            if cjk >= 10:
                total += 1 + len(_PUNCT.findall(text)) + min(cjk // 50, 3)
    return total


# --- text ------------------------------------------------------------------------------------

_CJK_CHAR = r"[\u3400-\u9fff\uf900-\ufaff，。；：、！？“”（）《》〔〕【】]"
_SOURCE_BREAK = re.compile(rf"(?<={_CJK_CHAR})[ \t\r\n]*\n[ \t\r\n]*(?={_CJK_CHAR})")
_SPACES = re.compile(r"[ \t\r\n\xa0]+")
_EDGE = " \t\r\n\xa0\u3000"


def _tidy(text: str) -> str:
    # a line break in the HTML source between two Chinese characters is not a space (CSS text-3)
    text = _SOURCE_BREAK.sub("", text)
    return _SPACES.sub(" ", text).strip(_EDGE)


class _Writer:
    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.buffer: list[str] = []

    def flush(self) -> None:
        text = _tidy("".join(self.buffer))
        if text:
            self.blocks.append(text)
        self.buffer = []

    def walk(self, el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "br":
            self.flush()
        elif tag == "table" and not _is_layout(el):
            self.flush()
            rows = _table_rows(el)
            if rows:
                self.blocks.append("\n".join(rows))
        elif tag in _BLOCK_TAGS:
            self.flush()
            self.buffer.append(el.text or "")
            for child in el:
                self.walk(child)
            self.flush()
        elif tag:
            self.buffer.append(el.text or "")
            for child in el:
                self.walk(child)
        self.buffer.append(el.tail or "")


LAYOUT_CELL_CHARS = 300  # a cell this long holds running text: its table lays out the page


def _is_layout(table) -> bool:
    """A table that lays out the page (one column, or cells of running text) rather than data."""
    rows = [tr for tr in table.iter("tr") if _nearest_table(tr) is table]
    cells = [[c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")] for tr in rows]
    if max((len(r) for r in cells), default=0) <= 1:
        return True
    return any(len(c.text_content().strip()) > LAYOUT_CELL_CHARS or c.find(".//table") is not None
               for r in cells for c in r)


def _table_rows(table) -> list[str]:
    rows = []
    for tr in table.iter("tr"):
        if _nearest_table(tr) is not table:
            continue  # a row of a nested table is part of its cell
        cells = []
        for cell in tr:
            if isinstance(cell.tag, str) and cell.tag in ("td", "th"):
                writer = _Writer()
                writer.buffer.append(cell.text or "")
                for child in cell:
                    writer.walk(child)
                writer.flush()
                cells.append(" ".join(b.replace("\n", " ") for b in writer.blocks))
        if any(cells):
            rows.append(CELL_SEPARATOR.join(cells))
    return rows


def _nearest_table(el):
    parent = el.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _text_of(el) -> list[str]:
    writer = _Writer()
    writer.buffer.append(el.text or "")
    for child in el:
        writer.walk(child)
    writer.flush()
    return writer.blocks


# --- title -----------------------------------------------------------------------------------

_TITLE_CLASS = re.compile(r"(?:^|[-_\s])(?:title|tit|article-?title|bt|biaoti|wztit|con-?title)(?:[-_\s\d]|$)", re.I)
_SITE_SUFFIX = re.compile(r"\s*(?:[_|｜]|\s-\s|\s—\s|--).*$")


def _title(root) -> str | None:
    for meta in root.iter("meta"):
        if (meta.get("name") or "").lower() in ("articletitle", "title", "dc.title") and meta.get("content"):
            return _tidy(meta.get("content"))
    for h1 in root.iter("h1"):
        text = _tidy(h1.text_content())
        if _CJK.search(text):
            return text
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in ("div", "p", "td", "span", "h2") and _TITLE_CLASS.search(_class_id(el)):
            text = _tidy(el.text_content())
            if _CJK.search(text) and len(text) <= 120:
                return text
    title = root.find(".//title")
    if title is not None:
        text = _SITE_SUFFIX.sub("", _tidy(title.text_content()))
        if len(_CJK.findall(text)) >= 8:
            return text
    return None


def _squeeze(text: str) -> str:
    return "".join(text.split())


# --- reader ----------------------------------------------------------------------------------

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def extract_article(html: str) -> str:
    """The article text of a decoded HTML page ('' if it has none)."""
    return _article_and_fields(html)[0]


# what a government page records of itself in its meta tags (政府网站发展指引, 国办发〔2017〕47号):
# the site, the body the content comes from, the date it was published
_META_FIELDS = {"sitename": "site", "contentsource": "source", "pubdate": "published"}


def _page_fields(root) -> tuple[tuple[str, str], ...]:
    out = []
    for meta in root.iter("meta"):
        field = _META_FIELDS.get((meta.get("name") or "").lower())
        value = _tidy(meta.get("content") or "")
        if field is None or not value or field != "published" and not _CJK.search(value):
            continue
        out.append((field, value))
    # the page's own address, as it states it (a saved page no longer has it otherwise): gxt.guizhou.gov.cn…
    address = next((el.get("href") for el in root.iter("link") if (el.get("rel") or "").lower() == "canonical"), None) \
        or next((el.get("content") for el in root.iter("meta") if (el.get("property") or "").lower() == "og:url"), None)
    if address and re.match(r"https?://\S+$", address.strip()):
        out.append(("url", address.strip()))
    return tuple(out)


def _article_and_fields(html: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    import lxml.html
    from lxml import etree

    html = _CONTROLS.sub("", _XML_DECLARATION.sub("", html))
    if not html.strip():
        return "", ()
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return "", ()
    title = _title(root)
    fields = _page_fields(root)
    _clean(root)
    body = root.find("body")
    if body is None:
        body = root
    content = _main_content(body)
    blocks = _text_of(content if content is not None else body)
    # the article's own title line comes within its first lines (after 发文机关标志, 发文字号…)
    if title and _squeeze(title) not in _squeeze("".join(blocks[:12]))[: len(_squeeze(title)) + 600]:
        blocks.insert(0, title)
    return BLOCK_SEPARATOR.join(blocks), fields


def read_html(path: Path, data: bytes) -> tuple[str, str, tuple[int, ...], tuple[tuple[str, str], ...]]:
    text, encoding = decode_html(data)
    article, fields = _article_and_fields(text)
    if not article.strip():
        raise ReadError("is a web page with no article text (a frameset, a script-built page or an index?)")
    return article, encoding, (), fields


READERS[".html"] = ("text/html", read_html)
READERS[".htm"] = ("text/html", read_html)
READERS[".shtml"] = ("text/html", read_html)
