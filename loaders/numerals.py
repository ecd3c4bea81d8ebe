"""Arabic and Chinese numerals to exact `Decimal` values.

Handles what government documents write: `3,826.5`, `1.55万`, `14.2万亿`, `两千三百万`, `三亿五千万`,
`一万二` (colloquial: 12000), `二〇二一` (digit by digit), `六十五点三`, `百分之六十五点三`, bare scale
words (`万亿`, `亿`, `万`, `千`, `百`), full-width digits. No float is ever involved, so scale words
multiply exactly. `to_chinese` writes an integer the formal way (`一万零一十`), for tests and labels.
"""
from __future__ import annotations

import re
from decimal import Decimal

CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
# units inside a group of four digits
CN_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
# scale words between groups; compound scales are products (万亿 = 10^12)
CN_SCALES: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
# multi-character scale words as written after an Arabic number ("1.2万亿元", "300多万")
SCALE_WORDS: dict[str, int] = {
    "万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "十亿": 10**9, "亿": 10**8,
    "千万": 10**7, "百万": 10**6, "十万": 10**5, "万": 10**4, "千": 10**3, "百": 10**2, "十": 10,
}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS) + "".join(CN_SCALES)
# the period a plan's title writes after its name, its first and last year: （2025-2027年）
YEAR_SPAN = r"((?:19|20)\d{2})\s*[-—–－~至]\s*((?:19|20)\d{2})年?"

_FULLWIDTH = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)} | {"，": ",", "．": ".", "％": "%"})
_ARABIC = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_PERCENT_PREFIX = ("百分之", "千分之")


def clean_decimal(d: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent notation (15500.00 → 15500, 6.50 → 6.5)."""
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    return d.normalize()


def scale_value(word: str) -> int:
    """The multiplier of a run of scale words (`万`, `亿`, `万亿`, `千万`); 1 for the empty string."""
    value = 1
    for ch in word:
        if ch in CN_SCALES:
            value *= CN_SCALES[ch]
        elif ch in CN_UNITS:
            value *= CN_UNITS[ch]
        else:
            raise ValueError(f"not a scale word: {word!r}")
    return value


def _group(s: str) -> int:
    """A Chinese numeral below 10^4 (no 万/亿 inside): 一千零五, 十一, 一百二 (=120), 二〇二一."""
    if not s:
        return 0
    if all(ch in CN_DIGITS for ch in s):
        # digit by digit ("二〇二一"), or a single digit
        value = 0
        for ch in s:
            value = value * 10 + CN_DIGITS[ch]
        return value
    total, digit, last_unit = 0, None, None
    for ch in s:
        if ch in CN_DIGITS:
            if digit is not None and CN_DIGITS[ch] != 0 and digit != 0:
                raise ValueError(f"two digits in a row in {s!r}")
            digit = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            unit = CN_UNITS[ch]
            if digit is None and (last_unit is not None or unit != 10):
                raise ValueError(f"unit without a digit in {s!r}")  # only 十 may stand alone (十一)
            if last_unit is not None and unit >= last_unit:
                raise ValueError(f"units out of order in {s!r}")
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
    if digit:
        # colloquial abbreviation: 一百二 = 120, 两千五 = 2500 (a bare digit after a unit, no 零)
        if last_unit is not None and last_unit >= 100 and not re.search("[零〇]", s):
            total += digit * last_unit // 10
        else:
            total += digit
    return total


def parse_cn_integer(s: str) -> int:
    """A Chinese integer numeral, scale words included: 两千三百万 → 23000000, 一万亿 → 10^12."""
    if not s:
        raise ValueError("empty numeral")
    for scale_char, scale in (("亿", 10**8), ("億", 10**8), ("万", 10**4), ("萬", 10**4)):
        at = s.rfind(scale_char)
        if at >= 0:
            left, right = s[:at], s[at + 1:]
            high = parse_cn_integer(left) if left else 1
            if right and all(ch in CN_DIGITS for ch in right) and len(right) == 1 and right not in "零〇" \
                    and not re.search("[零〇]", s[max(0, at - 1):at]):
                # 一万二 = 12000, 三亿五 = 350000000
                return high * scale + CN_DIGITS[right] * scale // 10
            low = parse_cn_integer(right) if right else 0
            if low >= scale:
                raise ValueError(f"lower part too large in {s!r}")
            return high * scale + low
    return _group(s)


def _parse_cn(s: str) -> Decimal:
    if "点" in s:
        whole, _, frac = s.partition("点")
        if not frac or not all(ch in CN_DIGITS for ch in frac):
            raise ValueError(f"bad decimal part in {s!r}")
        # 三点五万 is not written; 二十三点五 is
        if not whole:
            raise ValueError(f"no integer part in {s!r}")
        int_part = parse_cn_integer(whole)
        return Decimal(f"{int_part}.{''.join(str(CN_DIGITS[c]) for c in frac)}")
    return Decimal(parse_cn_integer(s))


def parse_number(text: str) -> Decimal:
    """Parse one numeral (Arabic, Chinese or mixed, with trailing scale words) to an exact Decimal.

    `3,826.5` → 3826.5; `1.55万` → 15500; `14.2万亿` → 14200000000000; `两千三百万` → 23000000;
    `百分之六十五点三` → 65.3 (the percent sign is the caller's unit); `万亿` → 10^12.
    Raises ValueError for anything else.
    """
    s = text.strip().translate(_FULLWIDTH).replace(" ", "")
    if not s:
        raise ValueError("empty numeral")
    for prefix in _PERCENT_PREFIX:
        if s.startswith(prefix):
            return parse_number(s[len(prefix):])
    m = _ARABIC.match(s)
    if m:
        value = Decimal(m.group().replace(",", ""))
        rest = s[m.end():]
        if rest:
            value *= scale_value(rest)
        return clean_decimal(value)
    if s in SCALE_WORDS:
        # a bare magnitude: 万亿, 千亿, 百万
        return Decimal(SCALE_WORDS[s])
    return clean_decimal(_parse_cn(s))


def try_parse_number(text: str) -> Decimal | None:
    try:
        return parse_number(text)
    except (ValueError, ArithmeticError):
        return None


_DIGIT_CHARS = "零一二三四五六七八九"


def _group_to_chinese(n: int, leading: bool) -> str:
    """0 < n < 10^4, formal style; `leading` omits 一 before 十 (十一 rather than 一十一)."""
    out = []
    zero = False
    for unit, ch in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        if not (unit == 10 and d == 1 and leading and not out):
            out.append(_DIGIT_CHARS[d])
        out.append(ch)
    return "".join(out)


def to_chinese(n: int, _leading: bool = True) -> str:
    """A non-negative integer in formal Chinese numerals: 10010 → 一万零一十, 10^12 → 一万亿."""
    if n < 0:
        return "负" + to_chinese(-n)
    if n == 0:
        return "零"
    for scale, word in ((10**8, "亿"), (10**4, "万")):
        if n >= scale:
            high, low = divmod(n, scale)
            out = to_chinese(high, _leading) + word
            if low:
                out += ("零" if low < scale // 10 else "") + to_chinese(low, _leading=False)
            return out
    return _group_to_chinese(n, _leading)
