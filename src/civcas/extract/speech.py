"""Speech around actors: who speaks ("the FMLN said"), a denial going on in the next sentence, a
speaker saying it did the act (split from :mod:`civcas.extract.perpetrators`, which re-exports these),
and a speech verb that opens a reported clause, so that the words before it are a speaker and no
counted victim (``opens_speech``, used by the count readers).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from civcas.extract.denials import denial_alternation, denial_verbs
from civcas.extract.regex_speed import first_char_guard

if TYPE_CHECKING:
    from civcas.extract.actors import ActorMatch

__all__ = ["DENIAL_BEFORE", "continues_denial", "is_speaker", "opens_speech", "says_it_did"]

# a counter-accusation inside a denial: "denied the strike and accused the Houthis of staging it"
DENIAL_BEFORE = re.compile(r"\b(?:" + denial_alternation(denial_verbs()) + r"|rejected|rejects|dismissed|baseless|unfounded|"
                           r"groundless|not\s+responsible|(?:do|does|did)\s+not\s+(?:strike|target|attack|hit|bomb|shell))\b",
                           re.IGNORECASE)


# a speaker: "the FMLN said", "the FMLN STATES:", "according to the army", "[FMLN GENERAL COMMAND]"
_SPEAKS_AFTER = re.compile(
    # (its acronym or full name in brackets first: "the PLF [Popular Liberation Front] said")
    r"^\s*(?:\)\s*|\(\w+\)\s*|\[[\w\s'’-]{1,60}\]\s*)?(?:(?!the\b|a\b|an\b|its\b|their\b)\w+\s+){0,2}?(?:also\s+|later\s+|has\s+|have\s+|had\s+)?(?:said|says|stated|states|"
    r"added|adds|insisted|insists|reported|reports|announced|announces|told|noted|denied|denies|warned|explained|"
    r"declared|declares|indicated|indicates|asserted|asserts|charged|pointed\s+out|rejected|communiqu[eé]|statement|spokes(?:man|woman|person))\b"
    r"|^\s*(?:\w+\s+){0,3}?(?:\(\w+\)\s*)?(?:general\s+command\s*)?\)?\s*\]", re.IGNORECASE)
_SPEAKS_BEFORE = re.compile(r"(?:\baccording\s+to|\bciting|\bquoting|\bquoted|\bby)\s+(?:the\s+)?$|"
                            r"\[(?:general\s+command\s+of\s+)?(?:the\s+)?$", re.IGNORECASE)
_SPEAKS_BEFORE = first_char_guard(_SPEAKS_BEFORE)  # (speed: the same matches)


# "a communique issued by the": the name after it wrote the communique
_ISSUED_BY = re.compile(r"\b(?:communiqu[eé]|statement|release)\s+(?:issued\s+|released\s+|signed\s+)?by\s+(?:the\s+)?$",
                        re.IGNORECASE)


def is_speaker(sentence: str, match: ActorMatch) -> bool:
    """True when ``match`` speaks in the sentence ("the FMLN said", "according to the army", a
    communiqué header "[FMLN GENERAL COMMAND]"), which by itself does not make it the attacker."""
    before = sentence[max(0, match.start - 30):match.start]
    if _SPEAKS_BEFORE.search(before) and not before.lower().rstrip().endswith(("by", "by the")):
        return True
    if _ISSUED_BY.search(before):
        return True
    return _SPEAKS_AFTER.match(sentence[match.end:match.end + 60]) is not None


_GOES_ON = re.compile(r"^\W*(?:it|they|the\s+(?:ministry|military|army|command|coalition|group|statement|spokesman))\s+"
                      r"(?:also\s+)?(?:said|says|added|adds|claimed|claims|insisted|insists|stated|suggested)\b",
                      re.IGNORECASE)


def continues_denial(previous: str, sentence: str) -> bool:
    """True when ``sentence`` goes on reporting a denial of the ``previous`` one ("X denied firing
    the missile. It said the missiles are used only by the Y army."): the actors it names are the
    denier's counter-accusation, not the story's attackers."""
    return _GOES_ON.match(sentence) is not None and DENIAL_BEFORE.search(previous) is not None


# "JNIM claimed the raid in a message, saying its fighters had killed some 150 soldiers"
_SAYS_IT_DID = re.compile(r"^[^.;]{0,60}?\b(?:said|says|claimed|claims|announced|announces|reported|stated|states|"
                          r"saying)\b"
                          r"[^.;]{0,30}?\b(?:it|they|its\s+(?:forces|troops|aircraft|jets|units|missiles|drones|"
                          r"fighters|men|militants|soldiers|commandos)|"
                          r"their\s+(?:forces|troops))\s+(?:had\s+|has\s+|have\s+)?(?:killed|struck|hit|destroyed|"
                          r"eliminated|targeted|bombed|shelled)\b", re.IGNORECASE)


# an assessment of its own harm: "killed by its strikes", "unintentionally killed", "unintentional
# civilian deaths" (the wording of a force's own casualty assessments)
_OWN_HARM = re.compile(r"\b(?:by|in|from)\s+(?:its|their)\s+(?:own\s+)?(?:air\s*strikes|strikes|raids|operations|"
                       r"actions|bombing|shelling|forces|troops|aircraft)\b|\bunintentional(?:ly)?\b", re.IGNORECASE)


def says_it_did(sentence: str, end: int) -> bool:
    """True when the speaker whose name ends at ``end`` says it did the act ("Russia's defence
    ministry said on Tuesday that it had killed 450 soldiers", "the coalition said 12 civilians were
    unintentionally killed by its strikes"): the speaker is the author."""
    return _SAYS_IT_DID.match(sentence[end:end + 160]) is not None or _OWN_HARM.search(sentence) is not None


# words that open the reported clause after a speech verb ("said the victims ...", "said that ...");
# a name ("Said Al-Tawil") or "said to" does not
_CLAUSE_OPENERS = frozenset({"the", "that", "a", "an", "it", "they", "he", "she", "his", "her", "their",
                             "its", "on", "in", "there", "some", "all", "most", "many", "those", "these"})


def opens_speech(lows: list[str], p: int) -> bool:
    """A speech verb at ``p`` that opens a reported clause: the words before it are its speaker
    (also before a count or a quotation: "a doctor said dozens had been injured", "a medic said
    “more than 40” were hurt": the doctor and the medic are no victims)."""
    if lows[p] not in ("said", "says", "told") or p + 1 >= len(lows):
        return False
    q = p + 1
    if lows[p] == "told":  # "told reporters", "told a news agency": the addressee, then the clause
        while q < min(len(lows), p + 5) and lows[q].isalpha() and lows[q] not in _CLAUSE_OPENERS \
                and lows[q] not in _COUNT_OPENERS:
            q += 1
        if q >= len(lows):
            return False
    nxt = lows[q]
    return nxt in _CLAUSE_OPENERS or nxt in _COUNT_OPENERS or nxt[:1].isdigit()


# a count or a quotation right after a speech verb opens the reported clause too
_COUNT_OPENERS = frozenset({"“", "dozens", "scores", "hundreds", "thousands", "tens", "several", "at", "more",
                            "nearly", "about", "around", "almost", "over", "up", "only", "no", "none", "between"})
