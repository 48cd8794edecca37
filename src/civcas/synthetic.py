"""Synthetic conflict news and synthetic figures, for benchmarks and scale tests.

- :func:`generate_articles` yields article dicts (``id``, ``title``, ``text``, ``published``,
  ``url``, ``publisher`` plus ``incident``, the synthetic incident label) written from the template
  sentences in ``civcas/data/synthetic/templates.toml``: several articles per synthetic incident,
  spelling variants of real places, many claimants and perpetrators, conflicting tolls,
  denials, admissions, cumulative tallies and plenty of numbers that are not casualties.
- :func:`write_corpus` writes such articles as ``.txt``, ``.jsonl`` and/or ``.html`` files.
- :func:`generate_figures` yields :class:`civcas.models.Figure` objects directly (no text to
  parse), several per incident, for the linking benchmarks.

Everything is deterministic for a given seed, and a shorter run is a prefix of a longer one.
"""

from __future__ import annotations

import html
import json
import math
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from civcas.datafiles import load_toml
from civcas.errors import UsageError
from civcas.models import Actor, DateSpan, Figure, Place, Span, stable_id

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


def _place_text(rng: random.Random, inc: _Incident, town: str) -> str:
    if inc.relative is None:
        return town
    rel, km = inc.relative
    if rel in ("on the outskirts of", "near"):
        return f"{_pick(rng.random, ('a village', 'a farming village', 'a hamlet'))} {rel} {town}"
    if rng.random() < 0.3:
        return f"a village about {round(km / 1.609)} miles ({int(km)}km) {rel} {town}"
    return f"a village about {int(km)} km {rel} {town}"


def _filler_pool(seed: int, size: int = 512) -> list[dict[str, Any]]:
    """Pre-drawn non-casualty numbers (displaced, fighters, percent, km...) with the four
    context paragraphs they fill, rendered once per run."""
    rng = random.Random(f"filler-{seed}")
    ri = rng.randint
    t = _tables()
    v = t.vocab
    ctx_templates = t.templates["context"]
    pool: list[dict[str, Any]] = []

    def numbers() -> dict[str, Any]:
        return {
            "displaced": f"{ri(2, 400) * 500:,}", "fighters": f"{ri(3, 40) * 50:,}",
            "percent": ri(5, 90), "km": ri(2, 60), "strikes": ri(2, 40), "families": ri(20, 900),
            "age": ri(9, 78), "trapped": f"{ri(1, 300) * 1000:,}", "vehicles": ri(5, 120),
            "hours": rng.choice((12, 24, 48, 72)), "day_count": ri(2, 30),
            "prior_year": ri(2012, 2015), "population": f"{ri(20, 900) * 1000:,}",
            "beneficiaries": f"{ri(5, 200) * 1000:,}",
            "resident": rng.choice(v["resident_names"]), "profession": rng.choice(v["professions"]),
            "since": rng.choice(("2014", "the start of the campaign", "August 2014", "2015")),
        }

    for _ in range(size):
        d = numbers()
        d["_context"] = tuple(tpl.format_map(numbers()) for tpl in rng.sample(ctx_templates, 4))
        pool.append(d)
    return pool


def _incident_context(t: _Tables, rng: random.Random, inc: _Incident,
                      pool: list[dict[str, Any]]) -> dict[str, Any]:
    """The placeholder values shared by the articles of one incident (perpetrator, event, tallies)."""
    rnd = rng.random
    perp = t.actors[inc.perp]
    tallies = inc.country.tally_claimants
    ti = int(rnd() * len(tallies))
    tc = t.actors[tallies[ti]]
    to = t.actors[tallies[(ti + 1 + int(rnd() * (len(tallies) - 1))) % len(tallies)]]
    tally = 900 * max(1, inc.day.year - 2014) + int(rnd() * 5000)
    noun = _pick(rnd, inc.nouns)
    injured = _num(inc.injured)
    victims = _plural(inc.children, "child", "children")
    if inc.women:
        victims += " and " + _plural(inc.women, "woman", "women")
    ctx: dict[str, Any] = {
        "admin1": inc.place.admin1, "country_name": inc.country.name,
        "event": noun, "event_cap": _cap(noun), "event_verb": _pick(rnd, inc.verbs),
        "target": inc.target, "target_short": inc.target.split(" ", 1)[-1],
        "victims": victims, "victims_cap": _cap(victims),
        "injured": injured, "injured_cap": _cap(injured), "conceded": _num(inc.conceded or 0),
        "tally": f"{tally:,}", "tally_prev": f"{max(1, tally - _int(rnd, 20, 400)):,}",
        "tally_other_value": f"{tally * _int(rnd, 2, 6):,}",
    }
    ctx["perp"], ctx["perp_cap"] = _pick(rnd, perp.pairs)
    ctx["perp_short"], ctx["perp_short_cap"] = _pick(rnd, perp.short_pairs)
    ctx["tally_claimant"], ctx["tally_claimant_cap"] = _pick(rnd, _speaker_pairs(tc))
    ctx["tally_other"], ctx["tally_other_cap"] = _pick(rnd, _speaker_pairs(to))
    # paragraphs every article of the incident may share, rendered once
    ctx.update(pool[int(rnd() * len(pool))])
    T = t.templates
    ctx["_target"] = _pick(rnd, T["target"]).format_map(ctx)
    ctx["_no_comment"] = _pick(rnd, T["no_comment"]).format_map(ctx)
    ctx["_quote"] = _pick(rnd, T["quote"]).format_map(ctx)
    return ctx


def _context(t: _Tables, rng: random.Random, inc: _Incident, pub: date, base: dict[str, Any],
             pool: list[dict[str, Any]]) -> dict[str, Any]:
    """The placeholder values of one article: the incident's, plus who says what, where and when."""
    rnd = rng.random
    ctx = base.copy()
    filler = pool[int(rnd() * len(pool))]
    ctx["_context"], ctx["since"] = filler["_context"], filler["since"]
    claimants = inc.country.claimants
    town = _pick(rnd, inc.place.names)
    ci = int(rnd() * len(claimants))
    claimant = t.actors[claimants[ci]]
    other = t.actors[claimants[(ci + 1 + int(rnd() * (len(claimants) - 1))) % len(claimants)]]
    reported = max(1, inc.killed + _int(rnd, -inc.killed // 3, inc.killed // 3))
    killed = _qualified(rng, reported)
    delta = (pub - inc.day).days
    wd = _WEEKDAYS[inc.day.weekday()]
    w = rnd()
    if delta == 0:
        when = f"on {wd}" if w < 0.4 else "overnight" if w < 0.6 else f"early on {wd}" if w < 0.8 else f"on {wd} morning"
    elif delta < 7:
        when = f"on {wd}" if w < 0.4 else f"last {wd}" if w < 0.7 else f"on {_MONTHS[inc.day.month - 1]} {inc.day.day}"
    else:
        when = "last month" if w < 0.3 else f"on {_MONTHS[inc.day.month - 1]} {inc.day.day}"
    ctx["when"], ctx["when_cap"] = when, _cap(when)
    ctx["town"], ctx["place"] = town, _place_text(rng, inc, town)
    ctx["claimant"], ctx["claimant_cap"] = _pick(rnd, claimant.pairs)
    ctx["claimant_short"], ctx["claimant_short_cap"] = _pick(rnd, claimant.short_pairs)
    ctx["claimant_short_plain"] = claimant.short[0]
    ctx["other"], ctx["other_cap"] = _pick(rnd, other.pairs)
    ctx["killed"], ctx["killed_cap"], ctx["killed_num"] = killed, _cap(killed), f"{reported:,}"
    ctx["other_killed"] = _qualified(rng, max(1, reported + _int(rnd, -3, 12)))
    ctx["weekday"] = _WEEKDAYS[pub.weekday()]
    return ctx


def _paragraphs(t: _Tables, rng: random.Random, inc: _Incident, j: int, ctx: dict[str, Any],
                background: dict[tuple[str, str], tuple[str, ...]]) -> list[str]:
    """The paragraphs of one article, in reporting order."""
    T = t.templates
    r = rng.random
    out: list[str] = []
    if inc.tally:
        out.append(_pick(r, T["tally_lead"]).format_map(ctx))
        if r() < 0.7:
            out.append(_pick(r, T["tally_other"]).format_map(ctx))
    else:
        out.append(_pick(r, T["lead"]).format_map(ctx))
        if inc.children and r() < 0.6:
            out.append(_pick(r, T["breakdown"]).format_map(ctx))
        if inc.injured and r() < 0.6:
            out.append(_pick(r, T["injured"]).format_map(ctx))
        if r() < 0.6:
            out.append(ctx["_target"])
        if r() < 0.4:
            out.append(_pick(r, T["other_claim"]).format_map(ctx))
        if inc.denied and r() < 0.8:
            out.append(_pick(r, T["denial"]).format_map(ctx))
        elif inc.conceded and j > 0:
            out.append(_pick(r, T["admission"]).format_map(ctx))
        elif r() < 0.5:
            out.append(ctx["_no_comment"])
        if r() < 0.5:
            out.append(ctx["_quote"])
    out.extend(ctx["_context"])
    if r() < 0.3:
        out.append(_pick(r, T["tally"]).format_map(ctx))
    key = (inc.country.code, inc.place.admin1)
    rendered = background.get(key)
    if rendered is None:
        rendered = background[key] = tuple(b.format_map(ctx) for b in inc.country.background)
    out.extend(_rotation(r, rendered, 4))
    closing = T["closing"]
    i = int(r() * len(closing))
    out.append(closing[i])
    out.append(closing[(i + 1) % len(closing)])
    return out


def generate_articles(
    n: int, *, seed: int = 0, start: date = date(2016, 1, 1), days: int = 1500,
) -> Iterator[dict[str, Any]]:
    """Yield ``n`` synthetic articles (dicts), deterministically for ``seed``.

    Each synthetic incident gets 1 to 6 articles by different publishers, published on the day or
    up to a few days later (an admission comes weeks later); some articles are republished near-copies.
    Keys: id, title, text, published (ISO date), url, publisher, incident.
    """
    if n < 0:
        raise UsageError(f"n must be >= 0, not {n}")
    t = _tables()
    rng = random.Random(seed)
    rnd = rng.random
    pubs = [tuple(p) for p in t.vocab["publishers"]]
    n_pubs = len(pubs)
    pool = _filler_pool(seed)
    background: dict[tuple[str, str], tuple[str, ...]] = {}
    produced = 0
    no = 0
    while produced < n:
        inc = _incident(t, rng, no, seed, start, days)
        no += 1
        k = _ARTICLES_PER_INCIDENT[int(rnd() * 8)]
        url_tail = f"{inc.place.key}-{inc.kind.replace(' ', '-')}"
        prev: tuple[str, list[str]] | None = None
        base = _incident_context(t, rng, inc, pool)
        for j in range(k):
            if produced >= n:
                return
            publisher, domain = pubs[int(rnd() * n_pubs)]
            lag = _int(rnd, 30, 120) if inc.conceded and j == k - 1 and j > 0 else _LAGS[int(rnd() * 6)]
            pub = inc.day + timedelta(days=lag)
            if prev is not None and rnd() < 0.25:  # a republished near-copy
                title, paras = prev[0] + _pick(rng.random, ("", " - report", " | World news")), prev[1][:-1]
            else:
                ctx = _context(t, rng, inc, pub, base, pool)
                paras = _paragraphs(t, rng, inc, j, ctx, background)
                title = _pick(rng.random, t.templates["title"]).format_map(ctx) if not inc.tally else (
                    f"{ctx['tally_claimant_cap']}: {ctx['tally']} civilians killed in {inc.country.name} since {ctx['since']}")
            prev = (title, paras)
            aid = f"syn{seed}-{produced:08d}"
            yield {
                "id": aid, "title": title, "text": "\n\n".join(paras), "published": pub.isoformat(),
                "url": f"https://{domain}/{pub.year}/{pub.month:02d}/{url_tail}-{produced}",
                "publisher": publisher, "incident": inc.label,
            }
            produced += 1


def _date_line(pub: date, i: int, publisher: str) -> str:
    style = i % 4
    if style == 0:
        return f" date {pub.isoformat()}"
    if style == 1:
        return f"Posted {_MONTHS[pub.month - 1]} {pub.day}, {pub.year}"
    if style == 2:
        return f"{_AP_MONTHS[pub.month - 1]} {pub.day}, {pub.year}"
    return f"{publisher}, {pub.isoformat()}"


def _html(a: dict[str, Any]) -> str:
    e = html.escape
    body = "\n".join(f"<p>{e(p)}</p>" for p in a["text"].split("\n\n"))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        f"<title>{e(a['title'])} | {e(a['publisher'])}</title>\n"
        f"<meta property=\"og:title\" content=\"{e(a['title'])}\">\n"
        f"<meta property=\"og:site_name\" content=\"{e(a['publisher'])}\">\n"
        f"<meta property=\"article:published_time\" content=\"{a['published']}T08:00:00Z\">\n"
        f"<link rel=\"canonical\" href=\"{e(a['url'])}\">\n</head><body>\n"
        "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/middle-east\">Middle East</a>"
        " <a href=\"/subscribe\">Subscribe</a></nav>\n"
        f"<article><h1>{e(a['title'])}</h1>\n<time datetime=\"{a['published']}\">{a['published']}</time>\n"
        f"{body}\n</article>\n"
        "<aside><h2>Most read</h2><ul><li>Markets rally as oil prices ease</li>"
        "<li>Ten recipes for a summer weekend</li></ul></aside>\n"
        "<footer><p>All rights reserved. Sign up for our newsletter.</p></footer>\n</body></html>\n"
    )


def write_corpus(
    out_dir: Path, n: int, *, seed: int = 0, fmt: str = "mixed", per_file: int = 500,
) -> CorpusStats:
    """Write ``n`` synthetic articles under ``out_dir`` as txt, jsonl, html or a mix of the three.

    ``txt``/``html``: one file per article in sub-folders of at most ``per_file`` files;
    ``jsonl``: ``per_file`` articles per file. ``mixed`` sends article ``i`` to format ``i % 3``.
    """
    if fmt not in (*FORMATS, "mixed"):
        raise UsageError(f"unknown format {fmt!r}", hint="use txt, jsonl, html or mixed")
    if per_file < 1:
        raise UsageError(f"per_file must be >= 1, not {per_file}")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create {out}: {exc}") from exc
    counts = dict.fromkeys(FORMATS, 0)
    files = 0
    size = 0
    jsonl: Any = None
    jsonl_no = -1
    try:
        for i, a in enumerate(generate_articles(n, seed=seed)):
            f = FORMATS[i % 3] if fmt == "mixed" else fmt
            c = counts[f]
            counts[f] += 1
            if f == "jsonl":
                if c // per_file != jsonl_no:
                    if jsonl is not None:
                        jsonl.close()
                    jsonl_no = c // per_file
                    jsonl = (out / "jsonl" / f"part-{jsonl_no:05d}.jsonl")
                    jsonl.parent.mkdir(parents=True, exist_ok=True)
                    jsonl = jsonl.open("w", encoding="utf-8")
                    files += 1
                line = json.dumps({k: a[k] for k in ("id", "title", "text", "published", "url", "publisher", "incident")},
                                  ensure_ascii=False) + "\n"
                jsonl.write(line)
                size += len(line.encode("utf-8"))
                continue
            folder = out / f / f"{c // per_file:05d}"
            if c % per_file == 0:
                folder.mkdir(parents=True, exist_ok=True)
            if f == "txt":
                pub = date.fromisoformat(a["published"])
                content = f"{a['title']}\n{_date_line(pub, i, a['publisher'])}\n\n{a['text']}\n"
            else:
                content = _html(a)
            data = content.encode("utf-8")
            (folder / f"{a['id']}.{f}").write_bytes(data)
            files += 1
            size += len(data)
    finally:
        if jsonl is not None:
            jsonl.close()
    return CorpusStats(articles=sum(counts.values()), files=files, bytes=size,
                       formats={k: v for k, v in counts.items() if v}, out_dir=str(out))


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
