"""Further parts of a stated toll: relatives counted family by family.

Narratives that state a toll go on through the victims family by family: "An airstrike killed 15
civilians. Omar Haddad was killed along with his two sons. Their three daughters were also
killed. Two others, Lina Aziz and Rami Aziz, were also killed."  The two sons, the three daughters
and the two others are part of the 15: read alone, each would be a toll of its own (2, 3, 2
killed) that contradicts the 15.  A count is such a *further part* when

* its noun phrase names relatives of an owner: a possessive before the count ("his two sons",
  "Ali and Rana's four children", "their other two daughters"), "of" and an owner after it ("the two
  daughters of Fadi Odeh", "19 of his family members", "13 members of his family"); or
* its predicate adds it to others with "also" ("were also killed", "also died", "were also among
  those killed"; the "also" in the count's own clause, with the outcome of the figure),
* or it is one person killed ("a", "one": "One 6-year-old victim was dead at the scene") after
  the larger toll (``_one_of_the_dead``),

and the document states a larger toll for the same outcome before it (civilians or people,
incident scope, not denied, not itself a part, same event where both events are known).  The count
then becomes a breakdown (``part_of``) of the nearest such toll; it is not dropped (the sons are
still two killed sons).  A part of children, women or men is first a part of the nearest larger
count of its own group told before it, itself a part or not ("26 civilians, including 14
children ... Omar Haddad was killed along with his four children": four of the 14 children).  Alone, or with no larger toll, a relative's count stays the toll it states ("a man
shot and killed his two children" is 2 killed).  Patterns: ``data/extract/furtherparts.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Protocol

from civcas.datafiles import load_toml
from civcas.errors import DataError
from civcas.extract.victimitems import WORD, tables
from civcas.models import Figure

_TOTAL_GROUPS = ("civilians", "people")
_SUBGROUPS = ("children", "women", "men")
_HARM = {"killed": frozenset({"killed", "died", "perished", "martyred", "dead", "lost"}),
         "injured": frozenset({"injured", "wounded", "hurt"})}
_AHEAD = 260  # characters read after a count's noun phrase (the "also" clause)
_LEAD = 300  # characters read back to the start of a count's sentence ("Among the victims were ...")


@dataclass(frozen=True, slots=True)
class _Rules:
    owner: re.Pattern[str]
    of_owner: re.Pattern[str]
    family_np: re.Pattern[str]
    count_of_owner: re.Pattern[str]
    relation: frozenset[str]
    kin: frozenset[str]
    owner_lead: re.Pattern[str]
    among_after: re.Pattern[str]
    more: re.Pattern[str]
    more_heads: frozenset[str]
    in_addition: re.Pattern[str]
    also: re.Pattern[str]
    also_before: re.Pattern[str]
    clause_end: re.Pattern[str]
    partitive: re.Pattern[str]
    partitive_before: re.Pattern[str]
    of_them: re.Pattern[str]
    among: re.Pattern[str]
    victims: re.Pattern[str]
    victims_after: re.Pattern[str]
    victims_died: re.Pattern[str]
    sub_places: frozenset[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    raw = load_toml("extract", "furtherparts.toml")
    try:
        kin = {k for k in tables().kin if k.endswith(("s", "ren"))}  # plural kinship nouns
        return _Rules(
            owner=re.compile(raw["owner"], re.IGNORECASE),
            of_owner=re.compile(raw["of_owner"], re.IGNORECASE),
            family_np=re.compile(raw["family_np"], re.IGNORECASE),
            count_of_owner=re.compile(raw["count_of_owner"], re.IGNORECASE),
            relation=frozenset(raw["relation"]) | kin,
            kin=frozenset(tables().kin) - frozenset(raw["not_kin"]),
            owner_lead=re.compile(raw["owner_lead"], re.IGNORECASE),
            among_after=re.compile(raw["among_after"], re.IGNORECASE),
            more=re.compile(raw["more"], re.IGNORECASE),
            more_heads=frozenset(raw["more_heads"]),
            in_addition=re.compile(raw["in_addition"], re.IGNORECASE),
            also=re.compile(raw["also"], re.IGNORECASE),
            also_before=re.compile(raw["also_before"], re.IGNORECASE),
            clause_end=re.compile(raw["clause_end"], re.IGNORECASE),
            partitive=re.compile(raw["partitive"], re.IGNORECASE),
            partitive_before=re.compile(raw["partitive_before"], re.IGNORECASE),
            of_them=re.compile(raw["of_them"], re.IGNORECASE),
            among=re.compile(raw["among"], re.IGNORECASE),
            victims=re.compile(raw["victims"], re.IGNORECASE),
            victims_after=re.compile(raw["victims_after"], re.IGNORECASE),
            victims_died=re.compile(raw["victims_died"], re.IGNORECASE),
            sub_places=frozenset(raw["sub_places"]),
        )
    except (KeyError, TypeError, re.error) as exc:
        raise DataError(f"invalid further-parts table: {exc!r}",
                        hint="check src/civcas/data/extract/furtherparts.toml") from exc


class DocState(Protocol):
    """What :func:`further_parts` needs of the assembler's per-document state."""

    text: str
    count_spans: dict[str, tuple[int, int]]
    split_parts: set[str]


def _size(f: Figure) -> int:
    return max(f.low or 0, f.high or 0)


def _lead(text: str, a: int) -> str:
    """The sentence of the count at ``a`` up to it (at most ``_LEAD`` characters)."""
    lead = text[max(0, a - _LEAD):a]
    cut = max(lead.rfind(". "), lead.rfind("\n"), lead.rfind("; "))
    return lead[cut + 1:]


def _victims_of_injury(st: DocState, figures: list[Figure], r: _Rules) -> list[Figure]:
    """``figures`` with each count of "the victims" ("among the victims were three children",
    "two of the victims were women"), read as killed, made injured where the event has stated only
    an injured toll before it: the victims of a story that tells only injuries are the injured."""
    text, spans = st.text, st.count_spans
    if "ictims" not in text and "ICTIMS" not in text:
        return figures  # an exact pre-test: every marker holds "victims"
    candidates: dict[str, bool] = {}  # figure id -> its sentence opens on "The victims were"
    for f in figures:
        span = spans.get(f.id)
        if span is None or f.outcome != "killed" or f.scope != "incident" \
                or "victims" not in text[max(0, span[0] - _LEAD):span[1] + 40].lower():
            continue
        a, b = span
        first = text.find(" ", a, b)
        lead = _lead(text, a)
        if not (r.victims.search(lead) or r.victims_after.match(text[first if first >= 0 else b:b + 60])):
            continue
        if r.victims_died.match(text[b:b + 60]):
            continue  # "one of the victims died": its own verb says killed
        candidates[f.id] = _PLAIN_VICTIMS.match(lead) is not None and "includ" not in lead.lower()
    changed: dict[str, Figure | None] = {}
    for f in figures:
        if f.id not in candidates:
            continue
        # (the other counts of the same list are no toll it could belong to)
        before = [t.outcome for t in figures
                  if t.id != f.id and t.id not in candidates and t.part_of is None and t.group != "combatants"
                  and t.scope == "incident" and t.stance != "denied" and t.evidence.start <= f.evidence.start
                  and (t.segment is None or f.segment is None or t.segment == f.segment)]
        if before and "killed" not in before and "injured" in before:
            changed[f.id] = replace(f, outcome="injured")
        elif candidates[f.id] and "killed" in before and "injured" in before:
            changed[f.id] = None  # "One died and two were hurt. The victims were two men and a woman": whose?
    if not changed:
        return figures
    return [g for f in figures if (g := changed.get(f.id, f)) is not None]


# a sentence that opens on "The victims were": they may be the dead or the wounded
_PLAIN_VICTIMS = re.compile(r"\s*(?:the|all\s+the)\s+victims\s+(?:were|are)\b", re.IGNORECASE)


# a count open above ("more than 12 members of the family"): it may be more than the toll before it
_OPEN_ABOVE = re.compile(r"(?:more|over|upwards|in\s+excess)\b", re.IGNORECASE)
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six"})
_COORDINATE = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as)?\s*", re.IGNORECASE)


def _bare_count(text: str, a: int, b: int) -> bool:
    """A number word alone opening a sentence ("Two people were stabbed. One suffered critical
    injuries."): its noun is the group just counted, so it is one of them."""
    head = text[max(0, a - 3):a]
    return text[a:b].lower() in _NUMBER_WORDS and (a == 0 or head.endswith(("\n", ". ", ".\n")))


def _is_further(text: str, a: int, b: int, outcome: str, r: _Rules) -> bool:
    """The count at ``text[a:b]`` (count start, noun phrase end) names relatives of an owner or
    is added to others with "also"."""
    after = text[b:b + _AHEAD]
    # the noun phrase and the word after it ("three more | siblings" ends its phrase early)
    nxt = WORD.search(after, 0, 40)
    np_words = {w.lower() for w in WORD.findall(text, a, b)} | ({nxt.group().lower()} if nxt else set())
    before = text[max(0, a - 60):a]
    if np_words & r.relation and (r.owner.search(before[-40:]) or r.of_owner.match(after)
                                  or r.more.search(text[a:b])
                                  or (r.family_np.search(text[a:b]) and not _OPEN_ABOVE.match(text, a))):
        return True  # "his two sons", "the two daughters of Fadi Odeh", "three more siblings", "nine
        # members of the Haddad family"
    if np_words & r.more_heads and (r.in_addition.match(after) or ("bodies" in np_words and r.more.search(text[a:b]))):
        return True  # "two dead people on the porch in addition to a man inside", "a man in the yard, then
        # two more bodies inside" (the bodies found of the toll); "two more people were killed" are more
    if r.owner_lead.match(text, a) and not np_words.isdisjoint(r.kin):
        return True  # "His wife and four children were among the dead", "killed alongside his wife and
        # son": one family's members, counted together, among the toll told before
    if outcome == "killed" and "also" in before and r.also_before.search(before):
        return True  # "the blast also took the lives of six members of the family"
    first = text.find(" ", a, b)  # after the count's first word ("nine | of his relatives")
    rest = text[first if first >= 0 else b:b + _AHEAD]
    if r.count_of_owner.match(rest):
        return True  # "19 of his family members"
    if r.partitive.match(rest) or r.partitive_before.search(before):
        return True  # "five of those killed were from the Odeh family", "one of the victims was a nurse"
    if r.among.search(_lead(text, a)) or r.among_after.match(after):
        return True  # "Among the victims were Omar Haddad, his wife and their two sons"; "a mother and her
        # three children were among those killed"
    m = r.also.match(after) if "also" in after else None
    return bool(m and m.group("verb").lower() in _HARM.get(outcome, ())
                and not r.clause_end.search(m.group("between")))


def _one_of_the_dead(f: Figure) -> bool:
    """One person killed, told after a larger toll of the event ("Two people were found dead. One
    6-year-old victim was dead at the scene", "Three died. A girl, 8, was shot by her father"): one
    of those dead, not a toll of one (the caller checks the larger toll before it)."""
    return f.outcome == "killed" and f.low == f.high == 1 and f.qualifier == "exact" \
        and f.group in (*_SUBGROUPS, "people")


def _elsewhere(toll: Figure, one: Figure, r: _Rules) -> bool:
    """The lone dead person ``one`` (see :func:`_one_of_the_dead`) is told at another town than
    ``toll`` ("Three people were killed in Fairview on Friday. Later, a man was shot dead in Kenton"):
    a death of its own, not one of that toll's dead.  Only two plain town names with no word in
    common tell two places (``sub_places``); another paragraph alone does not (a narrative goes on
    through the dead paragraph by paragraph)."""
    if toll.place is None or one.place is None:
        return False
    names = [set(WORD.findall(p.name.split(",")[0].lower())) for p in (toll.place, one.place)]
    return all(names) and names[0].isdisjoint(names[1]) and all(n.isdisjoint(r.sub_places) for n in names)


def further_parts(st: DocState, figures: list[Figure]) -> list[Figure]:
    """``figures`` with each further part of a larger stated toll made a breakdown of it (see
    the module doc)."""
    spans = st.count_spans
    if len(figures) < 2 or not spans:
        return figures
    r = _rules()
    figures = _victims_of_injury(st, figures, r)
    largest: dict[str, int] = {}  # outcome -> the largest toll (an exact pre-test: a part is smaller)
    for t in figures:
        if t.part_of is None and t.group != "combatants" and t.scope == "incident" and t.stance != "denied":
            largest[t.outcome] = max(largest.get(t.outcome, 0), _size(t))
    text = st.text
    further: dict[str, Figure] = {}
    of_them: set[str] = set()  # "one of them": a part of the group just counted, whatever its noun
    lone: set[str] = set()  # one person killed, a part only of a toll of the same place and paragraph
    for f in figures:
        span = spans.get(f.id)
        if (span is None or f.part_of is not None or f.low is None or f.scope != "incident"
                or f.stance == "denied" or f.outcome not in _HARM or f.group == "combatants"
                or largest.get(f.outcome, 0) <= _size(f)):
            continue
        first = text.find(" ", span[0], span[1])
        if r.of_them.match(text[first if first >= 0 else span[1]:span[1] + 40]) or _bare_count(text, *span) \
                or f.id in st.split_parts:  # "... and 15 were civilians": a part of the toll split (partitions.py)
            further[f.id] = f
            of_them.add(f.id)
        elif _is_further(text, span[0], span[1], f.outcome, r):
            further[f.id] = f
        elif _one_of_the_dead(f):
            further[f.id] = f
            lone.add(f.id)
    if not further:
        return figures
    tolls = [t for t in figures
             if t.id not in further and t.part_of is None and t.group != "combatants"
             and t.scope == "incident" and t.stance != "denied" and _size(t) > 0]
    # a part of one group is first a part of a larger count of that group told before it ("her four
    # children" after "26 civilians, including 14 children": four of the 14), that count a part or not
    kin_tolls = [t for t in figures
                 if t.id not in further and t.group in _SUBGROUPS and t.scope == "incident" and t.stance != "denied"
                 and _size(t) > 0]
    parent: dict[str, str] = {}
    for f in further.values():
        best: Figure | None = None
        for t in kin_tolls if f.group in _SUBGROUPS else ():
            if (t.group == f.group and t.outcome == f.outcome and _size(t) > _size(f)
                    and (t.segment is None or f.segment is None or t.segment == f.segment)
                    and t.evidence.start <= f.evidence.start
                    and (best is None or t.evidence.start >= best.evidence.start)):
                best = t
        if best is not None:
            if f.id not in lone or not _elsewhere(best, f, r):
                parent[f.id] = best.id
            continue
        for t in tolls:
            if t.id in spans and spans[t.id][1] <= spans[f.id][0] \
                    and _COORDINATE.fullmatch(text[spans[t.id][1]:spans[f.id][0]]):
                continue  # "the dead included two adults and one child": a coordinate, no total of it
            if (t.outcome == f.outcome and _size(t) > _size(f)
                    and (t.group in _TOTAL_GROUPS or f.id in of_them)
                    and (t.segment is None or f.segment is None or t.segment == f.segment)
                    and t.evidence.start <= f.evidence.start
                    and (best is None or t.evidence.start >= best.evidence.start)):
                best = t  # the nearest larger toll stated before it
        if best is not None and (f.id not in lone or not _elsewhere(best, f, r)):
            parent[f.id] = best.id
    if not parent:
        return figures
    return [replace(f, part_of=parent[f.id]) if f.id in parent else f for f in figures]
