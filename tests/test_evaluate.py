"""policykg eval: scores the dev gold, and a gold file that annotates entities only leaves quantities unscored."""
import json
import shutil

from policykg.evaluate import evaluate_dir

from .conftest import GOLD, SHARED

REPLY = "changzhou-gxj-reply-2021-35.txt"


def test_dev_gold_of_the_reply_scores_both_quantities_and_entities(tmp_path):
    shutil.copy(GOLD / f"{REPLY}.gold.json", tmp_path)
    report = evaluate_dir(tmp_path, SHARED / "corpus")
    doc = report["documents"][0]
    assert doc["quantities_scored"]
    assert report["summary"]["quantities"]["gold"] > 0
    assert report["summary"]["quantities"]["f1"] > 0.9
    assert report["summary"]["entities"]["agencies"]["f1"] > 0.8


def test_entity_only_gold_leaves_quantities_unscored(tmp_path):
    gold = json.loads((GOLD / f"{REPLY}.gold.json").read_text(encoding="utf-8"))
    del gold["quantities"]
    (tmp_path / f"{REPLY}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    report = evaluate_dir(tmp_path, SHARED / "corpus")
    doc = report["documents"][0]
    assert not doc["quantities_scored"]
    # nothing predicted is counted against a batch that did not annotate quantities
    assert report["summary"]["quantities"]["gold"] == 0
    assert report["summary"]["quantities"]["predicted"] == 0
    assert doc["spurious_quantities"] == []
    # entities are scored exactly as with the full file
    assert report["summary"]["entities"]["agencies"]["gold"] == len(gold["entities"]["agencies"])
    assert report["summary"]["entities"]["agencies"]["f1"] > 0.8


def test_each_figure_counts_once_when_its_agency_is_in_several_documents(tmp_path):
    # two replies of one bureau: the bureau's node is in both documents' graphs
    corpus, gold_dir = tmp_path / "docs", tmp_path / "gold"
    corpus.mkdir(), gold_dir.mkdir()
    texts = {"a.txt": "常州市商务局\n关于建议的答复\n目前，全市共有外资企业1200家。\n",
             "b.txt": "常州市商务局\n关于提案的答复\n目前，全市共有总部企业35家。\n"}
    for name, text in texts.items():
        (corpus / name).write_text(text, encoding="utf-8")
        span = "1200家" if name == "a.txt" else "35家"
        start = text.index(span)
        gold = {"document": name, "quantities": [{
            "start": start, "end": start + len(span), "text": span, "kind": "observation",
            "value": int(span[:-1]), "unit": "家", "comparator": "=", "year": None, "agency": "常州市商务局"}],
            "entities": {}}
        (gold_dir / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    report = evaluate_dir(gold_dir, corpus)
    assert report["summary"]["quantities"]["predicted"] == 2
    assert report["summary"]["quantities"]["f1"] == 1.0


def test_names_match_whatever_the_width_of_their_digits_letters_and_signs():
    from policykg.evaluate import match_key
    assert match_key("“稳拓转调创＋政策”措施") == match_key("“稳拓转调创+政策”措施")
    assert match_key("５Ｇ＋工业互联网 (试点)") == match_key("5G+工业互联网（试点）")
    assert match_key("“1+1+9”") != match_key("“1+1+10”")


def test_a_file_that_fails_to_build_is_scored_as_predicting_nothing(tmp_path):
    corpus, gold_dir = tmp_path / "docs", tmp_path / "gold"
    corpus.mkdir()
    gold_dir.mkdir()
    (corpus / "empty.txt").write_bytes(b"")  # an empty file: a per-file error, not a crash of the evaluation
    gold = {"document": "empty.txt", "issuer": "某市人民政府", "quantities": [],
            "entities": {"agencies": ["某市人民政府"]}}
    (gold_dir / "empty.txt.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    report = evaluate_dir(gold_dir, corpus)
    doc = report["documents"][0]
    assert doc["error"]
    assert doc["entities"]["agencies"]["gold"] == 1 and doc["entities"]["agencies"]["predicted"] == 0
