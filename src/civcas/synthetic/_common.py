"""Shared tables, random helpers and synthetic incidents for :mod:`civcas.synthetic`."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, TypeVar

from civcas.datafiles import load_toml

FORMATS: tuple[str, ...] = ("txt", "jsonl", "html")
_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
              "Nov.", "Dec.")
_ARTICLES_PER_INCIDENT = (1, 2, 3, 3, 4, 4, 5, 6)
_LAGS = (0, 0, 1, 1, 2, 3)
_COMPASS = ("north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west")
_COUNTRY_CENTRES = {"SY": (35.0, 38.5), "IQ": (33.2, 43.7), "YE": (15.6, 47.9), "PS": (31.42, 34.36),
                    "UA": (48.4, 31.2)}


@dataclass(frozen=True, slots=True)
class CorpusStats:
    """What :func:`write_corpus` wrote: article and file counts, bytes, articles per format."""

    articles: int
    files: int
    bytes: int
    formats: dict[str, int] = field(default_factory=dict)
    out_dir: str = ""


@dataclass(frozen=True, slots=True)
class _Place:
    key: str
    country: str
    admin1: str
    lat: float
    lon: float
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Actor:
    id: str
    name: str
    kind: str
    texts: tuple[str, ...]
    short: tuple[str, ...]
    pairs: tuple[tuple[str, str], ...] = ()  # (text, Capitalised text)
    short_pairs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class _Country:
    code: str
    name: str
    places: tuple[_Place, ...]
    pairs: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]  # kind, perp, nouns, verbs
    claimants: tuple[str, ...]
    tally_claimants: tuple[str, ...]
    background: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Tables:
    countries: tuple[_Country, ...]
    weights: tuple[float, ...]  # cumulative
    actors: dict[str, _Actor]
    templates: dict[str, tuple[str, ...]]
    vocab: dict[str, Any]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    """Load and index templates.toml once."""
    data = load_toml("synthetic", "templates.toml")
    actors = {
        k: _Actor(k, v["name"], v["kind"], tuple(v["texts"]), tuple(v["short"]),
                  tuple((x, _cap(x)) for x in v["texts"]), tuple((x, _cap(x)) for x in v["short"]))
        for k, v in data["actor"].items()
    }
    places = [_Place(p["key"], p["country"], p["admin1"], float(p["lat"]), float(p["lon"]),
                     tuple(p["names"])) for p in data["place"]]
    countries: list[_Country] = []
    weights: list[float] = []
    total = 0.0
    for code, c in data["country"].items():
        perps = set(c["perpetrators"])
        pairs = tuple(
            (e["kind"], p, tuple(e["noun"]), tuple(e["verb"]))
            for e in data["event"] for p in e["perpetrators"] if p in perps
        )
        countries.append(_Country(
            code, c["name"], tuple(p for p in places if p.country == code), pairs,
            tuple(c["claimants"]), tuple(c["tally_claimants"]), tuple(c["background"]),
        ))
        total += float(c["weight"])
        weights.append(total)
    return _Tables(
        tuple(countries), tuple(w / total for w in weights), actors,
        {k: tuple(v) for k, v in data["templates"].items()}, data["vocab"],
    )


T = TypeVar("T")
Rnd = Callable[[], float]


def _pick(rnd: Rnd, seq: Sequence[T]) -> T:
    """A uniform choice driven by ``random.random`` (several times faster than ``Random.choice``)."""
    return seq[int(rnd() * len(seq))]


def _int(rnd: Rnd, a: int, b: int) -> int:
    """A uniform integer in ``[a, b]``."""
    return a + int(rnd() * (b - a + 1))


def _rotation(rnd: Rnd, seq: Sequence[str], k: int) -> list[str]:
    """``k`` distinct items of ``seq`` (``k <= len(seq)``): a rotation from a random start."""
    n = len(seq)
    i = int(rnd() * n)
    step = 1 if rnd() < 0.5 else n - 1
    return [seq[(i + m * step) % n] for m in range(k)]


def _plural(n: int, one: str, many: str) -> str:
    """``"one child"``, ``"four children"``."""
    return f"{_num(n)} {one if n == 1 else many}"


def _speaker_pairs(a: _Actor) -> tuple[tuple[str, str], ...]:
    """How an actor is named when it speaks: a belligerent by its spokesman-like short names."""
    return a.short_pairs if a.kind == "belligerent" else a.pairs


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _num(n: int) -> str:
    return _WORDS[n] if 0 <= n <= 10 else f"{n:,}"


@dataclass(slots=True)
class _Incident:
    label: str
    country: _Country
    place: _Place
    relative: tuple[str, float] | None  # (relation, km) from the anchor place
    kind: str
    perp: str
    nouns: tuple[str, ...]
    verbs: tuple[str, ...]
    day: date
    killed: int
    children: int
    women: int
    injured: int
    target: str
    denied: bool
    conceded: int | None
    tally: bool


def _incident(t: _Tables, rng: random.Random, no: int, seed: int, start: date, days: int) -> _Incident:
    r = rng.random()
    country = t.countries[-1]
    for c, w in zip(t.countries, t.weights, strict=True):
        if r < w:
            country = c
            break
    kind, perp, nouns, verbs = _pick(rng.random, country.pairs)
    place = _pick(rng.random, country.places)
    relative = None
    if rng.random() < 0.4:
        relative = (_pick(rng.random, t.vocab["relations"]), float(_int(rng.random, 3, 45)))
    killed = int(rng.paretovariate(1.3) * 3) + 1
    killed = min(killed, 400)
    children = _int(rng.random, 0, killed // 2) if killed > 2 else 0
    women = _int(rng.random, 0, (killed - children) // 2) if killed > 2 else 0
    belligerent_admits = perp in ("us-coalition", "saudi-coalition", "israeli-military")
    return _Incident(
        label=f"syn{seed}-inc{no:07d}", country=country, place=place, relative=relative,
        kind=kind, perp=perp, nouns=nouns, verbs=verbs,
        day=start + timedelta(days=_int(rng.random, 0, max(days, 1) - 1)), killed=killed,
        children=children, women=women, injured=max(2, int(killed * (0.5 + 2.5 * rng.random()))),
        target=_pick(rng.random, t.vocab["targets"]), denied=rng.random() < 0.2,
        conceded=max(1, killed - _int(rng.random, 0, killed)) if belligerent_admits and rng.random() < 0.3 else None,
        tally=rng.random() < 0.08,
    )


def _qualified(rng: random.Random, n: int) -> str:
    r = rng.random()
    if n >= 24 and r < 0.05:
        return "dozens of"
    if r < 0.35:
        return f"at least {_num(n)}"
    if r < 0.45:
        return f"more than {_num(n)}"
    if r < 0.5:
        return f"up to {_num(n)}"
    if r < 0.6 and n > 10:
        return f"some {n:,}" if rng.random() < 0.5 else f"nearly {n:,}"
    return _num(n)
