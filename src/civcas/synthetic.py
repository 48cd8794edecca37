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
import tomllib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from civcas.errors import DataError, UsageError
from civcas.models import Actor, DateSpan, Figure, Place, Span, stable_id

FORMATS: tuple[str, ...] = ("txt", "jsonl", "html")
_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
T = TypeVar("T")
_AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
              "Nov.", "Dec.")
_BEARINGS = {"north of": 0.0, "south of": 180.0, "east of": 90.0, "west of": 270.0,
             "north-east of": 45.0, "south-west of": 225.0}


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
    try:
        raw = resources.files("civcas").joinpath("data/synthetic/templates.toml").read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read synthetic templates: {exc}",
                        hint="reinstall civcas; civcas/data/synthetic/templates.toml is missing or invalid") from exc
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
        children=children, women=women, injured=int(killed * (0.5 + 2.5 * rng.random())),
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
    """Pre-drawn non-casualty numbers (displaced, fighters, percent, km...) with the three
    context paragraphs they fill, rendered once per run."""
    rng = random.Random(f"filler-{seed}")
    ri = rng.randint
    t = _tables()
    v = t.vocab
    ctx_templates = t.templates["context"]
    pool: list[dict[str, Any]] = []
    for _ in range(size):
        d: dict[str, Any] = {
            "displaced": f"{ri(2, 400) * 500:,}", "fighters": f"{ri(3, 40) * 50:,}",
            "percent": ri(5, 90), "km": ri(2, 60), "strikes": ri(2, 40), "families": ri(20, 900),
            "age": ri(9, 78), "trapped": f"{ri(1, 300) * 1000:,}", "vehicles": ri(5, 120),
            "hours": rng.choice((12, 24, 48, 72)), "day_count": ri(2, 30),
            "prior_year": ri(2012, 2015), "population": f"{ri(20, 900) * 1000:,}",
            "beneficiaries": f"{ri(5, 200) * 1000:,}",
            "resident": rng.choice(v["resident_names"]), "profession": rng.choice(v["professions"]),
            "since": rng.choice(("2014", "the start of the campaign", "August 2014", "2015")),
        }
        d["_context"] = tuple(tpl.format_map(d) for tpl in rng.sample(ctx_templates, 3))
        pool.append(d)
    return pool


def _incident_context(t: _Tables, rng: random.Random, inc: _Incident,
                      pool: list[dict[str, Any]]) -> dict[str, Any]:
    """The placeholder values shared by the articles of one incident (perpetrator, event, tallies)."""
    rnd = rng.random
    perp = t.actors[inc.perp]
    tallies = inc.country.tally_claimants
    tc = t.actors[_pick(rnd, tallies)]
    to = t.actors[_pick(rnd, tallies)]
    tally = 900 * max(1, inc.day.year - 2014) + int(rnd() * 5000)
    noun = _pick(rnd, inc.nouns)
    children, injured = _num(inc.children), _num(inc.injured)
    ctx: dict[str, Any] = {
        "admin1": inc.place.admin1, "country_name": inc.country.name,
        "event": noun, "event_cap": _cap(noun), "event_verb": _pick(rnd, inc.verbs),
        "target": inc.target, "target_short": inc.target.split(" ", 2)[-1],
        "children": children, "children_cap": _cap(children), "women": _num(inc.women),
        "injured": injured, "injured_cap": _cap(injured), "conceded": _num(inc.conceded or 0),
        "tally": f"{tally:,}", "tally_prev": f"{max(1, tally - _int(rnd, 20, 400)):,}",
        "tally_other_value": f"{tally * _int(rnd, 2, 6):,}",
    }
    ctx["perp"], ctx["perp_cap"] = _pick(rnd, perp.pairs)
    ctx["perp_short"], ctx["perp_short_cap"] = _pick(rnd, perp.short_pairs)
    ctx["tally_claimant"], ctx["tally_claimant_cap"] = _pick(rnd, tc.pairs)
    ctx["tally_other"], ctx["tally_other_cap"] = _pick(rnd, to.pairs)
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
    ctx.update(pool[int(rnd() * len(pool))])
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
        out.append(_pick(rng.random, T["tally_lead"]).format_map(ctx))
        if r() < 0.7:
            out.append(_pick(rng.random, T["tally_other"]).format_map(ctx))
    else:
        out.append(_pick(rng.random, T["lead"]).format_map(ctx))
        if inc.children and r() < 0.6:
            out.append(_pick(rng.random, T["breakdown"]).format_map(ctx))
        if inc.injured and r() < 0.6:
            out.append(_pick(rng.random, T["injured"]).format_map(ctx))
        if r() < 0.6:
            out.append(ctx["_target"])
        if r() < 0.4:
            out.append(_pick(rng.random, T["other_claim"]).format_map(ctx))
        if inc.denied and r() < 0.8:
            out.append(_pick(rng.random, T["denial"]).format_map(ctx))
        elif inc.conceded and j > 0:
            out.append(_pick(rng.random, T["admission"]).format_map(ctx))
        elif r() < 0.5:
            out.append(ctx["_no_comment"])
        if r() < 0.5:
            out.append(ctx["_quote"])
    out.extend(ctx["_context"])
    if r() < 0.3:
        out.append(_pick(rng.random, T["tally"]).format_map(ctx))
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
    pubs = t.vocab["publishers"]
    pool = _filler_pool(seed)
    background: dict[tuple[str, str], tuple[str, ...]] = {}
    produced = 0
    no = 0
    while produced < n:
        inc = _incident(t, rng, no, seed, start, days)
        no += 1
        k = _pick(rng.random, (1, 2, 3, 3, 4, 4, 5, 6))
        prev: tuple[str, list[str]] | None = None
        base = _incident_context(t, rng, inc, pool)
        for j in range(k):
            if produced >= n:
                return
            publisher, domain = _pick(rng.random, pubs)
            lag = _int(rng.random, 30, 120) if inc.conceded and j == k - 1 and j > 0 else _pick(rng.random, (0, 0, 1, 1, 2, 3))
            pub = inc.day + timedelta(days=lag)
            if prev is not None and rng.random() < 0.25:  # a republished near-copy
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
                "url": f"https://{domain}/{pub.year}/{pub.month:02d}/{inc.place.key}-{inc.kind.replace(' ', '-')}-{produced}",
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


def generate_figures(
    n: int, *, seed: int = 0, start: date = date(2016, 1, 1), days: int = 1500,
) -> Iterator[Figure]:
    """Yield ``n`` synthetic :class:`Figure` objects, 2 to 6 per synthetic incident.

    Places carry lat/lon, country, admin1 and a key (villages near a town get their own key and an
    offset position); figures of one incident differ in claimant, number, qualifier, publication
    date and place spelling, as reports of one incident do. Mostly incident figures, some tallies
    and denials. ``Figure.source`` holds the synthetic incident label (the linking answer key).
    """
    if n < 0:
        raise UsageError(f"n must be >= 0, not {n}")
    t = _tables()
    rng = random.Random(seed)
    places: dict[tuple[str, str, str | None], Place] = {}
    actors: dict[tuple[str, str], Actor] = {}

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
        lat, lon, key, anchor, relation = p.lat, p.lon, p.key, None, None
        if inc.relative is not None and inc.relative[0] in _BEARINGS:
            relation = f"{int(inc.relative[1])} km {inc.relative[0]}"
            lat, lon = _offset(p.lat, p.lon, _BEARINGS[inc.relative[0]], inc.relative[1])
            key = f"{p.key}@{lat:.2f},{lon:.2f}"
        when = DateSpan(inc.day, inc.day, "day")
        perp_spec = t.actors[inc.perp]
        for j in range(_int(rng.random, 2, 6)):
            if produced >= n:
                return
            name = _pick(rng.random, p.names)
            anchor = name if relation else None
            pk = (key, name, relation)
            place = places.get(pk)
            if place is None:
                place = places[pk] = Place(
                    name=f"a village {relation} {name}" if relation else name, key=key, lat=lat, lon=lon,
                    radius_km=5.0 if relation else 3.0, precision="near_settlement" if relation else "settlement",
                    admin1=p.admin1, country=p.country, via="synthetic", anchor=anchor, relation=relation)
            cid = _pick(rng.random, inc.country.claimants)
            claimant = actor(cid, _pick(rng.random, t.actors[cid].texts))
            perp = actor(inc.perp, _pick(rng.random, perp_spec.texts))
            value = max(1, inc.killed + _int(rng.random, -inc.killed // 3, inc.killed // 3))
            r = rng.random()
            low: int | None
            high: int | None
            qual, low, high, stance, scope = "exact", value, value, "asserted", "incident"
            if r < 0.3:
                qual, high = "at_least", None
            elif r < 0.35:
                qual, low = "up_to", None
            elif r < 0.45:
                qual = "about"
            if inc.denied and j == 1:
                claimant, stance, qual, low, high = perp, "denied", "exact", None, None
            elif inc.tally:
                scope, low = "tally", value * 100 + _int(rng.random, 0, 5000)
                high = low if qual != "at_least" else None
            outcome = "killed" if rng.random() < 0.85 else "injured"
            group = "civilians" if rng.random() < 0.8 else _pick(rng.random, ("children", "women", "people"))
            sentence = (f"{_cap(claimant.text)} said {value} {group} were {outcome} in {place.name}."
                        if stance != "denied" else f"{_cap(perp.text)} denied any strike near {name}.")
            pub = inc.day + timedelta(days=_pick(rng.random, (0, 0, 1, 2, 3)))
            doc = f"syn{seed}-doc{no:07d}-{j}"
            yield Figure(
                id=stable_id("fig", seed, produced), doc=doc, statement=sentence,
                outcome=outcome, group=group,
                low=low, high=high, qualifier=qual, scope=scope, stance=stance,
                evidence=Span(sentence, 0, len(sentence)), source=inc.label,
                number_text=str(value), claimant=claimant, perpetrator=perp, place=place,
                date=when, published=pub, publisher=_pick(rng.random, t.vocab["publishers"])[0],
                near_group=doc, event=inc.kind,
            )
            produced += 1
