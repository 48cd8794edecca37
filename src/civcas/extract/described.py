"""Attackers described but not named (``[attackers.described]`` in ``lexicon.toml``).

Wire copy often describes the attackers instead of naming them: "riddled with bullets by three
young individuals", "shot by one of the demonstrators", "a man dressed in a camouflage uniform
killed one person", "someone hurled a firebomb", "perpetrated by professionals", "by a member of
the Labour Party". Such an attacker is read as :data:`UNNAMED` ("unidentified gunmen", the project's
one name for unnamed attackers) with ``identified=False`` and its description as written, tail
included ("about 20 men in police uniforms"), so the figure keeps what the source says.

Two readings, both strict about victims:

* the agent of a violent verb: "by" + a number, an article or an adjective + a person noun, with a
  violent verb ("killed", "shot", "placed", "perpetrated") shortly before "by";
* the acting subject: at a clause start, the same noun phrase (or "someone") before an act verb
  that is no reduced passive ("two men wounded in the clash" are victims).
"""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.regex_speed import first_char_guard, folded
from civcas.models import Actor

UNNAMED = "unidentified gunmen"

_NUMBER = (r"(?:eight|eleven|fifteen|fifty|five|forty|four|nine|one|seven|six|ten|thirty|three|twelve|twenty|two|"
           r"several|some|a\s+few|a\s+dozen|dozens\s+of|\d{1,3})")
# what stands before the noun: "three", "some 30", "at least one", "one of the", "a group of", "one or several"
_QUANT = (r"(?:(?:a\s+|the\s+)?(?:group|band|gang|squad|handful)\s+of\s+(?:" + _NUMBER + r"\s+)?"
          r"|one\s+of\s+the\s+|one\s+or\s+(?:two|several|more)\s+"
          r"|(?:at\s+least|about|approximately|some|around|nearly|up\s+to)\s+" + _NUMBER + r"\s+"
          r"|" + _NUMBER + r"\s+|an?\s+)")
# after "killed", "wounded": no object, so a toll ("80 people killed and 200 injured", "two men
# wounded in the clash", "three people wounded, including a child"), not an act
_REDUCED_PASSIVE = re.compile(r"\s*[,.;:)]|\s*$|\s+(?:in|on|at(?!\s+(?:least|most)\b)|during|by|near|when|while|after|"
                              r"overnight|yesterday|today|tonight|\w+day|and|or|dead|to\s+death|including|among|were|"
                              r"was|as|from|with|outside|inside|last|this|early|late|likely|so\s+far|since)\b",
                              re.IGNORECASE)
# the first words of the act verbs (a description ends before them)
_VERB_WORDS = (r"killed|murdered|shot|wounded|injured|attacked|ambushed|abducted|kidnapped|gunned|riddled|fired|opened|"
               r"detonated|threw|hurled|planted|placed|set|blew|raided|stormed|assassinated|executed|hacked|stabbed|"
               r"broke|intercepted|machine-?gunned|strafed|bombed|dynamited|approached|stopped|walked|came")
_ACT_VERBS = (r"(?:killed|murdered|shot|wounded|injured|attacked|ambushed|abducted|kidnapped|gunned|riddled|fired|"
              r"opened\s+fire|detonated|threw|hurled|planted|placed|set\s+off|blew|raided|stormed|assassinated|"
              r"executed|hacked|stabbed|broke\s+into|intercepted|machine-?gunned|strafed|bombed|dynamited|"
              r"(?:approached|stopped|walked\s+up\s+to|came\s+up\s+to)\s+(?:[\w'’-]+\s+){0,3}?and\s+"
              r"(?:shot|killed|stabbed|fired|opened\s+fire|attacked))\b")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    raw = load_toml("extract", "lexicon.toml")["attackers"]["described"]
    adj = r"(?:(?:" + _alt(raw["adjectives"]) + r")\s+){0,2}"
    head = r"(?:" + _alt(raw["heads"]) + r")"
    # the description after the noun: "wearing olive drab uniforms", "of the National Party"
    tail = (r"(?:\s+(?:" + _alt(raw["closed_tails"]) + r")\b|\s+(?:" + _alt(raw["tails"]) + r")"
            r"(?:\s+(?!(?:who|which|when|as|and|at|in|during|from|on|with|after|while|but|were|was|are|is|"
            r"had|has|have|outside|inside|near|into|through|behind|" + _VERB_WORDS + r")\b)[\w.'’-]+){1,4})?")
    # a number, an article or an adjective is needed: a bare "by people" says nothing of attackers
    some = r"(?:(?:" + _alt(raw["adjectives"]) + r")\s+){1,2}"
    phrase = r"(?:" + _QUANT + adj + r"|" + some + r")" + head + r"\b" + tail
    verbs = r"\b(?:" + _alt(raw["agent_verbs"]) + r")\b"
    # (a decimal point is no sentence end: "hit by a .38 round shot by a cousin of ...")
    agent = re.compile(verbs + r"(?:[^.;:]|\.(?=\d)){0,60}?\bby\s+(?P<x>" + phrase + r")"
                       # a bare plural right after the verb: "perpetrated by professionals"
                       r"|" + verbs + r"\s+by\s+(?P<bare>(?:" + _alt([h for h in raw["heads"] if h.endswith("s")])
                       + r")\b" + tail + r")", re.IGNORECASE)
    subject = re.compile(r"(?:^|[.;:,]\s+|\b(?:when|after|as|and|that|where|until|before)\s+)"
                         r"(?P<x>someone|somebody|" + phrase + r")"
                         r"(?:\s+(?!(?:were|was|are|is|been|who|had\s+been|have\s+been)\b)[\w'’-]+){0,6}?\s+"
                         r"(?:have\s+|had\s+|has\s+|then\s+|reportedly\s+|allegedly\s+)?" + _ACT_VERBS,
                         re.IGNORECASE)
    victim = re.compile(r"\b(?:killed|killing|kills|murdered|wounded|wounding|injured|injuring|captured|arrested|"
                        r"bodies\s+of|deaths?\s+of|among)\s+$", re.IGNORECASE)
    heads = re.compile(r"\b(?:someone|somebody|" + head[3:] + r"\b", re.IGNORECASE)
    # (speed: the same matches, behind a lookahead for the characters a match can start with)
    return first_char_guard(agent), first_char_guard(subject), victim, first_char_guard(heads)


def described_attacker(sentence: str) -> Actor | None:
    """The attacker a sentence describes without naming ("shot by one of the demonstrators", "a
    woman walked up to him and stabbed him"; see the module doc), or None."""
    s = sentence[:2000]
    agent, subject, victim, heads = _patterns()
    rx, low = folded(heads, s)  # (speed: the same answer)
    if rx.search(low) is None:
        return None  # (speed: neither reading can match without a person noun or "someone")
    agent_rx, low = folded(agent, s)  # (the matches' spans only are read: regex_speed.folded)
    m = agent_rx.search(low)
    key = "x" if m is None or m.group("x") else "bare"
    if m is None:
        subject_rx, low = folded(subject, s)
        for m2 in subject_rx.finditer(low):
            verb_end = m2.end()
            if victim.search(s[max(0, m2.start("x") - 20):m2.start("x")]):
                continue
            if m2.group("x").lower() not in ("someone", "somebody") and _REDUCED_PASSIVE.match(s, verb_end) \
                    and s[verb_end - 7:verb_end].lower().endswith(("killed", "wounded", "injured", " shot")):
                continue  # "two men wounded in the clash": victims, not attackers
            m = m2
            break
    if m is None:
        return None
    text = re.sub(r"\s+", " ", s[m.start(key):m.end(key)]).strip(" ,.;:")
    typed = re.search(r"\bterrorists?$", text, re.IGNORECASE) is not None  # "a terrorist killed the senator"
    return Actor(name="terrorists" if typed else UNNAMED, text=text, kind="belligerent", identified=typed)


@lru_cache(maxsize=1)
def _lone() -> re.Pattern[str]:
    raw = load_toml("extract", "lexicon.toml")["attackers"]["described"]
    adj = r"(?:(?:" + _alt(raw["adjectives"]) + r")\s+){0,2}"
    return re.compile(r"^(?:an?|one)\s+" + adj + r"(?:" + _alt(raw["lone_heads"]) + r")\b(?!\s+or\b)", re.IGNORECASE)


def lone_description(text: str) -> bool:
    """True when the words of a described attacker name one person ("a man carrying a rifle", "an
    armed woman"; not "two men on a motorbike", "a man or men"): in a US shooting story that person
    is the story's lone gunman."""
    return _lone().match(text.strip()) is not None

