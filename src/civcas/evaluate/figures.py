"""Scoring extracted figures against a gold set (``civcas eval figures``).

Matching (documented in docs/extraction.md):

* A gold *item* is one distinct non-zero bound value of a gold range, keyed by
  (document, outcome, group).  Recall = gold items hit by a predicted figure of the same key whose
  ``low`` or ``high`` equals the value.
* Under the default (Airwars) style a "more than N" figure (qualifier ``more_than``) also states
  N + 1, the least number it allows: Airwars records "more than 35 injured" as a range from 36.
* A predicted figure (deduplicated on doc, outcome, group, low, high) is *correct* when its low or
  high equals a gold bound of its key or lies inside a closed gold range of its key; a *false alarm*
  when its key has gold and it is not correct, or when the document is marked irrelevant;
  otherwise (no gold for that key: the set does not annotate it) it is not scored.
* A breakdown (``part_of`` set) whose group normalises to the same key as its total is not
  scored (except for ``muc4``, whose single key holds the separate civilian and non-civilian
  values): "12 people, including four women" claims 12 for ``people`` under GVC conventions, not 4;
  "four women" is still scored where the set has a ``women`` key (Airwars), and so is a part that
  names the key's own group when its total does not ("seven relatives, four of them
  civilians").
* Groups are normalised per set: ``muc4`` compares all groups together (MUC's ``people`` are
  non-civilian targets; the total civilians + people is also accepted); ``gvc`` compares
  ``children`` and everything else as ``people`` (GVA totals include suspects); the default
  (Airwars-style) maps ``people`` to ``civilians`` and ignores combatants.  Every subgroup is
  scored under its group (journalists, medics and named-victim counts are civilians claims like
  any other); figures without a number are not scored.
* Under the default (Airwars) style a figure of children, women or men that is part of no stated
  total ("two children were killed", "a 40-year-old man died") also hits the ``civilians`` value it
  states: Airwars' civilians range is the total of that breakdown (README of the set: killed
  civilians with its "children, women, men" line), so a report naming only children reports that
  many civilians.  This credit is for recall only; the figure is scored for precision under its
  own group.
* ``muc4`` precision also accepts the number of one human-target group of the key
  (``targets[].number`` with its ``counted_as`` outcome): the converted gold sums the groups of one
  type ("6 JESUIT PRIESTS" + "2 WOMEN" -> civilians 8), yet "six Jesuits and two women were
  killed" states both key numbers. Recall items stay the summed ranges.
* In a ``muc4`` document marked irrelevant, figures of combatants (soldiers, police, guerrillas)
  are not scored: the MUC-3/4 task definition leaves out attacks on a military or police force of
  the perpetrator's own country, clashes between guerrillas and the army and killings of members of
  armed groups ("purely guerrilla acts"), so the key cannot hold them. Every other figure of an
  irrelevant document is a false alarm.
* A ``muc4`` value that only optional templates of the key hold (``optional``: "significant doubt
  whether the incident belongs in the database", MUC-3 task description) is a recall item only
  when a figure hits it: leaving out an incident the key itself doubts is no miss (as MUC scoring
  treated an optional template with no response). Precision still accepts its values.
* A bare plural (qualifier ``vague``, low 2, no high: "several peasants", "others were
  wounded") is not scored for ``muc4``: the MUC-4 keys write PLURAL for such targets and the
  converted gold skips them, so the gold says nothing about them.
* On matched figures: scope accuracy (gold figures are incident-level) and perpetrator accuracy
  where the gold names one (canonical actor, read also in the document's theatre: "ARMY" in a
  Salvadoran story is the Salvadoran armed forces; or fuzzy name match).  For MUC-4 every
  alternative of the key's PERP: ORGANIZATION and PERP: INDIVIDUAL slots counts, as in the
  MUC-4 scorer (``gold_perpetrators``).  Date accuracy: the share of matched incident figures
  whose date span holds a date of the document's gold incidents (a figure without a date
  counts as wrong).  Claimant accuracy is reported only when gold rows carry a ``claimant``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from civcas.evaluate.gold import gold_incidents, load_documents, load_gold
from civcas.extract.plurals import PLURAL_LOW
from civcas.extract.theatre import document_theatre
from civcas.models import Document, Figure

_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_CIVILIAN_PARTS = ("children", "women", "men")  # the default (Airwars) breakdown of the civilians toll


@dataclass(frozen=True, slots=True)
class Miss:
    doc: str
    outcome: str
    group: str
    value: int


@dataclass(frozen=True, slots=True)
class FalseAlarm:
    doc: str
    outcome: str
    group: str
    low: int | None
    high: int | None
    evidence: str


@dataclass(frozen=True, slots=True)
class PerpetratorError:
    """A matched figure whose perpetrator agrees with none of the gold names."""
    doc: str
    outcome: str
    low: int | None
    high: int | None
    ours: str | None
    gold: tuple[str, ...]
    evidence: str


@dataclass(frozen=True, slots=True)
class FigureScore:
    style: str
    documents: int
    gold_items: int
    gold_hit: int
    predicted: int  # scored predictions
    correct: int
    false_alarms: int
    precision: float
    recall: float
    f1: float
    scope_accuracy: float | None
    scope_n: int
    perpetrator_accuracy: float | None
    perpetrator_n: int
    claimant_accuracy: float | None
    claimant_n: int
    date_accuracy: float | None = None  # matched incident figures whose date span holds a gold date
    date_n: int = 0
    misses: list[Miss] = field(default_factory=list)
    false_alarm_list: list[FalseAlarm] = field(default_factory=list)
    perpetrator_errors: list[PerpetratorError] = field(default_factory=list)

    def to_dict(self, *, errors: int = 20) -> dict[str, Any]:
        d = asdict(self)
        d["misses"] = d["misses"][:errors]
        d["false_alarm_list"] = d["false_alarm_list"][:errors]
        d["perpetrator_errors"] = d["perpetrator_errors"][:errors]
        return d


def detect_style(gold: dict[str, dict[str, Any]]) -> str:
    """``muc4`` (incidents lists), ``gvc`` (GVA tallies) or ``default``."""
    for row in gold.values():
        if isinstance(row.get("incidents"), list) or "relevant" in row:
            return "muc4"
        if "gva_url" in row or "participants" in row:
            return "gvc"
    return "default"


def norm_group(group: str, style: str) -> str | None:
    """The comparison group of a predicted or gold group under a set's conventions."""
    if style == "muc4":
        return "all"
    if style == "gvc":
        return "children" if group == "children" else "people"
    if group == "people":
        return "civilians"
    if group == "combatants":
        return None
    return group


def _bounds(rng: Any) -> tuple[int | None, int | None] | None:
    if isinstance(rng, (list, tuple)) and len(rng) == 2:
        lo, hi = rng
        lo = lo if isinstance(lo, int) else None
        hi = hi if isinstance(hi, int) else None
        return lo, hi
    return None


def gold_ranges(row: dict[str, Any], style: str, *, required_only: bool = False,
                ) -> dict[tuple[str, str], list[tuple[int | None, int | None]]]:
    """(outcome, normalised group) -> gold ranges of one document (``required_only``: without the
    MUC-4 key's optional templates)."""
    out: dict[tuple[str, str], list[tuple[int | None, int | None]]] = {}
    for inc in gold_incidents(row):
        if required_only and inc.get("optional") is True:
            continue
        for outcome in ("killed", "injured"):
            groups = inc.get(outcome) or {}
            if not isinstance(groups, dict):
                continue
            parts: list[tuple[int | None, int | None]] = []
            for g, rng in groups.items():
                b = _bounds(rng)
                if b is None:
                    continue
                ng = norm_group(g, style) if style != "default" else (g if g != "people" else "civilians")
                if ng is None:
                    continue
                out.setdefault((outcome, ng), []).append(b)
                if style == "muc4":
                    parts.append(b)
            if style == "muc4" and len(parts) == 2:
                lo = None if parts[0][0] is None or parts[1][0] is None else parts[0][0] + parts[1][0]
                hi = None if parts[0][1] is None or parts[1][1] is None else parts[0][1] + parts[1][1]
                out.setdefault((outcome, "all"), []).append((lo, hi))
    return out


def target_values(row: dict[str, Any]) -> dict[str, set[int]]:
    """MUC-4: outcome -> the numbers of single human-target groups of the key ("6 JESUIT PRIESTS" and
    "2 WOMEN", both civilian). The converted gold sums groups of one type (civilians 8), so a figure
    for one target group is a key value too: accepted for precision, never a recall item."""
    out: dict[str, set[int]] = {}
    for inc in gold_incidents(row):
        for t in inc.get("targets") or []:
            counted = str(t.get("counted_as") or "")
            b = _bounds(t.get("number"))
            if b is None or "." not in counted:
                continue
            out.setdefault(counted.split(".")[0], set()).update(v for v in b if v is not None and v > 0)
    return out


_QUOTED = re.compile(r'"((?:[^"\\]|\\.)+)"')


def gold_perpetrators(row: dict[str, Any]) -> list[str]:
    """The perpetrator names of a gold row: each incident's ``perpetrator`` and, for MUC-4 keys,
    every alternative of its PERP: ORGANIZATION and PERP: INDIVIDUAL slots ("DEATH SQUAD" /
    "EXTREME RIGHT-WING ASSASSINATION GROUP"; "FMLN" and "URBAN GUERRILLA COMMANDOS"), as the
    MUC-4 scorer accepts any alternative of either slot."""
    out: list[str] = []
    for inc in gold_incidents(row):
        names = [str(inc["perpetrator"])] if inc.get("perpetrator") else []
        for slot in (inc.get("perp_organization") or []) + (inc.get("perp_individual") or []):
            names += [m.group(1).replace('\\"', "").strip() for m in _QUOTED.finditer(str(slot))]
        for n in names:
            if n and n not in out:
                out.append(n)
    return out


def actor_agrees(name: str | None, text: str | None, gold: str, *,
                 theatre: tuple[str, ...] | None = None, min_ratio: int = 80) -> bool:
    """An actor we name (canonical ``name``, ``text`` as written) agrees with a gold name: the gold
    name is an alias of the same canonical actor or of the forces a ministry speaks for (``forces`` in
    actors.toml), or either of ours and the gold name have a
    rapidfuzz token-set ratio of at least ``min_ratio`` (case-insensitive). At 100 that means the
    words of one are all words of the other ("Republican Hospital" and "Hajjah Republican
    Hospital"); the default 80, used on the upper-case MUC-4 keys, also lets a word or two differ
    ("Human Rights Watch" and "Human Rights Commission" agree at 80, not at 100)."""
    from rapidfuzz import fuzz

    from civcas.extract import canonical_actor
    from civcas.extract.actors import exact_actor

    if not name:
        return False
    entry = exact_actor(name)
    for t in (None, theatre) if theatre else (None,):
        g = canonical_actor(gold, theatre=t)  # "ARMY" in a story about El Salvador: its army
        if g is not None and (g.name == name or (entry is not None and entry.forces == g.name)
                              or g.forces == name):
            return True  # (a defence ministry speaks for its forces: "Russian Ministry of Defence" ~ "Russian forces")
    gold_plain = _plain_words(gold)
    return any(ours and (fuzz.token_set_ratio(ours.lower(), gold.lower()) >= min_ratio
                         or fuzz.token_set_ratio(_plain_words(ours), gold_plain) >= min_ratio)
               for ours in (name, text))


@cache
def _plurals() -> dict[str, str]:
    """Plural -> singular of the generic attacker nouns (``[number]`` of ``evaluate/names.toml``)."""
    from civcas.datafiles import load_toml

    return {pl.lower(): sg.lower() for sg, pl in load_toml("evaluate", "names.toml")["number"].items()}


def _plain_words(name: str) -> str:
    """``name`` in lower case with each generic attacker noun in the singular ("unidentified gunmen"
    -> "unidentified gunman") and no possessive ending ("Erbil's hospital" -> "erbil hospital", "the
    county coroner's office" -> "the county coroner office")."""
    plurals = _plurals()
    words = (re.sub(r"['’]s$", "", w) for w in name.lower().split())
    return " ".join(plurals.get(w, w) for w in words)


def _claimed(p: Figure, style: str) -> set[int | None]:
    """The values a figure states as a bound: its low and high; under the default (Airwars) style
    also N + 1 for "more than N", the least number it allows (Airwars records "more than 35 injured"
    as at least 36)."""
    out = {p.low, p.high}
    if style == "default" and p.qualifier == "more_than" and p.low is not None:
        out.add(p.low + 1)
    return out


def _perp_ok(fig: Figure, gold: str, theatre: tuple[str, ...] | None = None) -> bool:
    if fig.perpetrator is None:
        return False
    return actor_agrees(fig.perpetrator.name, fig.perpetrator.text, gold, theatre=theatre)


def score_figures(documents: Sequence[Document], gold: dict[str, dict[str, Any]],
                  figures: Sequence[Figure], *, style: str | None = None) -> FigureScore:
    """Score ``figures`` of ``documents`` against ``gold`` (see module doc)."""
    style = style or detect_style(gold)
    doc_ids = [d.id for d in documents if d.id in gold]
    ranges = {d: gold_ranges(gold[d], style) for d in doc_ids}
    groups = {d: target_values(gold[d]) for d in doc_ids} if style == "muc4" else {}
    perps = {d: gold_perpetrators(gold[d]) for d in doc_ids}
    texts = {d.id: d.text for d in documents}
    irrelevant = {d for d in doc_ids if gold[d].get("relevant") is False}
    by_key: dict[tuple[str, str, str], list[Figure]] = {}
    by_id = {f.id: f for f in figures}
    for f in figures:
        if f.doc not in ranges:
            continue
        if (f.low is None and f.high is None) or f.outcome not in ("killed", "injured"):
            continue
        if style == "muc4" and f.qualifier == "vague" and f.low == PLURAL_LOW and f.high is None:
            continue  # a bare plural: MUC-4 keys write PLURAL and the gold leaves such targets out
        ng = norm_group(f.group, style)
        if ng is None:
            continue
        parent = by_id.get(f.part_of) if f.part_of is not None else None
        parent_key = norm_group(parent.group, style) if parent is not None and style != "muc4" else None
        if parent_key == ng and not (f.group == ng and parent is not None and parent.group != ng):
            continue  # a part of a scored total, not a claim about the key's total (see module doc)
        by_key.setdefault((f.doc, f.outcome, ng), []).append(f)
        if style == "gvc" and ng == "children" and parent_key != "people":
            by_key.setdefault((f.doc, f.outcome, "people"), []).append(f)  # GVA people include children
    # default style: a children/women/men figure that is no part of a stated total also states the
    # civilians toll (recall only; see module doc)
    subgroup_totals: dict[tuple[str, str], list[Figure]] = {}
    if style == "default":
        for f in figures:
            if (f.doc in ranges and f.part_of is None and f.group in _CIVILIAN_PARTS
                    and f.scope == "incident" and (f.low is not None or f.high is not None)):
                subgroup_totals.setdefault((f.doc, f.outcome), []).append(f)
    # recall
    items = 0
    hit = 0
    misses: list[Miss] = []
    for d in doc_ids:
        required = gold_ranges(gold[d], style, required_only=True) if style == "muc4" else ranges[d]
        for (outcome, g), rs in sorted(ranges[d].items()):
            values = sorted({v for r in rs for v in r if isinstance(v, int) and v > 0})
            must = {v for r in required.get((outcome, g), []) for v in r if isinstance(v, int)}
            preds = by_key.get((d, outcome, g), [])
            alone = subgroup_totals.get((d, outcome), []) if g == "civilians" else []
            for v in values:
                found = any(v in _claimed(p, style) for p in [*preds, *alone])
                if not found and v not in must:
                    continue  # a value of optional templates only: no miss (see module doc)
                items += 1
                if found:
                    hit += 1
                else:
                    misses.append(Miss(d, outcome, g, v))
    # precision
    predicted = correct = fa = 0
    alarms: list[FalseAlarm] = []
    perp_errors: list[PerpetratorError] = []
    scope_ok = scope_n = perp_ok = perp_n = date_ok = date_n = 0
    days = {d: [date.fromisoformat(str(i["date"])) for i in gold_incidents(gold[d])
                if i.get("date") and _ISO_DAY.fullmatch(str(i["date"]))] for d in doc_ids}
    for (d, outcome, g), preds in sorted(by_key.items()):
        rs = ranges[d].get((outcome, g)) or []
        seen: set[tuple[int | None, int | None]] = set()
        for p in preds:
            if (p.low, p.high) in seen:
                continue
            seen.add((p.low, p.high))
            if not rs or p.scope == "tally":
                if rs and p.scope == "tally" and any(
                        p.low in r or p.high in r for r in rs if p.low is not None or p.high is not None):
                    predicted += 1
                    correct += 1
                    scope_n += 1
                    continue
                if d in irrelevant and p.scope != "tally" and p.group != "combatants":
                    predicted += 1
                    fa += 1
                    alarms.append(FalseAlarm(d, outcome, g, p.low, p.high, p.evidence.text[:200]))
                continue
            predicted += 1
            bounds = {v for r in rs for v in r if v is not None} | groups.get(d, {}).get(outcome, set())
            ok = (not bounds.isdisjoint(_claimed(p, style)) or any(
                r[0] is not None and r[1] is not None and p.low is not None
                and r[0] <= p.low <= r[1] for r in rs))
            if ok:
                correct += 1
                scope_n += 1
                scope_ok += p.scope == "incident"
                if p.scope == "incident" and days.get(d):
                    date_n += 1
                    date_ok += p.date is not None and any(p.date.start <= x <= p.date.end for x in days[d])
                if perps.get(d):
                    perp_n += 1
                    theatre = document_theatre(texts[d]) if d in texts else None
                    if any(_perp_ok(p, gp, theatre) for gp in perps[d]):
                        perp_ok += 1
                    else:
                        perp_errors.append(PerpetratorError(
                            d, outcome, p.low, p.high, p.perpetrator.name if p.perpetrator else None,
                            tuple(perps[d]), p.evidence.text[:200]))
            else:
                fa += 1
                alarms.append(FalseAlarm(d, outcome, g, p.low, p.high, p.evidence.text[:200]))
    precision = correct / predicted if predicted else 0.0
    recall = hit / items if items else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    claim_n = claim_ok = 0
    for f in figures:
        want = gold.get(f.doc, {}).get("claimant")
        if want and f.claimant is not None:
            claim_n += 1
            claim_ok += f.claimant.name.lower() == str(want).lower()
    return FigureScore(
        style=style, documents=len(doc_ids), gold_items=items, gold_hit=hit, predicted=predicted,
        correct=correct, false_alarms=fa, precision=precision, recall=recall, f1=f1,
        scope_accuracy=scope_ok / scope_n if scope_n else None, scope_n=scope_n,
        perpetrator_accuracy=perp_ok / perp_n if perp_n else None, perpetrator_n=perp_n,
        claimant_accuracy=claim_ok / claim_n if claim_n else None, claimant_n=claim_n,
        date_accuracy=date_ok / date_n if date_n else None, date_n=date_n,
        misses=misses, false_alarm_list=alarms, perpetrator_errors=perp_errors,
    )


def evaluate_figures(directory: str | Path, *, style: str | None = None) -> FigureScore:
    """Extract every document of a gold set folder and score the figures."""
    from civcas.extract import extract

    docs = load_documents(directory)
    gold = load_gold(directory)
    figures = [f for d in docs for f in extract(d)]
    return score_figures(docs, gold, figures, style=style)
