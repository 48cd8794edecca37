"""A figure's event kind, stance and details (split from :mod:`civcas.extract.sentence_figures`).

* :func:`event_kind`: the kind of event a sentence tells ("air strike", "shooting": ``[events]`` of
  the lexicon);
* :func:`stance`: denied ("no one was killed", a denial), hedged ("reportedly killed", an
  unverified claim) or asserted;
* :func:`sentence_details` / :func:`figure_details`: targets and weapons of the sentence and "the X
  family" ("a strike on the Haddad family home").
"""

from __future__ import annotations

import re

from civcas.extract.counts import Mention
from civcas.extract.lexicon import Lexicon, all_matches, any_match
from civcas.extract.regex_speed import first_char_guard
from civcas.extract.text import Token

__all__ = ["event_kind", "figure_details", "sentence_details", "stance"]


def event_kind(lows: list[str], lex: Lexicon) -> str | None:
    """The kind of event the words ``lows`` tell (``[events]`` of the lexicon: the first-ranked)."""
    best: tuple[int, str] | None = None
    for _s, _e, (rank, kind) in all_matches(lex.events, lows):
        if best is None or rank < best[0]:
            best = (rank, kind)
    return best[1] if best else None


def stance(lows: list[str], m: Mention, lex: Lexicon, *, denies: bool | None = None) -> str:
    """Denied if the sentence denies; hedged if a hedge stands near the figure (8 words before
    the number to 6 after its noun phrase); else asserted. ``denies``: whether the sentence
    denies, when already known."""
    if m.zero or (any_match(lex.denied, lows) if denies is None else denies):
        return "denied"
    if any_match(lex.hedged, lows[max(0, m.count.start - 8):m.np_end + 6]) or any_match(lex.unverified, lows):
        return "hedged"
    return "asserted"


_FAMILY = re.compile(r"\b(?:the\s+)?((?:al-|Al-|Al |el-|Abu |abu |Bani )?[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2}) family\b")
_FAMILY = first_char_guard(_FAMILY)  # (speed: the same matches)


def sentence_details(text: str, lows: list[str], lex: Lexicon) -> tuple[list[str], str | None]:
    """What :func:`figure_details` reads from the whole sentence (computed once per sentence):
    targets and weapons in order, and "the X family" named in it."""
    words: list[str] = []
    for rx in (lex.targets, lex.weapons):
        for _s, _e, word in all_matches(rx, lows):
            if word not in words:
                words.append(word)
    fam = _FAMILY.search(text) if " family" in text else None  # (literal pre-test: every match holds it)
    return words, (f"the {fam.group(1)} family" if fam else None)


def figure_details(text: str, m: Mention, tokens: list[Token],
                   common: tuple[list[str], str | None]) -> tuple[str, ...]:
    """A figure's details (at most eight): the family its count names ("members of the Odeh
    family"), the targets and weapons of its sentence and the family the sentence names
    (``common``: :func:`sentence_details`)."""
    words, fam = common
    out: list[str] = []
    if m.family is not None:
        a, b = m.family
        out.append(text[tokens[a].start:tokens[b - 1].end])
    for w in words:
        if w not in out:
            out.append(w)
    if fam is not None and m.family is None:
        out.insert(0, fam)
    return tuple(out[:8])
