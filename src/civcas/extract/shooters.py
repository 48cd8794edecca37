"""Which unnamed attacker a whole story may give its figures.

Two document-level cues keep a typed author of one sentence from becoming the story's author:

* :func:`several_shooters`: the story says shots came from more than one person and names no
  single shooter ("detectives think at least two people fired shots", "more than one shooter
  was involved", "the shooter or shooters have not been identified"). A lone "gunman" is then no
  reading of the attack: its figures have no perpetrator unless their own sentence names one.
* :func:`background_event`: a sentence tells an earlier, other attack to set the story in context
  ("The shooting came two weeks after a gunman killed four people at a car wash", "It was the
  deadliest attack since 2018, when a suicide bomber killed ..."). Its author is that attack's,
  not the story's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.regex_speed import first_char_guard, folded_search, has_match, may_match
from civcas.models import Actor

__all__ = ["background_event", "forces_killing_attackers", "hurt_apart", "lone_shooter", "named_shooter",
           "several_shooters"]

_NUM = r"(?:two|three|four|five|several|multiple|many|numerous|2|3|4|5)"
_SEVERAL = re.compile(
    r"\b(?:(?:more\s+than|at\s+least)\s+(?:one|two|2)\s+(?:shooters?|gunm[ae]n|people|persons|men|suspects|individuals)"
    r"|" + _NUM + r"\s+(?:different\s+)?(?:shooters|people\s+(?:fired|opened\s+fire|were\s+shooting))"
    r"|shooter\s+or\s+shooters|shooter\(s\)|gunman\s+or\s+gunmen"
    r"|exchange\s+of\s+(?:gun)?fire\s+between|(?:two|rival)\s+groups?\s+(?:opened\s+fire|exchanged\s+(?:gun)?fire|"
    r"started\s+shooting))",
    re.IGNORECASE)
_SEVERAL = first_char_guard(_SEVERAL)  # (speed: the same matches)
# "more than one shooter", "at least two people fired": only with a shooting verb or noun near
_SHOOTING_NEAR = re.compile(r"shoot|shot|fired|fire|gun", re.IGNORECASE)


def several_shooters(document: str) -> bool:
    """True when the story says the shots came from more than one person (see the module doc)."""
    for m in _SEVERAL.finditer(document[:20_000]):
        window = document[m.start():m.end() + 30]
        if _SHOOTING_NEAR.search(window):
            return True
    return False


# an earlier attack told for context: "came two weeks after", "since July 2018, when", "the second
# such attack this month, after ...", "similar to the one in 2019 that killed"
_BACKGROUND = re.compile(
    r"\b(?:came|comes|coming|happened|occurred)\s+(?:just\s+|only\s+|barely\s+|less\s+than\s+|about\s+|nearly\s+)?"
    r"(?:(?:a\s+|an\s+|one\s+|two\s+|three\s+|four\s+|five\s+|six\s+|several\s+|\d+\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?)|"
    # many months on is another attack even in one campaign: "came eight months after 17 farmers were killed"
    r"(?:seven|eight|nine|ten|eleven|twelve)\s+(?:months|years))\s+after\b"
    r"|\bsince\s+(?:\w+\s+){0,2}(?:19|20)\d\d,?\s+when\b"
    # a day of the same year, as wire copy dates: "the worst attack since 7 April, when ...", "since
    # March 12, when", "since last month, when"
    r"|\bsince\s+(?:(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)(?:\s+\d{1,2})?|last\s+(?:week|month|year|spring|summer|autumn|fall|winter))\s*,?\s+when\b"
    r"|\b(?:a\s+)?similar\s+(?:\w+\s+){0,2}(?:attack|bombing|shooting|strike|massacre)\s+(?:in|on|last)\b"
    r"|\b(?:was|is)\s+the\s+scene\s+of\s+(?:a|an|another)\b",
    re.IGNORECASE)
_BACKGROUND = first_char_guard(_BACKGROUND)  # (speed: the same matches)


# an attack named by its year: "a 1991 attack at a cafeteria", "the 2009 shooting at the base", "the
# March 1984 siege of the embassy"
_YEAR_EVENT = re.compile(
    r"\b(?:an?|the)\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s+)?((?:19|20)\d\d)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:attack|bombing|shooting|massacre|rampage|ambush|killings?|siege|assault|raid|takeover)\b", re.IGNORECASE)


def background_event(sentence: str, *, year: int | None = None) -> bool:
    """True when ``sentence`` tells an earlier attack for context (see the module doc); with the
    story's ``year``, also when it names an attack of an earlier year ("the worst before Sunday
    was a 1999 attack at a diner, where ...")."""
    low = sentence.lower() if sentence.isascii() else None  # exact pre-test (regex_speed.may_match)
    if has_match(_BACKGROUND, sentence, low):
        return True
    if year is None or ("19" not in sentence and "20" not in sentence):
        return False  # (exact pre-test: every _YEAR_EVENT match holds "19" or "20")
    return any(int(m.group(1)) < year for m in _YEAR_EVENT.finditer(sentence))


# the state's forces killing the attackers: "Troops killed all four after a standoff", "troops
# had killed two attackers in a clash", "Officers shot and killed the gunman"
_FORCES_KILL = re.compile(
    r"\b(?P<f>security\s+forces|(?:the\s+)?police|officers|troops|soldiers|(?:the\s+)?army|commandos|deputies|"
    # a unit of the army or the police: "an army patrol shot dead three of the raiders"
    r"(?:(?:army|military|police)\s+)?patrols?)\s+"
    r"(?:later\s+|eventually\s+|then\s+|quickly\s+)?(?:had\s+|have\s+|has\s+)?(?:shot\s+and\s+killed|shot\s+dead|killed|"
    r"gunned\s+down)\s+(?:all\s+|both\s+)?(?:the\s+|one\s+|two\s+|three\s+|four\s+|five\s+|several\s+|\d+\s+)?"
    r"(?:of\s+the\s+)?"
    r"(?P<v>attackers?|assailants?|gunm[ae]n|shooter|suspects?|militants|bombers?|(?:of\s+)?them|kidnappers|"
    r"abductors|robbers|bandits|hijackers|raiders|"
    r"three|four|five|two|six)\b", re.IGNORECASE)
_FORCES_KILL = first_char_guard(_FORCES_KILL)  # (speed: the same matches)


def forces_killing_attackers(sentence: str) -> str | None:
    """The state forces' noun ("security forces", "police", "troops") when ``sentence`` says they
    killed the attackers (the attackers' deaths are the forces' act), else None."""
    low = sentence.lower() if sentence.isascii() else None  # exact pre-test (regex_speed.may_match)
    m = _FORCES_KILL.search(sentence) if may_match(_FORCES_KILL, sentence, low) else None
    if m is None:
        return None
    noun = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", m.group("f").lower()))
    return "police" if noun.startswith("police ") else "army" if noun.endswith(("patrol", "patrols")) else noun


# one person of any description opening fire: "A farmworker opened fire at two farms", "a
# 21-year-old man began shooting", "a former employee who had been fired opened fire", "A man shot
# and killed two neighbours"
@lru_cache(maxsize=1)
def _lone() -> re.Pattern[str]:
    raw = load_toml("extract", "shootings.toml")["lone_shooter"]
    nouns = "|".join(re.escape(w) for w in sorted(raw["persons"], key=len, reverse=True))
    arms = "|".join(raw["guns"])
    return first_char_guard(re.compile(  # (speed: the same matches)
        r"\b(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:" + nouns + r")\s+"
        r"(?:(?:[^,.;]{0,60}?\s|who\s+(?:[^,.;]|\.(?=\s+[a-z])){0,100}?\s)?(?:opened\s+fire|began\s+(?:firing|shooting)|"
        r"started\s+(?:firing|shooting)|went\s+on\s+a\s+shooting|"
        # "pulled a handgun ... and killed five": drawing a gun
        r"(?:pulled|drew|pulled\s+out|took\s+out)\s+(?:a|his|her)\s+(?:[\w.-]+\s+)?(?:" + arms + r"))"
        # the subject that shoots: "A man shot and killed two neighbours", "a 15-year-old boy fatally shot two
        # classmates" (not "a man was shot and killed")
        r"|(?:(?:allegedly|reportedly|then|also)\s+)?(?:shot\s+and\s+(?:killed|wounded)|fatally\s+shot|shot\s+dead|"
        r"shot\s+to\s+death|gunned\s+down))\b",
        re.IGNORECASE))


def lone_shooter(sentence: str) -> Actor | None:
    """The "gunman" of a sentence where one person of any description opens fire (see ``_lone``)."""
    low = sentence.lower() if sentence.isascii() else None  # exact pre-test (regex_speed.may_match)
    lone = _lone()
    m = folded_search(lone, sentence, low) if may_match(lone, sentence, low) else None  # (on low: spans only)
    if m is None:
        return None
    text = re.split(r",?\s+(?:opened|began|started|went|allegedly|reportedly|then|also|shot|fatally|gunned|who|pulled|drew|took)\b",
                    sentence[m.start():m.end()],
                    maxsplit=1, flags=re.IGNORECASE)[0]
    return Actor(name="gunman", text=text, kind="belligerent", identified=False)


# a person named as the subject who shoots, in a shooting story: "Dale Ruiz, 38, of Glenview, killed five
# co-workers", "On Friday, Carla M. Moss shot and killed two neighbours" (not an officer: "Officer Jo Lee
# shot the suspect"; not a suicide)
_NAMED_SUBJECT = re.compile(
    r"^(?:[^,.;]{0,40}?,\s*)?(?P<n>(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}))"
    r"(?:\s*,\s*\d{1,3}\s*,)?(?:\s*,?\s*of\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*,)?"
    r"\s+(?:allegedly\s+|then\s+|also\s+|later\s+)?(?:fatally\s+shot|shot\s+and\s+(?:killed|wounded)|shot\s+dead|killed|"
    r"murdered|opened\s+fire|shot|wounded|gunned\s+down)\b(?!\s+(?:himself|herself|themselves)\b)",
    re.IGNORECASE)
_NAMED_SUBJECT = first_char_guard(_NAMED_SUBJECT)  # (speed: the same matches)
_TITLES = frozenset({"officer", "officers", "deputy", "deputies", "sgt", "sergeant", "detective", "trooper", "chief",
                     "sheriff", "agent", "lt", "lieutenant", "capt", "captain", "police", "gov", "governor", "mayor",
                     "president", "the", "a", "an", "when", "after", "as", "while"})


def named_shooter(sentence: str) -> Actor | None:
    """The "gunman" of a shooting story's sentence whose subject is a person named by full name and
    shoots (see ``_NAMED_SUBJECT``); None for an officer or a title."""
    low = sentence.lower() if sentence.isascii() else None  # exact pre-test (regex_speed.may_match)
    m = _NAMED_SUBJECT.match(sentence[:400]) if may_match(_NAMED_SUBJECT, sentence, low) else None
    if m is None or m.group("n").split()[0].lower().rstrip(".") in _TITLES:
        return None
    return Actor(name="gunman", text=m.group("n"), kind="belligerent", identified=False)


@lru_cache(maxsize=1)
def _hurt_apart() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = load_toml("extract", "lexicon.toml")["causes"]

    def alternation(phrases: list[str]) -> re.Pattern[str]:
        return first_char_guard(re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
                                           + r")\b", re.IGNORECASE))  # (speed: the same matches)
    return alternation(raw["not_gunfire"]), alternation(raw["fleeing"])


def hurt_apart(sentence: str, following: str = "") -> bool:
    """True when the story says the injured of ``sentence`` were not hurt by the attacker's fire:
    in the sentence ("it treated 11 people, none of them for gunshot wounds") or, for people hurt
    fleeing or in a crush, in the ``following`` sentence ("About 36 more people were hurt in the
    chaos. None of those injuries was from gunfire."; ``[causes]`` in the lexicon): their figures
    name no perpetrator."""
    not_gunfire, fleeing = _hurt_apart()
    if not_gunfire.search(sentence) is not None:
        return True
    return bool(following) and fleeing.search(sentence) is not None and (
        not_gunfire.search(following) is not None
        or (re.search(r"\bgunfire\b", following, re.IGNORECASE) is not None
            and re.search(r"\b(?:none|no|not)\b", following, re.IGNORECASE) is not None))
