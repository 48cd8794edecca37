"""A small, hand-written database for the web/API tests, and a client of the app over it.

Loaded for every test module by ``tests/conftest.py`` (``pytest_plugins``): the fixtures
``template_webdb`` (built once per session), ``webdb`` (a fresh copy per test, for tests that
write), ``shared_webdb`` (one copy per module, read-only tests) and ``client`` (a Starlette
TestClient of ``create_app`` over ``webdb``; a module overrides ``webdb`` or ``client`` for
other options). Helpers (``build``, ``copy_db``, ``login``, ``csrf_of``, ``app_client``) are
imported from here.

Documents and figures are written through the real Store and assembled by the real pipeline
(``Store.reassemble``). One document is hostile: markup, event handlers and ``javascript:`` URLs
in its title, text, publisher, url, claimant and place name.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from civcas.models import Actor, DateSpan, Document, Figure, Origin, Place, Span, stable_id
from civcas.store import Store
from civcas.web import create_app
from civcas.web.auth import hash_password, new_token, token_hash

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

SECRET = "s" * 40

PASSWORDS = {"vera": "viewer-pass-1", "ana": "analyst-pass-1", "adam": "admin-pass-1"}
ROLES = {"vera": "viewer", "ana": "analyst", "adam": "admin"}

HOSTILE = {
    "title": "<script>alert('title')</script>Strike report",
    "publisher": '<b onmouseover="alert(4)">Evil Wire</b>',
    "url": "javascript:alert(3)",
    "claimant": "<script>alert(5)</script>Committee",
    "place": '<img src=x onerror="alert(6)">Hamlet',
    "dateline": "<svg onload=alert(8)>VILLAGE",
    "copy_url": "javascript:alert(7)",
}

RAQQA = Place(name="Raqqa", key="raqqa", lat=35.95, lon=39.01, radius_km=5.0,
              precision="settlement", admin1="Ar-Raqqah", country="SY", via="exact")
MOSUL = Place(name="Mosul", key="mosul", lat=36.34, lon=43.13, radius_km=25.0,
              precision="district", admin1="Nineveh", country="IQ", via="alias")
HAMLET = Place(name=HOSTILE["place"], key="hamlet", lat=34.50, lon=40.90, radius_km=10.0,
               precision="near_settlement", admin1="Deir ez-Zor", country="SY", via="fuzzy")


@dataclass
class WebDB:
    """What the fixture database holds, for assertions."""

    url: str
    docs: dict[str, Document] = field(default_factory=dict)
    figures: dict[str, Figure] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)


def _doc(key: str, text: str, *, published: date, publisher: str, url: str,
         title: str | None = None) -> Document:
    return Document(id=stable_id("d", text), text=text, title=title or f"Report {key}",
                    published=published, published_precision="day", url=url,
                    publisher=publisher, language="en", origin=Origin(path=f"fixture/{key}.txt"))


def _fig(doc: Document, k: int, phrase: str, *, low: int | None, high: int | None,
         claimant: str, claimant_kind: str, perpetrator: str | None, place: Place, day: date,
         number_text: str, qualifier: str = "exact", scope: str = "incident",
         stance: str = "asserted", group: str = "civilians", outcome: str = "killed",
         period: DateSpan | None = None) -> Figure:
    start = doc.text.index(phrase)
    return Figure(
        id=stable_id("f", doc.id, k), doc=doc.id, statement=phrase, outcome=outcome,
        group=group, low=low, high=high, qualifier=qualifier, scope=scope, stance=stance,
        evidence=Span(text=phrase, start=start, end=start + len(phrase)),
        number_text=number_text,
        claimant=Actor(name=claimant, text=claimant, kind=claimant_kind),  # type: ignore[arg-type]
        perpetrator=Actor(name=perpetrator, text=perpetrator, kind="belligerent")
        if perpetrator else None,
        place=place, date=DateSpan(start=day, end=day, precision="day"), period=period,
        published=doc.published, publisher=doc.publisher, event="airstrike",
    )


def build(url: str) -> WebDB:
    """Write the fixture documents, figures and users into the database at ``url``."""
    out = WebDB(url=url)
    d1 = _doc("raqqa-monitor",
              "RAQQA, Syria - An air strike hit a crowded market in Raqqa on Monday. "
              "At least 23 civilians were killed, among them seven children, the monitoring "
              "group said in a statement on Tuesday. Rescue teams were still searching the "
              "rubble in the evening.",
              published=date(2017, 6, 6), publisher="Levant Monitor Wire",
              url="https://monitor.example.org/raqqa-market")
    d2 = _doc("raqqa-medics",
              "Doctors at the city's last working hospital said 27 civilians died after "
              "warplanes struck the market in Raqqa, and dozens more were wounded.",
              published=date(2017, 6, 7), publisher="Daily Courier",
              url="https://courier.example.com/2017/06/07/market")
    d3 = _doc("mosul",
              "MOSUL, Iraq - Residents said a strike on a house in western Mosul killed "
              "nine members of one family on Saturday.",
              published=date(2017, 3, 19), publisher="Tigris Times",
              url="https://tigris.example.net/mosul-house")
    d4 = _doc("hostile",
              "Villagers said 4 civilians were killed near the hamlet. "
              "<img src=x onerror=\"alert(1)\"> <script>alert('text')</script> "
              "See javascript:alert(2) for details.",
              published=date(2017, 8, 2), publisher=HOSTILE["publisher"], url=HOSTILE["url"],
              title=HOSTILE["title"])
    d4 = replace(d4, dateline=HOSTILE["dateline"],
                 copy_urls=(HOSTILE["copy_url"], "https://mirror.example.org/hamlet"))
    t1 = _doc("tally-monitor-1",
              "The monitoring group said 2,900 civilians had been killed by coalition strikes "
              "in Syria since the campaign began.",
              published=date(2017, 5, 1), publisher="Levant Monitor Wire",
              url="https://monitor.example.org/tally-may")
    t2 = _doc("tally-monitor-2",
              "The monitoring group said 3,350 civilians had been killed by coalition strikes "
              "in Syria since the campaign began.",
              published=date(2017, 7, 1), publisher="Levant Monitor Wire",
              url="https://monitor.example.org/tally-july")
    t3 = _doc("tally-coalition",
              "The coalition said it had assessed that 603 civilians were unintentionally "
              "killed by its strikes since 2014.",
              published=date(2017, 6, 30), publisher="Coalition Press Desk",
              url="https://coalition.example.mil/report")
    docs = [d1, d2, d3, d4, t1, t2, t3]
    def since(until: date) -> DateSpan:
        return DateSpan(start=date(2014, 8, 8), end=until, precision="day")

    figs = [
        _fig(d1, 1, "At least 23 civilians were killed", low=23, high=None, qualifier="at_least",
             claimant="Syrian Observatory for Human Rights", claimant_kind="monitor",
             perpetrator="US-led coalition", place=RAQQA, day=date(2017, 6, 5),
             number_text="At least 23"),
        _fig(d2, 1, "27 civilians died", low=27, high=27,
             claimant="local medics", claimant_kind="medical", perpetrator="US-led coalition",
             place=RAQQA, day=date(2017, 6, 5), number_text="27"),
        _fig(d3, 1, "killed nine members of one family", low=9, high=9,
             claimant="residents", claimant_kind="local", perpetrator="US-led coalition",
             place=MOSUL, day=date(2017, 3, 18), number_text="nine"),
        _fig(d4, 1, "4 civilians were killed", low=4, high=4, claimant=HOSTILE["claimant"],
             claimant_kind="local", perpetrator="Syrian government", place=HAMLET,
             day=date(2017, 8, 1), number_text="4"),
        _fig(t1, 1, "2,900 civilians had been killed", low=2900, high=2900, scope="tally",
             claimant="Syrian Observatory for Human Rights", claimant_kind="monitor",
             perpetrator="US-led coalition", place=RAQQA, day=date(2017, 5, 1),
             number_text="2,900", period=since(date(2017, 5, 1))),
        _fig(t2, 1, "3,350 civilians had been killed", low=3350, high=3350, scope="tally",
             claimant="Syrian Observatory for Human Rights", claimant_kind="monitor",
             perpetrator="US-led coalition", place=RAQQA, day=date(2017, 7, 1),
             number_text="3,350", period=since(date(2017, 7, 1))),
        _fig(t3, 1, "603 civilians were unintentionally killed", low=603, high=603,
             scope="tally", claimant="US-led coalition", claimant_kind="belligerent",
             perpetrator="US-led coalition", place=RAQQA, day=date(2017, 6, 30),
             number_text="603", period=since(date(2017, 6, 30))),
    ]
    with Store(url) as store:
        store.save_documents(docs)
        store.save_figures(figs, analysed_docs=[d.id for d in docs])
        store.reassemble()
        for name, role in ROLES.items():
            store.add_user(name, password_hash=hash_password(PASSWORDS[name]), role=role)
            tok = new_token()
            store.add_token(name, token_hash=token_hash(tok), label="tests")
            out.tokens[name] = tok
    out.docs = {d.id: d for d in docs}
    out.figures = {f.id: f for f in figs}
    return out


@pytest.fixture(scope="session")
def template_webdb(tmp_path_factory: pytest.TempPathFactory) -> WebDB:
    """The fixture database, built once per session (copied by ``webdb``)."""
    return build(f"sqlite:///{tmp_path_factory.mktemp('webdb') / 'web.db'}")


def copy_db(template: WebDB, dest: Path) -> WebDB:
    """A copy of the SQLite fixture database at ``dest`` (same ids and tokens)."""
    import shutil

    src = Path(template.url.removeprefix("sqlite:///"))
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{src}{suffix}").exists():
            shutil.copyfile(f"{src}{suffix}", f"{dest}{suffix}")
    return WebDB(url=f"sqlite:///{dest}", docs=template.docs, figures=template.figures,
                 tokens=template.tokens)


@pytest.fixture
def webdb(template_webdb: WebDB, tmp_path: Path) -> WebDB:
    """A fresh copy of the fixture database, for tests that write."""
    return copy_db(template_webdb, tmp_path / "web.db")


@pytest.fixture(scope="module")
def shared_webdb(template_webdb: WebDB, tmp_path_factory: pytest.TempPathFactory) -> WebDB:
    """One copy of the fixture database per test module, for read-only tests."""
    return copy_db(template_webdb, tmp_path_factory.mktemp("shared") / "web.db")


@contextmanager
def app_client(url: str, **options: Any) -> Iterator[TestClient]:
    """A TestClient of ``create_app(store_url=url, secret_key=SECRET, **options)``."""
    with TestClient(create_app(store_url=url, secret_key=SECRET, **options)) as c:
        yield c


@pytest.fixture
def client(webdb: WebDB) -> Iterator[TestClient]:
    """A client of the app (defaults) over this test's ``webdb``."""
    with app_client(webdb.url) as c:
        yield c


def login(client: object, username: str, password: str | None = None) -> None:
    """Sign ``client`` (a Starlette TestClient) in through the login form."""
    import re

    resp = client.get("/login")  # type: ignore[attr-defined]
    m = re.search(r'name="csrf_token" value="([^"]+)"', resp.text)
    assert m, "login form without a CSRF token"
    resp = client.post("/login", data={  # type: ignore[attr-defined]
        "username": username, "password": password or PASSWORDS[username],
        "csrf_token": m.group(1), "next": "/"}, follow_redirects=False)
    assert resp.status_code == 303, resp.text


def csrf_of(html: str) -> str:
    """The CSRF token of the first form in a page."""
    import re

    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, "no CSRF token in the page"
    return m.group(1)
