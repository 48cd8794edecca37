"""Unnamed perpetrators: typed ("urban guerrillas", "a death squad") and unidentified ("unknown
gunmen", "two armed men", "a suicide bomber", "the shooter").

:func:`generic_perpetrator` reads one sentence. A typed perpetrator keeps its noun as its name
("an urban guerrilla" -> "urban guerrillas", stable in number). An unidentified one gets a canonical
generic name, its words as ``text`` and ``identified=False``:

* "unknown/unidentified/masked/hooded gunmen", "armed men", "a group of armed individuals",
  "gunmen", "unidentified assailants/attackers/individuals/persons/men", "two men" acting ("shot
  by two men", "two men on a motorcycle opened fire") -> "unidentified gunmen" (the project's one
  name for unnamed attackers, whatever their weapon);
* "a gunman", "a lone gunman", "the shooter" -> "gunman"; "a suicide bomber" -> "suicide bomber".

:func:`terrorist_act` reads "a terrorist attack/bombing/murder" as typed "terrorists", the weakest
reading (used only when no other author is named).

Linking treats an unidentified perpetrator as compatible with any other.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.described import described_attacker
from civcas.extract.regex_speed import first_char_guard, may_match
from civcas.models import Actor

# a state's forces described, not named (``[state] descriptions`` in attackers.toml)
_STATE_WORDS = "|".join(load_toml("extract", "attackers.toml")["state"]["descriptions"])
#: the typed name of a state's described forces (the theatre's security forces: struckside.py)
STATE_FORCES = "state forces"
_GENERIC_PERP = re.compile(
    r"\b(?:by|blamed\s+on|attributed\s+to|blamed|accused|"
    # the other side of a gunfight: "a policeman was killed in a shootout with bank robbers"
    r"(?:shoot-?outs?|gunfights?|gun\s+battles?|exchanges?\s+of\s+(?:gun)?fire)\s+with|"
    # "we attribute the senator's death to the police"
    r"attribut(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,3}?(?:deaths?|murders?|killings?|massacres?|"
    r"assassinations?|attacks?|bombings?|crimes?|slayings?|(?:air\s*)?strikes?|raids?|shelling|bombardments?)\s+"
    r"(?:[\w'’-]+\s+){0,7}?to)"
    r"\s+(?:an?\s+|the\s+|some\s+)?(?:group\s+of\s+|band\s+of\s+|squad\s+of\s+)?"
    # a ruler's or a state's forces: "shot by President Duarte's troops", "by the regime's soldiers"
    r"(?:(?:[\w.-]+\s+){0,3}?[\w-]+['’]s\s+(?=(?:soldiers|troops|army|armed\s+forces|security\s+forces|"
    r"police|death\s+squads?|paramilitar(?:y|ies)|hired|paid)\b))?"
    # members of a state force: "beaten by agents of the secret police", "shot by men of the army"
    r"(?:(?:agents|members|officers|elements|personnel|men)\s+of\s+(?:the\s+)?(?:national\s+|federal\s+|state\s+|"
    r"secret\s+|military\s+|municipal\s+)?(?=(?:police|army|armed\s+forces|security\s+forces)\b))?"
    r"(?:(?:heavily\s+)?armed\s+|suspected\s+|alleged\s+|presumed\s+)?"
    # a nationality before death squads: "murdered by Salvadoran death squads" (see _nationality)
    r"(?P<n>[a-z]+(?:an|ian)\s+(?=death\s+squads?\b))?"
    # "shot to death by hired assassins", "blamed the ultraleftist groups for it", "murdered by criminals"
    # a state's forces described ("the repressive bodies of the state": attackers.toml [state])
    # (not one of two authors: "by agents of the state or by the rebels")
    r"(?P<x>[\"“]?(?:the\s+)?(?P<s>" + _STATE_WORDS + r")(?!\W*(?:and|or)\s+by\b)|(?:rightist|leftist|right-wing|left-wing|paramilitary)\s+squads?|"
    r"(?:urban\s+|rightist\s+|leftist\s+|right-wing\s+|left-wing\s+)?(?:terrorists?|guerrillas?|guerillas?|death\s+squads?|rebels?|insurgents?|militants?|"
    r"(?:ultra-?|extreme\s+)?(?:left|right)(?:ist|-wing)\s+(?:groups?|extremists)|(?:hired|paid)\s+(?:assassins|killers|gunmen)|criminals|"
    r"(?:bank\s+|armed\s+)?(?:robbers?|bandits?|thieves|kidnappers)|"
    r"paramilitar(?:y|ies)|drug\s+traffickers?|narco-?terrorists?|subversives?|assassins?|hit\s+men|"
    r"soldiers|troops|militiamen|jihadists?|army|armed\s+forces|security\s+forces|police|death\s+squads?|"
    # "killed by policemen at a roadblock", "beaten by police agents"
    r"policemen|police\s+(?:agents|officers)|"
    r"government(?:\s+(?:forces|troops|soldiers))?))\b"
    # a typed word before a named actor is its description: "shelling by the paramilitary Rapid
    # Support Forces" names the RSF
    # (case-sensitive: the pattern ignores case, and "guerrillas in the capital" is no name)
    r"(?!\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?-i:[A-Z][a-z]))",
    re.IGNORECASE,
)
_GENERIC_PERP = first_char_guard(_GENERIC_PERP)  # (speed: the same matches)
# "areas controlled by the government": an owner, not an author
_OWNER_BEFORE = re.compile(r"\b(?:run|held|controlled|operated|governed|administered|backed|captured|seized|retaken|"
                           r"recaptured|liberated|occupied|used|funded|armed|trained|supported|"
                           # "villagers had been told by the army to build barricades": orders or help
                           r"ordered|told|asked|urged|instructed|warned|advised|summoned|rescued|evacuated|escorted|"
                           r"guarded|protected|recruited)\s+$", re.IGNORECASE)
_UNKNOWN = re.compile(r"(?:unknown|unidentified|masked|hooded)\s+$", re.IGNORECASE)
# the typed noun as the acting subject: "guerrillas ambushed the patrol", "terrorists have killed 12
# miners", "a death squad is responsible for the massacre"
_GENERIC_SUBJECT = re.compile(
    r"\b(?P<x>(?:rightist|leftist|right-wing|left-wing|paramilitary)\s+squads?|"
    r"(?:urban\s+|rightist\s+|leftist\s+|right-wing\s+|left-wing\s+)?(?:terrorists|guerrillas|guerillas|"
    r"death\s+squads?|rebels|insurgents|militants|paramilitar(?:y\s+group|ies)|drug\s+traffickers|"
    r"narco-?terrorists|subversives|assassins|hit\s+men|militiamen|jihadists)"
    # a guerrilla's urban unit: "urban commandos stormed the post", "guerrilla urban commands fired"
    r"|(?:guerrilla\s+|rebel\s+)?urban\s+(?:commandos|commandoes|commands|cells))"
    # a place between: "death squads in the capital have murdered a priest"
    r"(?:\s+in\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?(?=\s+(?:have|has|had)\s))?"
    # "the death squads, who murdered four farmers": a relative clause acts for its noun
    r"(?:\s*,\s*who\s+|\s+who\s+|\s+)(?:have\s+|had\s+|has\s+|also\s+)?"
    r"(?:today\s+|tonight\s+|yesterday\s+|later\s+|reportedly\s+|allegedly\s+)?"
    # a reduced passive is no act: "three militants killed in an army raid", "rebels killed Tuesday"
    r"(?!(?:killed|murdered|shot|ambushed|kidnapped|abducted|massacred|assassinated|executed|attacked)\s+"
    r"(?:in|on|at(?!\s+(?:least|most)\b)|during|by|near|when|while|after|overnight|yesterday|today|tonight|\w+day)\b)"
    r"(?:killed|murdered|attacked|shot|ambushed|kidnapped|abducted|massacred|assassinated|bombed|opened\s+fire|"
    r"detonated|set\s+off|planted|stormed|raided|executed|(?:is|are|were|was)\s+responsible|"
    # "subversives conducted an armed attack on the minister", "urban commandos launched a mortar attack"
    r"(?:conducted|launched|carried\s+out|staged|perpetrated)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:attacks?|assaults?|ambush|raids?|bombings?)|hurled|threw|fired|dynamited|blew\s+up|machine-?gunned|"
    r"(?:claimed|admitted|assumed)\s+(?:\w+\s+)?responsibility)\b"
    # state forces only in the perfect: "security forces have killed more than 2,000 protesters" (not
    # "two soldiers killed and three wounded")
    r"|\b(?P<y>security\s+forces|soldiers|troops|police(?:\s+agents|\s+officers)?|policemen)\s+(?:have|has|had)\s+"
    r"(?:\w+ly\s+)?(?:killed|shot|murdered)\b"
    # or after a clause word, however many verbs on: "witnesses said that soldiers stormed the hamlet,
    # rounded up the men near the mosque and killed 20 of them" (not "that soldiers were killed")
    r"|\b(?:when|after|that|as)\s+(?:the\s+)?(?P<w>soldiers|troops)\s+(?!(?:were|was|had\s+been|have\s+been|"
    r"who\s+were|killed\s+(?:in|on|at|during|by))\b)[^.;]{0,100}?\b(?:killed|shot|massacred|executed|"
    r"opened\s+fire|began\s+(?:shooting|firing)|"
    # "residents said that soldiers searched the houses and took away four young men"
    r"(?:took|taken|carried|dragged|led)\s+away|carried\s+off|abducted|kidnapped)\b"
    r"|\b(?P<z>death\s+squads?|terrorists|guerrillas|paramilitar(?:y\s+groups?|ies)|drug\s+traffickers|"
    r"rebels|insurgents|militants)\b[^.;]{0,120}?\b(?:are|is|were|was)\s+(?:\w+\s+){0,2}?(?:to\s+blame|responsible|"
    r"behind)\b",
    re.IGNORECASE,
)
_GENERIC_SUBJECT = first_char_guard(_GENERIC_SUBJECT)  # (speed: the same matches)

# ---------------------------------------------------------------------------- unidentified

_GROUP = (r"(?:(?:a\s+)?(?:group|band|gang|squad|commando)\s+of\s+|(?:two|three|four|five|six|seven|eight|"
          r"nine|ten|several|some|(?:about|at\s+least)\s+(?!the\b|their\b|his\b|her\b)\w+|[2-9]|[1-9]\d{1,2})\s+)?")
# always an attacker, wherever it stands: "unknown gunmen", "masked men", "a suicide bomber"
_UNIDENTIFIED = re.compile(
    r"\b(?P<x>" + _GROUP + r"(?:(?:unknown|unidentified|masked|hooded|anonymous)\s+(?:and\s+\w+\s+|,\s*\w+\s+)?"
    r"(?:heavily\s+)?(?:armed\s+)?(?P<a>gunmen|gunman|men|man|assailants?|attackers?|individuals|persons|people|"
    r"killers?|shooters?|youths|motorcyclists|hit\s*men|terrorists|subjects|elements)"
    r"|(?:heavily\s+)?armed\s+(?P<b>men|individuals|persons|assailants|attackers)"
    r"|(?P<c>gunmen|assailants|attackers|shooters)"
    r"|(?:an?\s+|the\s+)(?:lone\s+|suspected\s+|alleged\s+|teenage\s+|masked\s+|young\s+)?(?P<d>gunman|shooter|assailant|attacker|suspect)"
    r"|(?:an?\s+|the\s+|two\s+|three\s+)?(?P<e>suicide\s+bombers?)))\b",
    re.IGNORECASE,
)
_UNIDENTIFIED = first_char_guard(_UNIDENTIFIED)  # (speed: the same matches)
# a plain noun that is an attacker only when acting: "shot by two men", "two men on a motorcycle
# opened fire"
_BY_MEN = re.compile(r"\b(?:by|when|after|as)\s+(?P<x>" + _GROUP + r"(?P<a>men|individuals|persons))\b"
                     r"(?!\s+(?:were|was|had\s+been|who\s+(?:were|had\s+been)))", re.IGNORECASE)
_BY_MEN = first_char_guard(_BY_MEN)  # (speed: the same matches)
_ACTS = re.compile(r"^(?:\s+(?!(?:were|was|are|is|been|and|who)\b)[\w,'’-]+){0,6}?\s+(?:have\s+|had\s+|has\s+|then\s+|"
                   r"reportedly\s+|allegedly\s+)?(?:shot|opened\s+fire|stormed|attacked|ambushed|abducted|kidnapped|"
                   r"gunned|riddled|fired|detonated|threw|hurled|planted|set\s+off|blew|burst|raided|murdered|"
                   r"assassinated|executed|hacked|stabbed|broke\s+into|intercepted|killed|machine-?gunned|"
                   r"strafed|exploded|bombed|dynamited|"
                   # "a band of unknown persons last night wounded the notary" (not "wounded in ...")
                   r"(?:wounded|injured)(?!\s+(?:in|on|at|during|by|near|when|while|after)\b))\b", re.IGNORECASE)
# plural shooters acting, perhaps as believed: "five shooters were believed to have fired", "two shooters opened fire"
_SHOOTERS_ACT = re.compile(r"\s+(?:(?:were|are)\s+(?:believed|thought|said|reported)\s+to\s+have\s+|(?:had|have|then|also)\s+)?"
                           r"(?:fired|opened\s+fire|shot|killed|wounded|sprayed|exchanged\s+fire)\b", re.IGNORECASE)
# "two men opened fire", "these individuals apparently exploded the devices"
_MEN_SUBJECT = re.compile(r"(?:^|[.;:,]\s+|\b(?:when|after|as|and)\s+)(?P<x>(?:(?:these|those)\s+|" + _GROUP[3:-2]
                          + r")(?:unidentified\s+|unknown\s+)?(?P<a>men|individuals|persons))\b", re.IGNORECASE)
_MEN_SUBJECT = first_char_guard(_MEN_SUBJECT)  # (speed: the same matches)
# the attacker among the victims: "killing two gunmen", "three attackers were killed"; not after a
# clause word ("four people were killed when gunmen attacked", "wounded after two men opened fire")
_AS_VICTIM_BEFORE = re.compile(r"\b(?:killed|killing|kills|shot\s+dead|wounded|wounding|captured|arrested|"
                               r"bodies\s+of|deaths?\s+of)\s+(?:(?!(?:by|when|after|as|while|because|before|"
                               r"until|once|and|but|then|in|during|from)\b)\w+\s+)?$", re.IGNORECASE)
_AS_VICTIM_AFTER = re.compile(r"^\s+(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?(?:killed|shot\s+dead|"
                              r"wounded|captured|arrested|found)\b"
                              # a reduced passive: "two gunmen killed overnight in a clash with police"
                              r"|^\s+(?:killed|shot\s+dead|wounded|captured|arrested)\s+(?:in|on|at(?!\s+(?:least|most)\b)|during|by|near|"
                              r"overnight|yesterday|today|tonight|\w+day)\b", re.IGNORECASE)


_PLAIN_HEADS = frozenset({"men", "man", "individuals", "persons", "people", "youths", "motorcyclists", "subjects",
                          "elements"})
_AGENT_BEFORE = re.compile(r"\b(?:by|blamed\s+on|attributed\s+to|when|after|as)\s+$", re.IGNORECASE)


# the one name of unnamed attackers ("masked men", "unidentified assailants", "unknown gunmen")
_UNNAMED = "unidentified gunmen"
_SHOOTING = re.compile(r"\b(?:shot|shooting|shootings|opened\s+fire|gunfire|gunshots?|gun|firearm|rifle|handgun|pistol)\b",
                       re.IGNORECASE)


def _unidentified_name(m: re.Match[str]) -> str:
    words = m.group("x").lower()
    if m.group("e"):
        return "suicide bomber"
    if m.group("d"):
        if m.group("d").lower() == "suspect":  # "the suspect opened fire": the gunman of a shooting
            return "gunman" if _SHOOTING.search(m.string) else _UNNAMED
        return "gunman" if re.search(r"gunman|shooter", words) else _UNNAMED
    return _UNNAMED


def unidentified_perpetrator(sentence: str) -> Actor | None:
    """An unnamed attacker of a sentence ("unknown gunmen", "shot by two men", "a suicide bomber",
    "the shooter"; see the module doc), with ``identified=False``; None when there is none or it
    is among the victims ("three attackers were killed")."""
    s = sentence[:2000]
    low = s.lower() if s.isascii() else None  # exact pre-tests (regex_speed.may_match)
    for m in _UNIDENTIFIED.finditer(s) if may_match(_UNIDENTIFIED, s, low) else ():
        if _AS_VICTIM_BEFORE.search(s[max(0, m.start() - 30):m.start()]) or _AS_VICTIM_AFTER.match(s[m.end():]):
            continue
        if (m.group("a") or "").lower() in _PLAIN_HEADS and not (
                _AGENT_BEFORE.search(s[max(0, m.start() - 20):m.start()]) or _ACTS.match(s[m.end():])):
            continue  # "the body of an unidentified man": a plain noun is an attacker only when acting
        if (m.group("c") or "").lower() == "shooters" and not (
                _AGENT_BEFORE.search(s[max(0, m.start() - 20):m.start()]) or _SHOOTERS_ACT.match(s, m.end())):
            continue  # "how many shooters were involved": no attackers told acting
        return _unknown(m, _unidentified_name(m))
    m2 = _BY_MEN.search(s) if may_match(_BY_MEN, s, low) else None
    if m2 is not None:
        return _unknown(m2, _UNNAMED)
    for m3 in _MEN_SUBJECT.finditer(s) if may_match(_MEN_SUBJECT, s, low) else ():
        if _ACTS.match(s[m3.end():]):
            return _unknown(m3, _UNNAMED)
    return described_attacker(s)  # "shot by one of the demonstrators", "a young man ... shot her"


def _unknown(m: re.Match[str], name: str) -> Actor:
    return Actor(name=name, text=re.sub(r"\s+", " ", m.group("x")).strip(), kind="belligerent", identified=False)


# what befell the attacker in an aside, before the attacker's own act: "the sniper, who was shot by
# policemen, managed to kill one person" (the police shot the sniper, not the victims)
_HIT_ASIDE_BEFORE = re.compile(r",\s*who\s+(?:was|were|had\s+been)\s+(?:[\w-]+\s+){1,2}$", re.IGNORECASE)
_OWN_ACT_AFTER = re.compile(r"[^,.;]{0,60},\s*(?:[\w-]+\s+){0,3}?(?:killed|kill|killing|shot|wounded|wound|wounding|"
                            r"murdered|opened\s+fire|fired)\b", re.IGNORECASE)


# what befell the attacker after its own act: "opened fire, killing four workers, before he was shot
# dead by police", "... until they were killed by troops", "... before being killed by officers"
_HIT_LATER_BEFORE = re.compile(r"\b(?:before|until|till)\s+(?:(?:he|she|they|the\s+[\w-]+)\s+(?:was|were|had\s+been)|"
                               r"being)\s+(?:[\w-]+\s+){1,2}$", re.IGNORECASE)
_OWN_ACT_BEFORE = re.compile(r"\b(?:killed|killing|shot|shooting|wounded|wounding|murdered|opened\s+fire|fired)\b",
                             re.IGNORECASE)


def _attacker_hit_by(s: str, start: int, end: int) -> bool:
    if _HIT_LATER_BEFORE.search(s, max(0, start - 50), start) is not None:
        return _OWN_ACT_BEFORE.search(s, max(0, start - 300), start) is not None
    return _HIT_ASIDE_BEFORE.search(s, max(0, start - 40), start) is not None and \
        _OWN_ACT_AFTER.match(s, end, end + 100) is not None


@lru_cache(maxsize=1)
def _serving() -> re.Pattern[str]:
    raw = load_toml("extract", "attackers.toml")["serving"]
    return re.compile(r"\b(?:" + "|".join(raw["attackers"]) + r")\s+(?:" + "|".join(raw["links"]) +
                      r")\s+(?P<np>(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3})", re.IGNORECASE)


def _served(s: str) -> Actor | None:
    """The described party unnamed attackers work for ("gunmen in the service of the drug
    traffickers" -> drug traffickers), or None."""
    m = _serving().search(s)
    got = generic_perpetrator("killed by " + m.group("np")) if m is not None else None
    return got if got is not None and got.identified else None


def generic_perpetrator(sentence: str) -> Actor | None:
    """An unnamed perpetrator: typed ("killed by urban guerrillas", "blamed on a death squad",
    "guerrillas ambushed the patrol"; name = the noun as written, lower case; kind belligerent),
    else unidentified (:func:`unidentified_perpetrator`)."""
    s = sentence[:2000]
    low = s.lower() if s.isascii() else None  # exact pre-tests (regex_speed.may_match)
    m = next((x for x in (_GENERIC_PERP.finditer(s) if may_match(_GENERIC_PERP, s, low) else ())
              if not _OWNER_BEFORE.search(s[max(0, x.start() - 25):x.start()])
              and not _attacker_hit_by(s, x.start(), x.end())),
             None) or (_GENERIC_SUBJECT.search(s) if may_match(_GENERIC_SUBJECT, s, low) else None)
    if m is None:
        unnamed = unidentified_perpetrator(sentence)  # (or the party it serves, if described)
        return (_served(s) or unnamed) if unnamed is not None else None
    key = next(k for k in ("x", "y", "w", "z") if k in m.re.groupindex and m.group(k) is not None)
    if _UNKNOWN.search(sentence[max(0, m.start(key) - 14):m.start(key)]):
        # "by unknown terrorists": unnamed
        return unidentified_perpetrator(sentence) or Actor(
            name=_UNNAMED, text=m.group(key), kind="belligerent", identified=False)
    if "s" in m.re.groupindex and m.group("s") is not None:
        return Actor(name=STATE_FORCES, text=m.group("s"), kind="belligerent")
    x = re.sub(r"\s+", " ", m.group(key)).lower()
    name = _PLURAL.get(x, x + "s" if x.endswith(" squad") else x)  # "a right-wing squad" -> "right-wing squads"
    nation = _nationality(m.group("n")) if "n" in m.re.groupindex and m.group("n") else None
    if nation is not None:  # "Salvadoran death squads": the squads of one country, a name of their own
        return Actor(name=f"{nation} {name}", text=f"{m.group('n')}{m.group(key)}", kind="belligerent")
    return Actor(name=name, text=m.group(key), kind="belligerent")


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """The theatres' demonyms (``[theatre.XX] demonym`` in ``actors.toml``), by lower-case form."""
    theatres = load_toml("actors.toml").get("theatre", {})
    return {str(t["demonym"]).lower(): str(t["demonym"]) for t in theatres.values()
            if isinstance(t, dict) and t.get("demonym")}


def _nationality(word: str) -> str | None:
    """The demonym as written in the actors file ("SALVADORAN " -> "Salvadoran"), or None."""
    return _demonyms().get(word.strip().lower())


_TERRORIST_ACT = re.compile(r"\bterrorist\s+(?:attacks?|bombings?|murders?|acts?|actions?|assaults?|ambush(?:es)?|"
                            r"killings?|massacres?|assassinations?)\b", re.IGNORECASE)


def terrorist_act(sentence: str) -> Actor | None:
    """The typed author of an act the sentence calls terrorist ("during a terrorist attack in which
    his driver was killed" -> "terrorists"); the weakest reading, used only when nothing else names
    an author."""
    m = _TERRORIST_ACT.search(sentence[:2000])
    return Actor(name="terrorists", text=m.group(0), kind="belligerent") if m is not None else None


# one stable name per typed perpetrator, whatever the number: "a guerrilla" / "guerrillas"
_PLURAL = {w: p for w, p in (
    ("terrorist", "terrorists"), ("guerrilla", "guerrillas"), ("guerilla", "guerrillas"), ("guerillas", "guerrillas"),
    ("death squad", "death squads"), ("rebel", "rebels"), ("insurgent", "insurgents"),
    ("militant", "militants"), ("paramilitary", "paramilitaries"), ("drug trafficker", "drug traffickers"),
    ("narcoterrorist", "narcoterrorists"), ("narco-terrorist", "narcoterrorists"), ("narco-terrorists", "narcoterrorists"),
    ("subversive", "subversives"), ("assassin", "assassins"), ("jihadist", "jihadists"),
    ("urban guerrilla", "urban guerrillas"), ("urban guerilla", "urban guerrillas"),
    ("government troops", "government forces"), ("government soldiers", "government forces"),
    ("paramilitary group", "paramilitaries"), ("paramilitary groups", "paramilitaries"),
    ("urban commandoes", "urban commandos"), ("urban commands", "urban commandos"),
    ("robber", "robbers"), ("bank robber", "robbers"), ("bank robbers", "robbers"), ("armed robbers", "robbers"),
    ("bandit", "bandits"), ("kidnapper", "kidnappers"),
    ("police agents", "police"), ("police officers", "police"), ("policemen", "police"),
    ("guerrilla urban commandos", "urban commandos"), ("guerrilla urban commandoes", "urban commandos"),
    ("guerrilla urban commands", "urban commandos"), ("rebel urban commandos", "urban commandos"))}
