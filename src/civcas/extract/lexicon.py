"""Loading of the extraction lexicon (``civcas/data/extract/lexicon.toml``) into lookup tables.

The TOML file is the readable, commented source; this module turns it once (lazily, cached) into
phrase tables keyed by their first token, so that matching a phrase at a token position is a
dictionary lookup plus a short comparison.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from civcas.datafiles import load_toml
from civcas.extract.denials import stance_words

Phrase = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PhraseTable:
    """Phrases (token tuples) with a payload, indexed by first token, longest first."""

    by_first: dict[str, tuple[tuple[Phrase, Any], ...]]
    by_last: dict[str, tuple[tuple[Phrase, Any], ...]]
    # first tokens that are a whole phrase by themselves: :meth:`match_at` never fails there
    singles: frozenset[str] = frozenset()
    # (speed, derived from ``by_first``) the phrases of two tokens or more by their first two
    # tokens, longest first, and the payload of each one-token phrase: :meth:`match_at` tries only
    # the phrases whose second token is the text's ("in the war", "in the month of", ... are many)
    by_two: dict[tuple[str, str], tuple[tuple[Phrase, Any], ...]] = field(init=False, repr=False, compare=False)
    single: dict[str, Any] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        two: dict[tuple[str, str], list[tuple[Phrase, Any]]] = {}
        one: dict[str, Any] = {}
        for first, rows in self.by_first.items():
            for phrase, payload in rows:  # (longest first: kept so within each pair)
                if len(phrase) == 1:
                    one.setdefault(first, payload)
                else:
                    two.setdefault((phrase[0], phrase[1]), []).append((phrase, payload))
        object.__setattr__(self, "by_two", {k: tuple(v) for k, v in two.items()})
        object.__setattr__(self, "single", one)

    def match_at(self, tokens: list[str], i: int) -> tuple[int, Any] | None:
        """The longest phrase starting at token ``i``: (end index, payload), or None."""
        if i >= len(tokens):
            return None
        t = tokens[i]
        if t not in self.by_first:
            return None
        if i < 0:  # (a position from the end: read as the plain loop reads it)
            for phrase, payload in self.by_first[t]:
                n = len(phrase)
                if n == 1 or tuple(tokens[i:i + n]) == phrase:
                    return i + n, payload
            return None
        if i + 1 < len(tokens):
            # every longer phrase is tried before the one-token phrase (the longest wins)
            for phrase, payload in self.by_two.get((t, tokens[i + 1]), ()):
                n = len(phrase)
                if n == 2 or tuple(tokens[i:i + n]) == phrase:  # the first two tokens are already equal
                    return i + n, payload
        if t in self.single:
            return i + 1, self.single[t]
        return None

    def match_ending_at(self, tokens: list[str], j: int) -> tuple[int, Any] | None:
        """The longest phrase ending at token ``j`` (inclusive): (start index, payload), or None."""
        if j < 0 or j >= len(tokens):
            return None
        for phrase, payload in self.by_last.get(tokens[j], ()):
            n = len(phrase)
            if n == 1 or (j - n + 1 >= 0 and tuple(tokens[j - n + 1:j + 1]) == phrase):
                return j - n + 1, payload
        return None


def split_phrase(text: str) -> Phrase:
    """Tokens of a lexicon phrase, tokenised like document text."""
    from civcas.extract.text import tokenize

    return tuple(t.low for t in tokenize(text))


def make_table(items: list[tuple[str, Any]]) -> PhraseTable:
    """Build a :class:`PhraseTable` from (phrase, payload) pairs; the first payload of a phrase wins."""
    seen: dict[Phrase, Any] = {}
    for text, payload in items:
        ph = split_phrase(text)
        if ph and ph not in seen:
            seen[ph] = payload
    first: dict[str, list[tuple[Phrase, Any]]] = {}
    last: dict[str, list[tuple[Phrase, Any]]] = {}
    for ph, payload in seen.items():
        first.setdefault(ph[0], []).append((ph, payload))
        last.setdefault(ph[-1], []).append((ph, payload))
    return PhraseTable(
        by_first={k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in first.items()},
        by_last={k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in last.items()},
        singles=frozenset(ph[0] for ph in seen if len(ph) == 1),
    )


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every table the extractor uses."""

    raw: dict[str, Any]
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    articles: dict[str, int]
    vague: PhraseTable  # payload: (low, high): low -1 = no number; high None = open
    qualifiers: PhraseTable  # payload: qualifier name
    unit_after: frozenset[str]
    unit_before: frozenset[str]
    breakdown: PhraseTable  # payload: outcome or ""
    triggers_after: PhraseTable  # payload: outcome  (trigger follows the count)
    triggers_before: PhraseTable  # payload: outcome  (trigger precedes the count)
    heads: PhraseTable  # payload: outcome (nouns that are counted heads: deaths, bodies)
    persons: PhraseTable  # payload: (group, subgroup | None)
    casualty_words: frozenset[str]
    stopwords: frozenset[str]
    links_after: frozenset[str]
    links_before: frozenset[str]
    toll_window: int
    max_modifiers: int
    tally: PhraseTable
    incident: PhraseTable
    hedged: PhraseTable
    denied: PhraseTable
    unverified: PhraseTable  # verification disclaimers: hedge the whole sentence
    zero: PhraseTable
    events: PhraseTable  # payload: (rank, kind)
    targets: PhraseTable
    weapons: PhraseTable
    trigger_words: frozenset[str]  # every token of every trigger phrase
    kin: frozenset[str] = frozenset()  # singular relatives counted after his/her/their
    kin_modifiers: frozenset[str] = frozenset()  # "his estranged wife", "her younger brother"
    possessive_only: frozenset[str] = frozenset()  # "his friend" counts, "a friend" does not
    plurals: frozenset[str] = frozenset()  # person nouns a bare plural may use (extract/plurals.py)
    compounds: frozenset[str] = frozenset()  # casualty compounds read as one head (extract/heads.py)
    speakers: frozenset[str] = frozenset()  # "a police spokesman": a person noun as a modifier (heads.py)
    intake: frozenset[str] = frozenset()  # "the hospital received 16 patients" (counts.py)
    intake_heads: frozenset[str] = frozenset()
    intake_rate: frozenset[str] = frozenset()  # "treated 300 patients a day": a usual load
    us_people: frozenset[str] = frozenset()  # nouns counted as people in US stories ([groups_us])
    case_heads: frozenset[str] = frozenset()  # "a gun tied to three homicides" (count_resolve.py)
    case_links: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The extraction lexicon, loaded once."""
    raw = load_toml("extract", "lexicon.toml")
    num = raw["numbers"]
    outcomes = raw["outcomes"]
    t_after: list[tuple[str, Any]] = []
    t_before: list[tuple[str, Any]] = []
    heads: list[tuple[str, Any]] = []
    for outcome, table in outcomes.items():
        for p in table.get("after", []) + table.get("both", []):
            t_after.append((p, outcome))
        for p in table.get("before", []) + table.get("both", []):
            t_before.append((p, outcome))
        for p in table.get("head", []):
            heads.append((p, outcome))
    subgroups = raw["subgroups"]
    persons: list[tuple[str, Any]] = []
    for group, words in raw["groups"].items():
        for w in words:
            if w in subgroups:
                g, sub = subgroups[w]
                persons.append((w, (g or group, sub or None)))
            else:
                persons.append((w, (group, None)))
    bd = raw["breakdown"]
    breakdown = ([(p, "") for p in bd["plain"]] + [(p, "killed") for p in bd["killed"]]
                 + [(p, "injured") for p in bd["injured"]])
    quals = [(p, q) for q, ps in raw["qualifiers"].items() for p in ps]
    events = [(w, (rank, kind)) for rank, (kind, ws) in enumerate(raw["events"].items()) for w in ws]
    trig_words = {tok for p, o in t_after + t_before + heads if o != "condition" for tok in split_phrase(p)}
    trig_words.add("condition")  # not "serious", "good", "in" of "in serious condition": modifiers elsewhere
    return Lexicon(
        raw=raw,
        units=dict(num["units"]),
        tens=dict(num["tens"]),
        scales=dict(num["scales"]),
        articles=dict(num["articles"]),
        vague=make_table([(k, (v, raw.get("vague_high", {}).get(k))) for k, v in raw["vague"].items()]),
        qualifiers=make_table(quals),
        unit_after=frozenset(raw["units"]["after"]),
        unit_before=frozenset(raw["units"]["before"]),
        breakdown=make_table(breakdown),
        triggers_after=make_table(t_after),
        triggers_before=make_table(t_before),
        heads=make_table(heads),
        persons=make_table(persons),
        casualty_words=frozenset(raw["casualties"]["words"]),
        stopwords=frozenset(raw["stopwords"]["words"]),
        links_after=frozenset(raw["links"]["after"]),
        links_before=frozenset(raw["links"]["before"]),
        toll_window=int(raw["links"]["toll_window"]),
        max_modifiers=int(raw["modifiers"]["max"]),
        tally=make_table([(p, True) for p in raw["scope"]["tally"]]),
        incident=make_table([(p, True) for p in raw["scope"]["incident"]]),
        hedged=make_table([(p, True) for p in raw["stance"]["hedged"]]),
        denied=make_table([(p, True) for p in stance_words()]),  # (denial.toml)
        unverified=make_table([(p, True) for p in raw["stance"].get("unverified", [])]),
        zero=make_table([(p, True) for p in raw["stance"]["zero"]]),
        events=make_table(events),
        targets=make_table([(p, p) for p in raw["details"]["targets"]]),
        weapons=make_table([(p, p) for p in raw["details"]["weapons"]]),
        trigger_words=frozenset(trig_words),
        kin=frozenset(raw.get("possessive", {}).get("kin", [])),
        kin_modifiers=frozenset(raw.get("possessive", {}).get("modifiers", [])),
        possessive_only=frozenset(raw.get("possessive", {}).get("possessive_only", [])),
        plurals=frozenset(raw.get("plurals", {}).get("nouns", [])),
        compounds=frozenset(raw.get("casualties", {}).get("compounds", [])),
        speakers=frozenset(raw.get("groups_compounds", {}).get("speakers", [])),
        intake=frozenset(raw.get("intake", {}).get("verbs", [])),
        intake_heads=frozenset(raw.get("intake", {}).get("heads", [])),
        intake_rate=frozenset(raw.get("intake", {}).get("rate", [])),
        us_people=frozenset(raw.get("groups_us", {}).get("people", [])),
        case_heads=frozenset(raw.get("case_links", {}).get("heads", [])),
        case_links=frozenset(raw.get("case_links", {}).get("verbs", [])),
    )


def any_match(table: PhraseTable, tokens: list[str]) -> bool:
    """True when some phrase of ``table`` occurs anywhere in ``tokens``."""
    first = table.by_first
    if first.keys().isdisjoint(tokens):
        return False  # the common case, decided in C
    if not table.singles.isdisjoint(tokens):
        return True  # a one-token phrase occurs (also decided in C)
    return any(t in first and table.match_at(tokens, i) is not None for i, t in enumerate(tokens))


def all_matches(table: PhraseTable, tokens: list[str]) -> list[tuple[int, int, Any]]:
    """Non-overlapping (start, end, payload) matches of ``table`` in ``tokens``, left to right."""
    out: list[tuple[int, int, Any]] = []
    i = 0
    first = table.by_first
    if first.keys().isdisjoint(tokens):
        return out
    while i < len(tokens):
        if tokens[i] not in first:
            i += 1
            continue
        m = table.match_at(tokens, i)
        if m is None:
            i += 1
            continue
        out.append((i, m[0], m[1]))
        i = m[0]
    return out


def literal_alternation(words: Iterable[str], *, before: str = "", after: str = "",
                        flags: int = 0) -> re.Pattern[str]:
    """A compiled regex that finds what ``before + (w1|w2|...) + after`` finds with the words
    tried longest first, but as a character trie, so that each position costs one branch per
    character instead of one per word (an alternation of hundreds of names is many times faster).

    ``before`` and ``after`` must be zero-width assertions (e.g. ``(?<![\\w-])``, ``(?![\\w-])``):
    ``after`` is tried at the end of each word after every longer continuation, which is the
    longest-first order. When two sibling characters could match the same text character under
    ``flags`` (so that the trie would not be equivalent) the plain alternation is compiled."""
    ordered = sorted(dict.fromkeys(w for w in words if w), key=len, reverse=True)
    plain = re.compile(before + "(?:" + "|".join(re.escape(w) for w in ordered) + ")" + after, flags)
    trie: dict[str, Any] = {}
    for w in ordered:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str | None:
        chars = [ch for ch in node if ch]
        for k, a in enumerate(chars):
            if any(re.fullmatch(re.escape(a), b, flags) for b in chars[k + 1:]):
                return None  # ambiguous siblings: keep the plain alternation
        parts: list[str] = []
        for ch in chars:
            rest = branch(node[ch])
            if rest is None:
                return None
            parts.append(re.escape(ch) + rest)
        if "" in node:
            parts.append(after)
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    if not ordered or max(map(len, ordered)) > 200:
        return plain
    body = branch(trie)
    return plain if body is None else re.compile(before + body, flags)


def _requirements(items: Any) -> list[frozenset[str]]:
    """Sets of literals such that every match of the parsed sequence ``items`` contains one
    literal of each set (lower-cased); conservative: an unknown construct requires nothing."""
    from re import _constants as c  # type: ignore[attr-defined]

    out: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*list(items), (None, None)]:
        if op is c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            out.append(frozenset(["".join(run)]))
            run = []
        if op is c.SUBPATTERN:
            # a group with its own flags ("(?-i:martyrs)") too: literals are compared lower-cased
            # with the text's lower-case view, whatever the letter case a match needs
            out.extend(_requirements(av[3]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            out.extend(_requirements(av[2]))
        elif op is c.ASSERT and av[0] < 0:
            # a positive lookbehind ("(?<=among them )were") sees only the searched text: what it
            # requires, the text holds (lookaheads are left out: they mostly name common words)
            out.extend(_requirements(av[1]))
        elif op is c.BRANCH:
            # every match takes one alternative: the union of one required set per alternative
            # (its most selective one) is required
            heads: set[str] = set()
            for alt in av[1]:
                inner = [r for r in _requirements(alt) if r and all(r)]
                if not inner:
                    break
                heads |= _most_selective(inner)
            else:
                out.append(frozenset(heads))
    return out


def _most_selective(reqs: list[frozenset[str]]) -> frozenset[str]:
    """Of several required literal sets, the one that excludes most texts: longer words, fewer;
    a number counts one character longer than a word of its length (prose holds "in" or "at"
    almost everywhere, "19" or "20" seldom)."""
    return max(reqs, key=lambda r: (min(len(w) + w.isdigit() for w in r), -len(r)))


@lru_cache(maxsize=256)
def literal_requirement(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case literals one of which every match of ``rx`` contains (the most selective such
    set found in the pattern), or None when none can be proved. For a quick pre-test: an ASCII
    text whose lower-case form contains none of them cannot match (:func:`may_match`)."""
    from re import _parser as p  # type: ignore[attr-defined]

    try:
        found: list[frozenset[str]] = _requirements(p.parse(rx.pattern, rx.flags))
    except (re.error, TypeError, ValueError, IndexError):
        return None
    reqs = [r for r in found if r and all(r)]
    if not reqs:
        return None
    chosen = _most_selective(reqs)
    # a literal that holds another one of the set adds nothing to the test ("recall" is in
    # "recalled"): the shortest ones alone say the same, with fewer scans
    return tuple(sorted(w for w in chosen if not any(o != w and o in w for o in chosen)))


def requirement_of(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """:func:`literal_requirement` of ``rx``, remembered by the pattern's identity (the cache of
    ``literal_requirement`` hashes the pattern, which hashes its whole compiled code)."""
    got = _REQUIREMENTS.get(id(rx))
    if got is None or got[0] is not rx:
        got = _REQUIREMENTS[id(rx)] = (rx, literal_requirement(rx))
    return got[1]


def may_match(rx: re.Pattern[str], text: str, low: str | None) -> bool:
    """False when ``rx`` certainly has no match in ``text`` (``low``: ``text.lower()`` if
    ``text`` is ASCII, else None). Exact: a performance pre-test only."""
    if low is None:
        return True
    got = _REQUIREMENTS.get(id(rx))
    if got is None or got[0] is not rx:
        got = _REQUIREMENTS[id(rx)] = (rx, literal_requirement(rx))
    req = got[1]
    return req is None or any(map(low.__contains__, req))


# a cache by id (hashing a pattern hashes its whole compiled code); the entry holds the pattern, so
# that its id is not reused while the entry lives
_REQUIREMENTS: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def first_char_guard(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` behind a lookahead for the characters a match can start with (same flags, groups
    and matches): a pattern whose first element is a long alternation (of optional words) tries
    every branch at every position; the lookahead skips the positions no branch can start at.
    ``rx`` itself when they cannot be told (a match may be empty, a negated class...)."""
    from re import _parser as p  # type: ignore[attr-defined]

    try:
        first = _first_chars(list(p.parse(rx.pattern, rx.flags)))
    except (re.error, TypeError, ValueError, IndexError):
        return rx
    if first is None or first[1]:
        return rx
    return re.compile("(?=[" + "".join(sorted(first[0])) + "])(?:" + rx.pattern + ")", rx.flags)


def _first_chars(items: list[Any]) -> tuple[set[str], bool] | None:
    """(class items a match of the parsed sequence ``items`` can start with, whether it can be
    empty), or None when unknown. Zero-width assertions are passed over (conservative)."""
    from re import _constants as c  # type: ignore[attr-defined]

    cats = {c.CATEGORY_SPACE: r"\s", c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_DIGIT: r"\d",
            c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}
    out: set[str] = set()
    for op, av in items:
        got: tuple[set[str], bool] | None
        if op is c.LITERAL:
            got = ({re.escape(chr(av))}, False)
        elif op is c.IN:
            chars: set[str] = set()
            for iop, iav in av:
                if iop is c.LITERAL:
                    chars.add(re.escape(chr(iav)))
                elif iop is c.RANGE:
                    chars.add(re.escape(chr(iav[0])) + "-" + re.escape(chr(iav[1])))
                elif iop is c.CATEGORY and iav in cats:
                    chars.add(cats[iav])
                else:
                    return None  # a negated class, ...
            got = (chars, False)
        elif op is c.CATEGORY and av in cats:
            got = ({cats[av]}, False)
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the next element starts the match
        elif op is c.SUBPATTERN:
            got = _first_chars(list(av[3])) if not av[1] and not av[2] else None  # (no flag changes)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            inner = _first_chars(list(av[2]))
            got = None if inner is None else (inner[0], inner[1] or av[0] == 0)
        elif op is c.BRANCH:
            got = (set(), False)
            for alt in av[1]:
                one = _first_chars(list(alt))
                if one is None:
                    return None
                got = (got[0] | one[0], got[1] or one[1])
        else:
            return None
        if got is None:
            return None
        out |= got[0]
        if not got[1]:
            return out, False
    return out, True
