"""The figures of one sentence (used by :mod:`civcas.extract.assemble`).

:func:`figures_of_sentence` reads the counts of a sentence (:mod:`civcas.extract.counts`,
:mod:`civcas.extract.count_resolve`) and gives each casualty count its claimant, perpetrator,
date, place, stance, scope (incident or tally), event and details, falling back to the same
paragraph and the document where reporting style puts them there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, partial

from civcas.datafiles import load_toml
from civcas.extract.accused import accused_in
from civcas.extract.actors import ActorMatch, actor_of, canonical_actor, exact_actor
from civcas.extract.agents import figure_agent, named_party, sentence_agents
from civcas.extract.claim_clauses import claim_at, clause_claims
from civcas.extract.claim_resolve import Claim
from civcas.extract.claims import claimant_in
from civcas.extract.count_resolve import resolve
from civcas.extract.counts import find_counts
from civcas.extract.docstate import (
    ADMIT,
    DEATH,
    INJURY,
    STATE_FORCES,
    Doc,
)
from civcas.extract.eventblame import placeholder_blamed
from civcas.extract.figure_details import event_kind, figure_details, sentence_details, stance
from civcas.extract.forms import in_place_name, shot_means_injured
from civcas.extract.hitcounts import hit_label
from civcas.extract.lexicon import Lexicon, any_match
from civcas.extract.mainvote import author_unknown_near
from civcas.extract.named import named_victims
from civcas.extract.newgroups import armed_speaker, new_group
from civcas.extract.perpetrators import (
    accuses,
    as_perpetrator,
    claims_at,
    generic_perpetrator,
    is_speaker,
    perpetrator_score,
    perpetrators_in,
    says_it_did,
)
from civcas.extract.regex_speed import found_in, has_match
from civcas.extract.roleforms import apposed_roles, coordinated_roles
from civcas.extract.scope import (
    across_tally,
    admitted_total,
)
from civcas.extract.sentence_scope import is_tally
from civcas.extract.shooters import forces_killing_attackers, hurt_apart
from civcas.extract.shootings import murder_suicide_document
from civcas.extract.sides import side_toll
from civcas.extract.struckside import figure_author
from civcas.extract.text import Sentence
from civcas.extract.theatre import demonym
from civcas.extract.typed import terrorist_act
from civcas.extract.units import acting_unit
from civcas.extract.when import tally_period
from civcas.extract.wireitems import apart_incident, incident_author
from civcas.models import UNATTRIBUTED, Actor, Figure, Span, stable_id

# a count of the killed and the wounded together ("909 persons have been killed or wounded")
_JOINT = re.compile(r"\b(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _fighter_flag() -> re.Pattern[str]:
    """Bodies wrapped in an armed group's flag (``[fighter_marks]`` in the lexicon)."""
    names = "|".join(re.escape(n) for n in load_toml("extract", "lexicon.toml")["fighter_marks"]["flag_groups"])
    return re.compile(r"\b(?:wrapped|draped|covered|shrouded)\s+in\s+(?:the\s+|a\s+)?(?:(?:" + names
                      + r")(?:['’]s?)?\s+(?:flags?|banners?)|(?:flags?|banners?)\s+of\s+(?:the\s+)?(?:" + names
                      + r"))\b", re.IGNORECASE)


# typed authors that describe a named armed group (not a state's forces, not unnamed killers)
@lru_cache(maxsize=1)
def _group_nouns() -> frozenset[str]:
    """Generic names of non-state armed groups (``[attackers] group_nouns`` in the lexicon)."""
    return frozenset(load_toml("extract", "lexicon.toml")["attackers"]["group_nouns"])


# a sentence that only tells a toll: "Two children and eight others were wounded."
_TOLL_ONLY = re.compile(r"^[^,;:]{0,120}\b(?:were|was)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|dead)\b[^,;:]{0,40}\.?\s*$",
                        re.IGNORECASE)


# an author of some of a tally's dead only: "many of them by hired assassins", "some of them at the hands of"
# ("most of them shot by X" makes X the author of the tally; "most of them attributed to X" is a rights
# group's share of blame: no author)
_PART_BY = re.compile(r"\b(?:many|some|several|few|part|dozens|hundreds|thousands)\s+of\s+(?:them|those|whom)\s+"
                      r"(?:\w+\s+)?(?:by|at\s+the\s+hands\s+of|in\s+attacks\s+by)\b"
                      # a rights group's share of blame: "82 political killings in March, most of them
                      # attributed to death squads" (a tally of many authors)
                      r"|\b(?:many|most|some|several|the\s+majority|(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?"
                      r"(?:half|a\s+third|two-thirds|a\s+quarter))\s+of\s+(?:them|those|whom)\s+(?:\w+\s+)?"
                      r"(?:attributed\s+to|blamed\s+on)\b", re.IGNORECASE)


# the name of a state's forces ("Salvadoran armed forces", "Colombian police", "Israeli military")
_STATE_NAME = re.compile(r"\b(?:army|armed\s+forces|military|police|forces|troops|government|security|navy|air\s+force|"
                         r"command|coalition)\b", re.IGNORECASE)


# typed state forces named as an author (not the police: a US story's "police" stay police)
_TALLY_FORCES = frozenset({"army", "armed forces", "security forces", "soldiers", "troops"})


def figure_perpetrator(st: Doc, text: str, perps: list[ActorMatch], *, tally: bool, i: int = -1) -> Actor | None:
    """The accused actor of a figure of sentence ``i``: one the sentence makes the author of the
    event ("by X", "X strikes"), else for incidents the document's main belligerent, else the typed
    or unidentified attacker of a neighbouring sentence about the same event (a story that names no
    belligerent), else one merely named, else "terrorists" of a "terrorist attack"."""
    if tally and found_in(_PART_BY, text):
        return None  # "1,400 slain in the city in 1990, several of them at the hands of paid killers": the author of a part
    scores = [perpetrator_score(text, p) for p in perps]
    # not a party named for a person ("Ruiz, candidate for the M-19 guerrilla group, was killed")
    clear = [p for p, sc in zip(perps, scores, strict=True) if sc > 2 or (sc > 0 and not named_party(text, p))]
    unit = acting_unit(text)  # "military patrols killed three journalists": the army, its unit as written
    army = state_forces(st, "army").name if unit is not None else None
    if clear:
        first = actor_of(clear[0])
        if unit is not None and first.name == army and clear[0].text.lower() in unit.lower():
            return Actor(name=first.name, text=unit, kind="belligerent")  # "by an army patrol"
        return first
    # the people charged with, arrested for or blamed for the killing ("arrest warrants for A and B,
    # charged with the murder"); not in US stories, whose suspect is the shooting's gunman
    accused = accused_in(text, theatre=st.theatre) if st.theatre and st.theatre[0] != "US" else None
    if accused is not None:
        return accused
    if unit is not None and army is not None:
        return Actor(name=army, text=unit, kind="belligerent")
    forces = forces_killing_attackers(text) if not tally else None
    if forces is not None:  # "Security forces killed all three attackers": the attackers' deaths
        return state_forces(st, forces)
    group = new_group(text)  # "a group calling itself X", "the X, a little-known militia"
    if group is not None and group.kind == "belligerent":
        return group
    typed = st.generic_author(i) if i >= 0 else generic_perpetrator(text)  # text is sentence i's
    # a tally or a past incident the story recalls: only its own sentence names its author
    own_only = tally or (i >= 0 and st.background(i))
    if typed is not None and typed.name in _TALLY_FORCES:
        # "killed by security forces since the coup", "soldiers entered the village and killed 20":
        # the theatre's military (not the story's main belligerent), the words as written
        state = canonical_actor("army", theatre=st.theatre) if st.theatre and st.theatre[0] != "US" else None
        if state is not None and state.kind == "belligerent":
            return Actor(name=state.name, text=typed.text, kind="belligerent")
    if typed is not None and typed.name == "police" and own_only and st.theatre and st.theatre[0] != "US":
        # "a communique charged that police agents had killed 200 youths since April": the theatre's police
        return Actor(name=state_forces(st, "police").name, text=typed.text, kind="belligerent")
    if typed is not None and typed.name in STATE_FORCES and not own_only:
        # "by the army": the document's army, if it names one; a story whose main author is an armed group
        # ("police agents had killed 200 youths" in a cartel story) gives the theatre's own forces
        main = st.main_perpetrator()
        if main is None or not main.identified or main.kind != "belligerent" or _STATE_NAME.search(main.name):
            return main or typed
        theirs = canonical_actor("army", theatre=st.theatre) if st.theatre and st.theatre[0] != "US" \
            and typed.name != "police" else None
        own_name = theirs.name if theirs is not None and theirs.kind == "belligerent" \
            else state_forces(st, typed.name).name
        return Actor(name=own_name, text=typed.text, kind="belligerent") if own_name != typed.name else typed
    if typed is not None and not typed.identified and not own_only:
        # "a suicide bomber" of a story where a named group claims the attack: that group
        main = st.main_for(i)
        # (else the party the incident's own sentences blame: "... a rights group blamed the army for it")
        return main if main is not None and main.name in st.claimed else placeholder_blamed(st, i, typed)
    if typed is not None and not own_only and typed.name in _group_nouns():
        # "Jihadists killed 30 soldiers" in a story where JNIM claims the attack or is called a
        # jihadist group: the named group, not the generic noun
        main = st.main_for(i)
        if main is not None and (main.name in st.claimed or main.name in st.armed_groups
                                 or (typed.name == "terrorists" and not main.identified)):
            return main  # (a government's label "by terrorists" for the story's unnamed gunmen: those)
    if typed is not None:
        return typed
    if own_only:
        # a tally's author is said in its sentence or not at all; a past mass shooting a US shooting
        # story recalls ("came a month after nine people were killed at a church") was a gunman's
        return st.past_shooting(i) if not tally and i >= 0 else None
    prev = _previous_author(st, i, text) if i > 0 and not perps else None
    if prev is not None:  # "Rebels ambushed a convoy near X. Two soldiers were wounded."
        return prev
    lead = st.main_perpetrator() if i >= 0 and st.capitals else None
    if lead is not None and apart_incident(st, i, lead):
        return incident_author(st, i)  # a later incident of a wire round-up: its own author, if any
    main = st.event_main(i) if i >= 0 else st.main_perpetrator()  # a later event's own author
    if main is not None and not (i >= 0 and author_unknown_near(st, i, main)):  # "no group has claimed it"
        return placeholder_blamed(st, i, main)
    near = st.event_author(i) if i >= 0 else None  # "... caused by unknown men who hurled a grenade"
    if near is not None:
        return placeholder_blamed(st, i, near)
    # (not a speaker, accuser or denier: "concerning the minister's death, the FMLN states the following")
    named = [p for p, sc in zip(perps, scores, strict=True) if sc == 0 and not named_party(text, p)
             and not is_speaker(text, p) and not accuses(text, p)]
    return actor_of(named[0]) if named else terrorist_act(text)


def _previous_author(st: Doc, i: int, text: str) -> Actor | None:
    """The attacker the sentence before ``i`` makes act when sentence ``i`` (which names no actor)
    only tells its toll in the same paragraph: "Guerrilla commandos fired mortars at the garrison
    on Sunday. Two soldiers and a child were wounded." -> the guerrillas (the story's main
    belligerent may be another, e.g. an air force strafing rebel positions elsewhere). One
    acting belligerent, else a typed non-state author (the story's named group when it claims the
    attack or is called such a group); none when the sentence before tells a past incident or
    another event, or sentence ``i`` says more than a passive toll."""
    if not _TOLL_ONLY.match(text) or st.background(i - 1) or st.segment(i - 1) != st.segment(i):
        return None
    acting = {a.name: a for a in st.acting(i - 1)}
    if len(acting) == 1:
        return next(iter(acting.values()))
    if acting:
        return None
    typed = st.author(i - 1)
    if typed is None or not (typed.name in _group_nouns() or typed.name == "urban commandos"):
        return None
    main = st.main_perpetrator()  # "jihadists" of a story where JNIM claims the attack: JNIM
    return main if main is not None and (main.name in st.claimed or main.name in st.armed_groups) else typed


def state_forces(st: Doc, noun: str) -> Actor:
    """The story's state forces a noun names ("security forces" in an Afghan story -> Afghan forces;
    "officers" in a US story -> police)."""
    cc = st.theatre[0] if st.theatre else None
    police = noun in ("police", "officers", "deputies")
    if cc in (None, "US") and police:
        return Actor(name="police", text=noun, kind="belligerent")
    dem = demonym(cc) if cc is not None else None
    if dem is None:
        return Actor(name=noun, text=noun, kind="belligerent")
    word = "police" if police else "security forces" if noun == "security forces" else "army"
    known = exact_actor(f"{dem} {word}")
    return Actor(name=known.name if known is not None else f"{dem} {word}", text=noun, kind="belligerent")


@lru_cache(maxsize=1)
def _arrest_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], int, frozenset[str]]:
    raw = load_toml("extract", "lexicon.toml")["arrests"]
    return (frozenset(raw["suspect_words"]), tuple(f" {p} " for p in raw["suspect_phrases"]),
            frozenset(raw["abduction_words"]), int(raw["most_suspects"]), frozenset(raw.get("arrest_verbs", ())))


_SEIZED = frozenset({"seized", "taken", "away"})  # words of an abduction that also tell a seizure of objects


def _arrested_suspects(lows: list[str], count: int) -> bool:
    """The ``count`` people a sentence says were detained are a few suspects or attackers, or a few
    people arrested (``[arrests]`` in the lexicon), and it tells no abduction."""
    suspects, phrases, abducted, most, arrests = _arrest_words()
    if count > most:
        return False
    took = abducted.intersection(lows)
    if took and (arrests.isdisjoint(lows) or not took <= _SEIZED):
        return False  # an abduction (not "ARRESTED ... AND THE POLICE SEIZED FOUR GUNS")
    if not suspects.isdisjoint(lows) or not arrests.isdisjoint(lows):
        return True
    joined = " " + " ".join(lows) + " "
    return any(map(joined.__contains__, phrases))


_BRACKETS = frozenset({"[", "]"})


def _antecedent(st: Doc, i: int) -> str | None:
    """The outcome of the toll told by the sentence right before sentence i in its paragraph, for a
    partition of it in sentence i ("They said nine of them were soldiers ...", extract/partitions.py)."""
    last = st.last_toll
    if last is None or last[0] != i - 1 or st.sents[i - 1].paragraph != st.sents[i].paragraph:
        return None
    return last[1]


def figures_of_sentence(st: Doc, i: int, claim_of: Callable[[], Claim | None], lex: Lexicon) -> list[Figure]:
    """The figures of sentence i; ``claim_of()`` gives its claimant (asked only if it has figures)."""
    s: Sentence = st.sents[i]
    doc = st.doc
    local = st.tokens(i)[:400]  # offsets in the sentence (counts read only token distances)
    if "[" in s.text:  # an editor's insertion reads as part of the sentence: "“54 [people were] wounded”"
        local = [t for t in local if t.low not in _BRACKETS]
    lows = [t.low for t in local]
    mentions = find_counts(local, lex)
    taken = {k for m in mentions for k in range(m.count.start, m.np_end)}
    raw = [s.text[t.start:t.end] for t in local]
    if any(m.count.kind == "word" for m in mentions):  # "the Six Martyrs Junction" is a name
        mentions = [m for m in mentions if not in_place_name(raw, m.count)]
    named = named_victims(lows, lex, taken, raw=raw, hurt_document=shot_means_injured(st.text))
    if named:
        mentions = sorted(mentions + named, key=lambda m: m.count.start)
    mentions = apposed_roles(lows, raw, mentions)  # "Omar Haddad, an engineer, ...": Omar Haddad
    mentions = coordinated_roles(lows, mentions)  # "KILLING HER CHAUFFEUR AND TWO OF HER GUARDS": two people
    if not mentions:
        return []
    view = s.text.lower() if s.text.isascii() else None  # exact literal pre-tests (regex_speed.may_match)
    found = resolve(local, mentions, lex,
                    sentence_has_death=has_match(DEATH, s.text, view),
                    sentence_has_injury=has_match(INJURY, s.text, view),
                    document_shot_injured=shot_means_injured(st.text),
                    document_murder_suicide=murder_suicide_document(st.text), raw=raw,
                    us_story=st.theatre[:1] == ("US",), antecedent=_antecedent(st, i))
    if not found:
        if has_match(_JOINT, s.text, view) and is_tally(lows, mentions, lex):
            # "815 people have been killed or wounded over the last 5 days": no figure of its own, but
            # the split that follows in the paragraph ("390 have died and 425 ...") is that tally's
            st.last_scope[s.paragraph] = "tally"
        return []
    if "flag" in s.text and _fighter_flag().search(s.text):  # "bodies wrapped in the Hamas flag": fighters
        for m in found:
            if m.group in ("people", "civilians") and m.subgroup is None:
                m.group = "combatants"
    claim = claim_of()
    evidence = Span(s.text, s.start, s.end)
    statement = stable_id("s", doc.id, s.start)
    tally = is_tally(lows, found, lex) or (across_tally(s.text) and st.theatre[:1] == ("US",))
    if (not tally and st.last_scope.get(s.paragraph) == "tally" and st.date(i) is None
            and not any_match(lex.incident, lows)):
        tally = True  # "Among those killed were 487 children": the tally goes on
    scope = "tally" if tally else "incident"
    st.last_scope[s.paragraph] = scope
    period = tally_period(s.text, st.published) if tally else None
    when = None if tally else st.back_date(i)
    place = st.place(i) or (st.back_place(i) if not tally else None)
    event = event_kind(lows, lex)
    if event is None and i > 0 and st.sents[i - 1].paragraph == s.paragraph:
        event = event_kind([t.low for t in st.tokens(i - 1)], lex)
    exclude = (claim.start, claim.end) if claim is not None and claim.start >= 0 else None
    perps = perpetrators_in(s.text, exclude=exclude, tokens=local if len(s.text) <= 2000 else None,
                            theatre=st.theatre, words=st.words(i))
    perpetrator = figure_perpetrator(st, s.text, perps, tally=tally, i=i)
    speaker: Actor | None = None
    if claim is not None and claim.actor.kind == "belligerent" and (
            ADMIT.search(s.text) or (tally and admitted_total(lows)) or (claim.start >= 0 and (says_it_did(s.text, claim.end)
                                                            or claims_at(s.text, claim.end)))):
        perpetrator = speaker = as_perpetrator(claim.actor, theatre=st.theatre)  # an admission: the claimant says it did it
    elif perpetrator is None and claim is not None and claim.start >= 0:  # an armed group unknown to actors.toml
        perpetrator = speaker = armed_speaker(claim.actor, says_it_did=says_it_did(s.text, claim.end))
    # several belligerents acting in one sentence: each figure takes its own clause's (agents.py)
    agents = sentence_agents(s.text, perps, speaker=speaker,
                             span=(claim.start, claim.end) if claim is not None else None)
    claimant = claim.actor if claim is not None else UNATTRIBUTED
    apart = any(m.outcome == "injured" for m in found) and hurt_apart(  # "hurt in the chaos"
        s.text, st.sents[i + 1].text if i + 1 < len(st.sents) else "")
    # "X said 50 were killed, while Y put the toll at more than 60": the later clause's own speaker
    clauses = clause_claims(s.text, claim, resolve=partial(claimant_in, theatre=st.theatre, document=st.text)) \
        if claim is not None and claim.start >= 0 else []
    totals = [m.outcome for m in found if not m.breakdown and not m.zero and m.outcome in ("killed", "injured")]
    st.last_toll = (i, totals[-1]) if totals else None
    ids: dict[int, str] = {}
    out: list[Figure] = []
    index = {id(m): k for k, m in enumerate(mentions)}
    denies = any_match(lex.denied, lows)
    common = sentence_details(s.text, lows, lex)
    for m in found:
        if m.count.kind == "vague" and m.count.low is None:
            continue  # "several", "many", "a number of": no count to record
        if m.zero and lows[m.count.start] in ("any", "anyone") and not denies:
            continue  # "any civilians" is a denial only in a denying sentence
        a = s.start + local[m.count.start].start
        b = s.start + local[max(m.count.start, m.count.end - 1)].end
        number_text = st.text[a:b]
        outcome = m.outcome or "killed"
        if tally and m.hit and outcome == "injured" and not m.hit_dead and not m.named:
            continue  # "2,000 people have been shot this year": the dead and the wounded together
        if outcome == "detained" and _arrested_suspects(lows, m.count.low or 0):
            continue  # "police arrested two men in connection with the shooting": not harm
        fid = stable_id("f", doc.id, s.start, outcome, m.group, m.subgroup, a, m.count.low,
                        m.count.high)
        ids[index[id(m)]] = fid
        st.count_spans[fid] = (a, s.start + local[max(m.count.start, m.np_end - 1)].end)
        parent = ids.get(m.parent) if m.parent is not None else None
        low, high = m.count.low, m.count.high
        if low is not None and high is not None and low > high:
            low, high = high, low
        if m.hit_dead and low is not None:  # "three people were shot, one fatally": two wounded
            number_text = hit_label(low, m.hit_dead, hit=m.hit)
            low = high = low - m.hit_dead
            st.derived.add(fid)
        elif m.hit and outcome == "injured" and not m.named:
            st.hits.add(fid)  # "four people were shot": the page may tell deaths among them
        if m.named:
            st.named.add(fid)
        if m.kin_list:
            st.kin_lists.add(fid)
        if m.split:
            st.split_parts.add(fid)  # a part of a toll told before this sentence (partitions.py)
        group = m.group
        span = (local[m.count.start].start, local[max(m.count.start, m.np_end - 1)].end)
        if m.group == "people" and (m.generic or not m.head):
            if side_toll(s.text, *span):
                group = "combatants"  # "the army sustained 9 dead": one side's losses (sides.py)
            else:
                st.generic.add(fid)
        out.append(Figure(
            id=fid, doc=doc.id, statement=statement, outcome=outcome, group=group,
            low=low, high=high, qualifier=m.count.qualifier if not m.zero else "exact",
            scope=scope, stance=stance(lows, m, lex, denies=denies), evidence=evidence, source=doc.source,
            subgroup=m.subgroup, number_text=number_text, period=period,
            claimant=claimant if not clauses else claim_at(local[m.count.start].start, claim, clauses).actor,  # type: ignore[union-attr]
            perpetrator=None if apart and outcome == "injured" else figure_author(st, i, s.text, span, figure_agent(
                s.text, agents, *span) or perpetrator),
            place=place, date=when, published=st.published,
            publisher=doc.publisher, near_group=doc.near_group, part_of=parent,
            details=figure_details(s.text, m, local, common),
            event=event, segment=st.segment(i),
        ))
    return out
