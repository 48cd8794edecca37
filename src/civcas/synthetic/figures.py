"""Synthetic :class:`civcas.models.Figure` objects for the linking and store benchmarks."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from datetime import date, timedelta

from civcas.errors import UsageError
from civcas.models import Actor, DateSpan, Figure, Place, Span, stable_id
from civcas.synthetic._common import (
    _COMPASS,
    _COUNTRY_CENTRES,
    _LAGS,
    Rnd,
    _cap,
    _incident,
    _int,
    _pick,
    _Place,
    _speaker_pairs,
    _tables,
)


def _offset(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    rad = math.radians(bearing)
    dlat = km * math.cos(rad) / 111.0
    dlon = km * math.sin(rad) / (111.0 * max(0.2, math.cos(math.radians(lat))))
    return round(lat + dlat, 5), round(lon + dlon, 5)


def _relative(rnd: Rnd, p: _Place) -> tuple[str, float, float, str]:
    """A village near ``p``: (relation, lat, lon, key), at a random bearing 2-42 km away."""
    bearing = rnd() * 360.0
    km = 2.0 + rnd() * 40.0
    compass = _COMPASS[int((bearing + 22.5) // 45.0) % 8]
    lat, lon = _offset(p.lat, p.lon, bearing, km)
    return f"{int(km)} km {compass} of", lat, lon, f"{p.key}@{lat:.2f},{lon:.2f}"


def generate_figures(
    n: int, *, seed: int = 0, start: date = date(2016, 1, 1), days: int = 1500,
) -> Iterator[Figure]:
    """Yield ``n`` synthetic :class:`Figure` objects, 2 to 6 per synthetic incident.

    Incident figures are placed in a town (lat/lon, country, admin1, key) or, six times in ten, in a
    village 2-42 km from it (its own key and offset position, ``relation``/``anchor`` set); figures
    of one incident differ in claimant, number, qualifier, publication date and spelling of the
    place, as reports of one incident do. About 8% of incidents are tallies (country-level place,
    ``period`` since the campaign began); some incidents carry a denial by the perpetrator.
    ``Figure.source`` holds the synthetic incident label, the answer key for linking.
    """
    if n < 0:
        raise UsageError(f"n must be >= 0, not {n}")
    t = _tables()
    rng = random.Random(seed)
    rnd = rng.random
    places: dict[tuple[str, str, str | None], Place] = {}
    countries = {c.code: Place(name=c.name, key=c.code.lower(), lat=_COUNTRY_CENTRES[c.code][0],
                               lon=_COUNTRY_CENTRES[c.code][1], radius_km=250.0, precision="country",
                               country=c.code, via="synthetic") for c in t.countries}
    actors: dict[tuple[str, str], Actor] = {}
    publishers = [p[0] for p in t.vocab["publishers"]]

    def actor(aid: str, text: str) -> Actor:
        a = actors.get((aid, text))
        if a is None:
            spec = t.actors[aid]
            a = actors[(aid, text)] = Actor(spec.name, text, spec.kind)  # type: ignore[arg-type]
        return a

    produced = 0
    no = 0
    while produced < n:
        inc = _incident(t, rng, no, seed, start, days)
        no += 1
        p = inc.place
        relation, lat, lon, key = (None, p.lat, p.lon, p.key) if rnd() < 0.4 else _relative(rnd, p)
        when = DateSpan(inc.day, inc.day, "day")
        perp_spec = t.actors[inc.perp]
        for j in range(_int(rnd, 2, 6)):
            if produced >= n:
                return
            name = _pick(rnd, p.names)
            pub = inc.day + timedelta(days=_LAGS[int(rnd() * 6)])
            cid = _pick(rnd, inc.country.tally_claimants if inc.tally else inc.country.claimants)
            claimant = actor(cid, _pick(rnd, _speaker_pairs(t.actors[cid]))[0])
            perp = actor(inc.perp, _pick(rnd, perp_spec.texts))
            outcome = "killed" if inc.tally or rnd() < 0.85 else "injured"
            group = "civilians" if rnd() < 0.8 else _pick(rnd, ("children", "women", "people"))
            if inc.tally:
                value = 900 * max(1, pub.year - 2014) + int(rnd() * 5000)
                place: Place = countries[p.country]
                period: DateSpan | None = DateSpan(date(2014, 8, 8), pub, "day")
                date_span: DateSpan | None = None
                where = f"in {place.name} since 2014"
            else:
                value = max(1, inc.killed + _int(rnd, -inc.killed // 3, inc.killed // 3))
                pk = (key, name, relation)
                cached = places.get(pk)
                if cached is None:
                    cached = places[pk] = Place(
                        name=f"a village {relation} {name}" if relation else name, key=key, lat=lat,
                        lon=lon, radius_km=5.0 if relation else 3.0,
                        precision="near_settlement" if relation else "settlement", admin1=p.admin1,
                        country=p.country, via="synthetic", anchor=name if relation else None,
                        relation=relation)
                place, period, date_span, where = cached, None, when, f"in {cached.name}"
            r = rnd()
            low: int | None = value
            high: int | None = value
            words: str | None
            if r < 0.3:
                qual, words, high = "at_least", f"at least {value:,}", None
            elif r < 0.35 and not inc.tally:
                qual, words, low = "up_to", f"up to {value:,}", None
            elif r < 0.45:
                qual, words = "about", f"about {value:,}"
            else:
                qual, words = "exact", f"{value:,}"
            stance = "asserted"
            sentence = f"{_cap(claimant.text)} said {words} {group} were {outcome} {where}."
            if inc.denied and j == 1 and not inc.tally:
                claimant, stance, qual, low, high, words = perp, "denied", "exact", None, None, None
                sentence = f"{_cap(perp.text)} denied that any {group} were {outcome} near {name}."
            doc = f"syn{seed}-doc{no:07d}-{j}"
            yield Figure(
                id=stable_id("fig", seed, produced), doc=doc, statement=sentence, outcome=outcome,
                group=group, low=low, high=high, qualifier=qual,
                scope="tally" if inc.tally else "incident", stance=stance,
                evidence=Span(sentence, 0, len(sentence)), source=inc.label, number_text=words,
                period=period, claimant=claimant, perpetrator=perp, place=place, date=date_span,
                published=pub, publisher=_pick(rnd, publishers), near_group=doc, event=inc.kind,
            )
            produced += 1
