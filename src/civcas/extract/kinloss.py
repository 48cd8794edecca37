"""Relatives counted by who lost them or died with them, read around one count (used by
:mod:`civcas.extract.count_triggers` and :mod:`civcas.extract.counts`):

* a verb of loss right before a count of relatives, children or people: "he had lost three
  nephews", "the family lost “at least seven” people", "I lost five of my children" (killed);
* "killed with", "died with" before such a count: "she was killed with her two grandsons";
* the owner of a partitive's people named before them: "three of Samira's daughters" (the
  daughters are counted, as in "three of her daughters").

Only relatives, children and people: "the party lost 12 seats", "he lost two fingers" have no
person. One side's own dead after a verb or noun of loss ("the army lost four soldiers", "lost two of
their own", "with the loss of one fighter") are read by :func:`side_lost`. Lexical data:
``[kin_loss]`` in ``data/extract/lexicon.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from civcas.extract.lexicon import lexicon

if TYPE_CHECKING:
    from civcas.extract.counts import Mention


@dataclass(frozen=True, slots=True)
class _KinLoss:
    verbs: frozenset[str]
    with_verbs: frozenset[str]
    heads: tuple[tuple[str, ...], ...]
    loss_nouns: frozenset[str]
    side_men: frozenset[str]
    own_words: frozenset[str]
    civil_losers: frozenset[str]
    events: frozenset[str]


@cache
def _kin_loss() -> _KinLoss:
    """The ``[kin_loss]`` table of the lexicon."""
    raw = lexicon().raw["kin_loss"]
    return _KinLoss(frozenset(raw["verbs"]), frozenset(raw["with_verbs"]),
                    tuple(tuple(h.split()) for h in raw["heads"]), frozenset(raw["loss_nouns"]),
                    frozenset(raw["side_men"]), frozenset(raw["own_words"]), frozenset(raw["civil_losers"]),
                    frozenset(raw["events"]))


def kin_lost(lows: list[str], p: int, m: Mention) -> bool:
    """The word at ``p`` (before count ``m``, past "his"/"their", a quote or "at least") is a verb of
    loss, or "with" after a killing verb, and the count's noun phrase ends on a relative, a child or
    people, with no fighters: "lost three nephews", "killed with her two grandsons"."""
    k = _kin_loss()
    tok = lows[p]
    if tok not in k.verbs and not (tok == "with" and p > 0 and lows[p - 1] in k.with_verbs):
        return False
    if not m.head or m.group == "combatants":
        return False
    end = m.np_end
    if lows[m.count.end:m.count.end + 2] == ["members", "of"] and "family" in lows[m.count.end:end]:
        return True  # "lost nine members of his family"
    return any(tuple(lows[max(0, end - len(h)):end]) == h for h in k.heads)


def own_count(lows: list[str], k: int) -> bool:
    """ "of their own" at ``k`` (on "of", after a count): "lost two of their own", "one of its own"."""
    return lows[k:k + 1] == ["of"] and lows[k + 1:k + 2] != [] and lows[k + 1] in _kin_loss().own_words \
        and lows[k + 2:k + 3] == ["own"]


def side_lost(lows: list[str], p: int, m: Mention) -> str | None:
    """The group of a side's own dead counted by ``m`` when the word at ``p`` (before the count,
    past "only", "at least" and the like) is a verb of loss or "the loss of": combatants for
    fighters and police, for "men" and "N of its own" (men or people when the loser is a village,
    a family and the like); a count of other people only when a violent event follows it in the
    sentence ("the village lost 12 residents in the massacre"). None when it is no such loss."""
    k = _kin_loss()
    tok = lows[p]
    if not (tok in k.verbs or (tok in k.loss_nouns and lows[p + 1:p + 2] == ["of"])):
        return None
    if not m.head:
        return None
    last = lows[m.np_end - 1] if m.np_end > 0 else ""
    own = own_count(lows, m.count.end)
    if m.group == "combatants":
        return "combatants"
    if last in k.side_men or own:
        clause = lows[max(0, p - 12):p]
        cut = max((q for q, w in enumerate(clause) if w in (";", ".", ":", ",")), default=-1)
        if not k.civil_losers.isdisjoint(clause[cut + 1:]):  # the loser: "the village lost six men"
            return m.group if last in k.side_men else "people"
        return "combatants"
    after = lows[m.np_end:m.np_end + 12]
    if ";" in after:
        after = after[:after.index(";")]
    return m.group if not k.events.isdisjoint(after) else None


def owner_end(lows: list[str], q: int) -> int | None:
    """The token after a possessive owner of up to four words at ``q`` ("Samira's", "Abu Karim's",
    "the Odeh family's"): "three of Samira's daughters" counts the daughters; None when there is none."""
    for r in range(q, min(len(lows), q + 4)):
        w = lows[r]
        if w.endswith(("'s", "’s")) and len(w) > 2:
            return r + 1
        if not w.isalpha() or w in ("of", "and", "or", "were", "was", "are", "is", "who", "which"):
            return None
    return None


# the speech verb after the speaker: "said", "told reporters", ", interviewed at the clinic, said"
# (also after a relative clause on the speaker: "A resident who was dug out of the ruins at dawn told
# reporters that his wife ...")
_SPEECH = (r"\s*(?:,[^,]{0,80},\s*|\s+who\s+[^,.;:\"“”]{0,80}?\s+)?(?:[\w'’-]+\s+){0,5}?(?:said|says|"
           r"told(?:\s+[\w'’-]+){0,3}?|recalled|recounted|explained|added)")
_NUMBER_WORDS = r"(?:\d+|two|three|four|five|six|several|many|all|seven|eight|nine|ten|eleven|twelve)"


@cache
def _own_loss() -> re.Pattern[str]:
    """The words after a speech verb that tell the speaker's own dead relatives (``speaker_verbs``,
    ``speaker_kin`` and ``heads`` of ``[kin_loss]``)."""
    raw = lexicon().raw["kin_loss"]
    kin = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
        {*raw["speaker_kin"], *raw["heads"]} - {"people", "persons", "members"}, key=len, reverse=True))
    verbs = "|".join(map(re.escape, raw["speaker_verbs"]))
    own = (rf"(?:(?:his|her|their)\s+(?:own\s+)?(?:{_NUMBER_WORDS}\s+)?|{_NUMBER_WORDS}\s+(?:of\s+(?:his|her|their)\s+)?"
           r"|an?\s+)")
    own = rf"(?:{own}(?:{kin})|{_NUMBER_WORDS}\s+members\s+of\s+(?:his|her|their)\s+(?:[\w-]+\s+)?family)"
    return re.compile(
        # the loss told in a relative clause on the speaker: "A farmer who lost three of his sons said ..."
        rf"\s+(?:of\s+[\w'’-]+\s+)?who\s+(?:had\s+|has\s+)?(?:{verbs})\s+{own}\b|"
        + _SPEECH + rf"\s*(?:,\s*)?(?:that\s+)?(?:(?:he|she|they)\s+(?:had\s+|has\s+|have\s+)?(?:{verbs})\s+{own}\b"
        rf"|(?:his|her|their)\s+(?:{_NUMBER_WORDS}\s+)?(?:{kin})\b[^.;]{{0,80}}?\b(?:was|were|had\s+been)\s+"
        r"(?:killed|among\s+the\s+dead))", re.IGNORECASE)


def own_loss(sentence: str, end: int) -> bool:
    """The speaker ending at ``end`` goes on to tell of relatives of his or her own killed: "A man at
    the clinic said he lost a daughter and two nephews", "One farmer said his brother was
    killed" (a relative speaking, not a witness)."""
    return _own_loss().match(sentence, end) is not None
