"""Figures stated only in a document's headline (:attr:`civcas.models.Document.title`).

Local news often puts the toll in the headline and tells the story without repeating it ("4 hurt
in shooting outside Gary club" over a body that only says "several people were shot"). A title
kept apart from the text (HTML ``<title>``/``og:title``, a JSON or CSV ``title`` column, an RSS
item title) is read as a one-sentence document; its figures are kept for an outcome (killed,
injured, ...) the body states no number of. The body is the fuller statement, often updated
later than the headline, so "2 dead" over a body that says "three people were killed" gives only
the body's figure, and a headline that repeats the body is one statement (the issue's rule). An
exact headline count larger than every count the body states for its outcome is kept as well: the
body then tells only some of the victims ("Four found dead in Elm Street home" over "deputies saw
two bodies in the kitchen"; "6 wounded at lounge" over "two other men were treated for graze
wounds") and the headline's total is the story's toll.
Evidence of such a figure has ``part="title"``: its offsets index the title.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.docstate import GATE_WORDS, sentence_words
from civcas.models import UNATTRIBUTED, Document, Figure, Span

#: A longer "title" is not a headline (a feed that puts the whole text in the title).
MAX_TITLE = 300


def headline_figures(doc: Document, body: list[Figure], *, published: date | None,
                     read: Callable[[Document, date | None], list[Figure]]) -> list[Figure]:
    """Figures of ``doc.title`` for outcomes ``body`` (the figures of ``doc.text``) has no
    number for. ``read`` extracts the figures of a document (``civcas.extract.assemble``)."""
    title = " ".join((doc.title or "").split())
    if not title or len(title) > MAX_TITLE:
        return []
    if title.lower() in " ".join(doc.text[:len(title) + 400].split()).lower():
        return []  # the headline is also the text's first line: already read there
    # (a tally of the body, "the fifth murder-suicide in the state since 2013 that killed two", numbers
    # no outcome of the story's own incident)
    numbered = {f.outcome for f in body if (f.low is not None or f.high is not None) and f.scope == "incident"}
    most: dict[str, int] = {}  # per outcome, the largest count of the body's incident totals
    for f in body:
        if f.scope == "incident" and f.part_of is None:
            most[f.outcome] = max(most.get(f.outcome, 0), *(v for v in (f.low, f.high) if v is not None), 0)  # no casualty word, or the body numbers every outcome the title's could state
    listed = _comma_list(title)  # "Man, woman found dead": "A man and a woman found dead"
    at, noun = (None, "") if listed else _bare_person(title)
    read_as = listed or (title if at is None else f"{title[:at]}A {title[at:]}")  # headlinese drops the article
    heading = replace(doc, id=f"{doc.id}#title", text=read_as, title=None)  # same url, dateline...
    context = body[0].context if body else None  # the document's linking keys, read from its text
    # a headline names no day: its toll is the story's, whose day the body's incident figures tell
    day = next((f.date for f in body if f.scope == "incident" and f.date is not None), None)
    out = []
    tallied = {(f.outcome, v) for f in body if f.scope == "tally" for v in (f.low, f.high) if v is not None}
    for f in read(heading, published):
        if f.low is None and f.high is None:
            continue
        if f.outcome in numbered and not (f.qualifier == "exact" and (f.low or 0) > most.get(f.outcome, 0)):
            continue
        if any(o == f.outcome for o, _v in tallied) and (
                (f.outcome, f.low) in tallied or (f.outcome, f.high) in tallied or (f.low or f.high or 0) >= _BIG):
            continue  # the title restates the body's tally ("Coalition raises its count to 484")
        start, end, number_text = f.evidence.start, f.evidence.end, f.number_text
        if listed:  # a rewritten list: the whole headline is the evidence
            start, end = 0, len(title)
            if number_text is None or number_text.lower() not in title.lower():
                number_text = title.split(",")[0].strip()
        elif at is not None:  # offsets and words of the title as written
            start, end = (k - 2 if k > at else k for k in (start, end))
            if f.number_text == "A":
                number_text = noun
        out.append(replace(f, doc=doc.id, context=f.context if context is None else context,
                           date=f.date if f.date is not None or f.scope != "incident" else day,
                           number_text=number_text,
                           evidence=Span(text=title[start:end], start=start, end=end, part="title")))
    return out


def headline_parts(body: list[Figure], heads: list[Figure]) -> list[Figure]:
    """``body`` with each incident count that a larger exact headline total of its outcome holds
    made a part of that total ("Three dead in farmhouse" over "deputies saw two bodies in the
    kitchen": the two are some of the three). Only exact counts of the same claimant (or of none);
    the total must count everyone ("people", "civilians") or the body count's own group."""
    totals = [h for h in heads if h.qualifier == "exact" and h.part_of is None and h.low is not None
              and h.scope == "incident"]
    if not totals:
        return body
    out = []
    for f in body:
        if f.part_of is None and f.scope == "incident" and f.qualifier == "exact" and f.low is not None \
                and f.evidence.part == "text":
            h = next((h for h in totals if h.outcome == f.outcome and f.low < (h.low or 0)
                      and (f.high or f.low) < (h.low or 0) and h.group in ("people", "civilians", f.group)
                      and _same_source(f, h)), None)
            if h is not None:
                f = replace(f, part_of=h.id)
        out.append(f)
    return out


def _same_source(a: Figure, b: Figure) -> bool:
    """The two figures are one claimant's, or one of them names none."""
    x = a.claimant.name if a.claimant is not None else UNATTRIBUTED.name
    y = b.claimant.name if b.claimant is not None else UNATTRIBUTED.name
    return x == y or UNATTRIBUTED.name in (x, y)


_BIG = 100  # a title count this large over a body of tallies is one of them, not the story's incident
_PREFIX = re.compile(r"^[^:]{1,40}:\s+")  # "Police: ", "UPDATE: ", "Sheriff's Office: "
_AGE_NOUN = re.compile(r"^\d{1,3}-(?:year|month|week|day)-old\b", re.IGNORECASE)
_PLACE_WORD = re.compile(r"^[A-Z][a-z]+$")


def _bare_person(title: str) -> tuple[int | None, str]:
    """Where a headline opens on a person with no article ("Teen killed in drive-by", "Police:
    15-year-old shot", "Bronx teen fatally shot"): the offset to put "A " at and the person word;
    (None, "") when it opens otherwise."""
    from civcas.extract.lexicon import lexicon

    m = _PREFIX.match(title)
    at = m.end() if m else 0
    words = title[at:].split(maxsplit=3)
    persons = lexicon().persons
    for k, w in enumerate(words[:3]):
        word = w.rstrip(",;")
        low = word.lower()
        if _AGE_NOUN.match(word):
            return at, word
        hit = persons.match_at([low], 0)
        if hit is not None and hit[0] == 1 and not low.endswith("s"):
            return at, word
        if not _PLACE_WORD.match(word) or low in _NOT_PLACE or k == 2:
            return None, ""  # up to two place words before the person ("Rock Hill teen")
    return None, ""


_COUNT_WORD = re.compile(r"^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)$", re.IGNORECASE)


def _list_item(words: list[str], *, first: bool) -> tuple[int, str] | None:
    """A person item opening ``words``: an optional count or an age, then a person noun of one word
    that is no agent and no outcome word ("2 children", "teen", "6-year-old boy"), after up to two place words in
    the first item ("Gary man"). Returns (words used, the item with "a" before a bare singular)."""
    from civcas.extract.lexicon import lexicon

    lex = lexicon()
    k = 0
    while first and k < 2 and k + 1 < len(words) and _PLACE_WORD.match(words[k]) \
            and words[k].lower() not in _NOT_PLACE and lex.persons.match_at([words[k].lower()], 0) is None:
        k += 1
    counted = k < len(words) and _COUNT_WORD.match(words[k]) is not None
    j = k + 1 if counted else k
    aged = not counted and j < len(words) and _AGE_NOUN.match(words[j]) is not None
    j += aged  # "4-year-old girl"
    if j >= len(words):
        return None
    noun = words[j].lower()
    hit = lex.persons.match_at([noun], 0)
    if hit is None or hit[1][0] == "combatants" or noun in lex.trigger_words or noun in _NOT_ITEM:
        return None
    if not counted and noun.endswith("s"):
        return None  # "Parents, teachers rally ...": no count, no list of victims
    item = " ".join(words[k:j + 1]) if counted else f"a {' '.join(words[j - aged:j + 1])}"
    return j + 1, item


#: person nouns that are no victim item of a headline list ("dead", "victims", "wounded")
_NOT_ITEM = frozenset({"dead", "victims", "victim", "wounded", "injured", "casualties", "people", "person"})


def _comma_list(title: str) -> str | None:
    """A headline that lists its victims with commas and no "and" ("Man, woman found dead",
    "3 adults, 1 child shot to death", "Mother, 2 kids killed in house fire shooting") rewritten as
    prose ("A man and a woman found dead ..."), or None. Not an age or a name after the comma
    ("Man, 19, shot dead"), nor counts with their own outcome ("Two dead, three hurt")."""
    m = _PREFIX.match(title)
    at = m.end() if m else 0
    segments = title[at:].split(", ")
    if len(segments) < 2 or len(segments) > 4 or " and " in title[at:].lower():
        return None
    items = []
    for n, seg in enumerate(segments):
        words = seg.split()
        got = _list_item(words, first=n == 0)
        if got is None:
            return None
        used, item = got
        last = n == len(segments) - 1
        if used != len(words) and not last:
            return None  # every item but the last is a person and nothing more
        if last:
            if used == len(words):
                return None  # the headline must go on after its list ("..., teen wounded")
            items.append(item)
            rest = " ".join(words[used:])
        else:
            items.append(item)
    prose = ", ".join(items[:-1]) + " and " + items[-1]
    return f"{title[:at]}{prose[0].upper()}{prose[1:]} {rest}"


#: words that open a headline and are no place before a person ("A", "Two", "Police")
_NOT_PLACE = frozenset({"a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight",
                        "nine", "ten", "police", "cops", "sheriff", "deputies", "officials", "update",
                        "breaking", "another", "second", "third", "former", "suspect", "accused"})


#: casualty words that may state an injury as well as a death ("casualties", "victims", "toll")
_EITHER = frozenset({"casualties", "casualty", "victims", "victim", "toll", "tolls", "harmed", "maimed"})


@lru_cache(maxsize=1)
def _outcome_words() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """The sentence-gate words of each outcome's trigger phrases (lexicon ``[outcomes.*]``, with
    the hit and condition tables counted as injured), and those of every outcome but killed."""
    raw = load_toml("extract", "lexicon.toml")["outcomes"]
    out: dict[str, set[str]] = {}
    for name, table in raw.items():
        if not isinstance(table, dict):
            continue
        key = "injured" if name in ("shot", "condition") else name
        for part in ("both", "after", "before", "head"):
            out.setdefault(key, set()).update(w for phrase in table.get(part, []) for w in sentence_words(phrase))
    table = {k: frozenset(v & GATE_WORDS) for k, v in out.items()}
    return table, frozenset().union(*(ws for name, ws in table.items() if name != "killed"))


def _possible_outcomes(words: set[str]) -> set[str]:
    """The outcomes a title's words could state: killed for any casualty word that is not only an
    injury or another outcome's word, injured for an injury word or an ambiguous one, and every
    other outcome whose words it holds; none without a casualty word (the text's sentence gate).
    Generous on purpose: it only decides what to skip."""
    table, specific = _outcome_words()
    gate = words & GATE_WORDS
    out = {name for name, ws in table.items() if not ws.isdisjoint(gate)}
    if gate - specific:
        out.add("killed")
    if not gate.isdisjoint(_EITHER):
        out |= {"killed", "injured"}
    return out
