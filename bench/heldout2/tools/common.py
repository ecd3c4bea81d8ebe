"""Helpers for writing held-out gold files (independent annotation, no policykg code)."""
import json
import re
from decimal import Decimal

CN_DIGIT = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5,
            '六': 6, '七': 7, '八': 8, '九': 9}
CN_SMALL = {'十': 10, '百': 100, '千': 1000}
SCALE = [('万亿', 10**12), ('亿', 10**8), ('万', 10**4), ('千', 10**3), ('百', 10**2)]
SUFFIXES = ['以上', '左右', '以内', '以下', '余', '多']
PROTECTED_UNITS = ('千瓦', '千克', '千米', '百分点')
SUFFIX_CMP = {'以上': '>=', '左右': '~', '以内': '<=', '以下': '<=', '余': '>', '多': '>'}


def cn_small_int(s):
    """Parse a Chinese numeral below 10000 (e.g. 十二, 一百八十, 两)."""
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIGIT:
            cur = CN_DIGIT[ch]
        elif ch in CN_SMALL:
            total += (cur or 1) * CN_SMALL[ch]
            cur = 0
        else:
            raise ValueError(s)
    return total + cur


def parse_span(span):
    """Return (value, unit, suffix_cmp) parsed from a span like '2.5万亿元以上', '千余家', '百万吨'."""
    s = span
    m = re.match(r'^[0-9]+(?:\.[0-9]+)?', s)
    if m:
        num = Decimal(m.group())
        rest = s[m.end():]
    else:
        m = re.match(r'^[零〇一二两三四五六七八九十]+', s)
        if m:
            num = cn_small_int(m.group())
            rest = s[m.end():]
        else:
            num = 1  # bare scale word: 百万吨, 千亿元
            rest = s
    mult = 1
    changed = True
    while changed:
        changed = False
        if rest.startswith(PROTECTED_UNITS):
            break
        for w, f in SCALE:
            if rest.startswith(w):
                mult *= f
                rest = rest[len(w):]
                changed = True
                break
    suf_cmp = None
    # suffix may be in the middle (千余家) or at the end (80%以上)
    for suf in SUFFIXES:
        if rest.startswith(suf):
            suf_cmp = SUFFIX_CMP[suf]
            rest = rest[len(suf):]
            break
    for suf in SUFFIXES:
        if rest.endswith(suf):
            suf_cmp = SUFFIX_CMP[suf]
            rest = rest[:-len(suf)]
            break
    val = Decimal(num) * mult
    val = int(val) if val == val.to_integral_value() else float(val)
    return val, rest, suf_cmp


def build(text, entries, agency):
    """entries: list of tuples (ctx, span, kind, metric, comparator, year[, extra]).

    ctx must occur exactly once in text; span is located inside ctx (extra['nth'] picks
    the n-th occurrence inside ctx, default 0). extra may override value/unit/value_max.
    """
    out = []
    for e in entries:
        ctx, span, kind, metric, cmp_, year = e[:6]
        extra = e[6] if len(e) > 6 else {}
        cnt = text.count(ctx)
        assert cnt == 1, (ctx, cnt)
        c0 = text.find(ctx)
        nth = extra.get('nth', 0)
        pos = -1
        for _ in range(nth + 1):
            pos = ctx.find(span, pos + 1)
            assert pos >= 0, (ctx, span)
        start = c0 + pos
        end = start + len(span)
        assert text[start:end] == span
        if 'value' in extra or 'unit' in extra:
            value, unit = extra['value'], extra['unit']
        else:
            value, unit, _ = parse_span(span)
        rec = {'start': start, 'end': end, 'text': span, 'kind': kind, 'metric': metric,
               'value': value}
        if 'value_max' in extra:
            rec['value_max'] = extra['value_max']
        rec.update({'unit': unit, 'comparator': cmp_, 'year': year,
                    'agency': extra.get('agency', agency)})
        out.append(rec)
    out.sort(key=lambda r: r['start'])
    return out


def write(path, document, issuer, quantities, entities):
    d = {'document': document, 'issuer': issuer, 'quantities': quantities, 'entities': entities}
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write('\n')
