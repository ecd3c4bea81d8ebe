"""Numeral parsing: examples from the corpus and property tests (exact Decimal arithmetic)."""
from decimal import Decimal

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from policykg.loaders.numerals import (
    SCALE_WORDS,
    clean_decimal,
    parse_number,
    scale_value,
    to_chinese,
    try_parse_number,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("两千三百万", "23000000"),
        ("百分之六十五点三", "65.3"),
        ("1.55万", "15500"),
        ("3,826.5", "3826.5"),
        ("３８２６．５", "3826.5"),
        ("14.2万亿", "14200000000000"),
        ("0.94万", "9400"),
        ("万亿", "1000000000000"),
        ("亿", "100000000"),
        ("万", "10000"),
        ("千", "1000"),
        ("百", "100"),
        ("百万", "1000000"),
        ("十", "10"),
        ("十一", "11"),
        ("一百零五", "105"),
        ("二十万零三", "200003"),
        ("三亿五千万", "350000000"),
        ("一万二", "12000"),
        ("两千五", "2500"),
        ("二〇二一", "2021"),
        ("六十五点三", "65.3"),
        ("零点五", "0.5"),
        ("一万零一亿", "1000100000000"),
        ("150亿", "15000000000"),
        ("2 万", "20000"),
    ],
)
def test_examples(text, value):
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "十四五x", "一二三四五六", "千百", "点五", "1.2.3"])
def test_rejects(text):
    # "一二三四五六" is read digit by digit (a code, not a quantity) — it parses; others must not
    if text == "一二三四五六":
        assert parse_number(text) == 123456
    else:
        assert try_parse_number(text) is None


def test_no_exponent_notation():
    assert str(parse_number("1.55万")) == "15500"
    assert str(parse_number("14.2万亿")) == "14200000000000"
    assert str(clean_decimal(Decimal("6.50"))) == "6.5"


@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_round_trip_own_writer(n):
    assert parse_number(to_chinese(n)) == n


@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_round_trip_cn2an_writer(n):
    # an independent writer: cn2an's formal style must parse back to the same integer
    assert parse_number(cn2an.an2cn(n)) == n


@given(st.integers(min_value=0, max_value=10**12))
def test_parse_agrees_with_cn2an_reader(n):
    assert parse_number(to_chinese(n)) == cn2an.cn2an(to_chinese(n), "strict")


@given(
    st.decimals(min_value=Decimal("0"), max_value=Decimal("100000"), places=4, allow_nan=False),
    st.sampled_from(sorted(SCALE_WORDS)),
)
def test_scale_words_multiply_exactly(d, scale):
    text = f"{d:f}{scale}"
    assert parse_number(text) == d * SCALE_WORDS[scale]
    assert parse_number(text) == d * scale_value(scale)


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=99))
def test_decimal_fractions_are_exact(whole, frac):
    text = f"{whole}.{frac:02d}"
    assert parse_number(text) == Decimal(text)
    assert parse_number(text + "万") == Decimal(text) * 10000


@given(st.integers(min_value=1000, max_value=10**12))
def test_thousands_separators(n):
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=0, max_value=99), st.integers(min_value=0, max_value=9))
def test_percent_words(whole, tenth):
    text = "百分之" + to_chinese(whole) + "点" + "零一二三四五六七八九"[tenth]
    assert parse_number(text) == Decimal(f"{whole}.{tenth}")
