"""A person reported wounded in one place of a page and dead in another (``data/extract/diedlater.toml``).

Local news pages are updated in place: "A 17-year-old girl was critically hurt on Saturday" stays
above "UPDATE: the teen has died from his wounds"; a narrative says "officers found a man with a
gunshot wound ... The victim was pronounced dead".  The wounded figure then stands for a person
the page itself says died: it is dropped (:func:`died_later`), conservatively, only when

* it counts one person (no breakdown part), in a sentence that tells no death and names no other
  person ("another", "a second", "his brother": ``other``);
* another sentence of the page states the death of a person already met: a definite person word
  or an age before a death predicate ("the teen has died", "The 2-year-old who was shot ... has
  died", "the victim was pronounced dead"), or a hit clause before it ("a boy who was wounded on
  Friday died"), or "died of/from his wounds";
* the page counts one killed person of a compatible group (the figure stays counted once);
* nothing tells the two apart: no disagreeing sex words, ages or names (runs of capitalised words)
  between the wounded person's sentence and the death statement, and no child/adult or man/woman
  clash between the groups.  Not in wire copy in capitals (no names to compare, no updated pages).

A count that takes the dead up again with their wounds ("Three were found dead ... All three suffered
gunshot wounds to the head") is how they died, not a count of wounded (:func:`wounds_of_the_dead`);
"One of them" / "One of the victims" after a total of the same outcome is a part of it
(:func:`partitive_parts`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.docstate import Doc
from civcas.extract.hitcounts import groups_clash
from civcas.extract.lexicon import PhraseTable, make_table
from civcas.models import Figure

_NUMBER_WORDS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"))}
_AGE = re.compile(r"\b(\d{1,3}|[a-z]+)[- ](?:and[- ]a[- ]half[- ])?(years?|months?|weeks?|days?)[- ]old\b"
                  r"|,\s*(\d{1,3}),", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?|\d+(?:-[a-z]+)*(?:-old)?")
_NAME_RUN = re.compile(r"\b[A-Z][a-z][\w’'\-]*(?:\s+[A-Z][a-z][\w’'\-]*)+")


@lru_cache(maxsize=1)
def _data() -> dict[str, frozenset[str]]:
    raw = load_toml("extract", "diedlater.toml")
    return {k: frozenset(v) for k, v in raw.items()}


@lru_cache(maxsize=1)
def _died_table() -> PhraseTable:
    return make_table([(p, True) for p in _data()["died"]])


def _ages(text: str) -> frozenset[int]:
    out: set[int] = set()
    for m in _AGE.finditer(text):
        raw = m.group(1) or m.group(3)
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw.lower())
        if n is None:
            continue
        out.add(n if m.group(3) or (m.group(2) or "").lower().startswith("year") else 0)
    return frozenset(out)


def _sex(words: list[str]) -> str | None:
    d = _data()
    male = any(w in d["male"] for w in words)
    female = any(w in d["female"] for w in words)
    return "m" if male and not female else "f" if female and not male else None


def _names(text: str) -> frozenset[str]:
    """The words of runs of two or more capitalised words ("Dana Reyes", "North Lawndale")."""
    return frozenset(w.lower() for m in _NAME_RUN.finditer(text) for w in m.group(0).split())


def _death_statement(words: list[str]) -> bool:
    """A death predicate about a person the page has already met (see the module doc)."""
    d = _data()
    table = _died_table()
    for i in range(len(words)):
        if table.match_at(words, i) is None:
            continue
        before = words[max(0, i - 12):i]
        after = words[i + 1:i + 5]
        if any(w in d["hit"] for w in before):
            return True  # "the boy who was wounded on Friday died", "a man shot Sunday has died"
        for j, w in enumerate(before):
            if w in d["definite"] and any(
                    x in d["person_nouns"] or x.endswith("-old") for x in before[j + 1:j + 4]):
                return True  # "the teen has died", "the 2-year-old ... has died"
        if after[:1] in (["of"], ["from"]) and any(w in ("wounds", "injuries") for w in after):
            return True  # "died of his injuries"
    return False


def died_later(st: Doc, figures: list[Figure]) -> list[Figure]:
    """Drop a one-person wounded figure whose person the page says died (see the module doc)."""
    hurt = [f for f in figures if f.outcome == "injured" and f.low == 1 and f.high == 1
            and f.part_of is None and f.scope == "incident"]
    if not hurt or not st.sents or st.capitals:  # wire copy in capitals: no pages updated in place
        return figures
    dead = [f for f in figures if f.outcome == "killed" and f.low == 1 and f.high == 1
            and f.part_of is None and f.scope == "incident"]
    if not dead:
        return figures
    def sent_of(f: Figure) -> int:
        return st.sentence_at(f.evidence.start)

    words = {i: _WORD.findall(st.sents[i].text.lower()) for i in range(len(st.sents))}
    table = _died_table()
    deaths = [i for i, w in words.items() if _death_statement(w)]
    if not deaths:
        return figures
    dead_at = {sent_of(f) for f in dead}
    other = _data()["other"]
    drop: set[str] = set()
    for f in hurt:
        i = sent_of(f)
        w = words[i]
        if i in dead_at or any(x in other for x in w) or any(
                table.match_at(w, k) is not None for k in range(len(w))):
            continue
        sex, ages, names = _sex(w), _ages(st.sents[i].text), _names(st.sents[i].text)
        for j in deaths:
            if j == i:
                continue
            sex_j, ages_j, names_j = _sex(words[j]), _ages(st.sents[j].text), _names(st.sents[j].text)
            if (sex and sex_j and sex != sex_j) or (ages and ages_j and not ages & ages_j) \
                    or (names and names_j and not names & names_j):
                continue  # told apart: "a woman" / "the man", "15-year-old" / "17-year-old", two names
            if any(not groups_clash(f.group, k.group) for k in dead):
                drop.add(f.id)
                break
    return [f for f in figures if f.id not in drop] if drop else figures


def wounds_of_the_dead(st: Doc, figures: list[Figure]) -> list[Figure]:
    """Drop an injured count of two or more that opens its sentence with "All three" / "Both" and
    tells wounds ("All four had bullet wounds in the head") when the page counts as many
    killed in an earlier sentence or anywhere in the same event ("... All three suffered gunshot
    wounds. Police say he shot his wife and son before killing himself.") and the sentence tells no
    survival: the wounds the dead died of."""
    if not st.sents:
        return figures
    data = _data()
    def sent_of(f: Figure) -> int:
        return st.sentence_at(f.evidence.start)

    drop: set[str] = set()
    for f in figures:
        if f.outcome != "injured" or f.scope != "incident" or f.part_of is not None or f.low is None \
                or f.low < 2 or f.high != f.low:
            continue
        i = sent_of(f)
        first = _WORD.match(st.sents[i].text.lstrip()[:12].lower())
        if first is None or first.group(0) not in data["all_of"]:
            continue
        w = _WORD.findall(st.sents[i].text.lower())
        if not w or w[0] not in data["all_of"] or data["wound_nouns"].isdisjoint(w) \
                or not data["survival"].isdisjoint(w):
            continue
        if any(k.outcome == "killed" and k.scope == "incident" and k.low == f.low and k.high == f.high
               and (sent_of(k) < i or (k.segment is not None and k.segment == f.segment)) for k in figures):
            drop.add(f.id)
    return [f for f in figures if f.id not in drop] if drop else figures


def partitive_parts(st: Doc, figures: list[Figure]) -> list[Figure]:
    """A one-person figure whose sentence opens with "One of them" / "One of the victims" is a part
    of a total of the same outcome counted in an earlier sentence ("Four men were wounded ... One of
    the victims was flown to a trauma center"), not a count of its own."""
    if not st.sents:
        return figures
    heads = _data()["partitive"]
    def sent_of(f: Figure) -> int:
        return st.sentence_at(f.evidence.start)

    out: list[Figure] = []
    for f in figures:
        if f.low == 1 and f.high == 1 and f.part_of is None and f.scope == "incident" \
                and f.outcome in ("killed", "injured"):
            i = sent_of(f)
            opening = st.sents[i].text[:40].lower()
            w = _WORD.findall(opening)[:3] if "one of" in opening else []
            if w[:2] == ["one", "of"] and w[2:] and w[2] in heads:
                total = next((k for k in figures if k.outcome == f.outcome and k.scope == "incident"
                              and k.part_of is None and k.low is not None and k.low >= 2
                              and sent_of(k) < i), None)
                if total is not None:  # "one of them" is one of the total's group ("one of three men")
                    f = replace(f, part_of=total.id, group=total.group if f.group == "people" else f.group)
        out.append(f)
    return out
