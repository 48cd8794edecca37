"""Score extraction and linking on any corpus against a gold file in the sample-gold format.

Run: .venv/bin/python bench/eval_gold.py [--corpus examples/eval --gold examples/eval-gold/figures.jsonl] [--show]

Without arguments it scores the bundled sample corpus against examples/sample-gold.
A predicted figure matches a gold line when it
comes from the same article (path relative to ``--corpus`` + item) and its evidence sentence
contains the gold ``evidence_contains``; among several candidates in one sentence the one with
the same outcome/group/bounds wins. Prints figure precision/recall/F1, per-field accuracy on
matched pairs (plus the canonical claimant and perpetrator names), and B-cubed of the incidents
built by ``assemble`` over matched incident figures. ``--show`` lists misses, false alarms and
field errors.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

FIELDS = ("outcome", "group", "low", "high", "qualifier", "scope", "stance", "claimant_kind",
          "perpetrator?", "claimant", "perpetrator")


def _value(f: Any, field: str) -> Any:
    if field == "claimant_kind":
        return f.claimant.kind if f.claimant else "unattributed"
    if field == "claimant":
        return f.claimant.name if f.claimant else "unattributed"
    if field == "perpetrator":
        return f.perpetrator.name if f.perpetrator else None
    if field == "perpetrator?":
        return f.perpetrator is not None
    return getattr(f, field)


def _gold_value(g: dict[str, Any], field: str) -> Any:
    return g["perpetrator"] is not None if field == "perpetrator?" else g[field]


def _agrees(f: Any, g: dict[str, Any], field: str) -> bool:
    """Our value equals the gold one; for names, the comparison of ``civcas.evaluate.figures``
    (an alias of the same canonical actor, or all words of one name among the words of the other,
    whatever their case and order: token-set ratio 100)."""
    ours, want = _value(f, field), _gold_value(g, field)
    if ours == want:
        return True
    if field in ("claimant", "perpetrator") and want not in (None, "unattributed"):
        from civcas.evaluate.figures import actor_agrees

        actor = f.claimant if field == "claimant" else f.perpetrator
        return actor is not None and actor_agrees(actor.name, actor.text, str(want), min_ratio=100)
    return False


def _score(g: dict[str, Any], f: Any) -> int:
    return sum(_value(f, k) == _gold_value(g, k) for k in ("outcome", "group", "low", "high"))


def main(argv: list[str] | None = None) -> None:
    from civcas.ingest import read_paths
    from civcas.pipeline import analyse_document, assemble

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    examples = Path(__file__).resolve().parents[1] / "examples"
    ap.add_argument("--corpus", type=Path, default=examples / "sample",
                    help="folder of articles (default: the bundled sample corpus)")
    ap.add_argument("--gold", type=Path, default=examples / "sample-gold" / "figures.jsonl",
                    help="gold figures in the sample-gold format")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--names", action="store_true",
                    help="with --show, also list claimant and perpetrator name errors")
    args = ap.parse_args(argv)
    corpus = args.corpus.resolve()
    gold = [json.loads(ln) for ln in args.gold.read_text(encoding="utf-8").splitlines() if ln.strip()]

    result = read_paths([str(corpus)])
    preds: dict[tuple[str, int | None], list[Any]] = defaultdict(list)
    all_figs = []
    for doc in result.documents:
        figs = analyse_document(doc)
        all_figs.extend(figs)
        for origin in (doc.origin, *doc.copies):
            if origin is None:
                continue
            key = (Path(origin.path).resolve().relative_to(corpus).as_posix(), origin.position)
            preds[key].extend(figs)
    n_pred = sum(len(v) for v in preds.values())

    matched: list[tuple[dict[str, Any], Any]] = []
    missed: list[dict[str, Any]] = []
    used: set[tuple[tuple[str, int | None], str]] = set()
    for g in gold:
        key = (g["file"], g["item"])
        cands = [f for f in preds.get(key, []) if g["evidence_contains"] in f.evidence.text
                 and (key, f.id) not in used]
        if not cands:
            missed.append(g)
            continue
        best = max(cands, key=lambda f: _score(g, f))
        used.add((key, best.id))
        matched.append((g, best))
    tp = len(matched)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    print(f"documents {len(result.documents)}  gold figures {len(gold)}  predicted {n_pred}")
    print(f"figures   P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    for field in FIELDS:
        ok = sum(_agrees(f, g, field) for g, f in matched)
        print(f"  {field:<14} {ok}/{tp} = {ok / tp if tp else 0:.3f}")

    assembly = assemble(all_figs)
    pred_incident = {fid: inc.id for inc in assembly.incidents for fid in inc.figures}
    pairs = [(g["incident"], pred_incident.get(f.id)) for g, f in matched
             if g["scope"] == "incident" and f.id in pred_incident]
    if pairs:
        by_gold = Counter(gl for gl, _ in pairs)
        by_pred = Counter(pl for _, pl in pairs)
        both = Counter(pairs)
        p = sum(both[(gl, pl)] / by_pred[pl] for gl, pl in pairs) / len(pairs)
        r = sum(both[(gl, pl)] / by_gold[gl] for gl, pl in pairs) / len(pairs)
        print(f"linking   B-cubed P {p:.3f}  R {r:.3f}  F1 {2 * p * r / (p + r):.3f} "
              f"over {len(pairs)} matched incident figures; {len(assembly.incidents)} incidents, "
              f"{len(assembly.tallies)} tally series")
    if args.show:
        for g in missed:
            print("MISSED", g["file"], repr(g["evidence_contains"]), g["outcome"], g["group"],
                  g["low"], g["high"])
        for key, figs in sorted(preds.items(), key=lambda kv: str(kv[0])):
            for f in figs:
                if (key, f.id) not in used:
                    print("EXTRA ", key[0], repr(f.number_text), f.outcome, f.group, f.low, f.high,
                          "|", f.evidence.text[:100])
        for g, f in matched:
            shown = FIELDS if args.names else FIELDS[:-3]
            wrong = [f"{k}={_value(f, k)!r}(gold {_gold_value(g, k)!r})" for k in shown
                     if not _agrees(f, g, k)]
            if wrong:
                print("FIELD ", g["file"], repr(g["evidence_contains"]), "; ".join(wrong))


if __name__ == "__main__":
    main()
