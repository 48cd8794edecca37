"""Exact speed-ups for regular expressions: the same matches, fewer tries.

* :func:`literal_alternation`: an alternation of many words compiled as a character trie.
* :func:`literal_requirement`, :func:`requirement_of`, :func:`may_match`: the literals one of which
  every match of a pattern contains, for a pre-test on the lower-case text (a text holding none of
  them cannot match).
* :func:`needs_other_character`: every match holds a character outside ASCII (a dash "–"): no
  match in ASCII text.
* :func:`first_char_guard`: a pattern behind a lookahead for the characters a match can start with.
* :func:`folded_twin`, :func:`has_match`: a case-insensitive pattern run case-sensitively on the
  lower-cased copy of an ASCII text (the same spans, two to three times faster).

(Re-exported by :mod:`civcas.extract.lexicon`, where they used to live.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from civcas.extract.text import ascii_fold_exact

__all__ = ["first_char_guard", "folded", "folded_finditer", "folded_search", "folded_twin", "found_in", "has_match",
           "literal_alternation", "literal_requirement", "may_match", "needs_other_character", "requirement_of",
           "starts_with"]


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


# words nearly every sentence holds: as unselective as a two-letter literal ("the" of "the bodies of")
_COMMON = frozenset({"the", "and", "was", "were", "that", "with", "for", "his", "her", "their", "they", "are",
                     "has", "had", "have", "been", "from", "this", "its", "not", "but", "who", "which"})


def _weight(w: str) -> int:
    return 2 if w.strip() in _COMMON else len(w) + w.isdigit()


def _most_selective(reqs: list[frozenset[str]]) -> frozenset[str]:
    """Of several required literal sets, the one that excludes most texts: longer words, fewer;
    a number counts one character longer than a word of its length (prose holds "in" or "at"
    almost everywhere, "19" or "20" seldom), a common word ("the", "were") as two letters."""
    return max(reqs, key=lambda r: (min(map(_weight, r)), -len(r)))


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


@lru_cache(maxsize=1024)
def _other_character(code: int) -> bool:
    """The character ``code`` is outside ASCII and matches no ASCII character, whatever the case."""
    return code >= 128 and ascii_fold_exact([chr(code)])


def _needs_other(items: Any, flags: int) -> bool:
    """Every match of the parsed sequence ``items`` holds a character outside ASCII (one that matches
    no ASCII character, whatever the letter case: a dash "–", a curly quote); conservative."""
    from re import _constants as c  # type: ignore[attr-defined]

    other = _other_character
    for op, av in items:
        if op is c.LITERAL and other(av):
            return True
        if op is c.IN and av and all(iop is c.LITERAL and other(iav) for iop, iav in av):
            return True  # a class of such characters only: "[–—]"
        if op is c.SUBPATTERN and _needs_other(av[3], flags):
            return True
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1 and _needs_other(av[2], flags):
            return True
        if op is c.BRANCH and all(_needs_other(alt, flags) for alt in av[1]):
            return True
    return False


def needs_other_character(rx: re.Pattern[str]) -> bool:
    """Every match of ``rx`` holds a character outside ASCII that matches no ASCII character (a dash
    "–", a curly quote "”"): ``rx`` finds nothing in ASCII text (an exact pre-test, besides
    :func:`literal_requirement`'s). Remembered by the pattern's identity (see :data:`_REQUIREMENTS`)."""
    got = _OTHER.get(id(rx))
    if got is None or got[0] is not rx:
        from re import _parser as p  # type: ignore[attr-defined]

        try:
            other = _needs_other(p.parse(rx.pattern, rx.flags), rx.flags)
        except (re.error, TypeError, ValueError, IndexError):
            other = False
        if len(_OTHER) >= _CACHE_SIZE:
            _OTHER.clear()  # (bounded: patterns compiled at run time, one per name, would pile up)
        got = _OTHER[id(rx)] = (rx, other)
    return got[1]


_CACHE_SIZE = 4096  # entries of the caches by id below, at most (emptied when full)
_OTHER: dict[int, tuple[re.Pattern[str], bool]] = {}  # (by id, as _REQUIREMENTS)


def requirement_of(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """:func:`literal_requirement` of ``rx``, remembered by the pattern's identity (the cache of
    ``literal_requirement`` hashes the pattern, which hashes its whole compiled code)."""
    got = _REQUIREMENTS.get(id(rx))
    if got is None or got[0] is not rx:
        if len(_REQUIREMENTS) >= _CACHE_SIZE:
            _REQUIREMENTS.clear()
        got = _REQUIREMENTS[id(rx)] = (rx, literal_requirement(rx))
    return got[1]


def may_match(rx: re.Pattern[str], text: str, low: str | None) -> bool:
    """False when ``rx`` certainly has no match in ``text`` (``low``: ``text.lower()`` if
    ``text`` is ASCII, else None). Exact: a performance pre-test only."""
    if low is None:
        return True
    got = _REQUIREMENTS.get(id(rx))
    if got is None or got[0] is not rx:
        if len(_REQUIREMENTS) >= _CACHE_SIZE:
            _REQUIREMENTS.clear()
        got = _REQUIREMENTS[id(rx)] = (rx, literal_requirement(rx))
    req = got[1]
    return req is None or any(map(low.__contains__, req))


# a cache by id (hashing a pattern hashes its whole compiled code); the entry holds the pattern, so
# that its id is not reused while the entry lives
_REQUIREMENTS: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def _lower_char(code: int) -> bool:
    """The character ``code`` is its own lower case and, outside ASCII, matches no ASCII character
    whatever the case ("ı" matches "I" case-insensitively)."""
    return chr(code).lower() == chr(code) and (code < 128 or _other_character(code))


def _caseless(items: Any) -> bool:
    """The parsed sequence ``items`` holds no upper-case letter, no flag change, no back reference
    and nothing unknown: matched case-sensitively on lower-cased ASCII text, it finds what it finds
    case-insensitively on the text itself (:func:`folded_twin`)."""
    from re import _constants as c  # type: ignore[attr-defined]

    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL):
            if not _lower_char(av):
                return False
        elif op is c.IN:
            for iop, iav in av:
                if iop is c.LITERAL and not _lower_char(iav):
                    return False
                if iop is c.RANGE and (iav[1] >= 128 or any(chr(k).lower() != chr(k) for k in range(iav[0], iav[1] + 1))):
                    return False
                if iop not in (c.LITERAL, c.RANGE, c.CATEGORY, c.NEGATE):
                    return False
        elif op is c.SUBPATTERN:
            if av[1] or av[2] or not _caseless(av[3]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _caseless(av[2]):
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if not _caseless(av[1]):
                return False
        elif op is c.BRANCH:
            if not all(_caseless(alt) for alt in av[1]):
                return False
        elif op is c.ATOMIC_GROUP:
            if not _caseless(av):
                return False
        elif op not in (c.AT, c.ANY, c.CATEGORY):
            return False  # a back reference compares case-insensitively, ...
    return True


def folded_twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a case-insensitive ``rx`` written in lower case (no upper-case letter, no ``(?-i:...)``,
    no back reference), the same pattern without IGNORECASE: on ``text.lower()`` of an ASCII
    ``text`` it finds the spans and groups' spans ``rx`` finds in ``text`` (an ASCII letter matches
    case-insensitively exactly the characters whose lower case it is; the word, space and digit
    classes and the word boundary do not depend on letter case), about two to three times faster. None otherwise.
    Remembered by the pattern's identity (as :data:`_REQUIREMENTS`)."""
    got = _TWINS.get(id(rx))
    if got is None or got[0] is not rx:
        twin: re.Pattern[str] | None = None
        if rx.flags & re.IGNORECASE and isinstance(rx.pattern, str):
            from re import _parser as p  # type: ignore[attr-defined]

            try:
                if _caseless(p.parse(rx.pattern, rx.flags)):
                    twin = re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)
            except (re.error, TypeError, ValueError, IndexError):
                twin = None
        if len(_TWINS) >= _CACHE_SIZE:
            _TWINS.clear()
        got = _TWINS[id(rx)] = (rx, twin)
    return got[1]


_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}  # (by id, as _REQUIREMENTS)


def folded(rx: re.Pattern[str], text: str) -> tuple[re.Pattern[str], str]:
    """(:func:`folded_twin` of ``rx``, ``text.lower()``) when ``text`` is ASCII and there is a twin,
    else (``rx``, ``text``): what the pattern finds in the text, the twin finds at the same spans (read
    the text of a match at its spans in ``text``: the twin's match is in lower case)."""
    if text.isascii():
        twin = folded_twin(rx)
        if twin is not None:
            return twin, text.lower()
    return rx, text


def found_in(rx: re.Pattern[str], text: str) -> bool:
    """``rx.search(text) is not None``, by :func:`folded`."""
    twin, subject = folded(rx, text)
    return twin.search(subject) is not None


def starts_with(rx: re.Pattern[str], text: str) -> bool:
    """``rx.match(text) is not None``, by :func:`folded`."""
    twin, subject = folded(rx, text)
    return twin.match(subject) is not None


def folded_finditer(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` by :func:`folded`: the matches' spans, not their text, are those of ``rx``."""
    twin, subject = folded(rx, text)
    return twin.finditer(subject)


def folded_search(rx: re.Pattern[str], text: str, low: str | None) -> re.Match[str] | None:
    """``rx.search(text)``, run on ``low`` (``text.lower()`` if ``text`` is ASCII, else anything)
    with :func:`folded_twin` when ``text`` is ASCII and there is one: the match's spans are those
    of ``rx.search(text)``, its text may be in lower case (read ``text`` at its spans)."""
    twin = folded_twin(rx) if low is not None and text.isascii() else None
    return rx.search(text) if twin is None else twin.search(low)  # type: ignore[arg-type]


def has_match(rx: re.Pattern[str], text: str, low: str | None) -> bool:
    """``rx.search(text) is not None`` (``low``: ``text.lower()`` if ``text`` is ASCII, else None),
    after :func:`may_match`'s pre-test, and on ``low`` with :func:`folded_twin` when there is one."""
    if low is None:
        return rx.search(text) is not None
    if not may_match(rx, text, low):
        return False
    twin = folded_twin(rx) if text.isascii() else None
    return (rx if twin is None else twin).search(text if twin is None else low) is not None


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
