"""A denial with no number of its own (read by :mod:`civcas.extract.assemble` for a sentence with no
figure): the words and phrases of ``data/extract/denial.toml`` (:mod:`civcas.extract.denials`) and the
patterns written here.

A bare verb of denial ("denied", "denies", "deny") counts only when what it denies is the attack or
the harm, in its own clause ("denied carrying out the attack", "denied the reports", "denied it"), and
not after a passive or a negation ("were denied entry", "did not deny"): "denied that the talks had
failed" or "denied he was a member of the group" deny another matter.
"""

from __future__ import annotations

import re
from functools import cache

from civcas.extract.denials import denial_alternation, denial_data, denial_verbs, no_number_words
from civcas.extract.regex_speed import first_char_guard, folded_twin

__all__ = ["DENIAL", "DENIAL_WORDS", "HARM_ONLY", "denies_harm"]

# a denial with no number: "denied the reports", "not aware of any civilian casualties",
# "found no sign that a coalition aircraft had struck the house" ("no sign" of an attack or harm: not
# "turned up no sign the gunwoman knew her victims", "gave no sign of posing a threat")
# (the words and phrases as written come from denial.toml; the patterns here)
_FORCE = r"(?:aircraft|jets|warplanes|planes|drones|helicopters|troops|forces|soldiers|units|artillery)"
_ACTED = r"(?:fired|struck|hit|targeted|shelled|bombed|attacked|opened\s+fire)"
DENIAL = first_char_guard(re.compile(
    r"\b(?:" + denial_alternation(no_number_words()) + "|"
    r"no sign(?=[^.;]{0,80}?\b(?:aircraft|air\s?strikes?|strikes?|struck|troops|forces|soldiers|"
    r"military|bomb\w*|shell\w*|attack\w*|raids?|casualt\w+|civilians?|harm\w*|involvement|"
    r"drones?|missiles?|rockets?)\b)|"
    # a quoted phrase: 'said the group "has nothing to do" with the kidnapping', 'had "no part whatsoever"'
    r"nothing to do[\"”]? with|(?:had|played)\s+[\"“]?no\s+(?:part|role)(?:\s+whatsoever)?[\"”]?\s+in|"
    # 'the party "categorically rejected" any involvement', 'rejecting any link between'
    r"(?:rejected|rejects|rejecting)[\"”]?\s+[\"“]?(?:any|all)\s+(?:involvement|links?|participation|"
    r"connection|responsibility)|"
    # (not "rejected the charge that the dead were unarmed": a dispute over who the dead were)
    r"rejected (?:the )?(?:claims?|reports?|accusations?)|dismissed (?:the )?(?:claims?|reports?)|"
    # "the allegation had been assessed as 'non-credible'" (not "judged 105 of them non-credible", "many
    # allegations were closed as non-credible": an assessment tally)
    r"(?:the|an|this|that) (?:allegation|claim|report|incident)\b[^.;]{0,60}?[\"“]?non-credible|"
    # 'said the reports were "lies"', "dismissed the accounts as lies"
    r"(?:were|was|are|is|as)\s+[\"“]?(?:lies|a\s+lie|fabrications?)|"
    r"(?:does|do|did) not (?:strike|target|bomb|shell|attack|hit|work on|fire on|fire at) [\"“]?(?:civilians?|"
    r"civilian (?:targets|objects|areas|sites|infrastructure)|residential|homes|hospitals|schools)|"
    r"never (?:strikes|targets) (?:civilians?|residential)|"
    # "its aircraft only target the militia's positions and never residential areas"
    r"never (?:residential|civilian) (?:areas|neighbou?rhoods|districts|homes|targets)|"
    # "it had no indication of civilian casualties", "its forces were not present"
    r"no indication (?:of|that) (?:any )?civilians?|forces were not (?:present|in the area|operating)|"
    r"not within firing range|"
    # "there were no civilians at the site" (not "no civilians left in the village")
    r"there (?:were|was) no civilians? (?:at|in|near|on) the (?:site|area|building|location|scene|target|"
    r"facility|premises|compound|plant)|"
    # "no Russian aircraft had flown over the province", "no Syrian jets had operated in the area"
    r"no (?:[\w-]+ ){0,2}" + _FORCE + r" (?:had|have|has|were|was) (?:flown|operated|carried out|conducted|"
    r"been (?:active|operating|present|involved)|" + _ACTED + r")|"
    # 'said "no IDF fire" had been directed at the crowd'
    r"no (?:[\w-]+ )?fire[\"”]? (?:had been|has been|was|were) (?:directed|aimed|opened)|"
    # 'a first inquiry "does not show" that our troops had shelled the school'
    r"(?:did|does|do) not (?:indicate|show|suggest)[\"”]? that (?:its|their|our|the) " + _FORCE
    + r" had " + _ACTED + r"|"
    # a denial of holding people: 'said the group "is not holding any foreigner"', "the police maintained
    # that the brothers were never detained" (not "the suspect was never arrested" told as a fact)
    r"(?:is|are|was|were) not holding any (?:foreigners?|hostages?|prisoners?|captives?|one)|"
    r"(?:maintained|insisted|said|claimed|denied) that [^.;]{0,60}?\b(?:was|were) never (?:detained|arrested|"
    r"held|abducted|taken into custody)|"
    # "the only casualties were armed enemy combatants"
    r"the only casualties were (?:[\w-]+ ){0,2}(?:combatants|fighters|militants|terrorists|gunmen|soldiers|troops))\b",
    re.IGNORECASE))
# (the longest word of each phrase: "carry" of "did not carry out"; "credible" of "non-credible")
DENIAL_WORDS = frozenset(max(re.findall(r"[a-z]+", w.lower()), key=len) for w in no_number_words()) | frozenset(
    {"sign", "nothing", "part", "role", "rejected", "rejects", "rejecting", "dismissed", "strike", "target", "never",
     "indication", "present", "firing", "refuted", "lies", "lie", "fabrication", "fabrications", "work", "hit",
     "fire", "civilians", "civilian", "flown", "operated", "conducted", "casualties", "indicate", "show",
     "suggest", "credible", "holding"})


@cache
def _verb() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + denial_alternation(denial_verbs()) + r")\b", re.IGNORECASE)


def _word(w: str) -> str:
    return re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)


@cache
def _object() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(_word, denial_data()["verb"]["objects"])) + r")\b", re.IGNORECASE)


@cache
def _right_after() -> re.Pattern[str]:
    return re.compile(r"\s+(?:" + denial_alternation(denial_data()["verb"]["right_after"]) + r")\b", re.IGNORECASE)


@cache
def _not_after() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + denial_alternation(denial_data()["verb"]["not_after"]) + r")\s+$", re.IGNORECASE)


# the end of the verb's clause: a full stop, a semicolon, or a new clause of another speaker
_CLAUSE_END = re.compile(r"[.;]|,\s+(?:but|while|whereas|although)\b|\bbut\s", re.IGNORECASE)


def _verb_denies(text: str, m: re.Match[str]) -> bool:
    """The bare verb ``m`` denies the attack or the harm (see the module doc)."""
    if _not_after().search(text, max(0, m.start() - 12), m.start()) is not None:
        return False  # "were denied entry", "did not deny"
    if _right_after().match(text, m.end()) is not None:
        return True  # "denied it"
    stop = _CLAUSE_END.search(text, m.end(), m.end() + 160)
    return _object().search(text, m.end(), stop.start() if stop else m.end() + 160) is not None


def denies_harm(text: str) -> bool:
    """The sentence denies the harm or the attack, with no number (:data:`DENIAL`, a bare verb only
    when it denies the act: :func:`_verb_denies`)."""
    verb = _verb()
    # (speed: on the lower-cased copy of an ASCII sentence, case-sensitively: the same spans)
    twin = folded_twin(DENIAL) if text.isascii() else None
    for m in DENIAL.finditer(text) if twin is None else twin.finditer(text.lower()):
        if verb.fullmatch(text[m.start():m.end()]) is None or _verb_denies(text, m):
            return True
    return False


# a denial of the harm to civilians alone, not of the act: the party does not say it did not strike,
# only that the target or the dead were not civilian ("the armed forces do not work on civilian
# targets", "assessed the allegation as non-credible", "there were no civilians at the site", "the only
# casualties were enemy combatants"); it disputes no authorship (:mod:`civcas.extract.disputes`)
HARM_ONLY = re.compile(r"\b(?:non-credible|do not work on [\"“]?civilian|there (?:were|was) no civilians? (?:at|in|near|on) "
                       r"the|the only casualties were)\b", re.IGNORECASE)
