"""Actors: the canonical list in ``civcas/data/actors.toml`` and where a text names them.

* :func:`load_actors` / :func:`find_actors` / :func:`canonical_actor` are shared with linking and web.
  Generic names ("the coalition", "the regime", "American") are *theatre aliases*: they name an
  actor only in a story about its theatre (:mod:`civcas.extract.theatre`).
* Who did it in a sentence (accused actors, how clearly a sentence makes an actor the author of its
  event) is in :mod:`civcas.extract.perpetrators`; claimants (who says it) in
  :mod:`civcas.extract.claims`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.text import Token
from civcas.models import Actor

__all__ = ["ActorEntry", "ActorMatch", "actor_of", "alias_words", "canonical_actor", "exact_actor", "find_actors",
           "load_actors", "may_match_alias", "may_name_actor"]

# aliases that are also ordinary words: matched only in mixed-case text, with exact case
_AMBIGUOUS = frozenset({"IS", "UN", "AP", "WHO", "U.N.", "SABA", "WAFA", "Saba", "Wafa", "IRC", "NRC",
                        "SAF", "NUG", "IBC", "PHR", "TDF", "GNA", "LNA", "EPL"})


@dataclass(frozen=True, slots=True)
class ActorEntry:
    name: str
    kind: str
    role: str  # perpetrator | claimant | both
    aliases: tuple[str, ...]
    countries: tuple[str, ...]
    theatre_aliases: tuple[str, ...] = ()  # names meaning this actor only inside its countries
    local_aliases: tuple[str, ...] = ()  # the same, but never read when no theatre is known
    forces: str = ""  # the actor acting for this speaking institution (a defence ministry's forces)
    speaks_as: str = ""  # the claimant name of an office speaking for another actor (a press office's forces)


@dataclass(frozen=True, slots=True)
class ActorMatch:
    entry: ActorEntry
    text: str
    start: int
    end: int


def _un_spellings(aliases: list[str]) -> list[str]:
    """The aliases, each "UN ..." one also spelled "United Nations ..." and "U.N. ..." ("UN mission in
    Iraq" also names "the United Nations mission in Iraq")."""
    out: list[str] = []
    for a in aliases:
        out.append(a)
        if a.startswith("UN ") and len(a) > 3:
            out += [f"United Nations {a[3:]}", f"U.N. {a[3:]}"]
    return out


@lru_cache(maxsize=1)
def load_actors() -> tuple[ActorEntry, ...]:
    """Every canonical actor of ``civcas/data/actors.toml``, with the national forces of
    ``civcas/data/nations.toml`` (:mod:`civcas.extract.national_forces`)."""
    from civcas.extract.national_forces import with_national_forces

    raw = load_toml("actors.toml")
    out = []
    for a in with_national_forces(list(raw.get("actor", []))):
        out.append(ActorEntry(name=a["name"], kind=a["kind"], role=a["role"],
                              aliases=tuple(dict.fromkeys(_un_spellings([a["name"], *a.get("aliases", [])]))),
                              countries=tuple(a.get("countries", [])),
                              theatre_aliases=tuple(a.get("theatre_aliases", [])),
                              local_aliases=tuple(a.get("local_aliases", [])),
                              forces=a.get("forces", ""), speaks_as=a.get("speaks_as", "")))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Alias:
    toks: tuple[str, ...]
    alias: str
    entry: ActorEntry  # the reading outside any theatre (or with no theatre known)
    cs: bool  # case-sensitive
    bound: tuple[ActorEntry, ...] = ()  # theatre readings, in file order
    fallback: bool = True  # ``entry`` is a plain alias (valid in every theatre)
    default: ActorEntry | None = None  # the reading when the document has no theatre cue


@lru_cache(maxsize=1)
def alias_index() -> tuple[dict[str, tuple[_Alias, ...]], dict[str, ActorEntry]]:
    """First token -> aliases starting with it, longest first; alias (lower case) -> entry."""
    from civcas.extract.text import tokenize

    plain: dict[str, tuple[str, ActorEntry]] = {}
    bound: dict[str, list[ActorEntry]] = {}
    default: dict[str, ActorEntry] = {}
    written: dict[str, str] = {}
    for e in load_actors():
        for a in e.aliases:
            # case-sensitive aliases keep each written form ("SABA" and "Saba")
            plain.setdefault(a if (a.isupper() and len(a) <= 5) or a in _AMBIGUOUS else a.lower(), (a, e))
        for a in (*e.theatre_aliases, *e.local_aliases):
            bound.setdefault(a.lower(), []).append(e)
            written.setdefault(a.lower(), a)
        for a in e.theatre_aliases:
            default.setdefault(a.lower(), e)
    by_alias = {k.lower(): e for k, (_a, e) in reversed(plain.items())}
    for k, e in default.items():
        by_alias.setdefault(k, e)
    first: dict[str, list[_Alias]] = {}
    for low in dict.fromkeys([*plain, *bound]):
        got = plain.get(low)
        a = got[0] if got is not None else written.get(low, low)
        pe: ActorEntry | None = got[1] if got is not None else None
        toks = tuple(t.low[:-2] if t.low.endswith(("'s", "’s")) else t.low for t in tokenize(a))
        if not toks:
            continue
        cs = (a.isupper() and len(a) <= 5) or a in _AMBIGUOUS
        # a case-sensitive name that is also a theatre alias ("NATO") keeps the theatre readings
        bs = tuple(bound.get(low if low in bound else low.lower(), ()))
        row = _Alias(toks, a, pe if pe is not None else bs[0], cs, bs, pe is not None,
                     default.get(low, pe))
        first.setdefault(toks[0], []).append(row)
    return ({k: tuple(sorted(v, key=lambda x: -len(x.toks))) for k, v in first.items()}, by_alias)


def _reading(row: _Alias, theatre: tuple[str, ...] | None) -> ActorEntry | None:
    """The actor a (possibly theatre-bound) alias names in a document about ``theatre``."""
    if not row.bound:
        return row.entry
    if not theatre:
        return row.default
    for cc in theatre:
        for e in row.bound:
            if cc in e.countries:
                return e
    return row.entry if row.fallback else None


@lru_cache(maxsize=1)
def alias_words() -> frozenset[str]:
    """Lower-case alphabetic words of every alias except function words: a sentence sharing none
    of them names no known actor (a cheap pre-filter)."""
    skip = {"the", "of", "for", "a", "an", "in", "on", "and", "s", "al", "el", "is", "us", "un", "ap", "to",
            "who", "u", "n", "group", "state", "news", "agency", "office", "mission", "national",
            "international", "human", "rights", "health", "ministry", "forces", "army",
            "military", "fighters", "militants", "troops", "led", "officials", "authorities",
            "strike", "strikes", "air", "shelling", "drone", "drones", "jets", "aircraft", "front",
            "people", "general", "service", "security", "committee"}
    out: set[str] = set()
    for e in load_actors():
        for a in (*e.aliases, *e.theatre_aliases, *e.local_aliases):
            if a.isupper() and len(a) <= 5:
                continue  # acronyms are found by their capitals (see may_name_actor)
            words = [w for w in re.findall(r"[a-z]+", a.lower()) if w not in skip]
            out.update(words)
    return frozenset(out)


# a run of capitals: "\b[A-Z][A-Z.\-]{1,6}\b" with the word boundary before the first capital told
# after it (no word character before it), so that the pattern starts with a class and the search
# skips in C to the capitals (the same matches, several times faster)
_ACRONYM = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z.\-]{1,6}\b")


def may_name_actor(text: str, words: set[str]) -> bool:
    """False when ``text`` (with lower-case word set ``words``) certainly names no known actor."""
    return (not alias_words().isdisjoint(words) or _ACRONYM.search(text) is not None) \
        and may_match_alias(text, words)


_AZ = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _alias_keys() -> tuple[frozenset[str], dict[str, tuple[tuple[frozenset[str], str | None], ...]],
                           tuple[tuple[str, ...], ...], bool]:
    """For :func:`may_match_alias`: tokens equal to an alias's tokens have the same ``[a-z]+``
    pieces, all words of the lower-cased text, and a case-sensitive alias is written as such.
    Returns (one piece per alias, that piece -> (pieces, case-sensitive alias or None), caseless
    aliases without pieces such as "19", whether some other alias has no pieces)."""
    reps: dict[str, list[tuple[frozenset[str], str | None]]] = {}
    raw: list[tuple[str, ...]] = []
    other = False
    for rows in alias_index()[0].values():
        for row in rows:
            pieces = frozenset(w for t in row.toks for w in _AZ.findall(t))
            if pieces:
                rep = max(sorted(pieces), key=len)
                reps.setdefault(rep, []).append((pieces, row.alias if row.cs else None))
            elif all(t.lower() == t.upper() for t in row.toks):
                raw.append(row.toks)
            else:
                other = True
    return frozenset(reps), {k: tuple(v) for k, v in reps.items()}, tuple(raw), other


def may_match_alias(text: str, words: set[str]) -> bool:
    """False when :func:`find_actors` certainly finds nothing in ``text`` (``words``: the set of
    ``[a-z]+`` words of ``text.lower()``, or a superset). A performance pre-test, exact."""
    rep_set, reps, raw, other = _alias_keys()
    if other:
        return True
    for w in rep_set.intersection(words):
        for pieces, cs in reps[w]:
            if pieces <= words and (cs is None or cs in text):
                return True
    return any(all(t in text for t in toks) for toks in raw)


# recent answers of :func:`find_actors`: a pure function that the readers of one document ask again
# for the same text (the claimant reader reads a subject twice; the main-perpetrator scan and the
# sentence's perpetrators read the same sentence). Bounded: emptied when full, so it holds about a
# document's worth of answers.
_MEMO_SIZE = 512
_FOUND: dict[tuple[str, tuple[str, ...] | None], tuple[ActorMatch, ...]] = {}


def find_actors(text: str, *, tokens: list[Token] | None = None,
                theatre: tuple[str, ...] | None = None, words: set[str] | None = None) -> list[ActorMatch]:
    """Known actors named in ``text``, left to right, longest alias first, non-overlapping.

    Aliases are matched on word tokens, case-insensitively, except short acronyms ("IS", "UN",
    "SDF"), which must match exactly; the ambiguous ones ("IS", "UN", "AP", "WHO") are not read in
    all-upper-case text. ``theatre`` (the document's countries, most-mentioned first) decides what
    a theatre alias names; with None (unknown) or () (no cue) its first reading is taken.
    ``words`` (the ``[a-z]+`` words of ``text.lower()``, or a superset, as the caller has them)
    saves reading them again for the pre-test; ``tokens``, the tokens of ``text``
    (:func:`~civcas.extract.text.tokenize`) or their first 400 when there are more, saves
    tokenising it again."""
    if tokens is not None and len(tokens) >= 400:  # (perhaps cut short: not remembered)
        if not may_match_alias(text, words if words is not None else set(_AZ.findall(text.lower()))):
            return []
        return _find_actors(text, tokens, theatre)
    key = (text, theatre)
    got = _FOUND.get(key)  # (a remembered answer first: the pre-test below is exact)
    if got is None:
        if not may_match_alias(text, words if words is not None else set(_AZ.findall(text.lower()))):
            return []  # no token can start an alias (saves tokenising and the scan)
        if len(_FOUND) >= _MEMO_SIZE:
            _FOUND.clear()
        got = _FOUND[key] = tuple(_find_actors(text, tokens, theatre))
    return list(got)


def _find_actors(text: str, tokens: list[Token] | None, theatre: tuple[str, ...] | None) -> list[ActorMatch]:
    """:func:`find_actors` after its pre-test."""
    from civcas.extract.text import tokenize

    index, _by_alias = alias_index()
    upper = text.isupper()
    toks = tokens if tokens is not None else tokenize(text)
    lows = [t.low for t in toks]
    if "'" in text or "’" in text:  # a possessive token holds an apostrophe of the text
        lows = [w[:-2] if w.endswith(("'s", "’s")) else w for w in lows]
    out: list[ActorMatch] = []
    n = len(toks)
    after = 0  # the token after the last alias found (aliases do not overlap)
    for i in [k for k, w in enumerate(lows) if w in index]:  # the tokens that can start an alias
        if i < after:
            continue
        for row in index[lows[i]]:
            k = len(row.toks)
            if tuple(lows[i:i + k]) != row.toks:
                continue
            alias = row.alias
            written = text[toks[i].start:toks[i + k - 1].end]
            if written.endswith(("'s", "’s", "'S", "’S")) and not alias.endswith(("'s", "’s")):
                written = written[:-2]
            if row.cs and (written != alias or (upper and alias in _AMBIGUOUS and not (
                    k == n and theatre and not set(theatre).isdisjoint(row.entry.countries)))):
                continue  # (an ambiguous acronym in capitals counts only as a whole speaker's phrase of
                # its own theatre: "WAFA" said in a Gaza story; not "WHO" in wire copy)
            if i + k < n and lows[i + k] == "-" and toks[i + k].start == toks[i + k - 1].end:
                continue  # "Israeli-made" is not the Israeli military
            entry = _reading(row, theatre)
            if entry is None:
                continue  # "the coalition" in a story about El Salvador
            if k > 1 and row.toks[0] == "the" and _longer_after(index, lows, i + 1, i + k):
                break  # "the army" of "the Army of National Liberation": the longer name that follows
            out.append(ActorMatch(entry, written, toks[i].start, toks[i + k - 1].end))
            after = i + k
            break
    return out


def _longer_after(index: dict[str, tuple[_Alias, ...]], lows: list[str], start: int, end: int) -> bool:
    """Some alias begins at token ``start`` and runs past token ``end`` (an alias that begins with
    "the" gives way to a longer one inside it: "the army" in "the Army of National Liberation")."""
    return any(len(row.toks) > end - start and tuple(lows[start:start + len(row.toks)]) == row.toks
               for row in index.get(lows[start], ()))


def canonical_actor(text: str, *, theatre: tuple[str, ...] | None = None) -> ActorEntry | None:
    """The canonical actor for a name or alias as written (case-insensitive), or None."""
    _index, by_alias = alias_index()
    e = by_alias.get(text.strip().lower()) if theatre is None else None
    if e is not None:
        return e
    found = find_actors(text, theatre=theatre)
    return found[0].entry if found else None


def exact_actor(name: str) -> ActorEntry | None:
    """The canonical actor whose name or plain alias is exactly ``name`` (case-insensitive), or None;
    unlike :func:`canonical_actor`, a name merely containing an alias ("Israeli health ministry") is none."""
    return alias_index()[1].get(name.strip().lower())


def actor_of(match: ActorMatch) -> Actor:
    """The model :class:`Actor` of a match (canonical name, text as written, kind)."""
    return Actor(name=match.entry.name, text=match.text, kind=match.entry.kind)  # type: ignore[arg-type]
