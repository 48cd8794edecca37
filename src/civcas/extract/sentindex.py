"""The sentences of one text indexed by the literals they hold: an exact pre-test of which
sentences a pattern may match in (moved unchanged from :mod:`civcas.extract.victimitems`; used by
the victim-list readers, :mod:`civcas.extract.victimlist` and :mod:`civcas.extract.victimdoc`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from civcas.extract.regex_speed import needs_other_character, requirement_of
from civcas.extract.text import Sentence, ascii_lower, literal_view

__all__ = ["SentenceIndex", "sentence_index"]


class SentenceIndex:
    """The sentences of one text, for finding those a pattern may match in (an exact pre-test:
    :func:`civcas.extract.regex_speed.may_match` on each sentence, computed once for the text)."""

    def __init__(self, text: str, sents: Sequence[Sentence]) -> None:
        self.sents = sents
        view = literal_view(text)
        # sentence i is low[start:end] (:func:`civcas.extract.text.literal_view` of the text, without
        # its NUL test); a sentence holding a character that folds to ASCII is never pre-tested
        self.low = view if view is not None else ascii_lower(text)
        self.other = set() if view is not None else {i for i, s in enumerate(sents) if literal_view(s.text) is None}
        self.starts = [s.start for s in sents]
        self._held: dict[str, frozenset[int]] = {}

    def matching(self, rx: re.Pattern[str]) -> set[int] | frozenset[int] | range:
        """The indices of the sentences in which ``rx`` may match: those holding one of the
        literals every match of ``rx`` holds (all of them when none is known), and those that
        cannot be pre-tested; of them only those holding a character outside ASCII when every
        match holds one (:func:`~civcas.extract.regex_speed.needs_other_character`)."""
        need = requirement_of(rx)
        if needs_other_character(rx):  # ("two women – A and B – were killed"): only where such a character is
            # (a character outside ASCII is a NUL in ``low``)
            held = self._holding("\0")
            return held if need is None or any("\0" in w for w in need) else held.intersection(
                self.other.union(*map(self._holding, need)))
        if need is None or any("\0" in w for w in need):
            return range(len(self.sents))
        return self.other.union(*map(self._holding, need))

    def _holding(self, w: str) -> frozenset[int]:
        """The sentences whose lower case holds ``w`` (cached: many patterns need the same words)."""
        got = self._held.get(w)
        if got is not None:
            return got
        sents, low = self.sents, self.low
        found: set[int] = set()
        p = low.find(w)
        while p >= 0:
            k = bisect_right(self.starts, p) - 1
            if k >= 0 and p + len(w) <= sents[k].end:  # within sentence k (sentences do not overlap)
                found.add(k)
                p = low.find(w, sents[k].end)  # the next sentence holding it
            else:
                p = low.find(w, p + 1)
        got = self._held[w] = frozenset(found)
        return got


# the index of the last text read: the list finder and victimdoc read the same document in turn
_LAST: tuple[str, tuple[Sentence, ...], SentenceIndex] | None = None


def sentence_index(text: str, sents: Sequence[Sentence]) -> SentenceIndex:
    """The :class:`SentenceIndex` of ``text`` and its sentences (the last one is kept)."""
    global _LAST
    last, key = _LAST, tuple(sents)
    if last is not None and last[0] is text and last[1] == key:
        return last[2]
    index = SentenceIndex(text, sents)
    _LAST = (text, key, index)
    return index
