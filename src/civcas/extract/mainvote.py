"""The story's main belligerent (used by :meth:`civcas.extract.docstate.Doc.main_perpetrator`).

Every belligerent named in the story gets a weight: one that acts ("X strikes", "by X", "X claimed
responsibility") weighs more than one merely named; a possible author ("some may have been killed by
X") weighs as one named; owners, victims and targets, speakers, accusers, deniers and a communique's
author are left out (one named as the struck side, and never acting, is no author by mention count
either). The acting one with the highest weight wins; with none acting, the typed
author the casualty sentences name most often ("urban guerrillas"), else the most-named one that
is no speaker. Split from :mod:`civcas.extract.docstate`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from civcas.extract.actor_context import as_victim
from civcas.extract.actors import actor_of, find_actors, may_name_actor
from civcas.extract.acts import act_words
from civcas.extract.agents import named_party
from civcas.extract.assessedside import assessed_side, may_assess
from civcas.extract.events import apart_opening, unknown_author
from civcas.extract.newgroups import CUE_WORDS as _NEW_GROUP_CUES
from civcas.extract.newgroups import new_group
from civcas.extract.perpetrators import (
    accuses,
    claims_responsibility,
    continues_denial,
    is_speaker,
    perpetrator_score,
)
from civcas.extract.regex_speed import first_char_guard, folded, found_in
from civcas.models import Actor

if TYPE_CHECKING:
    from civcas.extract.actors import ActorMatch
    from civcas.extract.docstate import Doc

__all__ = ["author_unknown_near", "main_author", "named_after_apart", "recalls_that"]

# a monitor's verdict on who struck outweighs any count of mentions and acts elsewhere in the story
_VERDICT_WEIGHT = 50

# a communique's header names its author: "[STATEMENT] [PEOPLES LIBERATION FRONT] [TEXT]",
# "[GENERAL COMMAND OF THE FMLN]" (not a name spelled out after its acronym: "THE FMLN [FARABUNDO ...]")
_HEADER_BEFORE = re.compile(r"(?:^|[\]\-:]\s*|\)\s*)\[[^\[\]]{0,60}$")
_HEADER_AFTER = re.compile(r"[^\[\]]{0,60}\]")


# a wire dateline's source in parentheses: "CLANDESTINE, 2 MAY 90 (RADIO FARABUNDO MARTI) -- ..." (a
# group's own station speaks for it; it is no author of the attacks it reports)
_SOURCE_BEFORE = re.compile(r"^[^()\n]{0,80}\([^()]{0,40}$")
_SOURCE_AFTER = re.compile(r"[^()]{0,40}\)\s*--")


def _in_header(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` stands in a bracketed communique header of the document's first
    lines, or in the parenthesised source of its dateline."""
    return (_HEADER_BEFORE.search(text, 0, start) is not None and _HEADER_AFTER.match(text, end) is not None) or (
        start < 130 and _SOURCE_BEFORE.match(text[:start]) is not None and _SOURCE_AFTER.match(text, end) is not None)


# a named actor described as an armed group: "Boko Haram militants", "JNIM's fighters", "the
# al-Qaeda-linked group JNIM", "the jihadist group Islamic State", "rebels of the M23" (its figures
# described only as "militants" or "jihadists" are this group's, see sentence_figures.figure_perpetrator)
_GROUP_AFTER = re.compile(r"(?:['’]s)?\s+(?:militants?|fighters|jihadists?|insurgents?|rebels?|guerrillas?|gunmen|"
                          r"(?:urban\s+)?commandos|"
                          r"terrorists?|extremists?|insurgency|rebellion)\b", re.IGNORECASE)
_GROUP_BEFORE = re.compile(r"(?:\b(?:militant|jihadist|rebel|insurgent|guerrilla|terrorist|extremist|islamist|armed|"
                           r"separatist|-linked|-affiliated)\s+(?:group|movement|organi[sz]ation|faction|network|"
                           r"alliance)|\b(?:militants|jihadists|rebels|insurgents|fighters|guerrillas)\s+(?:from|of|"
                           r"belonging\s+to))\s*,?\s*(?:the\s+)?$", re.IGNORECASE)
_GROUP_BEFORE = first_char_guard(_GROUP_BEFORE)  # (speed: the same matches)
_DEMONYMS = frozenset({"ukrainian", "russian", "israeli", "turkish", "american", "israel", "russia",
                       "turkey", "saudi arabia", "houthi"})


# a possible author only: "a few victims might also have been hit by X", "X's involvement cannot be ruled out"
_POSSIBLE = re.compile(r"\b(?:may|might|could)\s+(?:also\s+|well\s+)?have\s+been\b|\b(?:cannot|could\s+not|can\s*not)\s+be\s+"
                       r"(?:ruled\s+out|excluded)\b", re.IGNORECASE)


def main_author(st: Doc) -> Actor | None:
    """The story's main belligerent (see the module doc); records in ``st.claimed`` the actors it makes
    answer for an attack and in ``st.armed_groups`` those it calls an armed group."""
    counts: Counter[str] = Counter()
    first: dict[str, Actor] = {}
    acting: set[str] = set()  # named as the author somewhere ("X strikes", "by X")
    spoke: set[str] = set()  # a communique's author, an accuser or a denier
    struck: set[str] = set()  # named among the killed or as the target ("50 IS militants were killed")
    told_struck: Counter[str] = Counter()  # a speaker telling its foe's losses ("the army said 30 rebels died")
    for i in range(min(len(st.sents), 400)):
        inside = (0, 0)  # the span of a new group's name (a known name within it is part of it)
        if not _NEW_GROUP_CUES.isdisjoint(st.words(i)):
            group = new_group(st.sents[i].text[:4000])  # "a group calling itself X claimed ..."
            if group is not None and group.kind == "belligerent":
                at = st.sents[i].text.find(group.text)
                inside = (at, at + len(group.text)) if at >= 0 else (0, 0)
                counts[group.name] += 10
                first.setdefault(group.name, group)
                acting.add(group.name)
                st.claimed.add(group.name)
                st.named_at.setdefault(group.name, i)
        told = st.pronoun_author(i)  # "It said the strike had targeted ...": the last speaker
        if told is not None:
            counts[told.name] += 7
            first.setdefault(told.name, told)
            acting.add(told.name)
        if not may_name_actor(st.sents[i].text, st.words(i)):
            continue
        text = st.sents[i].text[:4000]
        goes_on = i > 0 and continues_denial(st.sents[i - 1].text, text)
        possible_rx, subject = folded(_POSSIBLE, text)  # (speed: the same answer)
        possible = possible_rx.search(subject) is not None
        found = find_actors(text, tokens=st.tokens(i), theatre=st.theatre, words=st.words(i))
        verdict = may_assess(st.words(i))
        scores = {id(m): perpetrator_score(text, m) for m in found if m.entry.kind == "belligerent"}
        for m in _reporters(text, found, scores):
            told_struck[m.entry.name] += 1
            first.setdefault(m.entry.name, actor_of(m))
        for m in found:
            if inside[0] <= m.start and m.end <= inside[1]:
                continue  # "THE X COMMISSION OF THE NATIONAL LIBERATION ARMY (XC)": a unit's own name
            if m.entry.role != "claimant" and m.entry.kind == "belligerent" and verdict \
                    and assessed_side(text, m.start, m.end):
                # "Turkish forces are the likely belligerent": the monitor's verdict names the author
                counts[m.entry.name] += _VERDICT_WEIGHT
                first.setdefault(m.entry.name, actor_of(m))
                acting.add(m.entry.name)  # (the verdict is on the lead incident: no "first named" here)
                continue
            if m.entry.role != "claimant" and m.entry.kind == "belligerent":
                # an actor doing something ("Russian missiles", "by the coalition") weighs
                # more than one merely named ("Ukrainian officials", "a Ukrainian city")
                score = scores[id(m)]
                if score <= 0 and (accuses(text, m) or (i < 2 and _in_header(text, m.start, m.end))):
                    spoke.add(m.entry.name)  # an accuser or denier, or the author of a communique
                if score < 0:
                    if _struck(text, m):
                        struck.add(m.entry.name)
                    continue  # "a prison run by the Houthis" names an owner, not an attacker
                claimed = claims_responsibility(text, m)
                party = named_party(text, m)
                if party and not claimed and score <= 2:
                    continue  # "Pizarro, candidate for the M-19 guerrilla group": the victim's party
                if goes_on and not claimed:
                    continue  # a denier's counter-accusation in its next sentence
                if claimed:
                    st.claimed.add(m.entry.name)
                if _GROUP_AFTER.match(text, m.end) or _GROUP_BEFORE.search(text[max(0, m.start - 40):m.start]):
                    st.armed_groups.add(m.entry.name)
                elif score == 0 and is_speaker(text, m):
                    continue  # a speaker ("the FMLN said"), a victim's party, a place
                bare = m.text.lower() in _DEMONYMS
                if score == 2 and not claimed and _idle_force(text, m):
                    score = 0  # "air force helicopters were overflying the city": there, not acting
                # "some may have been killed by X": a possible author weighs as one named (still acting)
                counts[m.entry.name] += (0 if bare else 1) + (0 if possible else 3 * score)
                first.setdefault(m.entry.name, actor_of(m))
                st.named_in.setdefault(m.entry.name, set()).add(i)  # (its events read when asked: main_for)
                st.named_at.setdefault(m.entry.name, i)
                if score > 0 or claimed:  # (a group claiming the attack is its author)
                    acting.add(m.entry.name)
    # a speaker or a party merely named ("the FMLN said", "talks between the FMLN and the
    # government") is not the author of the story's attacks: one that acts somewhere wins
    ranked = [n for n, _c in counts.most_common() if n in acting]
    if ranked:
        return first[ranked[0]]
    # one merely named ("talks between the FMLN and ...") yields to a typed author; a speaker, denier or
    # accuser (a communique's author) never authors by mention count
    # a belligerent telling the losses it inflicted ("the air force said 40 IS fighters had been killed")
    # is the striking side of a story that never names it acting
    reporter = [n for n, _c in told_struck.most_common() if n not in struck]
    if reporter:
        return first[reporter[0]]
    typed = _main_typed(st)
    # nor does one the story names only as the side that was struck ("strikes on IS positions killed
    # 50 IS fighters"): its foe, unnamed as a known actor, is the author, not it
    named = [n for n, _c in counts.most_common() if n not in spoke and n not in struck]
    return typed if typed is not None else first[named[0]] if named else None


# the agent of an act told before the name: "killed by X elite troops", "a clash with X rebels",
# "attributed largely to X forces", "blamed on X troops", "accused X soldiers"
_AGENT_BEFORE = re.compile(r"\b(?:by|with|from|to|on|blamed|blaming|accused|accusing)\s+(?:the\s+|an?\s+)?"
                           r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# the end of the clause a force noun heads (its verb, if any, comes before it)
_CLAUSE_END = re.compile(r"[.;:!?\[(]|\s--\s")


def _idle_force(text: str, m: ActorMatch) -> bool:
    """The actor at ``m`` is named with one of its forces ("X troops", "X helicopters": ``[forces]
    nouns`` in ``acts.toml``) that does nothing of an attack in its clause (no word of ``[acts]``: "X
    helicopters were overflying the city", "the X fighters have held their positions"): a presence,
    not an act."""
    words = act_words()
    noun = words.force_after.match(text, m.end, m.end + 40)
    if noun is None or _AGENT_BEFORE.search(text, max(0, m.start - 40), m.start):
        return False
    clause = _CLAUSE_END.split(text[noun.end():noun.end() + 140], maxsplit=1)[0]
    return words.act_in_clause.search(clause) is None


def _main_typed(st: Doc) -> Actor | None:
    """With no named belligerent: the typed perpetrator ("urban guerrillas", "a death squad")
    the casualty sentences of the document name most often."""
    from civcas.extract.docstate import GATE_WORDS, STATE_FORCES  # (docstate imports this module)

    typed: Counter[str] = Counter()
    first: dict[str, Actor] = {}
    for i in range(min(len(st.sents), 400)):
        if st.words(i).isdisjoint(GATE_WORDS):
            continue
        a = st.generic_author(i)
        if a is not None and a.name not in STATE_FORCES and not st.no_lone_gunman(a) \
                and not st.background(i):  # (an earlier attack told for context)
            typed[a.name] += 1
            first.setdefault(a.name, a)
    return first[typed.most_common(1)[0][0]] if typed else None


def _reporters(text: str, found: Sequence[ActorMatch], scores: dict[int, int]) -> list[ActorMatch]:
    """The belligerents speaking in a sentence that names another belligerent among its killed or as
    its target ("Egypt's army said 50 IS militants had been killed": Egypt's army); ``scores`` holds
    each belligerent's :func:`perpetrator_score` by ``id``."""
    bell = [m for m in found if m.entry.kind == "belligerent"]
    if len(bell) < 2:
        return []
    hit = [m for m in bell if scores[id(m)] < 0 and _struck(text, m)]
    if not hit:
        return []
    names = {h.entry.name for h in hit}
    return [m for m in bell if m.entry.name not in names and m.entry.role != "claimant" and m.start < hit[0].start
            and is_speaker(text, m) and scores[id(m)] == 0]


# the foe of a campaign, not the struck side of an attack: "the war against the drug cartels" (which
# may well be the authors of the story's killings)
_CAMPAIGN_AGAINST = re.compile(r"\b(?:war|wars|campaign|fight|struggle|crackdown|measures|battle|offensive|"
                               r"operations?|efforts?)\s+against\s+(?:the\s+)?$", re.IGNORECASE)


def _struck(text: str, m: ActorMatch) -> bool:
    """The actor at ``m`` is named among the killed or as the target of a strike ("50 IS militants
    were killed", "strikes on IS positions"), not as the foe of a campaign."""
    return as_victim(text, m.start, m.end) and _CAMPAIGN_AGAINST.search(text[max(0, m.start - 40):m.start]) is None


def author_unknown_near(st: Doc, i: int, main: Actor) -> bool:
    """Sentence i, or one up to two sentences away in its paragraph, says the author of its event
    is not known ("A grenade wounded a guard. No group has claimed responsibility.": ``unknown_author``
    in ``events.toml``), and none of those sentences names ``main`` (the story's main author, named
    for another incident of a round-up; one that denies the act here is still the story's accused):
    the figure takes no main author."""
    para = st.sents[i].paragraph
    near = [k for k in range(max(0, i - 2), min(len(st.sents), i + 3)) if st.sents[k].paragraph == para]
    if not any(found_in(unknown_author(), st.sents[k].text[:2000]) for k in near):
        return False
    return not any(m.entry.name == main.name for k in near
                   for m in find_actors(st.sents[k].text[:4000], theatre=st.theatre, words=st.words(k)))


def named_after_apart(st: Doc, i: int, main: Actor) -> bool:
    """The story first names ``main`` after sentence i, in or after a sentence that opens another
    item of a round-up ("In another development, ...", "Separately, ...": ``separate`` and ``neutral``
    in ``events.toml``): the author of a later incident, not of sentence i's."""
    first = st.named_at.get(main.name)
    if first is None or first <= i:
        return False
    return any(found_in(apart_opening(), st.sents[k].text[:300]) for k in range(i + 1, first + 1))


# the past incident of the sentence before, taken up again: "Four people died during that protest",
# "Those riots left two dead" (a demonstrative of distance, not "this attack": the story's own)
_THAT_EVENT = re.compile(r"\b(?:that|those)\s+(?:[\w-]+\s+)?(?:protests?|attacks?|riots?|clash(?:es)?|bombings?|"
                         r"massacres?|raids?|ambush(?:es)?|incidents?|demonstrations?|events?|uprisings?|assaults?|"
                         r"explosions?|blasts?|shootings?|fire)\b", re.IGNORECASE)


def recalls_that(sentence: str) -> bool:
    """True when ``sentence`` takes up a past incident just told with "that"/"those" ("Four people
    died during that protest"): with a sentence before that recalls one, it tells the same."""
    return _THAT_EVENT.search(sentence) is not None
