"""Gold reading (civcas.evaluate.gold) and figure scoring (civcas.evaluate.figures)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from civcas.errors import InputError
from civcas.evaluate.figures import evaluate_figures, gold_ranges, norm_group, score_figures
from civcas.evaluate.gold import gold_incidents, load_documents, load_gold


def write_set(root: Path, docs: list[dict], gold: list[dict]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "documents.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    (root / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    return root


def incident(killed_civ: list | None = None, injured_civ: list | None = None, perp: str | None = None) -> dict:
    return {"date": None, "place": None, "lat": None, "lon": None, "perpetrator": perp,
            "killed": {"civilians": killed_civ, "children": None, "women": None, "men": None, "people": None},
            "injured": {"civilians": injured_civ, "people": None}}


def test_load_documents_and_gold(tmp_path: Path) -> None:
    root = write_set(tmp_path / "s", [{"id": "d1", "title": None, "text": "Hello.", "published": "2016-03-01",
                                       "url": None}], [{"doc_id": "d1", "incident": incident([3, 3])}])
    (doc,) = load_documents(root)
    assert doc.id == "d1" and doc.published is not None and doc.published.isoformat() == "2016-03-01"
    gold = load_gold(root)
    assert gold_incidents(gold["d1"])[0]["killed"]["civilians"] == [3, 3]


def test_bad_gold_lines_raise_input_errors(tmp_path: Path) -> None:
    root = tmp_path / "bad"
    root.mkdir()
    (root / "documents.jsonl").write_text('{"id": "x", "text": "t"}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"documents\.jsonl:2"):
        load_documents(root)
    with pytest.raises(InputError):
        load_gold(tmp_path / "missing")


def test_scoring_counts_hits_misses_and_false_alarms(tmp_path: Path) -> None:
    docs = [
        {"id": "d1", "title": None, "published": "2017-03-20", "url": None,
         "text": "Coalition airstrikes killed 12 civilians and wounded 30 in the town, activists said. "
                 "Earlier reports said 9 civilians were killed."},
        {"id": "d2", "title": None, "published": None, "url": None,
         "text": "Shelling killed 7 civilians in the village."},
    ]
    gold = [{"doc_id": "d1", "incident": incident([9, 14], [30, 30], "US-led coalition")},
            {"doc_id": "d2", "incident": incident([4, 4])}]
    root = write_set(tmp_path / "s", docs, gold)
    score = evaluate_figures(root)
    # gold items: 9, 14, 30 (d1) and 4 (d2); hits: 9 and 30
    assert (score.gold_items, score.gold_hit) == (4, 2)
    # predictions: 12 (inside [9, 14]), 9, 30 correct; 7 is a false alarm
    assert (score.predicted, score.correct, score.false_alarms) == (4, 3, 1)
    assert score.perpetrator_accuracy == 1.0
    assert 0 < score.f1 < 1
    assert {(m.doc, m.value) for m in score.misses} == {("d1", 14), ("d2", 4)}


def test_muc_groups_are_compared_together() -> None:
    row = {"doc_id": "m", "relevant": True, "incidents": [
        {"killed": {"civilians": [2, 2], "people": [3, 3]}, "injured": {}}]}
    ranges = gold_ranges(row, "muc4")
    assert sorted(ranges[("killed", "all")]) == [(2, 2), (3, 3), (5, 5)]
    assert norm_group("combatants", "muc4") == "all"
    assert norm_group("children", "gvc") == "children" and norm_group("men", "gvc") == "people"
    assert norm_group("people", "default") == "civilians" and norm_group("combatants", "default") is None


def test_irrelevant_documents_make_false_alarms() -> None:
    from civcas.extract import extract
    from civcas.models import Document

    doc = Document(id="m1", text="FIVE PEASANTS WERE KILLED IN THE VILLAGE MARKET.")
    gold = {"m1": {"doc_id": "m1", "relevant": False, "incidents": []}}
    score = score_figures([doc], gold, extract(doc))
    assert (score.predicted, score.false_alarms, score.gold_items) == (1, 1, 0)


def test_irrelevant_muc_documents_do_not_score_combatant_figures() -> None:
    """MUC-4 leaves guerrilla-army clashes out of its keys: soldiers killed there cannot be judged."""
    from civcas.extract import extract
    from civcas.models import Document

    doc = Document(id="m3", text="FIVE SOLDIERS WERE KILLED AND TWO CIVILIANS WERE WOUNDED IN THE CLASH.")
    figs = extract(doc)
    assert {f.group for f in figs} >= {"combatants", "civilians"}
    gold = {"m3": {"doc_id": "m3", "relevant": False, "incidents": []}}
    score = score_figures([doc], gold, figs)
    assert (score.predicted, score.false_alarms) == (1, 1)  # the civilians only


def test_muc_one_target_group_of_a_summed_type_is_a_key_value() -> None:
    from civcas.extract import extract
    from civcas.models import Document

    doc = Document(id="m2", text="FOUR NUNS AND THREE TEACHERS WERE MURDERED BY THE DEATH SQUAD IN THE VILLAGE.")
    targets = [{"description": "NUNS", "number": [4, 4], "counted_as": "killed.civilians"},
               {"description": "TEACHERS", "number": [3, 3], "counted_as": "killed.civilians"}]
    gold = {"m2": {"doc_id": "m2", "relevant": True, "incidents": [
        {"killed": {"civilians": [7, 7]}, "injured": {}, "targets": targets}]}}
    score = score_figures([doc], gold, extract(doc))
    assert score.false_alarms == 0 and score.correct >= 2
    assert score.gold_items == 1  # recall still asks for the summed 7 only
    wrong = [{"description": "NUNS", "number": [4, 4], "counted_as": "injured.civilians"}]
    gold["m2"]["incidents"][0]["targets"] = wrong  # a group of the other outcome does not count
    assert score_figures([doc], gold, extract(doc)).false_alarms >= 1


def test_muc_optional_template_values_are_no_misses() -> None:
    from civcas.models import Document

    doc = Document(id="m4", text="NOTHING HAPPENED IN THE CAPITAL TODAY.")
    gold = {"m4": {"doc_id": "m4", "relevant": True, "incidents": [
        {"optional": False, "killed": {"civilians": [3, 3]}, "injured": {}},
        {"optional": True, "killed": {"civilians": [5, 5]}, "injured": {"people": [2, 2]}}]}}
    score = score_figures([doc], gold, [])
    assert score.gold_items == 1 and {m.value for m in score.misses} == {3}  # 5 and 2: optional only
    gold["m4"]["incidents"][1]["optional"] = False
    assert score_figures([doc], gold, []).gold_items == 3


@pytest.mark.parametrize(("name", "text", "gold", "ratio", "agrees"), [
    ("Hajjah Republican Hospital", "the Republican Hospital", "Republican Hospital", 100, True),
    ("Colombian police", "police in Antioquia", "NATIONAL POLICE", 100, False),
    ("Human Rights Watch", "the rights group", "Human Rights Commission", 100, False),
    ("Human Rights Watch", "the rights group", "Human Rights Commission", 80, True),
    ("Syrian Observatory for Human Rights", "the Observatory", "SOHR", 100, True),
    ("Syrian government", "Damascus", "Syrian Observatory for Human Rights", 80, False),
])
def test_actor_names_agree_by_alias_or_shared_words(name: str, text: str, gold: str, ratio: int,
                                                    agrees: bool) -> None:
    from civcas.evaluate.figures import actor_agrees

    assert actor_agrees(name, text, gold, min_ratio=ratio) is agrees
