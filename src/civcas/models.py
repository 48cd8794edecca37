"""The civcas data model: one set of frozen dataclasses that flows through every stage.

ingest -> ``Document``; extract -> ``Figure`` (with ``Actor``, ``Place``, ``DateSpan``, ``Span``);
geo -> fills ``Figure.place``; link/assess -> ``Incident`` (with ``Range``, ``Contradiction``) and
``TallySeries``; store keeps all of them plus ``Decision`` (analysts' decisions).

Every class round-trips through plain JSON-able dicts with :func:`to_dict` / :func:`from_dict`,
which is what the store, the JSON API, the exporters and the Dask runner use.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import types
import typing
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal, TypeVar, get_args, get_origin, get_type_hints

DatePrecision = Literal["day", "days", "week", "month", "year"]
Outcome = Literal["killed", "injured", "missing", "detained"]
Group = Literal["civilians", "children", "women", "men", "combatants", "people"]
Qualifier = Literal["exact", "at_least", "more_than", "up_to", "about", "range", "vague"]
Scope = Literal["incident", "tally"]
Stance = Literal["asserted", "hedged", "denied"]
ActorKind = Literal[
    "monitor", "belligerent", "government", "un", "ngo", "medical", "media", "local", "unattributed"
]
Grade = Literal["confirmed", "fair", "weak", "contested", "discounted"]
PlacePrecision = Literal[
    "exact", "neighbourhood", "settlement", "near_settlement", "district", "governorate",
    "country", "unknown",
]

OUTCOMES: tuple[str, ...] = ("killed", "injured", "missing", "detained")
GROUPS: tuple[str, ...] = ("civilians", "children", "women", "men", "combatants", "people")
GRADES: tuple[str, ...] = ("confirmed", "fair", "weak", "contested", "discounted")
PLACE_PRECISIONS: tuple[str, ...] = (
    "exact", "neighbourhood", "settlement", "near_settlement", "district", "governorate",
    "country", "unknown",
)


def stable_id(prefix: str, *parts: object, length: int = 16) -> str:
    """A short, deterministic id: ``prefix`` + hex sha1 of the parts joined by NUL."""
    h = hashlib.sha1("\x00".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return f"{prefix}{h.hexdigest()[:length]}"


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a document came from: a file path or URL, and the position inside it."""

    path: str
    member: str | None = None  # archive member name, WARC target URI, feed item link
    position: int | None = None  # 1-based line / row / record / item number inside ``path``/``member``
    record_id: str | None = None  # the id the input record carried (JSON/CSV ``id`` field), if any


@dataclass(frozen=True, slots=True)
class Document:
    """One article. ``id`` is derived from the normalised text (see ``civcas.ingest.document_id``)."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    published_precision: DatePrecision | None = None
    url: str | None = None
    publisher: str | None = None
    language: str | None = None
    dateline: str | None = None  # "AIN ISSA, Syria" from "AFP, AIN ISSA, Syria"
    origin: Origin | None = None
    copies: tuple[Origin, ...] = ()  # other places the exact same text was read from
    near_group: str | None = None  # id of the representative of its near-duplicate group
    copy_urls: tuple[str, ...] = ()  # urls of exact copies (republications)

    @property
    def source(self) -> str | None:
        """The url if known, else the input path."""
        if self.url:
            return self.url
        return self.origin.path if self.origin else None


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of a document's text, by character offsets ``text[start:end]``. ``part`` is
    ``"text"`` for the document's text and ``"title"`` for a figure stated only in the headline
    (:attr:`Document.title`; the offsets are then into the title)."""

    text: str
    start: int
    end: int
    part: str = "text"


@dataclass(frozen=True, slots=True)
class Actor:
    """A claimant or a perpetrator. ``name`` is canonical, ``text`` as written. ``identified`` is
    False for an unnamed attacker ("unknown gunmen" -> "unidentified gunmen", "a suicide bomber"):
    such a perpetrator is compatible with any other when linking."""

    name: str
    text: str
    kind: ActorKind | None = None
    identified: bool = True


# the claimant of a figure stated in the outlet's own voice
UNATTRIBUTED = Actor(name="unattributed", text="", kind="unattributed")


@dataclass(frozen=True, slots=True)
class DateSpan:
    start: date
    end: date
    precision: DatePrecision
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A place as written, plus what the geocoder resolved (all optional)."""

    name: str
    key: str | None = None  # normalised transliteration-insensitive key
    gazetteer_id: str | None = None
    lat: float | None = None
    lon: float | None = None
    radius_km: float | None = None
    precision: PlacePrecision | None = None
    admin1: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    via: str | None = None  # how it was resolved: exact, alias, fuzzy, relative, dateline, unresolved...
    anchor: str | None = None  # for relative places: the anchor's name
    relation: str | None = None  # "40 km north of", "near", "outskirts of"


@dataclass(frozen=True, slots=True)
class Figure:
    """One casualty figure as stated in one document."""

    id: str
    doc: str
    statement: str
    outcome: str
    group: str
    low: int | None
    high: int | None
    qualifier: str
    scope: str
    stance: str
    evidence: Span
    source: str | None = None
    subgroup: str | None = None
    number_text: str | None = None  # the words of the number: "at least 15", "dozens"
    period: DateSpan | None = None  # for tallies: the period the tally covers
    claimant: Actor | None = None
    perpetrator: Actor | None = None
    place: Place | None = None
    date: DateSpan | None = None
    published: dt.date | None = None  # the document's publication date
    publisher: str | None = None
    near_group: str | None = None  # the document's near-duplicate group (one source of evidence)
    part_of: str | None = None  # id of the total this figure breaks down ("including four women")
    details: tuple[str, ...] = ()  # distinguishing details: family names, buildings, targets, weapons
    event: str | None = None  # the kind of event if said: airstrike, shelling, drone strike, ...
    # document-level linking keys (people's names, streets) of the figure's document; see
    # civcas.link.context. The same for every figure of a document.
    context: tuple[str, ...] = ()
    # the event of its document the figure is about (0 = the lead event; civcas.extract.events):
    # linking joins a document's figures of one event and never those of two. None = not known.
    segment: int | None = None


#: ``Figure.statement`` of a document-level report: a document that reports a violent event but
#: states no casualty figure becomes one numberless figure (``low = high = None``) so that it can
#: join the incident it reports as a source (see civcas.link.context).
DOCUMENT_REPORT = "document report"


@dataclass(frozen=True, slots=True)
class Range:
    """A reconciled value: ``low <= best <= high`` (any may be None = unknown), with its sources."""

    low: int | None
    best: int | None
    high: int | None
    low_from: tuple[str, ...] = ()  # figure ids
    best_from: tuple[str, ...] = ()
    high_from: tuple[str, ...] = ()
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Contradiction:
    kind: str  # toll | breakdown | denial | perpetrator | scope
    detail: str
    figures: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Incident:
    id: str
    figures: tuple[str, ...]
    documents: tuple[str, ...]
    date: DateSpan | None = None
    place: Place | None = None
    perpetrator: Actor | None = None
    grade: str | None = None
    grade_reason: str | None = None
    killed: dict[str, Range] = field(default_factory=dict)
    injured: dict[str, Range] = field(default_factory=dict)
    conceded: dict[str, Range] = field(default_factory=dict)  # belligerent's own admission, killed
    claimants: tuple[str, ...] = ()  # canonical names
    contradictions: tuple[Contradiction, ...] = ()
    sources: int = 0  # independent sources (near-duplicates and citation chains count once)
    previous_ids: tuple[str, ...] = ()
    event: str | None = None


@dataclass(frozen=True, slots=True)
class TallyPoint:
    date: dt.date  # when the tally was stated (or its period end)
    low: int | None
    high: int | None
    figure: str
    qualifier: str = "exact"
    period_start: dt.date | None = None


@dataclass(frozen=True, slots=True)
class TallyGap:
    """The difference between two claimants' series at comparable dates."""

    date: date
    other_series: str
    this_value: int | None
    other_value: int | None
    difference: int | None
    days_apart: int


@dataclass(frozen=True, slots=True)
class TallySeries:
    id: str
    outcome: str
    group: str
    points: tuple[TallyPoint, ...]
    claimant: Actor | None = None
    perpetrator: Actor | None = None
    region: str | None = None
    gaps: tuple[TallyGap, ...] = ()


@dataclass(frozen=True, slots=True)
class Decision:
    """An analyst's decision. ``kind`` is one of DECISION_KINDS; ``target`` a figure or incident id."""

    id: str
    kind: str
    target: str
    user: str
    reason: str
    at: datetime
    value: dict[str, Any] = field(default_factory=dict)
    active: bool = True


DECISION_KINDS: tuple[str, ...] = (
    "reject_figure", "restore_figure", "correct_figure", "must_link", "cannot_link",
    "override_grade", "override_place", "merge_incidents", "split_incident",
)


@dataclass(frozen=True, slots=True)
class Problem:
    """A per-item ingest or pipeline problem: what, where and why."""

    path: str
    reason: str
    kind: str  # binary | encoding | empty | too_large | malformed | truncated | unsupported | io | ...
    member: str | None = None
    position: int | None = None


# --------------------------------------------------------------------------- serialisation

T = TypeVar("T")


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    return value


def to_dict(obj: Any) -> dict[str, Any]:
    """A JSON-able dict of a model object (dates as ISO strings, tuples as lists)."""
    out = _encode(obj)
    assert isinstance(out, dict)
    return out


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls)
    return _HINTS[cls]


def _decode(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        return _decode(args[0], value) if len(args) == 1 else value
    if origin is Literal:
        return value
    if origin is tuple:
        (inner, *_rest) = get_args(tp) or (Any,)
        return tuple(_decode(inner, v) for v in value)
    if origin is dict:
        _k, inner = get_args(tp)
        return {k: _decode(inner, v) for k, v in value.items()}
    if tp is datetime:
        return value if isinstance(value, datetime) else datetime.fromisoformat(value)
    if tp is date:
        if isinstance(value, datetime):
            return value.date()
        return value if isinstance(value, date) else date.fromisoformat(value)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return from_dict(tp, value)
    return value


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a model object from :func:`to_dict` output (unknown keys are ignored)."""
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            kwargs[f.name] = _decode(hints[f.name], data[f.name])
    return cls(**kwargs)
