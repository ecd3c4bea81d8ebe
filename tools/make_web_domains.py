"""Write loaders/lexicons/area_web_domains.csv: the labels government sites use for their area in their
addresses (nyncj.luan.gov.cn: 六安市; gxt.guizhou.gov.cn: 贵州省).

Cities and counties: the pinyin of the name without its suffix (六安市 → luan), and for a county also its
city's initials before it (银川市西夏区 → ycxixia) or all initials, with its level's or without (衡阳市雁峰区 → hyyfq,
上海市普陀区 → shpt) or after its province's initials (gstianzhu, gzlps) or as its own name's pinyin with its level's
(黄石市下陆区 → xialuqu), and a city of three or more characters by its initials (smx.gov.cn: 三门峡市), kept
only where one area alone has that label, or one city (黄山市 beside its 黄山区), and never a label that names a
kind of body (site_body_codes.csv: kjj) or a site's section (xxgk). Cities whose portals use their initials
(www.gz.gov.cn: 广州市), per the cities' portal addresses. Provinces:
the labels of their portals (the 31 addresses listed on www.gov.cn, 地方政府网站), which are also kept when
another area would share them. The romanisation is pypinyin's (needed to run this script only:
pip install pypinyin). Run from the repository root: python tools/make_web_domains.py
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

from pypinyin import Style, lazy_pinyin

LEX = Path("loaders/lexicons")
# the provincial portals (www.<label>.gov.cn)
PORTALS = {
    "北京市": "beijing", "天津市": "tj", "河北省": "hebei", "山西省": "shanxi", "内蒙古自治区": "nmg", "辽宁省": "ln",
    "吉林省": "jl", "黑龙江省": "hlj", "上海市": "shanghai", "江苏省": "jiangsu", "浙江省": "zj", "安徽省": "ah",
    "福建省": "fujian", "江西省": "jiangxi", "山东省": "shandong", "河南省": "henan", "湖北省": "hubei", "湖南省": "hunan",
    "广东省": "gd", "广西壮族自治区": "gxzf", "海南省": "hainan", "重庆市": "cq", "四川省": "sc", "贵州省": "guizhou",
    "云南省": "yn", "西藏自治区": "xizang", "陕西省": "shaanxi", "甘肃省": "gansu", "青海省": "qinghai",
    "宁夏回族自治区": "nx", "新疆维吾尔自治区": "xinjiang",
}
# the short labels some provinces' bodies use beside the portal's (sndrc.shaanxi…, gxt.nmg…, kjt.fujian…)
PORTAL_ALSO = {"北京市": ["bj"], "上海市": ["sh"], "江苏省": ["js"], "广西壮族自治区": ["gx"], "宁夏回族自治区": ["nx"]}
# cities whose portals use their initials (www.gz.gov.cn, www.xa.gov.cn)
CITY_PORTALS = {"广州市": "gz", "深圳市": "sz", "西安市": "xa", "昆明市": "km", "厦门市": "xm", "南昌市": "nc", "大连市": "dl",
                "东莞市": "dg", "中山市": "zs", "石家庄市": "sjz",
                # cities whose portals use the name's older romanisation (www.ordos.gov.cn, www.huhhot.gov.cn, www.urumqi.gov.cn)
                "鄂尔多斯市": "ordos", "呼和浩特市": "huhhot", "乌鲁木齐市": "urumqi"}
# labels of a site's sections, never an area's
SECTIONS = {"www", "xxgk", "zwgk", "gk", "zw", "zwfw", "rd", "zx", "news", "xw", "wap", "m", "english", "en"}
LEVEL_INITIAL = {"区": "q", "县": "x", "市": "s", "旗": "q"}
LEVEL_SPELLED = {"区": "qu", "县": "xian", "旗": "qi"}
SUFFIX = re.compile(r"(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|自治州|地区|盟|自治县|自治旗|县|区|旗|林区|特区)$")


def stem(name: str) -> str:
    s = SUFFIX.sub("", name)
    s = re.sub(r"(?:蒙古族|藏族|回族|苗族|彝族|壮族|布依族|朝鲜族|满族|侗族|瑶族|白族|土家族|哈尼族|哈萨克族|傣族|黎族|傈僳族|佤族|畲族|"
               r"拉祜族|水族|东乡族|纳西族|景颇族|柯尔克孜族|土族|达斡尔族|仫佬族|羌族|布朗族|撒拉族|毛南族|仡佬族|锡伯族|阿昌族|"
               r"普米族|塔吉克族|怒族|鄂温克族|德昂族|保安族|裕固族|京族|独龙族|鄂伦春族|赫哲族|门巴族|珞巴族|基诺族)+$", "", s)
    return s if len(s) >= 2 else name[:2]


def spelled(s: str) -> str:
    return "".join(lazy_pinyin(s))


def initials(s: str) -> str:
    return "".join(lazy_pinyin(s, style=Style.FIRST_LETTER))


def main() -> None:
    rows = [r for r in csv.reader(ln for ln in (LEX / "areas.csv").open(encoding="utf-8") if not ln.startswith("#"))]
    rows = rows[1:]  # (below the header)
    by_code = {r[0]: r for r in rows}
    labels: dict[str, set[str]] = defaultdict(set)
    bare_initials: dict[str, set[str]] = defaultdict(set)  # all initials without the level's: where no other label is
    after_province: dict[str, set[str]] = defaultdict(set)  # after the province's initials: where none of those is
    spelled_level: dict[str, set[str]] = defaultdict(set)  # the name's pinyin with its level's: where no other label is
    for code, name, level, parent in rows:
        if level == "province":
            continue
        s = stem(name)
        labels[spelled(s)].add(code)
        if level == "county" and parent in by_code:
            city = initials(stem(by_code[parent][1]))
            labels[city + spelled(s)].add(code)
            bare_initials[city + initials(s)].add(code)  # shpt
            if name[-1] in LEVEL_INITIAL:
                labels[city + initials(s) + LEVEL_INITIAL[name[-1]]].add(code)
            if name[-1] in LEVEL_SPELLED:
                spelled_level[spelled(s) + LEVEL_SPELLED[name[-1]]].add(code)  # xialuqu.gov.cn: 下陆区
    # county and city sites that put their province's initials first (gstianzhu.gov.cn: 天祝藏族自治县, gzlps.gov.cn:
    # 六盘水市), where no other label is
    province_initials = {r[0][:2]: initials(stem(r[1])) for r in rows if r[2] == "province"}
    for code, name, level, parent in rows:
        s = stem(name)
        if level == "city" and len(s) >= 3:
            after_province[initials(s)].add(code)  # smx.gov.cn: 三门峡市
        if level in ("city", "county"):
            p = province_initials.get(code[:2], "")
            for form in (spelled(s), initials(s)):
                after_province[p + form].add(code)
    for weaker in (bare_initials, after_province, spelled_level):
        for label, codes in weaker.items():
            if label not in labels:
                labels[label] = codes
    out = {}
    taken = SECTIONS | {r["code"] for r in csv.DictReader(
        ln for ln in (LEX / "site_body_codes.csv").open(encoding="utf-8") if not ln.startswith("#"))}
    for label, codes in labels.items():
        if label in taken:
            continue
        # a city and a county of the same name (黄山市, 黄山区): the city's site has the plain label
        cities = [c for c in codes if by_code[c][2] == "city"]
        if label.isascii() and (len(codes) == 1 or len(cities) == 1):
            out[label] = cities[0] if cities else next(iter(codes))
    names = {r[1]: r[0] for r in rows if r[2] == "province"}
    for name, label in CITY_PORTALS.items():
        out[label] = next(r[0] for r in rows if r[1] == name and r[2] == "city")
    for name, label in PORTALS.items():
        for lab in [label, *PORTAL_ALSO.get(name, [])]:
            out[lab] = names[name]
    with (LEX / "area_web_domains.csv").open("w", encoding="utf-8", newline="") as f:
        f.write("# Labels government sites use for their area in their addresses, made by tools/make_web_domains.py\n"
                "# from areas.csv (pinyin or initials of each name without its suffix, after its city's or its\n"
                "# province's initials for some forms, kept where one area alone has it; see the script), the\n"
                "# provinces' portal addresses (www.gov.cn, 地方政府网站) and some cities' (www.gz.gov.cn).\n"
                "# One a line: label,code\n")
        w = csv.writer(f)
        w.writerow(["label", "code"])
        for label in sorted(out):
            w.writerow([label, out[label]])
    print(len(out), "labels")


if __name__ == "__main__":
    main()
