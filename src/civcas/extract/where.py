"""Places as written in a sentence: "in Raqa", "near Mosul", "on the outskirts of Idlib",
"40 km north of Raqa", "a village about 40 km north of Raqa" (name = anchor = "Raqa"),
"a home in the al-Nasr neighbourhood of Gaza City" ("al-Nasr neighbourhood, Gaza City": a
hierarchy the geocoder resolves from its broadest part), "Mosul's old city", "east of Khan Younis".

Only names and relations are read here; the geocoder (civcas.geo) resolves them. A capitalised
name followed by "family", "home", "house"... is a family, not a place, and is skipped. Cue words
are data: ``civcas/data/geo/where.toml`` (with example sentences). Upper-case text (wire
archives) has no capitals to find names by, so only explicit "IN THE TOWN OF X" forms are read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.regex_speed import first_char_guard, may_match
from civcas.models import Place

_NAME = (r"(?P<name>(?:al-|el-|Al-|El-|Al\s|El\s)?[A-Z][\w’'\-]+(?:[ \-](?:(?:al|el|ez|ad|as|ar|ash|az|de|del|da|la|"
         r"bin|ibn|abu|Abu|bani|Bani|Beit|beit|Tel|Deir|Ain|Jabal|Khan|Bir|Umm|Kafr|Tal)[ \-])?[A-Z][\w’'\-]+){0,3})")
_DIR = (r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
        r"south-east|south-west)(?:ern)?")
_REL_KM = re.compile(
    r"(?P<rel>(?:(?:a|an|the)\s+(?:village|town|area|city|camp|hamlet|neighbourhood|district|farm)\s+)?"
    r"(?:(?:about|some|around|roughly|nearly|approximately)\s+)?\d+(?:\.\d+)?\s*(?:km|kilometres|kilometers|"
    r"miles|mi)\b(?:\s*\([^)]{0,20}\))?\s+(?:to\s+the\s+)?" + _DIR + r"\s+of)\s+" + _NAME)
# exact pre-tests: every _REL_KM and _REL_DIR match holds a direction before "of", every _REL_KM
# match a digit before its unit
_DIR_OF = re.compile(r"(?:north|south|east|west)(?:ern)?\s+of")
_DIGIT_UNIT = re.compile(r"\d\s*(?:km|kilomet|mi)")
_REL_DIR = re.compile(r"(?P<rel>(?:just\s+)?" + _DIR + r"\s+of)\s+(?:the\s+)?" + _NAME)
_NEAR = re.compile(r"(?P<rel>near|outside|close\s+to|on\s+the\s+outskirts\s+of|the\s+outskirts\s+of|"
                   r"outskirts\s+of|on\s+the\s+edge\s+of|west\s+bank\s+of|in\s+the\s+vicinity\s+of|"
                   r"the\s+vicinity\s+of)\s+(?:the\s+)?" + _NAME)
_OF = re.compile(r"\b(?:[Ii]n|[Aa]t|on|of|hit|struck|targeted|into)\s+the\s+(?:(?:[a-z][a-z\-]*|[A-Z][a-z]+)\s+){0,3}?(?:village|town|city|district|province|governorate|"
                 r"neighbourhood|neighborhood|camp|region|area|suburb|hamlet|municipality|quarter|"
                 r"refugee\s+camp)\s+of\s+" + _NAME)
_IN = re.compile(r"\b(?:in|at|on|across|hit|struck|targeted|into|from|inside|(?<![\w,] )In|(?<![\w,] )At)\s+(?:the\s+)?"
                 r"(?P<part>(?:north|south|east|west|central|northern|southern|eastern|western)\s+)?" + _NAME)
_IN = first_char_guard(_IN)  # (speed: the same matches)
_POSS = re.compile(_NAME + r"(?:’s|'s)\s+(?P<part>(?:old|northern|southern|eastern|western)?\s*"
                   r"(?:old city|city centre|city center|centre|center|downtown|old quarter|outskirts|"
                   r"suburbs|countryside))\b")
_POSS = first_char_guard(_POSS)  # (speed: the same matches)
_UPPER = re.compile(r"\bIN\s+THE\s+(?:TOWN|CITY|VILLAGE|DEPARTMENT|MUNICIPALITY|PROVINCE)\s+OF\s+"
                    r"(?P<name>[A-Z][A-Z\-]+(?:\s+[A-Z][A-Z\-]+){0,2})")
_UPPER = first_char_guard(_UPPER)  # (speed: the same matches)
# after a place: its parent, "X in Y", "X of Y", "X, Y", "X in the Y area"
_PARENT = re.compile(r"\s*(?:(?P<comma>,)\s*|\s+(?:in|of|inside)\s+(?:the\s+)?(?:(?:city|town|village|camp|"
                     r"governorate|province)\s+of\s+)?)(?P<part>(?:northern|southern|eastern|western|central)\s+)?"
                     + _NAME)
_AFTER_REL = re.compile(r"\s*,?\s+(?P<rel>(?:just\s+)?" + _DIR + r"\s+of)\s+(?:the\s+)?(?:(?:city|town|village|camp)"
                        r"\s+of\s+)?" + _NAME)
_ADMIN = re.compile(_NAME + r"\s+(?P<head>governorate|province|oblast)\b")
_ADMIN = first_char_guard(_ADMIN)  # (speed: the same matches)
# what may follow a parent place for the chain to be trusted (not "in Rafah, Abu Ahmed said")
_PARENT_END = re.compile(r"\s*(?:$|[,.;:)\]]|(?:area|governorate|province|city|camp|district|region|"
                         r"neighbourhood|neighborhood|on|in|at|during|after|before|when|where|which|"
                         r"killing|leaving|and|as|while|that|late|early|last|this|police|officials|authorities)\b)")
_NOT_PLACE = frozenset(
    ["The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "This", "That", "These", "Those", "There", "Here", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "According", "Reuters", "AFP", "AP", "Twitter", "Facebook", "Telegram", "Instagram", "English", "Arabic", "Islamic", "Israeli", "Russian", "Syrian", "Iraqi", "American", "Palestinian", "Ukrainian", "Turkish", "Kurdish", "US", "UN", "Mr", "Mrs", "Ms", "Dr", "President", "Minister", "General", "His", "Her", "Their", "Its", "Our", "Some", "Many", "Several", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "One", "Hamas", "Hezbollah", "Houthi", "Houthis", "Taliban", "Daesh", "ISIS", "ISIL", "IS", "SDF", "IDF", "Airwars", "Amnesty", "Observatory", "Christmas", "Ramadan", "Eid", "God", "Allah", "Street", "Road", "Hospital", "Paradise", "Heaven", "X", "YouTube", "WhatsApp", "Shehab", "Quds", "Al Jazeera", "Al-Jazeera", "Jazeera",
     "Block", "Camp", "Tower", "Towers", "Building", "School", "Mosque", "Area", "Neighbourhood", "Neighborhood",
     "City", "Town", "Village", "Street", "Square", "Market", "Cemetery", "University", "Hall", "Roundabout",
     "Route", "Highway", "Interstate", "Avenue", "Boulevard", "Lane", "Drive", "Parkway",
     "Ministry", "Health", "Civil", "Defence", "Defense", "Red", "Crescent", "Gaza Health Ministry"]
)
_TRAIL = re.compile(r"(?:’s|'s)$")
_INNER = re.compile(r"(?:’s|'s)\s+")  # "Northern Gaza's Beit Lahia"
_FAMILY = re.compile(r"(?:’s|'s|’|')?\s+([A-Za-z’']+)")
_SPACES = re.compile(r"\s+")
_ABBR = re.compile(r"\b(St|Ste|Ft|Mt)\.\s+(?=[A-Z])")


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], tuple[str, ...], dict[str, str], frozenset[str]]:
    data = load_toml("geo", "where.toml")
    heads = tuple(sorted((str(w) for w in data.get("head_words", [])), key=len, reverse=True))
    return (frozenset(str(w).lower() for w in data.get("family_words", [])), heads,
            {str(k): str(v) for k, v in data.get("possessive_parts", {}).items()},
            frozenset(str(w) for w in data.get("stop_words", [])))


def _cut(name: str) -> str:
    """A name up to its first stop word ("Perris Saturday" -> "Perris")."""
    words = name.split()
    stops = _cues()[3]
    for k, w in enumerate(words):
        if k and w in stops:
            return " ".join(words[:k])
    return name


def _ok(name: str, *, acronym: bool = False) -> str | None:
    """The name if it may be a place; not a pronoun, month, title, outlet or (unless ``acronym``,
    for a parent such as "Hilliard, OH") an acronym of a mixed-case sentence ("LSU", "UAMS")."""
    name = _cut(_TRAIL.sub("", name.strip(" -’'")))
    if not acronym and name.isupper() and " " not in name and len(name) <= 5:
        return None
    inner = _INNER.split(name, maxsplit=1)
    if len(inner) == 2 and _ok(inner[0]) and _ok(inner[1]):
        return f"{inner[1]}, {inner[0]}"  # "Northern Gaza's Beit Lahia" -> "Beit Lahia, Northern Gaza"
    first = name.split()[0] if name.split() else ""
    if not name or first in _NOT_PLACE or name in _NOT_PLACE or len(name) < 2:
        return None
    return name


def _is_family(s: str, end: int) -> bool:
    """The name ending at ``end`` is a family or person: "the Darwish family", "Hamdan's home"."""
    m = _FAMILY.match(s[end:end + 40])
    return m is not None and m.group(1).lower() in _cues()[0]


def _with_head(s: str, name: str, end: int) -> tuple[str, int]:
    """Extend a name by a lower-case head word: "Rimal" + " neighbourhood", "Nuseirat" + " camp"."""
    if s[end:end + 1] != " ":
        return name, end  # every head word follows a space
    rest = s[end:end + 30].lower()
    for head in _cues()[1]:
        if rest.startswith(" " + head) and not rest[len(head) + 1:len(head) + 2].isalpha():
            first, sep, parents = name.partition(", ")  # "al-Jadida, west Mosul" + district
            return f"{first} {head}{sep}{parents}", end + len(head) + 1
    return name, end


def _parent(s: str, end: int) -> tuple[str, int] | None:
    """A parent place right after a place: "..., Gaza City", "... of Gaza City", "... in Rafah"."""
    m = _PARENT.match(s, end)
    if m is None:
        return None
    name = _ok(m["name"], acronym=True)
    if name is None or _is_family(s, m.end()):
        return None
    if m["comma"] and not m["part"] and _PARENT_END.match(s, m.end()) is None:
        return None  # "in Rafah, Abu Ahmed said": a comma is a weak cue
    name, end = _with_head(s, name, m.end())
    return (f"{m['part'].strip()} {name}" if m["part"] else name), end


def _chain(s: str, name: str, end: int) -> str:
    """``name`` with its parents ("al-Nasr neighbourhood, Gaza City"), at most two."""
    parts = [name]
    for _ in range(2):
        got = _parent(s, end)
        if got is None or got[0] in parts:
            break
        parts.append(got[0])
        end = got[1]
    return ", ".join(parts)


_CAP = re.compile(r"[A-Z]")


def may_name_place(sentence: str) -> bool:
    """False when :func:`place_in` certainly finds no place in ``sentence`` (an exact pre-test that
    spares the caller the speaker masking too): every place name holds a capital; only a name
    that opens the sentence ("Idlib province", "Gaza's old city") may hold its first character's."""
    if _CAP.search(sentence, 1) is not None:
        return True
    if _CAP.match(sentence) is None:
        return False
    low = sentence.lower() if sentence.isascii() else None
    return may_match(_ADMIN, sentence, low) or may_match(_POSS, sentence, low)


def place_in(sentence: str) -> Place | None:
    """The first place named in a sentence, with its relation and anchor if relative."""
    s = sentence[:2000]
    if "St." in s or "Ste." in s or "Ft." in s or "Mt." in s:  # exact pre-test: _ABBR needs one
        s = _ABBR.sub(r"\1 ", s)  # "St. Louis" -> "St Louis": one name
    if s.isupper():
        m = _UPPER.search(s)
        return Place(name=m["name"].strip()) if m else None
    # exact pre-tests (regex_speed.may_match): a pattern none of whose required words occurs is skipped
    # (not for _IN: "in", "on" are in every sentence)
    low = s.lower() if s.isascii() else None
    relative = _DIR_OF.search(s) is not None
    for m in _REL_KM.finditer(s) if relative and _DIGIT_UNIT.search(s) else ():
        name = _ok(m["name"])
        if name and not _is_family(s, m.end()):
            rel = _SPACES.sub(" ", m["rel"]).strip()
            return Place(name=name, relation=rel, anchor=name)
    best: tuple[int, Place] | None = None

    def offer(start: int, place: Place) -> None:
        """Keep the place that starts first (the earlier offer on a tie)."""
        nonlocal best
        if best is None or start < best[0]:
            best = (start, place)

    for m in _NEAR.finditer(s) if may_match(_NEAR, s, low) else ():
        name = _ok(m["name"])
        if name and not _is_family(s, m.end()):
            rel = _SPACES.sub(" ", m["rel"]).strip()
            rel = re.sub(r"^on the |^the ", "", rel) if rel.endswith(("outskirts of", "vicinity of")) else rel
            rel = "near" if rel.endswith("vicinity of") else rel
            name, end = _with_head(s, name, m.end())
            name = _chain(s, name, end)
            offer(m.start(), Place(name=name, relation=rel, anchor=name))
            break
    for m in _ADMIN.finditer(s) if may_match(_ADMIN, s, low) else ():
        if best is not None and m.start() >= best[0]:
            break  # a later match cannot be offered first (see offer)
        name = _ok(m["name"])
        if name:
            offer(m.start(), Place(name=f"{name} {m['head']}"))
            break
    for m in _POSS.finditer(s) if may_match(_POSS, s, low) else ():
        if best is not None and m.start() >= best[0]:
            break  # a later match cannot be offered first (see offer)
        name = _ok(m["name"])
        if name:
            part = " ".join(m["part"].split())
            rel = _cues()[2].get(part, "")
            offer(m.start(), Place(name=name, relation=rel, anchor=name) if rel else Place(name=name))
            break
    for rx in (_OF, _IN, _REL_DIR):
        if (rx is _OF and not may_match(_OF, s, low)) or (rx is _REL_DIR and not relative):
            continue
        for m in rx.finditer(s):
            if best is not None and m.start() >= best[0]:
                break  # a later match cannot be offered first (see offer)
            name = _ok(m["name"])
            if not name or _is_family(s, m.end()):
                continue
            if rx is _REL_DIR:
                rel = _SPACES.sub(" ", m["rel"]).strip()
                offer(m.start(), Place(name=name, relation=rel, anchor=name))
            else:
                side = m.groupdict().get("part")
                if isinstance(side, str):  # "in west Mosul's al-Jadida district", "in northern Gaza"
                    name = _ok(f"{side.strip()} {m['name']}") or name
                full, end = _with_head(s, name, m.end())
                after = _AFTER_REL.match(s, end)
                anchor = _ok(after["name"]) if after is not None else None
                if after is not None and anchor and not _is_family(s, after.end()):
                    rel = _SPACES.sub(" ", after["rel"]).strip()
                    offer(m.start(), Place(name=full, relation=rel, anchor=anchor))
                else:
                    offer(m.start(), Place(name=_chain(s, full, end)))
            break
    return best[1] if best else None
