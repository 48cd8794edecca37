"""A document's geographic context: which countries and places it is about.

:func:`build_context` scans the title and text for place names (runs of capitalised words, with
the article forms "al-", "el-"...; runs of Arabic script), in two passes:

1. strict: countries, first-level areas (weight 1), curated supplement entries (0.5), national
   adjectives ("Syrian", 0.3 each, at most 1.5), perpetrator theatres (0.5), and the dateline
   (weight 3, or 0.5 for a *foreign* dateline: its country has no mention in the text while
   another country has; "BEIRUT, Lebanon" over a story about Syria). Cities of 100,000+ people
   count only when nothing else is found;
2. then smaller places, only inside the countries that pass 1 found.

The country shares, the resolved points and the dateline feed candidate scoring. The document's
*best* place (given to figures that name no place, ``via="context:document"``) is chosen by
:mod:`civcas.geo.best`: the dateline's place, else the dominant specific place, else the named area
(district, first-level area) that holds the document's mentions, else its one country.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from civcas.geo.best import area, dominant
from civcas.geo.geodesy import distance_km
from civcas.geo.normalise import is_common_word, load_toml

if TYPE_CHECKING:
    from civcas.geo.geocoder import Geocoder, GeoContext
    from civcas.models import Place

_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’ʿʾ]+(?:-[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’ʿʾ]+)*|[\u0600-\u06ff]+|[.,;:!?()\"“”\n]")
_CONNECT = frozenset({"al", "el", "ar", "as", "ash", "ad", "at", "an", "az", "ez", "es", "ed",
                      "bin", "bint", "abu", "umm", "de", "la"})
_SPECIFIC = frozenset({"exact", "neighbourhood", "settlement", "near_settlement"})
_MAX_WORDS = 4
_FAMILY = frozenset({"family", "families", "clan", "tribe", "household"})
_CUES = frozenset({"in", "at", "near", "from", "outside", "into", "across", "around", "inside",
                   "toward", "towards", "hit", "struck", "targeted", "shelled", "bombed"})
_AFTER_CUES = frozenset({"police", "residents", "officials", "mayor", "area", "neighborhood",
                         "neighbourhood", "suburb", "suburbs", "authorities", "municipality",
                         "council", "governorate", "province", "countryside", "outskirts",
                         "streets", "sheriff", "native", "resident", "man", "woman", "teen",
                         "boy", "girl", "district", "hospital"})
_OF_CUES = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "northern", "southern", "eastern", "western", "town", "city",
                      "village", "camp", "outskirts", "suburbs", "area", "neighbourhood",
                      "neighborhood", "vicinity", "centre", "center", "residents", "governorate",
                      "province", "district", "countryside", "streets"})
# lower-case words of running text (not inside addresses: "ci.fairbanks.ak.us", "@tulsapd")
_LOWER = re.compile(r"(?<![\w.@/-])[a-z]+(?![\w@/-]|\.\w)")
_ABBR = re.compile(r"\b(St|Ste|Ft|Mt)\.\s+(?=[A-Z])")
_STRICT_POP = 100_000
_LOOSE_POP = 1_000
_LARGE_RADIUS_KM = 3.0  # a populated place's radius is 2 km + sqrt(population)/120: ~15,000 people


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """National adjective (lower case) -> ISO2, from data/geo/countries.toml."""
    data = load_toml("countries.toml").get("demonyms", {})
    return {w: cc for cc, words in data.items() for w in words}


@lru_cache(maxsize=1)
def actor_theatres() -> dict[str, tuple[str, ...]]:
    """Actor name or alias (case-folded) -> its theatres (ISO2), from the actors' data file
    (``civcas.extract.actors.load_actors``: each actor's ``countries``)."""
    from civcas.extract.actors import load_actors

    out: dict[str, tuple[str, ...]] = {}
    for actor in load_actors():
        if actor.countries:
            ccs = tuple(c.upper() for c in actor.countries)
            for name in actor.aliases:  # the aliases include the canonical name
                out[name.casefold()] = ccs
    return out


def theatres_for(names: Iterable[str | None]) -> tuple[str, ...]:
    """The theatres of the named actors (canonical names or aliases), in order, deduplicated."""
    table = actor_theatres()
    out: list[str] = []
    for nm in names:
        if nm:
            out.extend(table.get(nm.casefold(), ()))
    return tuple(dict.fromkeys(out))


_APPEND, _IF_RUN, _BREAK = 0, 1, 2
_TOKEN_KINDS: dict[str, int] = {}


def _token_kind(tok: str) -> int:
    """How a token joins a run: always (capitalised, Arabic, "al-Xxx"), only inside a run (a
    bare connecting article), or never (it ends the run). Cached per token."""
    kind = _TOKEN_KINDS.get(tok)
    if kind is None:
        if "\u0600" <= tok[0] <= "\u06ff":
            kind = _APPEND
        else:
            head = tok.split("-")[0].lower()
            if tok[0].isupper() or (head in _CONNECT and "-" in tok):
                kind = _APPEND
            elif head in _CONNECT:
                kind = _IF_RUN
            else:
                kind = _BREAK
        if len(_TOKEN_KINDS) > 200_000:
            _TOKEN_KINDS.clear()
        _TOKEN_KINDS[tok] = kind
    return kind


class _Run(list[str]):
    """A run of capitalised words; ``cued`` when a locative word precedes it ("in", "near",
    "east of", "the town of") or it follows a possessive place ("Gaza's Beit Lahia")."""

    cued: bool = False
    after: bool = False  # followed by "police", "residents", "area"...: "Tulsa police said"


def _runs(text: str) -> list[_Run]:
    """Runs of capitalised words (with connecting articles), and runs of Arabic words."""
    runs: list[_Run] = []
    cur = _Run()
    kinds = _TOKEN_KINDS
    prev1, prev2 = "in", ""  # a text's first words are its dateline or title
    for tok in _TOKEN.findall(text):
        kind = kinds.get(tok)
        if kind is None:
            kind = _token_kind(tok)
        if kind == _APPEND or (kind == _IF_RUN and cur):
            if not cur:
                cur.cued = prev1 in _CUES or (prev1 == "of" and prev2 in _OF_CUES)
            if tok.endswith(("’s", "'s")) and len(tok) > 3:
                # a possessive ends a name: "Gaza's Beit Lahia" is two names
                cur.append(tok[:-2])
                runs.append(cur)
                cur = _Run()
                prev1, prev2 = "in", ""  # what follows is a place of the possessor
                continue
            cur.append(tok)
            continue
        if cur:
            low = tok.lower()
            if low not in _FAMILY:
                cur.after = low in _AFTER_CUES
                runs.append(cur)  # else "the Haddad family": a family name, not a place
            cur = _Run()
        prev1, prev2 = tok.lower(), prev1
    if cur:
        runs.append(cur)
    return runs


def _spans(run: list[str]) -> Iterable[tuple[int, int]]:
    """Sub-spans of a run, longest first, left to right, that do not overlap a taken span."""
    n = len(run)
    for size in range(min(_MAX_WORDS, n), 0, -1):
        for i in range(0, n - size + 1):
            yield i, i + size


def _scan_hits(gc: Geocoder, phrase: str) -> tuple[tuple[Place, int, str, str, float], ...]:
    """Context-free candidates of a phrase for text scanning: (place, population, kind, source,
    spelling similarity).

    Only near-exact spellings (similarity >= 90) count; a city named exactly like its own
    first-level area ("Gaza") counts as the area. Cached on the geocoder.
    """
    cache = gc.scan_cache
    got = cache.get(phrase)
    if got is None:
        scored = [s for s in gc.candidates(phrase)[:5] if s.sim >= 90.0]
        if scored and scored[0].entry.kind == "settlement":
            # "Gaza": a city that shares its exact name with its first-level area is ambiguous;
            # count the mention at the coarser level
            area = next((s for s in scored[1:] if s.entry.kind == "admin1" and s.sim == 100.0
                         and s.entry.country == scored[0].entry.country), None)
            if area is not None:
                scored = [area, *[s for s in scored if s is not area]]
        got = tuple((gc._place(phrase, s.entry, "context:text"), s.entry.population, s.entry.kind,
                     s.entry.source, s.sim) for s in scored)
        if len(cache) > 50_000:
            cache.clear()
        cache[phrase] = got
    return got


def _strict_ok(kind: str, source: str) -> bool:
    return kind in ("country", "admin1") or source in ("civcas", "user")


def _mentions(gc: Geocoder, runs: list[_Run], *, focus: set[str], big_cities: bool,
              lower: frozenset[str] = frozenset()) -> list[Place]:
    """Places named in the capitalised ``runs`` of a text (see :func:`_runs`).

    Without a focus: countries, admin1 areas, curated entries (and
    with ``big_cities``, cities of 100,000+ named by a whole capitalised run). With a focus: any
    place of the focus countries (curated, admin areas, cities of 100,000+, or places of 1,000+
    inhabitants right after a locative cue: "in", "near", "east of", "the town of"...).

    A single word that the text also writes in lower case (``lower``: "Boy shot..." and "the
    boy", "Crime" and "crime") is an ordinary word there, not a town; a city found without any
    other context must be spelt exactly as the gazetteer spells it."""
    found: list[Place] = []
    for run in runs:
        taken = [False] * len(run)
        for i, j in _spans(run):
            if any(taken[i:j]):
                continue
            words = run[i:j]
            if words[0].lower() in _CONNECT or words[-1].lower() in _CONNECT:
                continue
            phrase = " ".join(words)
            if len(phrase) < 3:
                continue
            common = is_common_word(phrase)
            if common and len(words) < 2:
                continue
            if len(words) == 1 and phrase.lower() in lower:
                common = True  # "Boy, 15, shot" beside "the boy": an ordinary word here
            whole = (i == 0 and j == len(run))
            for place, pop, kind, source, sim in _scan_hits(gc, phrase):
                if common and not (sim == 100.0
                                   and (source in ("civcas", "user") or kind != "settlement")):
                    continue  # "Nasser hospital" yes; "Ahmed Hope" no
                if kind == "country" and not whole and len(words) == 1:
                    continue  # "Jordan Smith", "Chad Miller": a person, not the country
                # a town named by one word needs a locative cue ("in Walker", not "Walker
                # said"); a city of 100,000+ may also be named by a whole run of 2+ words
                cued = ((run.cued and i == 0) or (run.after and j == len(run))
                        or (whole and len(words) > 1))
                if focus:
                    ok = place.country in focus and (
                        _strict_ok(kind, source) or kind != "settlement"
                        or (pop >= _LOOSE_POP and cued))
                else:
                    ok = _strict_ok(kind, source) or (big_cities and whole and pop >= _STRICT_POP
                                                      and cued and sim == 100.0)
                if ok:
                    found.append(place)
                    for k in range(i, j):
                        taken[k] = True
                    break
    return found


def build_context(gc: Geocoder, doc: object, *, theatres: tuple[str, ...] = ()) -> GeoContext:
    """The :class:`GeoContext` of a document (see the module docstring for the rules)."""
    from civcas.geo.geocoder import GeoContext

    text = "\n".join(str(x) for x in (getattr(doc, "title", None), getattr(doc, "text", ""))
                     if x)
    weights: dict[str, float] = defaultdict(float)
    dateline_text = getattr(doc, "dateline", None) or _late_dateline(getattr(doc, "text", "") or "")
    dateline: Place | None = None
    if dateline_text:
        dl = gc.geocode(dateline_text)
        if dl.lat is not None and dl.country:
            dateline = dl
    text = _ABBR.sub(r"\1 ", text)  # "St. Louis", "Ft. Worth": one name, not "St" + "Louis"
    runs = _runs(text)  # scanned up to three times below: split once
    lower = frozenset(_LOWER.findall(text))
    strict = _mentions(gc, runs, focus=set(), big_cities=False, lower=lower)
    if not strict and dateline is None:
        strict = _mentions(gc, runs, focus=set(), big_cities=True, lower=lower)
    # countries the text clearly points at: named, by a demonym, or by two distinct places
    pointed: Counter[str] = Counter()
    for p, n in _distinct(strict):
        if p.country:  # a curated village alone is weaker evidence than a country or area
            weights[p.country] += (1.0 if p.precision in ("country", "governorate") else 0.5) * n
            pointed[p.country] += 2 if p.precision == "country" else 1
    words: Counter[str] = Counter()
    for w, cnt in Counter(re.findall(r"[A-Za-z]+", text)).items():
        words[w.lower()] += cnt  # lower-case each distinct spelling once
    table = demonyms()
    for w, cnt in words.items():
        cc = table.get(w)
        if cc:
            weights[cc] += min(1.5, 0.3 * cnt)
            pointed[cc] += 2
    for cc in theatres:
        weights[cc] += 0.5
    if dateline is not None and dateline_text and "," not in dateline_text and weights:
        # a bare dateline ("STERLING", "PEMBERTON") is the namesake in the countries the text
        # points at, not the biggest one in the world
        total0 = sum(weights.values()) or 1.0
        pre = GeoContext(countries=tuple(sorted(((cc, w / total0) for cc, w in weights.items()),
                                                key=lambda t: -t[1])), theatres=theatres,
                         points=tuple((m.lat, m.lon) for m in strict if m.lat is not None
                                      and m.lon is not None and m.precision != "country"))
        again = gc.geocode(dateline_text, context=pre)
        if again.lat is not None and again.country:
            dateline = again
    if dateline is not None and dateline.country:
        # a foreign dateline ("BEIRUT, Lebanon" over a story about Syria) is where the reporter
        # sits, not where the events are: it counts little and is not the document's place
        # (one area named like a surname, "Bari", does not make a "CHICAGO" dateline foreign)
        foreign = weights.get(dateline.country, 0.0) < 0.5 and any(
            w >= 1.0 and pointed[cc] >= 2 for cc, w in weights.items() if cc != dateline.country)
        weights[dateline.country] += 0.5 if foreign else 3.0
        if foreign:
            dateline = replace(dateline, via="context:dateline-foreign")
    focus = {cc for cc, w in weights.items() if w >= 1.0}
    mentions = (_mentions(gc, runs, focus=focus, big_cities=False, lower=lower) if focus
                else strict)
    mentions = _corroborated(mentions, dateline)
    for p, n in _distinct(mentions):
        if p.country:
            weights[p.country] += 0.5 * n
    total = sum(weights.values()) or 1.0
    countries = tuple(sorted(((cc, round(w / total, 3)) for cc, w in weights.items()),
                             key=lambda t: -t[1]))
    points = tuple(dict.fromkeys((p.lat, p.lon) for p in mentions
                                 if p.lat is not None and p.lon is not None
                                 and p.precision in _SPECIFIC | {"district"}))
    if (dateline is not None and dateline.lat is not None and dateline.lon is not None
            and dateline.via != "context:dateline-foreign"):
        points = ((dateline.lat, dateline.lon), *points)
    best = (dateline if dateline is not None and dateline.precision in _SPECIFIC
            and dateline.via != "context:dateline-foreign" else None)
    if best is None:
        best = dominant(mentions, countries)
    region = area(mentions, countries)
    if best is None:
        best = region
    return GeoContext(countries=countries, points=points[:50], dateline=dateline,
                      theatres=theatres, best=best, mentions=tuple(mentions), area=region)


def _late_dateline(text: str) -> str | None:
    """A dateline opening one of the first paragraphs after the first ("HILLIARD, Ohio (WCMH) -"
    below a photo caption); ingest reads only the first line."""
    from civcas.ingest.textdoc import parse_dateline

    lines = [ln for ln in text[:1500].split("\n") if ln.strip()]
    if lines and parse_dateline(lines[0].strip()) is not None:
        return None  # the first line is a dateline without a place ("NO CITY, 3 JAN 90 --")
    for line in lines[1:4]:
        dl = parse_dateline(line.strip())
        if dl is not None and dl.place:
            return dl.place
    return None


def _distinct(places: list[Place]) -> list[tuple[Place, float]]:
    """Each distinct place once, with a weight that grows slowly with its repetitions (1, 1.5,
    at most 2): a family name repeated through a story must not outweigh the places it names."""
    counts: Counter[str] = Counter(p.gazetteer_id or p.name for p in places)
    firsts: dict[str, Place] = {}
    for p in places:
        firsts.setdefault(p.gazetteer_id or p.name, p)
    return [(p, 1.0 + 0.5 * (min(counts[k], 3) - 1)) for k, p in firsts.items()]


def _corroborated(mentions: list[Place], dateline: Place | None) -> list[Place]:
    """Drop small places (under 15,000 people, not curated) that lie far from every larger
    place of the document: a West Bank village called like a family name in a Gaza report."""
    anchors = [p for p in mentions if p.via == "context:text" and p.precision != "country"
               and _large(p)]
    if dateline is not None:
        anchors.append(dateline)
    if not anchors:
        return mentions
    out = []
    for p in mentions:
        if _large(p) or p.lat is None or p.lon is None:
            out.append(p)
            continue
        if any(a.lat is not None and a.lon is not None
               and distance_km(a.lat, a.lon, p.lat, p.lon) <= (a.radius_km or 0.0) + 40.0
               for a in anchors):
            out.append(p)
    return out


def _large(p: Place) -> bool:
    gid = p.gazetteer_id or ""
    return (p.precision in ("country", "governorate", "district")
            or gid.startswith(("civcas:", "user:", "admin1:"))
            or (p.radius_km or 0.0) >= _LARGE_RADIUS_KM)
