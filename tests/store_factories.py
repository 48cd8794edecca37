"""Hand-made documents and figures for store, runner, review and export tests."""

from __future__ import annotations

from datetime import date

from civcas.models import Actor, DateSpan, Document, Figure, Origin, Place, Span, stable_id

PLACES = {
    "raqqa": Place(name="Raqqa", key="raqqa", lat=35.95, lon=39.01, precision="settlement",
                   admin1="Ar-Raqqah", country="SY", via="exact"),
    "mosul": Place(name="Mosul", key="mosul", lat=36.34, lon=43.13, precision="settlement",
                   admin1="Nineveh", country="IQ", via="exact"),
    "tabqa": Place(name="Tabqa", key="tabqa", lat=35.83, lon=38.55, precision="settlement",
                   admin1="Ar-Raqqah", country="SY", via="alias"),
}


def make_doc(n: int, text: str | None = None, *, published: date = date(2017, 6, 10),
             publisher: str = "Example Wire", path: str = "inbox/a.jsonl") -> Document:
    """A small article; ``n`` makes the text (and so the id) unique."""
    body = text or (f"Report {n}: an air strike hit a residential block in the city, "
                    f"local medics said, and several families were still missing.")
    return Document(id=stable_id("d", body), text=body, title=f"Report {n}",
                    published=published, published_precision="day",
                    url=f"https://news.example.org/{n}", publisher=publisher, language="en",
                    origin=Origin(path=path, position=n))


def make_fig(doc: Document, k: int, *, low: int | None = 10, high: int | None = 10,
             place: str = "raqqa", day: date = date(2017, 6, 9), claimant: str = "SOHR",
             claimant_kind: str = "monitor", perpetrator: str | None = "US-led coalition",
             outcome: str = "killed", group: str = "civilians", scope: str = "incident",
             stance: str = "asserted", qualifier: str = "exact") -> Figure:
    """A casualty figure of ``doc`` (``k`` = its number inside the document)."""
    statement = f"{low} {group} were {outcome}"
    return Figure(
        id=stable_id("f", doc.id, k), doc=doc.id, statement=statement, outcome=outcome,
        group=group, low=low, high=high, qualifier=qualifier, scope=scope, stance=stance,
        evidence=Span(text=statement, start=0, end=len(statement)),
        number_text=str(low), claimant=Actor(name=claimant, text=claimant,
                                             kind=claimant_kind),  # type: ignore[arg-type]
        perpetrator=Actor(name=perpetrator, text=perpetrator, kind="belligerent")
        if perpetrator else None,
        place=PLACES[place], date=DateSpan(start=day, end=day, precision="day"),
        published=doc.published, publisher=doc.publisher, near_group=doc.near_group,
        event="airstrike",
    )
