"""A document's theatres: the countries a story is about, for reading generic actor names.

"The coalition" is the Saudi-led coalition in a story about Yemen and the US-led coalition in one
about Syria; "the regime" is the Syrian government only in a Syria story. :func:`document_theatre`
ranks the countries whose cues (``[theatre.XX]`` in ``civcas/data/actors.toml``: names, demonyms,
main cities, armed groups) a text mentions; :func:`demonym` gives the adjective used to name a
country's generic institutions ("the interior minister" in a Somalia story -> "Somali government").
This is a cheap text-only signal for extraction; the geocoder's richer context comes later.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.regex_speed import literal_alternation, may_match
from civcas.extract.text import ascii_fold_exact, literal_view


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str] | None, dict[str, str], dict[str, str]]:
    """One case-insensitive pattern of every cue; the same for lower-cased ASCII text, matched
    case-sensitively (None when a cue holds a character that matches an ASCII one only
    case-insensitively, "ı" ~ "i"); cue (lower case) -> ISO2; ISO2 -> demonym."""
    raw = load_toml("actors.toml").get("theatre", {})
    by_cue: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for cc, entry in raw.items():
        demonyms[cc] = entry.get("demonym", "")
        for cue in entry.get("cues", []):
            by_cue.setdefault(cue.lower(), cc)
    alts = sorted(by_cue, key=len, reverse=True)
    # the same matches as the plain alternation of ``alts``, compiled as a trie (many times faster)
    pattern = literal_alternation(alts, before=r"(?<![\w-])", after=r"(?![\w-])", flags=re.IGNORECASE)
    # on ASCII text, matching the lower-cased cues case-sensitively in the lower-cased text finds the
    # same spans, twice as fast, unless a cue character matches an ASCII one case-insensitively only
    exact = ascii_fold_exact(alts)
    lower = literal_alternation(alts, before=r"(?<![\w-])", after=r"(?![\w-])") if exact else None
    return pattern, lower, by_cue, demonyms


@lru_cache(maxsize=1)
def _subdivisions() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(ISO2, pattern of ", <subdivision>") for every theatre listing ``subdivisions`` (US states)."""
    raw = load_toml("actors.toml").get("theatre", {})
    out: list[tuple[str, re.Pattern[str]]] = []
    for cc, entry in raw.items():
        subs = entry.get("subdivisions", [])
        if subs:
            alts = "|".join(re.escape(s) for s in sorted(subs, key=len, reverse=True))
            out.append((cc, re.compile(r",\s+(?:" + alts + r")(?![\w])", re.IGNORECASE)))
    return tuple(out)


@lru_cache(maxsize=1)
def _abbreviated() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(ISO2, pattern of "<Town>, <abbreviated subdivision>") for the ``subdivisions`` written with a
    dot ("TULSA, Okla.", "in Salem, Ore.,"): a town of that theatre whatever the town."""
    raw = load_toml("actors.toml").get("theatre", {})
    out: list[tuple[str, re.Pattern[str]]] = []
    for cc, entry in raw.items():
        subs = [s for s in entry.get("subdivisions", []) if s.endswith(".")]
        if subs:
            alts = "|".join(re.escape(s) for s in sorted(subs, key=len, reverse=True))
            out.append((cc, re.compile(r"(?-i:\b[A-Z][A-Za-z'’-]+),\s+(?-i:" + alts + r")(?![\w])")))
    return tuple(out)


@lru_cache(maxsize=64)
def document_theatre(text: str) -> tuple[str, ...]:
    """The countries (ISO2) whose cues ``text`` mentions, most-mentioned first (ties: first
    mentioned first); () when it mentions none. Only the first 20,000 characters are read.

    A cue naming a state acting from abroad ("Russian missiles", "Israeli strikes", "Moscow said")
    ranks after the places: "Russian missiles hit Dnipro" is a story about Ukraine. So does one naming
    a state's missions or people abroad ("the Israeli embassy", "eight Mexican nationals").

    A cue written as a town of another theatre ("ODESSA, Texas", "Paris, Tenn.": ``subdivisions``
    in ``actors.toml``) counts for that theatre, wherever the document names it."""
    pattern, lower, _by_cue, _d = _cues()
    head = text[:20_000]
    matches = lower.finditer(head.lower()) if lower is not None and head.isascii() else pattern.finditer(head)
    found = [(m.group(0).lower(), m.end()) for m in matches]
    line = _WIRE_DATELINE.search(head, 0, 800)
    if line is not None and line.group(1).lower() in _cues()[2]:
        # a wire item's dateline city ("CARACAS, 31 OCT 88 (DOMESTIC SERVICE) --") places the story,
        # however often a neighbour whose guerrillas cross the border is named
        found += [(line.group(1).lower(), line.end(1))] * _DATELINE_WEIGHT
    view = literal_view(head)  # (exact literal pre-test: most stories write no "Okla." nor "Tenn.")
    towns = [(cc, m.end()) for cc, rx in _abbreviated() if may_match(rx, head, view) for m in rx.finditer(head)]
    if towns:  # "TULSA, Okla. --": a US town, counted after the cues it shares a place with
        found = sorted(found + [(f"town:{cc}", end) for cc, end in towns], key=lambda x: x[1])
    return _ranked(found, head)


# a wire dateline: the city in capitals, then the day, the month's three letters and the year's two digits
_WIRE_DATELINE = re.compile(r"(?:^|\n|\]\s)\s*([A-Z][A-Z .'’-]{1,30}?),\s+\d{1,2}\s+[A-Z]{3}\s+\d{2}\b")
_DATELINE_WEIGHT = 2


def _ranked(found: list[tuple[str, int]], head: str) -> tuple[str, ...]:
    """The countries of the cues ``found`` (lower-cased cue, end offset in ``head``; "town:XX" a town
    of theatre XX), ranked."""
    _p, _l, by_cue, demonyms = _cues()
    local: dict[str, str] = {c: c[5:] for c, _e in found if c.startswith("town:")}  # cue -> its country here
    subdivisions = _subdivisions()
    for cue, end in found:
        if subdivisions and head.startswith(",", end):  # (every subdivision pattern starts with ",")
            for cc, rx in subdivisions:
                if cc != by_cue.get(cue) and rx.match(head, end):
                    local[cue] = cc
    counts: Counter[str] = Counter()
    places: Counter[str] = Counter()  # cues that do not name a state acting or speaking from abroad
    for cue, end in found:
        got = local.get(cue) or by_cue.get(cue)
        if got is not None:
            counts[got] += 1
            adjective = cue == demonyms.get(got, "").lower() or head.startswith(("'s", "’s"), end)
            if not (_SPEAKS_AFTER.match(head, end)
                    or (adjective and (_ARMS_AFTER.match(head, end) or _ABROAD_AFTER.match(head, end)))):
                places[got] += 1
    # "Russian missiles hit Dnipro": the story is about Ukraine, however often "Russian" is written
    order = {cc: k for k, cc in enumerate(counts)}
    return tuple(sorted(counts, key=lambda cc: (-places[cc], -counts[cc], order[cc])))


# a state acting from abroad, not a place of the story: "Russian missiles", "Israeli strikes",
# "Russia's defence ministry" (a demonym or a possessive), "Moscow said" (any cue)
_ARMS_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:cruise|ballistic|guided|heavy|hypersonic|attack|combat|kamikaze|"
                         r"long-range)\s+)?(?:missiles?|rockets?|drones?|strikes?|air\s*strikes?|warplanes?|jets?|"
                         r"shelling|bombardment|bombs?|artillery|forces|troops|soldiers|army|military|aircraft|"
                         r"defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|attacks?|invasion|aggression)\b",
                         re.IGNORECASE)
# a state's people or missions abroad, not a place of the story: "the Israeli embassy in Buenos Aires",
# "eight Mexican nationals were among the dead", "two French aid workers"
_ABROAD_AFTER = re.compile(r"(?:['’]s)?\s+(?:embass(?:y|ies)|consulates?|ambassadors?|diplomats?|diplomatic|"
                           r"nationals|citizens|tourists|expatriates|aid\s+workers?|journalists?|"
                           r"reporters?|engineers?|technicians?|contractors?)\b", re.IGNORECASE)
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|claimed|claims|denied|denies)\b", re.IGNORECASE)


def country_of(cue: str) -> str | None:
    """The country (ISO2) a theatre cue names ("Eritrea" -> "ER"), or None."""
    return _cues()[2].get(cue.lower())


def demonym(country: str) -> str | None:
    """The national adjective of a theatre country ("SO" -> "Somali"), or None."""
    return _cues()[3].get(country) or None


@lru_cache(maxsize=1)
def _regions() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """ISO2 -> (authority format, fallback name); region spelling (lower case) -> (ISO2, canonical
    region), from the ``[theatre.XX.regions]`` tables of ``civcas/data/actors.toml``."""
    raw = load_toml("actors.toml").get("theatre", {})
    formats: dict[str, tuple[str, str]] = {}
    spell: dict[str, tuple[str, str]] = {}
    for cc, entry in raw.items():
        r = entry.get("regions")
        if not r:
            continue
        formats[cc] = (r["authority"], r["unknown"])
        for item in r.get("names", []):
            forms = item.split("|")
            for f in forms:
                spell.setdefault(f.lower(), (cc, forms[0]))
    return formats, spell


_REGION_WORD = re.compile(r"([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)(?:['’]s)?(?=\s|$)")
_REGION_CUE = re.compile(r"\b([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)(?:['’]s)?\s+(?:region|oblast|province|governorate|"
                         r"regional)\b")


def _region_in(text: str, spell: dict[str, tuple[str, str]], *, cue: bool) -> tuple[str, str] | None:
    rx = _REGION_CUE if cue else _REGION_WORD
    for m in rx.finditer(text):
        words = m.group(1)
        for cand in (words, words.split()[-1], words.split()[0]):
            got = spell.get(re.sub(r"['’]s$", "", cand.lower()))
            if got is not None:
                return got
    return None


def region_country(name: str) -> str | None:
    """The country (ISO2) of the region a name holds ("Kharkiv regional military administration" ->
    "UA"), or None."""
    got = _region_in(name, _regions()[1], cue=False)
    return got[0] if got is not None else None


def regional_authority(name: str, theatre: tuple[str, ...] | None, *, context: str = "") -> str | None:
    """The stable name of a regional authority speaking as ``name`` ("the regional governor",
    "governor of the Donetsk region"): its region from ``name``, else the first region of
    ``context`` (the sentence and the document) written as a region ("Donetsk region"), formatted
    by the theatre ("Donetsk regional military administration"); with no region known the
    theatre's fallback ("Ukrainian regional authorities"); None outside theatres with regions."""
    formats, spell = _regions()
    got = _region_in(name, spell, cue=False)
    if got is None and context:
        got = _region_in(context[:20_000], spell, cue=True)
        if got is not None and theatre and got[0] not in theatre[:1]:
            got = None  # a region of another country named in passing
        if got is None and theatre:
            got = _city_region(context[:20_000], spell, theatre[0])
    if got is not None:
        return formats[got[0]][0].format(got[1])
    top = theatre[0] if theatre else None
    return formats[top][1] if top in formats else None


# a city named as the place of the event: "in Dnipro", "hit the city of Kharkiv", "struck Odesa"
_CITY = re.compile(r"\b(?:in|of|on|near|over|at|hit|struck|targeted|attacked|shelled|pounded)\s+"
                   r"(?:the\s+(?:city|town|port|region|outskirts)\s+of\s+)?([A-Z][\w'’\-]+)")


def _city_region(text: str, spell: dict[str, tuple[str, str]], country: str) -> tuple[str, str] | None:
    """The one region of ``country`` whose (city) name ``text`` gives as a place ("the regional
    governor said" in a story about a strike "in Dnipro"); None when it names none or several."""
    found = {got for m in _CITY.finditer(text)
             if (got := spell.get(re.sub(r"['’]s$", "", m.group(1).lower()))) is not None and got[0] == country}
    return found.pop() if len(found) == 1 else None
