"""Turning a document into :class:`~civcas.models.Figure` records (the ``extract`` entry point).

Per sentence: a cheap precompiled trigger gate (:mod:`civcas.extract.docstate`, which also holds
the per-document state); then the figures of the sentence (:mod:`civcas.extract.sentence_figures`:
counts, claimant, perpetrator, date, place, stance, scope, event and details, with fallbacks to
the same paragraph and the document where reporting style puts them there); then document-level
passes (:mod:`civcas.extract.doc_passes` and the named-victim modules).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from functools import lru_cache, partial

from civcas.extract.actors import actor_of
from civcas.extract.alsototals import also_totals
from civcas.extract.assessedside import belligerent_voice
from civcas.extract.attackerdeaths import attacker_figures
from civcas.extract.claim_resolve import Claim
from civcas.extract.claimants import DocClaims
from civcas.extract.claims import claimant_in
from civcas.extract.denialforms import DENIAL, DENIAL_WORDS, denies_harm
from civcas.extract.diedlater import died_later, partitive_parts, wounds_of_the_dead
from civcas.extract.disputes import disputed_authors
from civcas.extract.doc_passes import civilian_context, denial_figures, headline_duplicates
from civcas.extract.docstate import (
    ADMIT,
    ADMIT_WORDS,
    GATE_WORDS,
    Doc,
)
from civcas.extract.furtherparts import further_parts
from civcas.extract.headline import headline_figures, headline_parts
from civcas.extract.hitcounts import hit_survivors_in_document
from civcas.extract.jointforces import joint_forces
from civcas.extract.lexicon import Lexicon, lexicon
from civcas.extract.namedparts import children_of_covered_lists
from civcas.extract.offspring import grown_offspring
from civcas.extract.pluraldeaths import PLURAL_LOW, plural_death_figures, plurals_beside_tolls
from civcas.extract.regex_speed import has_match, may_match
from civcas.extract.responsibility import claim_words, claiming_group, denial_words, denies_part
from civcas.extract.sentence_figures import figures_of_sentence
from civcas.extract.shooters import background_event
from civcas.extract.shootings import children_by_age, murder_suicide_document
from civcas.extract.sidelosses import side_losses
from civcas.extract.statusparts import restated_dead, saved_lives, status_parts
from civcas.extract.struckside import victim_sides
from civcas.extract.text import tokenize
from civcas.extract.titled import dated_earlier, recalls, titled_figures
from civcas.extract.victimdoc import document_named_figures
from civcas.extract.victimlist import named_list_figures
from civcas.extract.victims import lead_victim_group, regroup_named
from civcas.extract.wartallies import war_tallies
from civcas.models import Document, Figure

log = logging.getLogger(__name__)


# a sentence is looked at when it holds a casualty, denial or admission word (one test in C)
_LOOK_WORDS = GATE_WORDS | DENIAL_WORDS | ADMIT_WORDS
# a claim of responsibility or a denial of a part in the act, read in any sentence with no figure
_PART_WORDS = denial_words()
_CLAIM_WORDS = claim_words()
_NUMBERLESS_WORDS = _PART_WORDS | _CLAIM_WORDS


# a toll raised in the sentence: "raising the number of people killed to five", "brings to two the
# number of students killed", "bringing the death toll to seven"
_RAISED_TOLL = re.compile(r"\b(?:rais(?:es|ed|ing)|bring(?:s|ing)?|brought|push(?:es|ed|ing)|tak(?:es|ing)|took)\s+"
                          r"(?:to\s+\S+\s+)?the\s+(?:death\s+toll|toll|number\s+of)\b", re.IGNORECASE)


def _new_victim_of_raised_toll(st: Doc, f: Figure, singles: set[tuple[str, int]]) -> bool:
    """A follow-up's newly found victim beside the toll it raises ("found the body of his wife,
    raising the number of people killed to five": the wife and the five), not already counted in
    its sentence by a count of one and not the death that raises it ("Her death brings to two the
    number of ...": that death was told before)."""
    if (f.outcome, f.evidence.start) in singles or _RAISED_TOLL.search(f.evidence.text) is None:
        return False
    span = st.count_spans.get(f.id)
    return span is None or _DEATH_AFTER.match(st.text, span[1]) is None


# "Her death", "Jacob's death": the death of a victim told before, as the subject of the toll it raises
_DEATH_AFTER = re.compile(r"(?:['’]s)?\s+death\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lex() -> Lexicon:
    return lexicon()


_PARTITIVE_WORDS = frozenset({"them", "those", "whom", "these"})


def _splits_last_toll(st: Doc, i: int) -> bool:
    """Sentence i may split the toll the sentence before told by status ("... 40 people were killed. It
    said nine of them were soldiers and 15 were civilians"; extract/partitions.py): read it though it
    holds no harm word."""
    last = st.last_toll
    if last is None or last[0] != i - 1:
        return False
    words = st.words(i)
    return ("of" in words and not words.isdisjoint(_PARTITIVE_WORDS)) or _PARTS_OPEN.match(st.sents[i].text) is not None


# a sentence that opens on parts of the toll before: "Five were men and ...", "They included ..."
_PARTS_OPEN = re.compile(r"\s*(?:[\w-]+\s+(?:were|are)\s|(?:they|those|these)\s+includ)", re.IGNORECASE)


def _numberless(st: Doc, i: int, claims: DocClaims, *, looked: bool = False) -> tuple[int, Claim, str] | None:
    """A sentence with no figure of its own that denies the harm or a part in the act ("denied",
    "no police agent had taken part"), admits it ("mistakenly struck") or claims it for a group
    ("THE X CLAIMED RESPONSIBILITY"): (sentence, claim, "denied" / "asserted" / "claim"), or None.
    ``looked``: the sentence holds a casualty, denial or admission word (else only a denial of a
    part or a claim is read, and the claimant from the sentence's own words)."""
    s = st.sents[i]
    words = st.words(i)
    low = s.text.lower() if s.text.isascii() else None  # exact pre-tests (regex_speed.may_match)
    denies = (looked and may_match(DENIAL, s.text, low) and denies_harm(s.text)) or (
        not words.isdisjoint(_PART_WORDS) and denies_part(s.text))
    if not denies and not words.isdisjoint(_CLAIM_WORDS) \
            and (group := claiming_group(s.text, theatre=st.theatre, words=words)) is not None:
        return i, Claim(actor_of(group), group.start, group.end), "claim"
    admits = looked and has_match(ADMIT, s.text, low)
    if not denies and not admits:
        return None
    claim = claims.claim(i, voice=False) if looked else claimant_in(
        s.text, last=partial(claims.last, i), theatre=st.theatre, document=st.text)
    if claim is not None and denies:
        return i, claim, "denied"
    if claim is not None and claim.actor.kind == "belligerent" and admits:
        return i, claim, "asserted"
    return None


# a claim of one attack beside the denial of another: "claimed responsibility for the capital's bombs but
# denied having anything to do with the blast in the port"
_CLAIM_BUT_DENY = re.compile(r"\bclaim(?:ed|s|ing)\s+(?:responsibility|credit)\s+for\b[^.;]{3,160}?\bbut\s+"
                             r"(?:also\s+)?(?:denied|denies|rejected|disowned)\b", re.IGNORECASE)


def _entries(st: Doc, i: int, entry: tuple[int, Claim, str]) -> list[tuple[int, Claim, str]]:
    """The numberless entry of sentence i, with the group's claim of another attack before its denial
    (``_CLAIM_BUT_DENY``): the claim and the denial, each its own figure."""
    if entry[2] != "denied" or _CLAIM_BUT_DENY.search(st.sents[i].text) is None:
        return [entry]
    group = claiming_group(st.sents[i].text, theatre=st.theatre, words=st.words(i))
    return [(i, Claim(actor_of(group), group.start, group.end), "claim"), entry] if group is not None else [entry]


def _bare_denied_plural(f: Figure) -> bool:
    """A plural with no number in a denial ("condemned attacks that kill civilians" beside "said they had
    nothing to do with the bombing"): no figure of its own when the sentence denies with no number."""
    return f.stance == "denied" and f.qualifier == "vague" and f.low == PLURAL_LOW and f.high is None


def _extract(doc: Document, published: date | None) -> list[Figure]:
    lex = _lex()
    st = Doc(doc, published)
    figures: list[Figure] = []
    denials: list[tuple[int, Claim, str]] = []
    looked = [not w.isdisjoint(_LOOK_WORDS) for w in map(st.words, range(len(st.sents)))]
    claims = DocClaims(st, looked, gate=GATE_WORDS)  # claimants, read only where needed
    for i in range(len(st.sents)):
        split = _splits_last_toll(st, i)  # "They said nine of them were soldiers": no harm word of its own
        if not looked[i] and not split:
            if not st.words(i).isdisjoint(_NUMBERLESS_WORDS) and (entry := _numberless(st, i, claims)) is not None:
                denials.extend(_entries(st, i, entry))  # "THE X CLAIMED RESPONSIBILITY FOR THE ATTACK"
            continue
        got = figures_of_sentence(st, i, partial(claims.claim, i), lex) \
            if split or not st.words(i).isdisjoint(GATE_WORDS) else []
        # (a plural with no number in a denial is no figure: "said they had nothing to do with the
        # bombing and condemned attacks that kill civilians")
        entry = _numberless(st, i, claims, looked=True) if all(map(_bare_denied_plural, got)) else None
        if entry is not None:
            denials.extend(_entries(st, i, entry))
        else:
            figures.extend(got)
    figures = headline_duplicates(st, figures)
    figures = side_losses(st, figures)  # "two guerrillas were killed": the army's act
    figures = civilian_context(st, figures)
    figures = grown_offspring(st, figures)  # "her four children: her 24-year-old son ..." (offspring)
    figures = named_list_figures(st, figures)  # "the dead were identified as A, B and C"
    if figures and denials:
        figures.extend(denial_figures(st, figures, denials, lex))
        figures.sort(key=lambda f: f.evidence.start)
    if figures:
        # the accused denies, or the story names two possible authors: each claimant's blame
        figures = disputed_authors(st, figures, claims)
        figures = war_tallies(st, figures)  # "killed since the war began" in one belligerent's campaign
    if st.named:
        # single named victims count only when the document gives no number for that outcome in
        # the same event ("a car bomb killed four ... Separately, the mayor was murdered": two
        # events); wire copy in capitals has no event segments (no place names to read), so there
        # only a count in the same sentence covers the person, as for titled victims (titled.py)
        caps = st.capitals
        # (a sentence that dates its own killing well before the story's event tells an event of
        # its own: "In January, a deputy was shot and killed in the next town")
        event_of = partial(_event_key, st, caps=caps)
        events = [event_of(f) for f in figures]  # (each figure's event, worked out once)
        counted: dict[tuple[str, int | tuple[int, int] | None], int] = {}  # (outcome, event) -> its largest number
        any_count: dict[tuple[str, int | tuple[int, int] | None], int] = {}  # the same with tallies and zeros
        for f, event in zip(figures, events, strict=True):
            if f.id not in st.named:
                key = (f.outcome, event)
                any_count[key] = max(any_count.get(key, 0), f.low or 0, f.high or 0)
                # (a count over a period or a numberless "no one was hurt" gives the event no number)
                if f.scope != "tally" and (f.low is not None or f.high is not None):
                    counted[key] = max(counted.get(key, 0), f.low or 0, f.high or 0)
        singles = {(f.outcome, f.evidence.start) for f in figures if f.id not in st.named and f.low == 1}
        keep_named: dict[tuple[str, int], Figure] = {}
        for f, event in zip(figures, events, strict=True):
            size = max(f.low or 0, f.high or 0)
            told = (any_count if f.scope == "tally" else counted).get((f.outcome, event))
            if f.id in st.named and (told is None or (f.id in st.kin_lists and told <= size)
                                     or _new_victim_of_raised_toll(st, f, singles)):
                # (relatives named by kinship, "his brother and sister", stand beside a smaller number:
                # "a man was killed alongside his brother and sister" keeps the two; a follow-up's newly
                # found victim beside the toll it raises)
                keep_named.setdefault((f.outcome, f.evidence.start), f)
        # in capitals, with no event segments, a sentence recalling an earlier killing is not read as
        # one ("MONSIGNOR X WAS KILLED 10 YEARS AGO", "THE MARCH 1980 ASSASSINATION OF X"; titled.py
        # reads titled names the same way)
        year = st.published.year if st.published is not None else None
        kept = {f.id for f in keep_named.values()}
        kept_figures = [f for f in figures if f.id not in st.named or (
            (f.id in kept or f.part_of in kept) and not (caps and (  # (a kept list's members with it:
                recalls(f.evidence.text) or dated_earlier(f.evidence.text, year))))]  # "his wife and son")
        if not caps and len(kept_figures) < len(figures):
            # the children of a list the count covers: "two people were found dead ... X and her
            # 4-year-old son were both found dead" (namedparts.py)
            event_ids = {f.id: e for f, e in zip(figures, events, strict=True)}
            left = {f.id for f in kept_figures}
            kept_figures = children_of_covered_lists(
                kept_figures, [f for f in figures if f.id not in left], event_ids)
        figures = kept_figures
        lead = [t.low for t in tokenize(doc.title or "")] + [
            t.low for i in range(min(2, len(st.sents))) for t in st.tokens(i)]
        figures = regroup_named(figures, st.named, lead_victim_group(lead, lex))  # "boy, 6, ..."
        figures = children_by_age(figures, st.named, st.text)  # "17-year-old Devin Anderson"
    figures = document_named_figures(st, figures)  # names spread over the whole document
    # the document's claimant reader: the same attribution as every other figure of the sentence
    figures = titled_figures(st, figures, claim_of=claims.claim)  # "THE MURDER OF JUDGE X"
    figures = plural_death_figures(st, figures, claim_of=claims.claim)  # "martyrs and wounded": >= 2 killed
    figures = died_later(st, figures)  # "critically wounded" above "UPDATE: the teen has died"
    figures = wounds_of_the_dead(st, figures)  # "Three were found dead. All three suffered gunshot wounds"
    figures = partitive_parts(st, figures)  # "Four were wounded. One of the victims was flown to ..."
    figures = status_parts(st, saved_lives(st, figures))  # "two of them remain hospitalized"; "saved dozens of lives"
    figures = restated_dead(st, figures)  # "two were shot dead ... X and Y were the two killed"
    # "four people were shot ... one of the victims died": three wounded
    figures = hit_survivors_in_document(st, figures, murder_suicide=murder_suicide_document(st.text))
    figures = attacker_figures(st, figures, claim_of=claims.claim)  # "He then shot himself": the gunman's own death
    figures = _whole_parts(further_parts(st, figures))  # "his two sons" in a story of 15 killed: part of the 15
    figures = victim_sides(st, figures)  # a missile strike on a city whose own officials tell the dead
    figures = joint_forces(st, figures)  # "a police and army operation": the state's security forces
    figures = also_totals(st, figures)  # "JUDGE X WAS SHOT DEAD ... HER DRIVER WAS ALSO KILLED": two
    figures = belligerent_voice(figures)  # "The belligerent conceded 33 deaths": the figure's perpetrator
    return plurals_beside_tolls(figures)  # "her daughters were killed" beside "nine people were killed"


# a killing dated this many days or more before the story's lead event is an earlier event
_EARLIER_DAYS = 14
_NOT_KILLING_DATE = re.compile(r"\b(?:who|whom|whose|which|that|since|until|between|from)\b", re.IGNORECASE)


def earlier_event(st: Doc, i: int) -> bool:
    """Sentence ``i`` tells an earlier killing than the story's own: it dates its event more than
    :data:`_EARLIER_DAYS` before the lead event ("In January, an officer was shot and killed ...",
    "In 2010, a man shot his father to death"; not a date in a relative clause or a period's
    start), or tells a past attack for context (:func:`~civcas.extract.shooters.background_event`)."""
    d = st.date(i)
    ref = st.lead_day
    if d is not None and d.text and ref is not None and (ref - d.end).days > _EARLIER_DAYS:
        text = st.sents[i].text
        at = text.find(d.text)
        # the date of a relative clause or the start of a period tells no killing of its own: "X,
        # who had joined the force in 2017, ...", "killed since October"
        if at >= 0 and _NOT_KILLING_DATE.search(text[:at]) is None:
            return True
    return background_event(st.sents[i].text, year=ref.year if ref is not None else None)


def _event_key(st: Doc, f: Figure, *, caps: bool) -> int | tuple[int, int] | None:
    """The event a figure is counted in when single named victims are weighed against the counts:
    in capitals its sentence; a sentence dating its own killing more than
    :data:`_EARLIER_DAYS` before the story's lead event (or telling a past attack for context) is
    an event of its own; else the figure's event segment."""
    if caps:
        return f.evidence.start
    i = st.sentence_at(f.evidence.start)
    return (-1, i) if earlier_event(st, i) else f.segment


def _whole_parts(figures: list[Figure]) -> list[Figure]:
    """A part whose total a later pass dropped stands on its own (``part_of`` always names a figure
    of the same output)."""
    ids = {f.id for f in figures}
    if all(f.part_of is None or f.part_of in ids for f in figures):
        return figures
    return [f if f.part_of is None or f.part_of in ids else replace(f, part_of=None) for f in figures]


def extract(doc: Document, *, published: date | None = None) -> list[Figure]:
    """Every casualty figure stated in ``doc`` (see the package doc). Never raises on any text."""
    pub = published or doc.published
    try:
        body = _extract(doc, pub)
        heads = headline_figures(doc, body, published=pub, read=_extract)
        return headline_parts(body, heads) + heads
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
