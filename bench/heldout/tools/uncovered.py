import json,os,re,sys
# usage: uncovered.py DOCUMENT [GOLD_DIR]  (GOLD_DIR defaults to bench/heldout)
doc=sys.argv[1]
gold_dir=sys.argv[2] if len(sys.argv)>2 else os.path.join(os.path.dirname(__file__),'..')
t=open('/work/shared/corpus/govreports/'+doc,encoding='utf-8').read()
g=json.load(open(os.path.join(gold_dir,doc+'.gold.json'),encoding='utf-8'))
cov=set()
for q in g['quantities']: cov.update(range(q['start'],q['end']))
pat=r'[0-9][0-9.]*|[一二两三四五六七八九十百千万亿]+(?=[个家项条户名万亿千百倍成番批次所年位地大种期件部届级座]|[^\u4e00-\u9fff])|[一二两三四五六七八九十百千]+[万亿]|翻[一二三四]?番|倍增|两位数|[一二两三四五六七八九十]成'
for m in re.finditer(pat,t):
    if not (set(range(m.start(),m.end()))&cov):
        print(m.start(),m.group(),'|',t[max(0,m.start()-15):m.end()+10].replace('\n',' '))
