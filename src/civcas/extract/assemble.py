"""Turning a document into :class:`~civcas.models.Figure` records (the ``extract`` entry point).

Per sentence: a cheap precompiled trigger gate; then counts (:mod:`counts`), then the claimant,
perpetrator, date, place, stance, scope, event and details of the sentence, with fallbacks to the
same paragraph and the document where reporting style puts them there.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from civcas.extract.actors import Claim, actor_of, claimant_in, find_actors, perpetrators_in
from civcas.extract.counts import Mention, find_counts, named_victims, resolve
from civcas.extract.lexicon import Lexicon, all_matches, any_match, lexicon
from civcas.extract.text import Sentence, Token, sentences, tokenize
from civcas.extract.when import incident_date, tally_period
from civcas.extract.where import place_in
from civcas.models import Actor, DateSpan, Document, Figure, Place, Span, stable_id

log = logging.getLogger(__name__)

UNATTRIBUTED = Actor(name="unattributed", text="", kind="unattributed")

_WORDS = re.compile(r"[a-z]+")
# the trigger gate: a sentence is looked at only if one of these words (or word beginnings) occurs
_GATE_WORDS = frozenset(
    "kill kills killed killing killings dead death deaths die died dies dying wounded wounding "
    "wounds wound injured injuring injuries injury hurt toll tolls bodies body fatalities fatality "
    "fatal fatally casualties casualty martyr martyrs martyred martyrdom missing lives life slain "
    "murder murdered murders murdering massacre massacred massacres executed execution executions "
    "executing detained detaining detention arrested arrest arrests abducted abduction kidnapped "
    "kidnapping kidnappings captured hostage hostages perished maimed gunned beheaded succumbed "
    "unaccounted rubble hospitalised hospitalized treated treatment corpse corpses seized shot "
    "assassinated assassination lynched slaughtered slaughter stabbed strikes carry conduct".split()
)
_SAY_WORDS = frozenset(
    "said says say told according reported reports citing quoted quoting stated announced added "
    "confirmed estimated documented recorded assessed gave put claimed tweeted posted".split()
)
_NO_STRIKE_QUICK = frozenset({"carry", "conduct", "strikes"})


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(text.lower()))


_DEATH = re.compile(r"\b(?:dead|died|death|deaths|killed|killing|fatal|fatalities|bodies|lives)\b",
                    re.IGNORECASE)
_INJURY = re.compile(r"\b(?:wounded|injured|injuries|hurt|injuring|wounding)\b", re.IGNORECASE)
_UNKNOWN_PERP = re.compile(r"\b(?:unknown|unidentified|masked)\s+(?:gunmen|assailants|attackers|men)\b",
                           re.IGNORECASE)
_NO_STRIKE = re.compile(r"\b(?:did not carry out|did not conduct|no strikes were|had not carried out)\b",
                        re.IGNORECASE)


@lru_cache(maxsize=1)
def _lex() -> Lexicon:
    return lexicon()


class _Doc:
    """Per-document state: sentences, lazily computed places/dates, last claimant, main perpetrator."""

    def __init__(self, doc: Document, published: date | None) -> None:
        self.doc = doc
        self.text = doc.text or ""
        self.published = published
        self.sents = sentences(self.text)
        self._places: dict[int, Place | None] = {}
        self._dates: dict[int, DateSpan | None] = {}
        self._main: Actor | None | bool = False
        self.named: set[str] = set()  # ids of single named-victim figures

    def place(self, i: int) -> Place | None:
        if i not in self._places:
            self._places[i] = place_in(self.sents[i].text)
        return self._places[i]

    def date(self, i: int) -> DateSpan | None:
        if i not in self._dates:
            self._dates[i] = incident_date(self.sents[i].text, self.published)
        return self._dates[i]

    def back(self, i: int, fn: str) -> Place | DateSpan | None:
        """Value of ``fn`` for sentence i, else the closest earlier sentence of its paragraph,
        else the document's lead (first two sentences)."""
        get = self.place if fn == "place" else self.date
        para = self.sents[i].paragraph
        j = i
        while j >= 0 and self.sents[j].paragraph == para and i - j <= 4:
            v = get(j)
            if v is not None:
                return v
            j -= 1
        for k in range(min(2, len(self.sents))):
            v = get(k)
            if v is not None:
                return v
        return None

    def main_perpetrator(self) -> Actor | None:
        if self._main is False:
            counts: Counter[str] = Counter()
            first: dict[str, Actor] = {}
            for m in find_actors(self.text[:200_000]):
                if m.entry.role != "claimant" and m.entry.kind == "belligerent":
                    counts[m.entry.name] += 1
                    first.setdefault(m.entry.name, actor_of(m))
            self._main = first[counts.most_common(1)[0][0]] if counts else None
        return self._main if isinstance(self._main, Actor) else None


def _event(lows: list[str], lex: Lexicon) -> str | None:
    best: tuple[int, str] | None = None
    for _s, _e, (rank, kind) in all_matches(lex.events, lows):
        if best is None or rank < best[0]:
            best = (rank, kind)
    return best[1] if best else None


def _stance(lows: list[str], m: Mention, lex: Lexicon) -> str:
    if m.zero or any_match(lex.denied, lows):
        return "denied"
    if any_match(lex.hedged, lows):
        return "hedged"
    return "asserted"


def _details(text: str, lows: list[str], m: Mention, tokens: list[Token], lex: Lexicon) -> tuple[str, ...]:
    out: list[str] = []
    if m.family is not None:
        a, b = m.family
        out.append(text[tokens[a].start:tokens[b - 1].end])
    for rx in (lex.targets, lex.weapons):
        for _s, _e, word in all_matches(rx, lows):
            if word not in out:
                out.append(word)
    fam = re.search(r"\b(?:the\s+)?((?:al-|Al-|Al |el-|Abu |abu |Bani )?[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2}) family\b", text)
    if fam and m.family is None:
        out.insert(0, f"the {fam.group(1)} family")
    return tuple(out[:8])


def _claim_for(st: _Doc, i: int, last: Actor | None) -> Claim | None:
    """The claimant of sentence i: its own attribution, else reported speech in the next sentence
    of the paragraph ("... . The monitor said."), else a quotation introduced by the previous one."""
    s = st.sents[i]
    c = claimant_in(s.text, last=last) if not _words(s.text).isdisjoint(_SAY_WORDS) else None
    if c is not None:
        return c
    if i + 1 < len(st.sents):
        nxt = st.sents[i + 1]
        w = _words(nxt.text)
        if (nxt.paragraph == s.paragraph and len(nxt.text) < 200
                and not w.isdisjoint(_SAY_WORDS) and w.isdisjoint(_GATE_WORDS)):
            c2 = claimant_in(nxt.text, last=last)
            if c2 is not None:
                return Claim(c2.actor, -1, -1)
    if i > 0:
        prev = st.sents[i - 1]
        if prev.paragraph == s.paragraph and prev.text.rstrip().endswith(":"):
            c3 = claimant_in(prev.text, last=last)
            if c3 is not None:
                return Claim(c3.actor, -1, -1)
    return None


def _figures_of_sentence(st: _Doc, i: int, claim: Claim | None, lex: Lexicon) -> list[Figure]:
    s: Sentence = st.sents[i]
    doc = st.doc
    tokens = tokenize(s.text, s.start)
    if len(tokens) > 400:
        tokens = tokens[:400]
    lows = [t.low for t in tokens]
    mentions = find_counts(tokens, lex)
    taken = {k for m in mentions for k in range(m.count.start, m.np_end)}
    named = named_victims(lows, lex, taken)
    if named:
        mentions = sorted(mentions + named, key=lambda m: m.count.start)
    if not mentions and not _NO_STRIKE.search(s.text):
        return []
    found = resolve(tokens, mentions, lex, sentence_has_death=bool(_DEATH.search(s.text)),
                    sentence_has_injury=bool(_INJURY.search(s.text)))
    if not found and not _NO_STRIKE.search(s.text):
        return []
    evidence = Span(s.text, s.start, s.end)
    statement = stable_id("s", doc.id, s.start)
    tally = any_match(lex.tally, lows) and not any_match(lex.incident, lows)
    scope = "tally" if tally else "incident"
    period = tally_period(s.text, st.published) if tally else None
    when = None if tally else st.back(i, "date")
    place = st.place(i) or (st.back(i, "place") if not tally else None)
    event = _event(lows, lex)
    if event is None and i > 0 and st.sents[i - 1].paragraph == s.paragraph:
        event = _event([t.low for t in tokenize(st.sents[i - 1].text[:2000])], lex)
    exclude = (claim.start, claim.end) if claim is not None and claim.start >= 0 else None
    perps = perpetrators_in(s.text, exclude=exclude, tokens=[
        Token(t.low, t.start - s.start, t.end - s.start) for t in tokens])
    perpetrator: Actor | None = actor_of(perps[0]) if perps else None
    if perpetrator is None and event is not None and not _UNKNOWN_PERP.search(s.text):
        perpetrator = st.main_perpetrator()
    claimant = claim.actor if claim is not None else UNATTRIBUTED
    local = [Token(t.low, t.start - s.start, t.end - s.start) for t in tokens]
    ids: dict[int, str] = {}
    out: list[Figure] = []
    index = {id(m): k for k, m in enumerate(mentions)}
    for m in found:
        a = tokens[m.count.start].start
        b = tokens[max(m.count.start, m.count.end - 1)].end
        number_text = st.text[a:b]
        outcome = m.outcome or "killed"
        fid = stable_id("f", doc.id, s.start, outcome, m.group, m.subgroup, a, m.count.low,
                        m.count.high)
        ids[index[id(m)]] = fid
        parent = ids.get(m.parent) if m.parent is not None else None
        low, high = m.count.low, m.count.high
        if low is not None and high is not None and low > high:
            low, high = high, low
        if m.named:
            st.named.add(fid)
        out.append(Figure(
            id=fid, doc=doc.id, statement=statement, outcome=outcome, group=m.group,
            low=low, high=high, qualifier=m.count.qualifier if not m.zero else "exact",
            scope=scope, stance=_stance(lows, m, lex), evidence=evidence, source=doc.source,
            subgroup=m.subgroup, number_text=number_text, period=period, claimant=claimant,
            perpetrator=perpetrator, place=place, date=when, published=st.published,
            publisher=doc.publisher, near_group=doc.near_group, part_of=parent,
            details=_details(s.text, lows, m, local, lex),
            event=event,
        ))
    if not out and _NO_STRIKE.search(s.text):
        fid = stable_id("f", doc.id, s.start, "killed", "civilians", "denial")
        out.append(Figure(
            id=fid, doc=doc.id, statement=statement, outcome="killed", group="civilians", low=None,
            high=None, qualifier="exact", scope="incident", stance="denied", evidence=evidence,
            source=doc.source, number_text=None, claimant=claimant, perpetrator=perpetrator,
            place=place, date=when, published=st.published, publisher=doc.publisher,
            near_group=doc.near_group, event=event,
        ))
    return out


def _headline_duplicates(st: _Doc, figures: list[Figure]) -> list[Figure]:
    """Drop figures of a headline-like first line that the body repeats (one statement)."""
    if not st.sents:
        return figures
    first = st.sents[0]
    is_headline = (len(st.sents) > 1 and st.sents[1].paragraph != first.paragraph
                   and len(first.text) < 200 and not first.text.rstrip().endswith((".", "!", "?", ":")))
    if not is_headline:
        return figures
    body = {(f.outcome, f.group, f.low, f.high) for f in figures if f.evidence.start >= first.end}
    loose = {(f.outcome, f.low, f.high) for f in figures if f.evidence.start >= first.end}
    return [f for f in figures
            if f.evidence.start >= first.end
            or ((f.outcome, f.group, f.low, f.high) not in body
                and not (f.group == "people" and (f.outcome, f.low, f.high) in loose))]


def _extract(doc: Document, published: date | None) -> list[Figure]:
    lex = _lex()
    st = _Doc(doc, published)
    last: Actor | None = None
    figures: list[Figure] = []
    for i, s in enumerate(st.sents):
        words = _words(s.text)
        claim: Claim | None = None
        if not words.isdisjoint(_GATE_WORDS) and (
                words.isdisjoint(_NO_STRIKE_QUICK) or len(words & _GATE_WORDS - _NO_STRIKE_QUICK)
                or _NO_STRIKE.search(s.text)):
            claim = _claim_for(st, i, last)
            figures.extend(_figures_of_sentence(st, i, claim, lex))
        elif not words.isdisjoint(_SAY_WORDS):
            claim = claimant_in(s.text, last=last)
        if claim is not None and claim.actor.kind != "unattributed":
            last = claim.actor
    figures = _headline_duplicates(st, figures)
    if st.named:
        # single named victims count only when the document gives no number for that outcome
        counted = {f.outcome for f in figures if f.id not in st.named}
        keep_named: dict[tuple[str, int], Figure] = {}
        for f in figures:
            if f.id in st.named and f.outcome not in counted:
                keep_named.setdefault((f.outcome, f.evidence.start), f)
        figures = [f for f in figures if f.id not in st.named or f in keep_named.values()]
    if figures and all(f.low is None and f.high is None and f.number_text is None for f in figures):
        return []  # a lone "did not carry out strikes" with no casualty claim to deny
    return figures


def extract(doc: Document, *, published: date | None = None) -> list[Figure]:
    """Every casualty figure stated in ``doc`` (see the package doc). Never raises on any text."""
    pub = published or doc.published
    try:
        return _extract(doc, pub)
    except (ValueError, IndexError, KeyError, TypeError, OverflowError, RecursionError,
            AttributeError) as exc:  # a bug must not stop a batch: log it, return nothing
        log.warning("extraction failed for %s: %s: %s", doc.id, type(exc).__name__, exc)
        return []


def extract_many(docs: Iterable[Document], *, published: date | None = None) -> list[Figure]:
    """Figures of many documents, in order."""
    out: list[Figure] = []
    for d in docs:
        out.extend(extract(d, published=published))
    return out
