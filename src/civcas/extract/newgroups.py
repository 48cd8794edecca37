"""Organisations unknown to ``actors.toml`` that a sentence makes the author of an attack.

A story about a new or obscure group introduces it with a description that says it is a group:

* "a group calling itself the Sons of the Northern Plains claimed the bombing";
* "the previously unknown 'Brigade of the Martyr Yusuf' claimed the attack";
* "the Black Lions, a little-known militia, killed 11 villagers";
* "an armed group known as the Eastern Shield", "a new group called Ansar al-Wadi";
* "the Eastern Shield claimed responsibility for the attack" (a name of two capitalised words or
  more, or one with a group word, before a claim of responsibility).

:func:`new_group` returns the group as a belligerent :class:`~civcas.models.Actor` with its own name
as written (without "the" or quotes), or the known actor when the name is an alias
("a group calling itself Islamic State"). A sentence with none of the cue words is not read; in
wire copy written in capitals only a quoted name is read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.actors import canonical_actor
from civcas.models import Actor

# one capitalised word, or a function word inside a name ("Brigade of the Martyr Yusuf")
_CAP = r"(?-i:[A-Z][\w'’\-]*)"
_JOIN = r"(?:\s+(?:of|the|for|and|in|al|el|de|del|la|du|wa|-)){0,2}\s+"
_QUOTED = r"[\"“‘]\s*[^\"”’.;]{2,60}?[\"”’]"
_NAME = r"(?P<n>" + _QUOTED + r"|(?:al-)?" + _CAP + r"(?:" + _JOIN + r"(?:al-)?" + _CAP + r"){0,7})"
_THE = r"(?:the\s+)?"
_GROUP_NOUN = r"(?:group|militia|organi[sz]ation|faction|movement|outfit|cell|network|brigade|front)"
_OBSCURE = (r"(?:previously\s+unknown|hitherto\s+unknown|little[-\s]known|obscure|shadowy|newly[-\s]formed|"
            r"self-styled|unknown|new)")
_SOURCES = (
    # "a group calling itself the X", "militants calling themselves X"
    r"\b(?:calling|calls|called|naming|names)\s+(?:itself|themselves)\s+" + _THE + _NAME,
    # "police identified the raiders as members of the X" (the unnamed attackers named)
    r"\bidentified\s+(?:the\s+)?(?:attackers|assailants|gunmen|killers|raiders|kidnappers|perpetrators|bombers)\s+"
    r"as\s+(?:(?:members|militants|fighters|activists)\s+of\s+)?" + _THE + _NAME,
    # "an organization that identifies itself as the X", "a group describing itself as X"; a caller
    # speaking for it: "a man who identified himself as a member of the X claimed the attack"
    r"\b(?:identif(?:y|ies|ied|ying)|describ(?:e|es|ed|ing)|present(?:s|ed|ing)?|styl(?:e|es|ed|ing))\s+"
    r"(?:(?:itself|themselves)\s+as\s+|(?:himself|herself)\s+as\s+(?=(?:an?\s+)?(?:members?|spokesman|spokeswoman|"
    r"fighters?|militants?)\s+(?:of|for)\s))(?:(?:an?\s+)?(?:members?|spokesman|spokeswoman|"
    r"fighters?|militants?)\s+(?:of|for)\s+)?" + _THE + _NAME,
    # "an armed group known as the X", "a new group called X", "a militia that calls itself X"
    r"\b" + _GROUP_NOUN + r"\s*,?\s+(?:known\s+as|called|named|by\s+the\s+name\s+(?:of\s+)?)\s+" + _THE + _NAME,
    # "the previously unknown group X", "a little-known militia, the X,"
    r"\b" + _OBSCURE + r"\s+(?:[\w-]+\s+){0,2}?" + _GROUP_NOUN + r"\s*,?\s+" + _THE + _NAME,
    # "the previously unknown 'Brigade of the Martyr Yusuf'"
    r"\b(?:previously|hitherto)\s+unknown\s+" + _NAME,
    # "the Black Lions, a little-known militia"
    _NAME + r"\s*,\s+(?:an?|the)\s+" + _OBSCURE + r"\s+(?:[\w-]+\s+){0,2}?" + _GROUP_NOUN + r"\b",
    # "the Eastern Shield claimed responsibility"; wire copy: 'THE "RED DAWN FRONT" [FRENTE AURORA
    # ROJA] TONIGHT CLAIMED RESPONSIBILITY' (a bracketed translation or acronym, a time word)
    _NAME + r"(?:\s*\[[^\[\]]{1,60}\]|\s*\([A-Z\-]{2,10}\))?,?\s+(?:has\s+|have\s+|later\s+|quickly\s+|also\s+|"
    r"today\s+|tonight\s+|yesterday\s+|this\s+(?:morning|afternoon|evening)\s+)?(?:claimed|admitted|assumed)\s+(?:\w+\s+)?"
    r"responsibility\b",
)
_PATTERNS = tuple(re.compile(rx, re.IGNORECASE) for rx in _SOURCES)
# the patterns whose cue stands before the name (in capitals, read up to its edge: ``_upper_name``)
_CUE_FIRST = frozenset(k for k, rx in enumerate(_SOURCES) if not rx.startswith(_NAME))
# Wire copy in capitals: only a quoted name counts, and the two patterns that begin with a name
# would otherwise try a name of up to eight capitalised words at every letter (90% of this
# module's time on upper-case text). No unquoted match can hold a quote, so searching for the
# quoted names alone finds exactly the quoted matches the full patterns find.
_UPPER_PATTERNS = tuple(
    re.compile(rx.replace(_NAME, r"(?P<n>" + _QUOTED + r")", 1) if rx.startswith(_NAME) else rx, re.IGNORECASE)
    for rx in _SOURCES)
# every match holds one of these words (lower-case ``[a-z]+`` words, as ``Doc.words`` gives them)
CUE_WORDS = frozenset({"itself", "themselves", "himself", "herself", "identified", "known", "called", "named", "unknown", "little", "obscure",
                       "shadowy", "newly", "styled", "new", "responsibility"})
_CUES = tuple(CUE_WORDS)
# a leading noun for the group's members: "gunmen from the Black Lions"
_MEMBERS = re.compile(r"^(?:(?:gunmen|fighters|militants|members|men|rebels|supporters|militiamen)\s+(?:of|from)\s+)?"
                      r"(?:the\s+)?", re.IGNORECASE)
_NOT_NAME = frozenset({
    "the", "a", "an", "it", "he", "she", "they", "we", "police", "officials", "authorities", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "but", "and", "in", "on",
})
# a name that only describes: "the Group", "Islamic", a person's title
_ONE_WORD_OK = re.compile(r"^(?:[A-Z]{2,}[\w-]*|[\w'’-]*(?:Front|Brigades?|Army|Movement|Militia|Battalions?|"
                          r"Organi[sz]ation|Network|Group|Council|Committee|Union|Alliance|Coalition))$")


def _clean(raw: str) -> str | None:
    name = raw.strip().strip("\"“”‘’").strip()
    name = _MEMBERS.sub("", name, count=1).strip()
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    words = name.split()
    if not words or len(words) > 9 or words[0].lower() in _NOT_NAME or words[-1].lower() in _NOT_NAME:
        return None
    return name


# wire copy in capitals: a name that ends in a group word right before a claim ("THE CINCHONERO
# POPULAR LIBERATION MOVEMENT (MPL) CLAIMED RESPONSIBILITY", "THE RED DAWN FRONT HAS CLAIMED
# RESPONSIBILITY")
_UPPER_CLAIM = re.compile(r"\bTHE\s+(?P<n>(?:[A-Z][A-Z'\-]*\s+(?:(?:OF|THE|FOR|AND)\s+)?){1,6}"
                          r"(?:MOVEMENT|FRONT|ARMY|COMMAND|FORCES|GROUP|ORGANIZATION|BRIGADES?|COMMANDOS?|UNION|"
                          r"ALLIANCE|MILITIA))(?:\s*\([A-Z\-]{2,10}\))?,?\s+(?:HAS\s+|HAD\s+|LATER\s+)?"
                          r"(?:CLAIMED|ADMITTED|ASSUMED)\s+(?:\w+\s+)?RESPONSIBILITY\b")
_SMALL = frozenset({"of", "the", "for", "and"})
# wire copy: a long name in capitals read up to its acronym in brackets ("MARDO CRUZ URBAN COMMANDO OF THE
# WORKERS' REVOLUTIONARY PARTY (PRTW)"): up to 12 capitalised words, joined by a few function words
_ACRONYM_AFTER = re.compile(r"(?:[A-Z][A-Z'’\-]*\s+(?:(?:OF|THE|FOR|AND|DE|DEL|LA|LOS)\s+){0,2}){1,12}?"
                            r"\((?P<a>[A-Z][A-Z\-]{1,9})\)")


def _title(name: str) -> str:
    """A name written in capitals in title case ("POPULAR LIBERATION MOVEMENT" -> "Popular Liberation Movement")."""
    words = name.split()
    return " ".join(w.lower() if k and w.lower() in _SMALL else w.capitalize() for k, w in enumerate(words))


@lru_cache(maxsize=1)
def _name_words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_toml("extract", "responsibility.toml").get("new_group", {})
    return frozenset(data.get("name_stops", [])), frozenset(data.get("group_words", []))


def _upper_name(name: str) -> str | None:
    """A group's name in capitals read after a self-naming cue, up to the first word that starts the
    rest of the clause ("RED DAWN FRONT CLAIMED THE ..." -> "RED DAWN FRONT"); None when what is left
    is no name (one word or more than five, with no group word at its end)."""
    stops, group_words = _name_words()
    words: list[str] = []
    for w in name.split():
        if w.lower() in stops:
            break
        words.append(w)
    while words and words[-1].lower() in _SMALL:
        words.pop()
    if not words or words[0].lower() in _NOT_NAME or words[0].lower() in _SMALL:
        return None  # ("A LITTLE-KNOWN MILITIA, FOR THE AMBUSH": no name after the cue)
    if not (2 <= len(words) <= 5 or (len(words) <= 7 and words[-1].lower() in group_words)):
        return None
    if len(words) == 1 and words[0].lower() not in group_words:
        return None
    return " ".join(words)


@lru_cache(maxsize=2048)
def new_group(sentence: str) -> Actor | None:
    """The organisation a sentence introduces as a group and makes act or claim (see module doc)."""
    low = sentence.lower()
    if not any(map(low.__contains__, _CUES)):
        return None
    upper = sentence[:200].isupper()
    for i, rx in enumerate(_UPPER_PATTERNS if upper else _PATTERNS):
        for m in rx.finditer(sentence):
            quoted = m.group("n").lstrip()[:1] in "\"“‘"
            if not quoted and upper:
                # wire copy in capitals: a name has no edge but its quotes, or, after a self-naming cue
                # ("A GROUP CALLING ITSELF THE X [ACR] CLAIMED ..."), a bracket, a comma or a verb
                cut = _upper_name(m.group("n")) if i in _CUE_FIRST else None
                name = _clean(cut) if cut is not None else None
                if name is None and i in _CUE_FIRST:
                    acronym = _ACRONYM_AFTER.match(sentence, m.start("n"))
                    if acronym is not None:  # a unit's long name, known by its acronym: "THE X COMMANDO OF
                        name = acronym.group("a")  # THE Y PARTY (XYP) CLAIMED ...": XYP
                        known = canonical_actor(name)
                        text = " ".join(acronym.group(0).split())
                        return Actor(name=known.name if known is not None else name, text=text,
                                     kind=known.kind if known is not None else "belligerent")  # type: ignore[arg-type]
                if name is None:
                    continue
                known = canonical_actor(name)
                if known is not None:
                    return Actor(name=known.name, text=name, kind=known.kind)  # type: ignore[arg-type]
                return Actor(name=_title(name), text=name, kind="belligerent")
            name = _clean(m.group("n"))
            if name is None:
                continue
            if i == len(_PATTERNS) - 1 and not quoted and len(name.split()) < 2 and not _ONE_WORD_OK.match(name):
                continue  # "Smith claimed responsibility": one word before a claim is no group name
            known = canonical_actor(name)
            if known is not None:
                return Actor(name=known.name, text=name, kind=known.kind)  # type: ignore[arg-type]
            return Actor(name=name, text=name, kind="belligerent")
    m2 = _UPPER_CLAIM.search(sentence) if upper and "RESPONSIBILITY" in sentence else None
    if m2 is not None:
        name = _title(m2.group("n"))
        known = canonical_actor(name)
        if known is not None:
            return Actor(name=known.name, text=m2.group("n"), kind=known.kind)  # type: ignore[arg-type]
        return Actor(name=name, text=m2.group("n"), kind="belligerent")
    return None


# the name of an armed organisation: "Revolutionary Peasant Front", "People's Liberation Army"
_ARMED_NAME = re.compile(r"\b(?:front|army|commandos?|brigades?|militias?|guerrillas?|insurgents?|rebels?|"
                         r"liberation\s+(?:army|front|movement|forces|command))\b", re.IGNORECASE)


def armed_speaker(speaker: Actor, *, says_it_did: bool) -> Actor | None:
    """A speaking organisation with an armed organisation's name (a front, an army, a commando; not a
    party, a union or a ministry) that says its units did the act ("THE REVOLUTIONARY PEASANT FRONT
    [FRC] ... THE FRC SAID ITS UNITS HAD KILLED 9 SOLDIERS"): that organisation as the author, with
    the speaker's words; None for any other speaker (a known belligerent is resolved elsewhere)."""
    if not says_it_did or speaker.kind not in ("local", "ngo") or _ARMED_NAME.search(speaker.name) is None:
        return None
    return Actor(name=speaker.name, text=speaker.text, kind="belligerent")
