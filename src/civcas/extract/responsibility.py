"""Claims of responsibility and denials of a part in the act, with no number.

A sentence that gives no toll may still be a statement the gold sets keep as a figure of the event
with no bounds (``data/extract/responsibility.toml``, with example sentences):

* :func:`claiming_group`: a belligerent claims the act ("THE X CLAIMED RESPONSIBILITY FOR THE
  ATTACK", "a caller claimed the blast on behalf of the X", "the caller said the X had carried out
  the attack", "the X said it had staged the ambush", "the X claimed yesterday's bombing"): stance
  ``asserted``, the group as claimant and perpetrator;
* :data:`DENIES_PART`: a denial of a part in the act ("rejected any suggestion that its troops had
  been involved", "no police agent had taken part", "had not fired on the marchers"), read with
  the denial words of :mod:`civcas.extract.docstate`.

Never a claim: a negation between the group and the claim ("the X has not claimed
responsibility", "the X denied responsibility"), an unknown or non-belligerent actor.
"""

from __future__ import annotations

import re
from functools import cache

from civcas.datafiles import load_toml
from civcas.extract.actors import ActorMatch, find_actors
from civcas.extract.denials import denial_verbs, part_data
from civcas.extract.regex_speed import first_char_guard, folded, found_in


def _alt(words: list[str]) -> str:
    """A regex alternation of phrases (longest first, spaces as any whitespace)."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@cache
def _data() -> dict[str, dict[str, list[str]]]:
    return load_toml("extract", "responsibility.toml")


# an aside after a group's name: "THE X [ACRONYM]", "the X, which ..., ", "(ACRONYM)"
_ASIDE = r"(?:\s*[\[(][^\[\]()]{1,60}[\])])?(?:\s*,[^,.;]{1,80},)?"


@cache
def _after_group() -> re.Pattern[str]:
    """After a group's name: the claim verb and noun, a claimed act, or "said it had done"."""
    d = _data()["claim"]
    words = r"(?:[\w'’-]+\s+){0,5}?"  # "THE X PHONED A NEWSPAPER AND CLAIMED ..."
    return re.compile(
        rf"^{_ASIDE}\s*{words}(?:{_alt(d['verbs'])})\s+(?:{_alt(d['nouns'])})\b"
        rf"|^{_ASIDE}\s*{words}(?:{_alt(d['act_verbs'])})\s+(?:the|[\w]+'s|last\s+\w+'s)\s+(?:[\w-]+\s+)?"
        rf"(?:{_alt(d['acts'])})\b(?!\s+(?:had\s+|has\s+|was\s+|were\s+)?(?:killed|left|wounded|injured))"
        rf"|^{_ASIDE}\s*{words}(?:{_alt(d['said'])})\s+(?:[\w'’-]+\s+){{0,6}}?(?:that\s+)?"
        rf"(?:it|they|its\s+[\w-]+|their\s+[\w-]+)\s+(?:had\s+|has\s+|have\s+)?(?:{_alt(d['did'])})\s+"
        rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_alt(d['acts'])})\b",
        re.IGNORECASE)


@cache
def _group_then_did() -> re.Pattern[str]:
    """After a group's name said by another: "... THAT THE X HAD CARRIED OUT THE ATTACK"."""
    d = _data()["claim"]
    return re.compile(
        rf"^{_ASIDE}\s+(?:had\s+|has\s+|have\s+)?(?:{_alt(d['did'])})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_alt(d['acts'])})\b",
        re.IGNORECASE)


@cache
def _said_before() -> re.Pattern[str]:
    """Before a group's name: a speech verb ("the caller said (that) the X ...")."""
    d = _data()["claim"]
    # (up to five words between: "TOLD A LOCAL RADIO STATION THAT THE X ...")
    return re.compile(rf"\b(?:{_alt(d['said'])})\s+(?:[\w'’-]+\s+){{0,5}}?(?:that\s+)?(?:the\s+)?$", re.IGNORECASE)


@cache
def _behalf_before() -> re.Pattern[str]:
    """Before a group's name: a claim made for it ("claimed responsibility ... on behalf of the X")."""
    d = _data()["claim"]
    return re.compile(rf"\b(?:{_alt(d['verbs'])})\s+(?:{_alt(d['nouns'])})\b[^.;]{{0,100}}?"
                      rf"\b(?:{_alt(d['on_behalf'])})\s+(?:the\s+)?$", re.IGNORECASE)


@cache
def _negation() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(denial_verbs() + _data()['claim']['negations'])})\b", re.IGNORECASE)


@cache
def _claim_words() -> re.Pattern[str]:
    """A cheap pre-test: a sentence without one of these words claims nothing."""
    d = _data()["claim"]
    return first_char_guard(re.compile(rf"\b(?:{_alt(d['nouns'])}|{_alt(d['did'])}|{_alt(d['act_verbs'])})\b",
                                       re.IGNORECASE))  # (speed: the same matches)


def claims_for(sentence: str, m: ActorMatch) -> bool:
    """True when the sentence says the actor named at ``m`` claims or did the act ("THE X CLAIMED
    RESPONSIBILITY", "a caller said the X had carried out the attack", "... on behalf of the X")."""
    after = sentence[m.end:m.end + 240]
    got = _after_group().match(after)
    if got is None:
        before = sentence[max(0, m.start - 160):m.start]
        if (_said_before().search(before) and _group_then_did().match(after) is not None) \
                or _behalf_before().search(before):
            return not _negation().search(before[-60:])
        return False
    return not _negation().search(after[:got.end()]) and not _negation().search(sentence[max(0, m.start - 40):m.start])


def claiming_group(sentence: str, *, theatre: tuple[str, ...] | None = None,
                   words: set[str] | None = None) -> ActorMatch | None:
    """The belligerent that the sentence says claims or did the act, or None."""
    if not _claim_words().search(sentence):
        return None
    for m in find_actors(sentence, theatre=theatre, words=words):
        if m.entry.kind == "belligerent" and claims_for(sentence, m):
            return m
    return None


def may_claim(sentence: str) -> bool:
    """A cheap pre-test: False when the sentence holds no word a claim needs."""
    return found_in(_claim_words(), sentence)  # (speed: regex_speed.folded)


@cache
def _denies_part() -> re.Pattern[str]:
    d = part_data()
    return first_char_guard(re.compile(
        rf"\b(?:{_alt(d['rejecting'])})\s+[\"'“‘]?(?:{_alt(d['rejected_objects'])})\b"
        # (not "there is no doubt the troops took part")
        rf"|\b(?:{_alt(d['no_part_subjects'])})\s+(?!doubt\b|question\b|longer\b)(?:[\w-]+[\"”]?\s+){{0,5}}?"
        rf"(?:{_alt(d['took_part'])})\b"
        # (not a lone person's act told in narrative: "He did not fire on the deputies and gave up")
        + "|" + "".join(rf"(?<!\b{re.escape(w)}\s)" for w in d["not_did_subjects_not"])
        + rf"\b(?:{_alt(d['not_did'])})\b",
        re.IGNORECASE))


def denies_part(sentence: str) -> bool:
    """True when the sentence denies a part in the act with no number ("rejected any suggestion
    that its troops had been involved", "no police agent had taken part")."""
    rx, subject = folded(_denies_part(), sentence)  # (speed: the same answer)
    return rx.search(subject) is not None


def denial_words() -> frozenset[str]:
    """Words one of which every sentence :func:`denies_part` accepts holds (for the look gate)."""
    d = part_data()
    # (the longest word of each phrase: "anything" of "had anything to do", not "do")
    return frozenset(w.lower() for w in d["rejecting"]) \
        | frozenset(max(w.lower().split(), key=len) for key in ("took_part", "not_did") for w in d[key])


def claim_words() -> frozenset[str]:
    """Words one of which every sentence :func:`claiming_group` accepts holds (for the look gate)."""
    d = _data()["claim"]
    aux = {"was", "were", "is", "are", "had", "has", "the"}
    return frozenset(w.split()[-1].lower() for w in d["nouns"]) | frozenset(w.lower() for w in d["act_verbs"]) \
        | frozenset(next(x for x in w.lower().split() if x not in aux) for w in d["did"])
