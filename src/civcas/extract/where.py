"""Places as written in a sentence: "in Raqa", "near Mosul", "on the outskirts of Idlib",
"40 km north of Raqa", "a village about 40 km north of Raqa" (name = anchor = "Raqa").

Only names and relations are read here; the geocoder (civcas.geo) resolves them.  Upper-case text
(wire archives) has no capitals to find names by, so only explicit "IN THE TOWN OF X" forms are read.
"""

from __future__ import annotations

import re

from civcas.models import Place

_NAME = (r"(?P<name>(?:al-|el-|Al-|El-|Al\s|El\s)?[A-Z][\w’'\-]+(?:[ \-](?:(?:al|el|ez|ad|as|ar|ash|az|de|del|da|la|"
         r"bin|ibn|abu|Abu|bani|Bani|Beit|beit|Tel|Deir|Ain|Jabal|Khan|Bir|Umm|Kafr|Tal)[ \-])?[A-Z][\w’'\-]+){0,3})")
_DIR = (r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
        r"south-east|south-west)(?:ern)?")
_REL_KM = re.compile(
    r"(?P<rel>(?:(?:a|an|the)\s+(?:village|town|area|city|camp|hamlet|neighbourhood|district|farm)\s+)?"
    r"(?:(?:about|some|around|roughly|nearly|approximately)\s+)?\d+(?:\.\d+)?\s*(?:km|kilometres|kilometers|"
    r"miles|mi)\b(?:\s*\([^)]{0,20}\))?\s+(?:to\s+the\s+)?" + _DIR + r"\s+of)\s+" + _NAME)
_REL_DIR = re.compile(r"(?P<rel>(?:just\s+)?" + _DIR + r"\s+of)\s+" + _NAME)
_NEAR = re.compile(r"(?P<rel>near|outside|close\s+to|on\s+the\s+outskirts\s+of|the\s+outskirts\s+of|"
                   r"outskirts\s+of|on\s+the\s+edge\s+of|west\s+bank\s+of)\s+(?:the\s+)?" + _NAME)
_OF = re.compile(r"\b(?:in|at|on|of|hit|struck|targeted)\s+the\s+(?:village|town|city|district|province|governorate|"
                 r"neighbourhood|neighborhood|camp|region|area|suburb|hamlet|municipality|quarter|"
                 r"refugee\s+camp)\s+of\s+" + _NAME)
_IN = re.compile(r"\b(?:in|at|on|across|hit|struck|targeted|into|from)\s+(?:the\s+)?" + _NAME)
_UPPER = re.compile(r"\bIN\s+THE\s+(?:TOWN|CITY|VILLAGE|DEPARTMENT|MUNICIPALITY|PROVINCE)\s+OF\s+"
                    r"(?P<name>[A-Z][A-Z\-]+(?:\s+[A-Z][A-Z\-]+){0,2})")
_NOT_PLACE = frozenset(
    ["The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "This", "That", "These", "Those", "There", "Here", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "According", "Reuters", "AFP", "AP", "Twitter", "Facebook", "Telegram", "Instagram", "English", "Arabic", "Islamic", "Israeli", "Russian", "Syrian", "Iraqi", "American", "Palestinian", "Ukrainian", "Turkish", "Kurdish", "US", "UN", "Mr", "Mrs", "Ms", "Dr", "President", "Minister", "General", "His", "Her", "Their", "Its", "Our", "Some", "Many", "Several", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "One", "Hamas", "Hezbollah", "Houthi", "Houthis", "Taliban", "Daesh", "ISIS", "ISIL", "IS", "SDF", "IDF", "Airwars", "Amnesty", "Observatory", "Christmas", "Ramadan", "Eid", "God", "Allah", "Street", "Road", "Hospital"]
)
_TRAIL = re.compile(r"(?:’s|'s)$")


def _ok(name: str) -> str | None:
    name = _TRAIL.sub("", name.strip(" -’'"))
    first = name.split()[0] if name.split() else ""
    if not name or first in _NOT_PLACE or name in _NOT_PLACE or len(name) < 2:
        return None
    return name


def place_in(sentence: str) -> Place | None:
    """The first place named in a sentence, with its relation and anchor if relative."""
    s = sentence[:2000]
    if s.isupper():
        m = _UPPER.search(s)
        return Place(name=m["name"].strip()) if m else None
    for rx in (_REL_KM,):
        m = rx.search(s)
        if m is not None:
            name = _ok(m["name"])
            if name:
                rel = re.sub(r"\s+", " ", m["rel"]).strip()
                return Place(name=name, relation=rel, anchor=name)
    m = _NEAR.search(s)
    best: tuple[int, Place] | None = None
    if m is not None:
        name = _ok(m["name"])
        if name:
            rel = re.sub(r"\s+", " ", m["rel"]).strip()
            rel = re.sub(r"^on the |^the ", "", rel) if rel.endswith("outskirts of") else rel
            best = (m.start(), Place(name=name, relation=rel, anchor=name))
    for rx in (_OF, _IN, _REL_DIR):
        for m2 in rx.finditer(s):
            name = _ok(m2["name"])
            if name:
                if best is None or m2.start() < best[0]:
                    if rx is _REL_DIR:
                        rel = re.sub(r"\s+", " ", m2["rel"]).strip()
                        best = (m2.start(), Place(name=name, relation=rel, anchor=name))
                    else:
                        best = (m2.start(), Place(name=name))
                break
    return best[1] if best else None
