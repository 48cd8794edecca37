"""Stable names for unnamed people who speak (used by :mod:`civcas.extract.claim_names` and the claim readers).

* A private person by trade or role ("a farmer from a nearby village", "a shopkeeper") -> "witness".
* Medics in the plural, or one at an unnamed hospital ("a doctor at the main hospital") -> "medical
  sources"; one medic alone keeps the words of the trade ("a nurse" -> nurse).
* One unnamed journalist keeps the trade ("a local journalist" -> journalist).
* Unnamed people of one sort, one or many ("two relatives", "residents of the village", "local
  activists", "health officials") -> one stable name each (:data:`PEOPLE_NAMES`).
"""

from __future__ import annotations

import re

__all__ = ["PEOPLE_NAMES", "counted_people", "unnamed_person"]

_WITNESS = re.compile(
    r"(?:an?\s+|one\s+|the\s+)?(?:[\w’-]+['’]s\s+)?(?:\d{1,2}-year-old\s+)?(?:local\s+|young\s+|elderly\s+|(?-i:[A-Z][\w'’-]+\s+))?(?:farmer|shopkeeper|shop\s+owner|resident|villager|"
    r"taxi\s+driver|driver|teacher|student|labourer|laborer|fisherman|trader|vendor|neighbour|neighbor|passer-by|"
    r"bystander|survivor|eyewitness|witness|worshipper|shepherd|mechanic|engineer|businessman|housewife|"
    r"farmers|shopkeepers|labourers|laborers|traders|vendors|fishermen|survivors|worshippers|shepherds|bystanders|"
    r"volunteer|deacon|priest|imam|pastor|monk|nun|(?:eye)?witnesses|rescue\s+worker|rescuer|first\s+responder|"
    r"(?:clan\s+|tribal\s+|village\s+|community\s+)?elder|refugee|displaced\s+(?:man|woman)|"
    # one unnamed man or woman ("one man", "an elderly woman interviewed at the camp")
    r"(?:old\s+)?(?:man|woman))"
    r"(?:\s+(?:from|in|of|at|living|near|with|who|(?:interviewed|quoted|speaking|sheltering|standing|waiting|"
    r"filming|staying|wounded|injured)\b)\b.*)?", re.IGNORECASE)
# medics in the plural with no institution speak as "medical sources" ("medics said", "hospital
# nurses"); one medic keeps the words of their trade ("a paramedic" -> paramedic, "a local doctor in
# Atarib" -> local doctor), or "medical sources" at an unnamed hospital ("a doctor at the main
# hospital"); one at a named hospital speaks for it (None here: claim_stable._ROLE_OF reads "a nurse
# at the Mohammad Ali Jinnah hospital" as the hospital)
_MEDICS = re.compile(r"(?:local\s+|palestinian\s+|hospital\s+)?(?:medics|doctors|paramedics|nurses|physicians|"
                     r"medical\s+workers)", re.IGNORECASE)
_ONE_MEDIC = re.compile(
    r"(?:an?\s+|one\s+|the\s+)?(?P<w>(?:(?:local|senior|emergency|field|volunteer)\s+)?(?:doctor|medic|nurse|surgeon|"
    r"paramedic|physician|(?:medical|hospital)\s+(?:official|worker|source)|health\s+worker))(?:\s+(?P<prep>at|in|from|with|working\s+(?:at|in)|quoted\s+by|speaking\s+to|who)\s+"
    r"(?P<rest>.*))?", re.IGNORECASE)
# one unnamed journalist keeps the words of the trade, a medium ("a journalist at the scene" -> journalist)
# (the trade alone: "a local journalist", "a freelance photographer filming at the gate" -> journalist,
# photographer; where the journalist works is no part of who speaks)
_ONE_JOURNALIST = re.compile(r"(?:an?\s+|one\s+|the\s+)?(?:(?:local|freelance|independent|palestinian|"
                             r"syrian|somali|afghan|gazan|young|veteran)\s+)*(?P<w>journalist|reporter|photographer|cameraman|"
                             r"photojournalist)"
                             r"(?:\s+(?:at|in|from|near|with|on|who|quoted\s+by|filming|reporting|working|based|"
                             r"speaking|interviewed)\b.*)?", re.IGNORECASE)
_NAMED = re.compile(r"(?:(?:al|el|an|ar|as|ash|ad|at|az)-)?[A-Z]")
_HOSPITAL_WORD = re.compile(r"\b(?:hospital|clinic|medical\s+cent(?:er|re)|infirmary)\b", re.IGNORECASE)


def _one_medic(x: str) -> tuple[str, str] | bool | None:
    """The stable name of one medic (see ``_ONE_MEDIC``); False when ``x`` is no medic, None when
    the medic speaks for the named hospital after the preposition."""
    m = _ONE_MEDIC.fullmatch(x)
    if m is None:
        return False
    rest = re.sub(r"^(?:the|a|an)\s+", "", m.group("rest") or "", flags=re.IGNORECASE)
    prep = (m.group("prep") or "").lower()
    if prep and prep not in ("quoted by", "speaking to", "who"):
        named = _NAMED.match(rest) is not None and not rest.isupper()  # "Nasser Hospital", "al-Shifa hospital"
        if named and (prep != "in" or _HOSPITAL_WORD.search(rest)):
            return None  # "a nurse at Ayder", "a doctor at the Kamal Adwan hospital": the hospital speaks
        if _HOSPITAL_WORD.search(rest) and not named:
            return "medical sources", "medical"  # "a doctor at the main hospital"
    return " ".join(m.group("w").lower().split()), "medical"


# unnamed people of one sort, one or many, under one stable name as monitors list them: "a relative
# quoted by local media", "two relatives" -> relatives; "residents of the village", "the town's
# residents" -> residents; "a local media activist", "an activist network", "Tebu activists" -> local
# activists; "another health official", "local health officials" -> health officials
_PEOPLE: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(r"(?:(?:an?|one|the|two|three|several|some|other|another|grieving|close|his|her|their)\s+)*"
                r"(?:[\w'’-]+(?:['’]s|s['’])\s+|local\s+|victims['’]?\s+)?" + rx + r"(?:\s+(?:of|from|in|at|near|living|quoted|who)\b.*)?",
                re.IGNORECASE), name, kind)
    for rx, name, kind in (
        (r"(?:relatives?|family\s+members?|members?\s+of\s+the\s+(?:[\w'’-]+\s+)?family|kinsm[ae]n|"
         # one relative by the kinship ("the boys' father", "a mother from the camp", "her brother")
         r"(?:grand)?(?:father|mother)|parents?|brother|sister|uncle|aunt|cousin|widow|widower|"
         # (not "a family of five": the family counted)
         r"famil(?:y|ies)(?!\s+of\s+(?:\d+|twelve|eleven|ten|nine|eight|seven|six|five|four|three|two|one)"
         r"(?:\s+(?:people|members|children))?\s*$))", "relatives", "local"),
        (r"(?:residents|villagers|inhabitants|townspeople)", "residents", "local"),
        (r"civil\s+society(?:\s+(?:leaders?|representatives?|groups?|organi[sz]ations?|members?|figures?|sources?))?",
         "local civil society", "local"),
        (r"(?:(?:[A-Z][\w-]+|opposition|media|citizen|rights)\s+)?activists?(?:\s+network|\s+group)?",
         "local activists", "local"),
        (r"(?:regional\s+|district\s+|provincial\s+)?health\s+officials?", "health officials", "medical"),
    ))


# the stable names above: a speaker in apposition under one of them is no personal name
PEOPLE_NAMES = frozenset({"witness", "medical sources", *(name for _rx, name, _kind in _PEOPLE)})
# a count of them before: "two relatives", "one of the activists", "four residents of the village"
_COUNTED = re.compile(r"^(?:one|two|three|four|five|six|several|a\s+few|some|many|most)\s+(?:of\s+(?:the|those|them|its|their)\s+)?",
                      re.IGNORECASE)

def counted_people(text: str) -> tuple[str, str] | None:
    """:func:`unnamed_person` of a phrase that counts them ("two relatives",
    "one of the activists") or holds a number ("a relative of two of the victims"); None otherwise."""
    x = text.strip()
    m = _COUNTED.match(x)
    x = x[m.end():] if m is not None else x
    return unnamed_person(x) if m is not None or _NOT_COUNT.search(x) else None


# a number or clause inside a phrase of people, which the claimant reader would otherwise refuse
_NOT_COUNT = re.compile(r"\d|\b(?:one|two|three|four|five|who|killed|wounded|injured|dead)\b", re.IGNORECASE)


def unnamed_person(name: str) -> tuple[str, str] | None:
    """("witness", "local") or ("medical sources", "medical") for a claimant that is one private
    person or one unnamed medic; the stable name of unnamed people of one sort (``_PEOPLE``:
    "relatives", "residents", "local activists", "health officials"); None otherwise."""
    x = name.strip()
    if _MEDICS.fullmatch(x):
        return "medical sources", "medical"
    medic = _one_medic(x)
    if medic is None or isinstance(medic, tuple):
        return medic
    journalist = _ONE_JOURNALIST.fullmatch(x)
    if journalist is not None:
        return " ".join(journalist.group("w").lower().split()), "media"
    for rx, out, kind in _PEOPLE:
        if rx.fullmatch(x):
            return out, kind
    if _WITNESS.fullmatch(x):
        return "witness", "local"
    return None
