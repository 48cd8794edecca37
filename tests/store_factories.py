"""Hand-made documents and figures for store, runner, review and export tests."""

from __future__ import annotations

from datetime import date

from civcas.models import Actor, DateSpan, Document, Figure, Origin, Place, Span, stable_id
from civcas.store import Store

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


def small_store(db_url: str, *, first_text: str, second_sohr: bool = False) -> Store:
    """A real database with four documents (Raqqa x2, Mosul, Tabqa) and their figures, assembled.

    ``second_sohr`` adds a second SOHR figure to the second Raqqa document."""
    s = Store(db_url)
    docs = [
        make_doc(1, first_text, publisher="Levant Daily"),
        make_doc(2, "A bakery in Raqqa was hit from the air; medics counted the dead.",
                 publisher="Wire Service"),
        make_doc(3, "Shelling on the old market of Mosul killed shoppers, officials said.",
                 publisher="Wire Service", published=date(2017, 3, 2)),
        make_doc(4, "Monitors reported an artillery strike on a school in Tabqa.",
                 publisher="Levant Daily", published=date(2017, 8, 20)),
    ]
    figs = [
        make_fig(docs[0], 0, low=10, high=10, claimant="SOHR"),
        make_fig(docs[1], 0, low=14, high=14, claimant="SNHR"),
        *([make_fig(docs[1], 1, low=12, high=12, claimant="SOHR")] if second_sohr else []),
        make_fig(docs[2], 0, low=5, high=5, place="mosul", day=date(2017, 3, 1),
                 claimant="Nineveh health directorate", claimant_kind="government",
                 perpetrator="Islamic State"),
        make_fig(docs[3], 0, low=3, high=None, qualifier="at_least", place="tabqa",
                 day=date(2017, 8, 19), perpetrator="Syrian government"),
    ]
    s.save_documents(docs)
    s.save_figures(figs, analysed_docs=[d.id for d in docs])
    s.reassemble()
    return s
