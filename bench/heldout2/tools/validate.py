"""Validate gold files against GUIDELINES.md conventions.

usage: python3 validate.py [gold.json ...]   (default: all *.gold.json in ../)
Exit code 1 if any ERROR.
"""
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import parse_span  # noqa: E402

CORPUS = '/work/shared/corpus/govreports/'
KINDS = {'target', 'observation'}
CMPS = {'=', '>=', '>', '<=', '~', 'range'}
SUFFIX_CMP = [('以上', '>='), ('左右', '~'), ('以内', '<='), ('以下', '<='), ('余', '>'), ('多', '>')]
PREFIX_CMP = {
    '>': ['超过', '突破', '超', '逾', '多于'],
    '~': ['接近', '近', '约'],
    '>=': ['不少于', '不低于', '迈上', '保持', '稳定在', '达到'],
    '<=': ['不超过', '控制在'],
}
ENTITY_KEYS = ['agencies', 'areas', 'parks', 'industries', 'initiatives', 'cited_documents', 'persons']
REQ_FIELDS = ['start', 'end', 'text', 'kind', 'metric', 'value', 'unit', 'comparator', 'year', 'agency']


def validate(path):
    errs, warns = [], []
    g = json.load(open(path, encoding='utf-8'))
    for k in ['document', 'issuer', 'quantities', 'entities']:
        if k not in g:
            errs.append('missing top-level key %s' % k)
    cands = [CORPUS + g['document']] + glob.glob('/work/shared/corpus/**/' + g['document'], recursive=True)
    text = open([c for c in cands if os.path.exists(c)][0], encoding='utf-8').read()
    if os.path.basename(path) != g['document'] + '.gold.json':
        errs.append('file name does not match document')
    spans = set()
    prev_end = -1
    qs = sorted(g['quantities'], key=lambda q: q['start'])
    for i, q in enumerate(qs):
        tag = '%s@%d' % (q.get('text'), q.get('start'))
        for f in REQ_FIELDS:
            if f not in q:
                errs.append('%s missing field %s' % (tag, f))
        extra = set(q) - set(REQ_FIELDS) - {'value_max'}
        if extra:
            errs.append('%s unexpected fields %s' % (tag, extra))
        s, e = q['start'], q['end']
        if text[s:e] != q['text']:
            errs.append('%s offset mismatch: text[s:e]=%r' % (tag, text[s:e]))
        if (s, e) in spans:
            errs.append('%s duplicate span' % tag)
        spans.add((s, e))
        if s < prev_end:
            errs.append('%s overlaps previous span' % tag)
        prev_end = max(prev_end, e)
        if q['kind'] not in KINDS:
            errs.append('%s bad kind %r' % (tag, q['kind']))
        if not q['metric'] or not isinstance(q['metric'], str):
            errs.append('%s empty metric' % tag)
        if q['comparator'] not in CMPS:
            errs.append('%s bad comparator %r' % (tag, q['comparator']))
        if not isinstance(q['value'], (int, float)) or isinstance(q['value'], bool):
            errs.append('%s value not numeric' % tag)
        # range / value_max
        if q['comparator'] == 'range':
            if 'value_max' not in q:
                errs.append('%s range without value_max' % tag)
            elif not q['value_max'] > q['value']:
                errs.append('%s value_max <= value' % tag)
        elif 'value_max' in q:
            errs.append('%s value_max without range comparator' % tag)
        # year / agency
        y = q['year']
        if y is not None and not (isinstance(y, int) and 2000 <= y <= 2050):
            errs.append('%s bad year %r' % (tag, y))
        if q['agency'] is not None and not isinstance(q['agency'], str):
            errs.append('%s bad agency' % tag)
        if q['kind'] == 'target' and y is not None and y < 2026:
            warns.append('%s target with past year %s' % (tag, y))
        # value / unit consistency with the span
        if q['comparator'] != 'range':
            try:
                pv, pu, pc = parse_span(q['text'])
            except Exception as ex:  # noqa: BLE001
                pv, pu, pc = None, None, None
                warns.append('%s cannot parse span (%s)' % (tag, ex))
            has_digit = bool(re.search(r'[0-9零〇一二两三四五六七八九十百千万亿]', q['text']))
            if pv is not None and has_digit:
                if pu == q['unit']:
                    if abs(pv - q['value']) > 1e-9 * max(1, abs(pv)):
                        errs.append('%s value %r != parsed %r' % (tag, q['value'], pv))
                else:
                    warns.append('%s unit %r differs from parsed %r (value %r vs parsed %r) - check override'
                                 % (tag, q['unit'], pu, q['value'], pv))
            if q['unit'] and q['unit'] not in q['text'] and q['unit'] != '%':
                warns.append('%s unit %r not in span' % (tag, q['unit']))
            if q['unit'] == '%' and '%' not in q['text']:
                warns.append('%s unit %% but no %% in span' % tag)
        # comparator consistency
        suf = None
        for w, c in SUFFIX_CMP:
            if w in q['text']:
                suf = c
        before = text[max(0, s - 4):s]
        # clause before the span (distributive prefixes: 分别突破300亿元和3000亿元)
        cstart = max(text.rfind(ch, 0, s) for ch in '，。；：！\n')
        clause = text[cstart + 1:s]
        if suf:
            if q['comparator'] != suf:
                errs.append('%s comparator %s but span suffix implies %s' % (tag, q['comparator'], suf))
        else:
            if q['comparator'] in ('>', '~'):
                dist = clause.startswith('分别') or '分别' in clause
                ok = any(before.endswith(p) for p in PREFIX_CMP[q['comparator']]) or \
                    (dist and any(p in clause for p in PREFIX_CMP[q['comparator']]))
                if not ok and '两位数' not in q['text']:
                    errs.append('%s comparator %s without a matching prefix word (before=%r)'
                                % (tag, q['comparator'], before))
            elif q['comparator'] in ('>=', '<='):
                if not any(before.endswith(p) for p in PREFIX_CMP[q['comparator']]) and q['text'] != '两位数':
                    warns.append('%s comparator %s without suffix; prefix=%r' % (tag, q['comparator'], before))
            elif q['comparator'] == '=':
                for cmp_, words in PREFIX_CMP.items():
                    if cmp_ in ('>', '~') and any(before.endswith(p) for p in words):
                        errs.append('%s comparator = but preceded by %r' % (tag, before))
        # prefix words must stay outside the span
        for p in ['超过', '突破', '逾', '接近', '约']:
            if q['text'].startswith(p):
                errs.append('%s prefix word %s inside span' % (tag, p))
    # entities
    ents = g['entities']
    for k in ENTITY_KEYS:
        if k not in ents:
            errs.append('entities missing %s' % k)
            continue
        vals = ents[k]
        if k == 'persons':
            names = [p.get('name') for p in vals]
            for p in vals:
                if set(p) != {'name', 'role'} or not p['name'] or not p['role']:
                    errs.append('bad person %r' % p)
                elif p['name'] not in text:
                    warns.append('person %s not in text' % p['name'])
            vals = names
        if len(vals) != len(set(vals)):
            errs.append('duplicate entities in %s: %s' % (k, sorted({v for v in vals if vals.count(v) > 1})))
        for v in vals:
            if not isinstance(v, str) or not v.strip():
                errs.append('bad entity %r in %s' % (v, k))
    if g['issuer'] not in ents.get('agencies', []):
        errs.append('issuer not in agencies')
    # cross-category duplicates
    seen = {}
    for k in ENTITY_KEYS[:-1]:
        for v in ents.get(k, []):
            if v in seen:
                warns.append('entity %s in both %s and %s' % (v, seen[v], k))
            seen[v] = k
    return g, errs, warns


def main():
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(os.path.dirname(__file__), '..', '*.gold.json')))
    bad = False
    for p in paths:
        g, errs, warns = validate(p)
        q = g['quantities']
        print('==', os.path.basename(p), 'quantities:', len(q),
              '(target %d, observation %d)' % (sum(x['kind'] == 'target' for x in q),
                                               sum(x['kind'] == 'observation' for x in q)),
              {k: len(v) for k, v in g['entities'].items()})
        for e in errs:
            print('  ERROR', e)
        for w in warns:
            print('  warn ', w)
        bad = bad or bool(errs)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
