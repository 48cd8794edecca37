"""The known actors of a whole document, read sentence by sentence (a speed-up, exact).

:func:`civcas.extract.claim_resolve.known_claimants` asks for every actor the first 20,000
characters of a document name: :func:`~civcas.extract.actors.find_actors` over that text. Most
of its sentences have been read already (the main-perpetrator scan, the sentences' perpetrators),
and ``find_actors`` remembers its recent answers; :func:`actors_by_sentence` gives the same list
from the answers of each sentence, so that the document is not tokenised and scanned again.

The two readings are the same when the tokens of the text are the tokens of its sentences (a
token never holds a space, and a whitespace character starts the tokeniser afresh) and no alias
runs from one sentence into the next. It falls back (returns None) when that cannot be told:

* the first or last word of a sentence holds a square bracket (a bracketed number reads as the
  bare number by its neighbours' tokens);
* two sentences touch without whitespace between them (a run-on cut inside a word);
* an alias may run from one sentence into the next: its last tokens and the first tokens of the
  next sentence make the beginning of an alias that goes on past the sentence end ("... in the
  U.S." and "Army officials said ...", "U.S. Army"; read only when the two edge tokens follow
  each other inside some alias);
* a sentence is all capitals in a text that is not (ambiguous acronyms such as "IS" are not read
  in all-capitals text).

:class:`civcas.extract.docstate.Doc` registers each document it reads (:func:`register`); a text
that is not the registered one is never read this way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from civcas.extract.actors import ActorMatch, alias_index, find_actors
from civcas.extract.text import TOKEN_ASCII, Sentence, Token, tokenize

# the document being read: its text (compared by identity), sentences, cached words and tokens
_Split = tuple[str, Sequence[Sentence], Callable[[int], set[str]], Callable[[int], list[Token] | None]]
_CURRENT: list[_Split] = []


def register(text: str, sents: Sequence[Sentence], *, words: Callable[[int], set[str]],
             tokens: Callable[[int], list[Token] | None]) -> None:
    """Make ``text`` (this very object) the document :func:`actors_by_sentence` can read by its
    sentences; ``words(i)``: the ``[a-z]+`` words of sentence i lower-cased, ``tokens(i)``: its
    tokens if already known, else None."""
    _CURRENT[:] = [(text, sents, words, tokens)]


@lru_cache(maxsize=1)
def _alias_pairs() -> tuple[frozenset[tuple[str, str]], frozenset[str], int]:
    """Every two tokens that follow each other inside an alias ("u", "."; ".", "s"; "s", "army"),
    the first tokens of those pairs, and the most tokens an alias has."""
    rows = [row for group in alias_index()[0].values() for row in group]
    pairs = frozenset(pair for row in rows for pair in zip(row.toks, row.toks[1:], strict=False))
    return pairs, frozenset(a for a, _b in pairs), max((len(row.toks) for row in rows), default=1)


def _lows(chunks: list[str], possessive: bool) -> list[str]:
    """The tokens of whitespace-separated chunks, as the alias scan reads them."""
    joined = " ".join(chunks)
    # (ASCII text without brackets: the strings of the tokeniser's ASCII path, without the tuples)
    lows = TOKEN_ASCII.findall(joined.lower()) if joined.isascii() and "[" not in joined \
        else [t.low for t in tokenize(joined)]
    return [w[:-2] if w.endswith(("'s", "’s")) else w for w in lows] if possessive else lows


def _runs_on(before: str, after: str, possessive: bool, longest: int) -> bool:
    """Some alias may start in the text ``before`` and go on into the text ``after`` (the next
    sentence): the last ``longest - 1`` tokens of one and the first of the other are read."""
    need = max(1, longest - 1)
    chunks = before.rsplit(None, need)[-need:]
    nxt = after.split(None, need)[:need]
    if any("[" in c or "]" in c for c in (*chunks, *nxt)):
        return True  # (a bracketed number reads by its neighbours' tokens)
    tail = _lows(chunks, possessive)
    if len(tail) < need and len(before.split(None, need)) > need:
        return True  # (chunks without tokens: not enough read to tell)
    head = _lows(nxt, possessive)
    window = tail + head
    index = alias_index()[0]
    for j in range(len(tail)):
        for row in index.get(window[j], ()):
            k = len(row.toks)
            if j + k > len(tail) and tuple(window[j:j + k]) == row.toks:
                return True
    return False


def actors_by_sentence(text: str, *, limit: int, theatre: tuple[str, ...] | None) -> list[ActorMatch] | None:
    """``find_actors(text[:limit], theatre=theatre)`` read sentence by sentence (same matches, same
    offsets), or None when ``text`` is not the registered document or the readings may differ
    (see the module doc)."""
    current = _CURRENT[0] if _CURRENT else None
    if current is None or current[0] is not text:
        return None
    _text, sents, words, tokens = current
    head = text[:limit]
    upper = head.isupper()
    possessive = "'" in head or "’" in head
    pairs, starts, longest = _alias_pairs()
    out: list[ActorMatch] = []
    prev: Sentence | None = None
    prev_last = ""
    for i, s in enumerate(sents):
        if s.start >= limit:
            break
        if prev is not None and s.start <= prev.end:
            return None  # no whitespace between two sentences
        whole = s.end <= limit
        piece = s.text if whole else text[s.start:limit]
        if piece.isupper() and not upper:
            return None
        first, last = piece.split(None, 1)[0], piece.rsplit(None, 1)[-1]
        if "[" in first or "]" in first or "[" in last or "]" in last:
            return None  # (a bracketed number reads as the bare number by its neighbours' tokens)
        lows = _lows([last], possessive)
        if not lows:
            return None
        if prev is not None and prev_last in starts:
            nxt = _lows([first], possessive)
            if not nxt or ((prev_last, nxt[0]) in pairs and _runs_on(prev.text, piece, possessive, longest)):
                return None  # an alias may run on from the sentence before into this one
        found = find_actors(piece, tokens=tokens(i) if whole else None, theatre=theatre,
                            words=words(i) if whole else None)
        out.extend(ActorMatch(m.entry, m.text, m.start + s.start, m.end + s.start) for m in found)
        prev, prev_last = s, lows[-1]
    return out
