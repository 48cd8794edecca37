"""Synthetic articles (:func:`generate_articles`) and corpora on disk (:func:`write_corpus`)."""

from __future__ import annotations

import html
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from civcas.errors import UsageError
from civcas.synthetic._common import (
    _AP_MONTHS,
    _ARTICLES_PER_INCIDENT,
    _LAGS,
    _MONTHS,
    _WEEKDAYS,
    FORMATS,
    CorpusStats,
    _cap,
    _Incident,
    _incident,
    _int,
    _num,
    _pick,
    _plural,
    _qualified,
    _rotation,
    _speaker_pairs,
    _Tables,
    _tables,
)


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
