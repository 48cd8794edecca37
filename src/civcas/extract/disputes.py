"""Disputed authorship: a figure keeps the party its own claimant blames.

When the party a story holds responsible denies the attack and the story itself never says that
party did it, the authorship is disputed: "Residents blamed the coalition ... the coalition denied
its aircraft had carried out the attack"; "the opposition attributed the strikes to Russian
aircraft ... the defence ministry said it did not strike civilian areas". A figure of such a story
is then the accused's only if its own sentence makes the accused act ("killed by Russian strikes,
the monitor said") or its claimant is one of the accusers; the figures of a hospital, a rescuer or
a UN agency that blames no one have no perpetrator.

The authorship is not disputed when the narrator states it ("An army air strike on the market
killed 64 people", or a neutral source does: "A Russian missile hit the station, officials said") or the accused admits the act while denying the harm ("the
military confirmed an air strike but said civilians were not targeted", "troops had fired on
vehicles that refused to stop"). Two possible authors ("either the Syrian government or Russia")
or an accusation by the other side of the fight ("hit by the army's artillery, the rebels said")
keep it disputed. A denial of the harm to civilians alone ("do not work on civilian targets", "there
were no civilians at the site") disputes nothing, and a denial ("no Russian aircraft had struck the
city") states no fact; the accuser's words that make the accused's own typed forces act ("soldiers
entered the village and killed 12 farmers") keep the accused.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import Protocol

from civcas.datafiles import load_toml
from civcas.extract.actors import ActorMatch, canonical_actor, find_actors, may_name_actor
from civcas.extract.denialforms import HARM_ONLY
from civcas.extract.denials import rejecting
from civcas.extract.docstate import ADMIT, Doc
from civcas.extract.perpetrators import as_perpetrator
from civcas.models import Actor, Figure

__all__ = ["disputed_authors"]


class _Claims(Protocol):
    def claim(self, i: int) -> object: ...


# a sentence that reports an accusation, not a fact: "residents blamed the coalition", "X accused
# the military of", "attributed the strikes to Russian aircraft", "either the government or Russia"
_ACCUSES = re.compile(r"\b(?:blam\w*|accus\w*|attribut\w*|held\s+\w+\s+responsible|holds?\s+\w+\s+responsible|"
                      r"suspect\w*|alleg\w*|either|pointed\s+the\s+finger|condemn\w*|denounc\w*|"
                      # an assessment's pointer, not a fact: "the flight tracking points to Russian jets"
                      r"point(?:s|ed|ing)?\s+(?:\w+\s+)?to(?=\s+(?:the\s+)?[A-Z]))\b",
                      re.IGNORECASE)
# the accused admits the act: "confirmed an air strike", "said troops had fired on vehicles", "said
# the strike had targeted fighters" (not "its jets had carried out 90 sorties over the province")
_ADMITS_ACT = re.compile(r"\b(?:confirmed|acknowledged|admitted)\s+(?:(?:that\s+)?(?:it|its\s+\w+|the\s+\w+)\s+had\s+"
                         r"(?:carried\s+out|conducted)\s+)?(?:an?|the)\s+(?:air\s*|drone\s+|missile\s+|artillery\s+)?"
                         r"(?:strikes?|attacks?|raids?|operations?|shelling)\b"
                         r"|\bsaid\b[^.;]{0,40}?\b(?:its\s+|the\s+)?(?:troops|soldiers|forces|aircraft|jets|warplanes|units)\s+"
                         r"had\s+(?:fired|opened\s+fire|struck|hit|targeted|shelled|bombed)\b"
                         r"|\bsaid\b[^.;]{0,40}?\b(?:it|(?:its|the)\s+(?:air\s*|drone\s+)?(?:strikes?|attacks?|raids?))\s+had\s+"
                         r"(?:targeted|hit|struck)\b"
                         # "acknowledged 'violations' by his forces"
                         r"|\b(?:acknowledged|admitted)\s+[\"“']?(?:violations|abuses|excesses|mistakes|errors)\b",
                         re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:no|not|never|none)\b", re.IGNORECASE)


def _admits_act(text: str) -> bool:
    """The sentence admits the act (``_ADMITS_ACT``), not negated inside the match: "said its troops had
    fired on vehicles", not "said no Russian aircraft had struck the city"."""
    return any(_NEGATED.search(m.group()) is None for m in _ADMITS_ACT.finditer(text))


# the actor's campaign or war, not this event: "two months into Russia's air campaign"
_CAMPAIGN_AFTER = re.compile(r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:campaign|invasion|war|offensive|intervention|siege)\b",
                             re.IGNORECASE)
# a tally of a period: "killed by Russian strikes since September 30"
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
# two possible authors: "either the Syrian government or Russia", "Russian or Syrian government forces"
# ("blamed either on Russian or on Syrian jets", "either to X or to Y")
_EITHER_OR = re.compile(r"^\s*(?:forces|aircraft|warplanes|jets)?\s*(?:,\s*)?or\s+(?:to\s+|by\s+|on\s+)?(?:the\s+)?$",
                        re.IGNORECASE)
# "both Russian and Syrian jets were accused of the raid", "it was unclear whether
# Russian or Syrian jets ..." (with "and": only after "both" in an allegation or a doubt)
_BOTH_AND = re.compile(r"^\s*(?:forces|aircraft|warplanes|jets)?\s*(?:,\s*)?and\s+(?:the\s+)?$", re.IGNORECASE)
# (or a contest between them: "an attack contested between Russian and regime jets")
_BOTH_BEFORE = re.compile(r"\b(?:both|(?:contested|disputed)\s+between)\s+(?:the\s+)?$", re.IGNORECASE)
# (an attribution or a doubt: "Russian or regime aircraft are seen over the town every day" names no author)
_DOUBT = re.compile(r"\b(?:alleg\w*|accus\w*|blam\w*|suspect\w*|unclear|not\s+clear|not\s+known|unknown|disputed|"
                    r"contested|either|whether|attribut\w*|responsib\w*|carried\s+out|conducted|behind|believed|"
                    r"struck|hit|bombed|by)\b", re.IGNORECASE)


# the story says the authorship is in dispute: "responsibility is disputed between the military and armed
# Palestinians", "it remains unclear who fired", "blame for the blast is contested"
_SAID_DISPUTED = re.compile(r"\b(?:responsibility|authorship|attribution|blame)\s+(?:for\s+[^,.;]{1,40}?\s+)?(?:is|was|remains|"
                            r"remained|has\s+been)\s+(?:\w+\s+)?(?:disputed|contested|unclear|unknown|in\s+dispute)\b|"
                            # an assessment that cannot settle it: "responsibility cannot be established between
                            # Syrian and Russian forces", "the author could not be determined"
                            r"\b(?:responsibility|authorship|attribution|blame|author|perpetrator|culprit)\s+"
                            r"(?:(?:for|of)\s+[^,.;]{1,40}?\s+)?(?:cannot|can\s*not|could\s+not|has\s+not|had\s+not|was\s+not|"
                            r"is\s+not)\s+(?:yet\s+)?(?:be\s+|been\s+)?(?:established|determined|ascertained|assigned|"
                            r"confirmed|identified)\b|"
                            r"\b(?:unclear|not\s+clear|not\s+known|unknown)\s+(?:who|which\s+side)\s+(?:fired|carried\s+out|"
                            r"was\s+responsible|launched|struck|attacked|planted|opened\s+fire)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _contest_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An assessment grading the incident as contested ("grades this incident Contested") and a mutual
    blame ("each side blamed the other"): ``disputes.toml``."""
    raw = load_toml("extract", "disputes.toml")
    graded = re.compile(r"\b(?:" + "|".join(raw["grade_verbs"]) + r")\s+(?:the\s+|this\s+|that\s+)?(?:"
                        + "|".join(raw["grade_nouns"]) + r")\s+(?:as\s+)?[\"“'‘]?(?:" + "|".join(raw["grade_words"])
                        + r")\b", re.IGNORECASE)
    mutual = re.compile(r"\b(?:" + "|".join(raw["mutual_blame"]) + r")\b", re.IGNORECASE)
    return graded, mutual


def _said_disputed(text: str) -> re.Match[str] | None:
    """Where the sentence says the authorship is disputed: in so many words, by an assessment that
    grades the incident contested, or by a mutual blame."""
    graded, mutual = _contest_cues()
    return _SAID_DISPUTED.search(text) or graded.search(text) or mutual.search(text)


def _incident_contested(text: str) -> bool:
    """The sentence grades the whole incident contested or tells a mutual blame (every party it
    names, wherever, is one of the contested authors)."""
    graded, mutual = _contest_cues()
    return graded.search(text) is not None or mutual.search(text) is not None


def _speaker(claims: _Claims, i: int) -> Actor | None:
    got = claims.claim(i)
    actor = getattr(got, "actor", None)
    return actor if isinstance(actor, Actor) and actor.kind != "unattributed" else None


# what a denial of the attack denies: the act, its toll or a part in it ("denied that its jets hit the
# market", "denied any involvement", "denied it"); a denial of another matter ("denied that there
# were rifts between officers and the advisers") disputes nothing
_DENIES_ACT = re.compile(r"\b(?:kill\w*|murder\w*|massacr\w*|assassinat\w*|attack\w*|bomb\w*|strik\w*|struck|"
                         r"shell\w*|fir(?:e|ed|ing)|shot|shoot\w*|raid\w*|ambush\w*|explosions?|blasts?|"
                         r"responsib\w*|involve\w*|participat\w*|perpetrat\w*|carried\s+out|role|part|dead|deaths?|"
                         r"died|casualt\w*|civilians?|victims?|hit|target\w*|crimes?|that\s+claim|reports?|"
                         r"allegations?|accusations?|charges?|(?:denied|denies|deny|denying)\s+(?:it|this))\b", re.IGNORECASE)


# a denial of an act from the air: "denied that their planes had bombed the camp", "denied any air strike"
_AIR_DENIED = re.compile(r"\b(?:(?:war)?planes?|aircraft|jets?|helicopters?|gunships?|air\s*force|air\s*strikes?|air\s*raids?|"
                         r"bomb(?:ed|ing|ings)|aerial)\b", re.IGNORECASE)
# the figure's own sentence tells that act from the air, unnamed: "wounded when the hamlet was attacked from the
# air", "killed in an air raid", "were hit by the bombs"
_AIR_ACT = re.compile(r"\b(?:from\s+the\s+air|(?:air\s*|aerial\s+)(?:raids?|strikes?|attacks?|bombardments?|bombings?)|"
                      r"bomb(?:ed|ing|ings|ardment|ardments)|(?:by|from)\s+(?:the\s+)?(?:bombs|(?:war)?planes|aircraft|"
                      r"helicopters?|jets))\b", re.IGNORECASE)


_STATE_LIKE = re.compile(r"\b(?:army|armed\s+forces|military|forces|air\s+force|coalition|government|navy)\b", re.IGNORECASE)


def _air_deniers(st: Doc, figures: list[Figure]) -> frozenset[str]:
    """The theatre's own armed forces when their own denial is of an act from the air (:data:`_AIR_DENIED`)
    and the story names no other state force (one that could have flown it: a foreign coalition, an ally's
    air force), so that an act from the air can be no one else's."""
    army = canonical_actor("army", theatre=st.theatre) if st.theatre and st.theatre[0] != "US" else None
    if army is None or army.kind != "belligerent" or not any(
            f.stance == "denied" and f.perpetrator is not None and f.perpetrator.name == army.name
            and _AIR_DENIED.search(f.evidence.text) is not None for f in figures):
        return frozenset()
    st.main_perpetrator()  # (fills the belligerents the story names)
    if any(other != army.name and _STATE_LIKE.search(other) for other in st.named_in):
        return frozenset()
    return frozenset({army.name})


def _deniers(figures: list[Figure]) -> dict[str, set[int]]:
    """Parties that deny an attack themselves (a denial figure whose claimant is the accused, in a
    sentence that denies the act, not another matter nor the harm to civilians alone), with the
    events (segments) they deny."""
    out: dict[str, set[int]] = {}
    for f in figures:
        if f.stance == "denied" and f.perpetrator is not None and f.claimant is not None and (
                f.claimant.kind == "belligerent" or as_perpetrator(f.claimant).name == f.perpetrator.name) \
                and _DENIES_ACT.search(f.evidence.text) and not HARM_ONLY.search(f.evidence.text):
            out.setdefault(f.perpetrator.name, set()).add(f.segment or 0)
    return out


def _alternative(text: str, matches: list[ActorMatch], name: str) -> bool:
    """The sentence names ``name`` as one of two possible authors ("either X or Y", "X or Y forces")."""
    bel = [m for m in matches if m.entry.kind == "belligerent"]
    for a, b in pairwise(bel):
        if name in (a.entry.name, b.entry.name) and a.entry.name != b.entry.name and (
                _EITHER_OR.match(text[a.end:b.start]) or (
                    _BOTH_AND.match(text[a.end:b.start]) and _BOTH_BEFORE.search(text[max(0, a.start - 24):a.start]))) \
                and _DOUBT.search(text) is not None:
            return True
    return False


def _alternatives(st: Doc) -> dict[str, set[int]]:
    """The belligerents a story names as one of two possible authors of its attack ("Russian or regime
    warplanes", "either the government or Russia", "both Russian and Syrian aircraft were alleged to
    ..."), outside past incidents, with the events (segments) where it does."""
    out: dict[str, set[int]] = {}
    for k in range(min(len(st.sents), 400)):
        if st.words(k).isdisjoint(_ALTERNATIVE_WORDS) or st.background(k):
            continue
        text = st.sents[k].text[:4000]
        if not may_name_actor(text, st.words(k)):
            continue
        matches = [m for m in find_actors(text, theatre=st.theatre) if m.entry.role != "claimant"]
        said = _said_disputed(text)
        whole = said is not None and _incident_contested(text)
        for m in matches:
            if m.entry.kind == "belligerent" and (
                    _alternative(text, matches, m.entry.name) or (said is not None and (whole or m.start > said.start()))):
                out.setdefault(m.entry.name, set()).add(st.segment(k))
    return out


# the words of a sentence that may name two possible authors or say the author is in dispute
_ALTERNATIVE_WORDS = frozenset({"or", "both", "between", "disputed", "contested", "unclear", "unknown",
                                "established", "determined", "ascertained", "other", "another", "traded",
                                "trading", "trade", "exchanged"})


def _accusers_and_facts(st: Doc, claims: _Claims, name: str, events: set[int],
                        denying: frozenset[int] = frozenset()) -> tuple[set[str], bool]:
    """The claimants that make ``name`` the author somewhere in the disputed ``events`` (segments),
    and whether the story states or the accused admits it there (then nothing is disputed); another
    event's author (a past attack of the same party) settles nothing, and neither does a sentence
    that denies (``denying``: "said no Russian aircraft had struck the city")."""
    accusers: set[str] = set()
    plain: list[int] = []  # sentences that state the author in a speaker's words
    alternative = partisan = False
    for k in range(min(len(st.sents), 400)):
        text = st.sents[k].text[:4000]
        if st.words(k).isdisjoint(_WORDS_OF_INTEREST) and not st.acting(k):
            continue
        here = st.segment(k) in events
        speaker = _speaker(claims, k)
        accused_speaks = here and speaker is not None and as_perpetrator(speaker).name == name
        if accused_speaks and (_admits_act(text) or ADMIT.search(text)):
            return accusers, True  # the accused admits the act
        matches = [m for m in find_actors(text, theatre=st.theatre) if m.entry.role != "claimant"]
        if here and (_alternative(text, matches, name) or _said_disputed(text)):
            alternative = True
            continue
        if accused_speaks and _counter_accuses(text, matches, name):
            alternative = True  # the accused denies and blames another: "denied it, accusing the rebels of ..."
            continue
        if k in denying:
            continue  # (nor the denial itself: "no Russian aircraft had struck the city")
        acting = [a for a in st.acting(k) if a.name == name]
        accused = _ACCUSES.search(text)
        if not here:
            # another event of the story (a past attack of the same party) settles nothing; only an
            # accusation made there counts its speaker among the accusers ("..., Amnesty said, accusing X")
            if accused is not None and speaker is not None and (acting or any(
                    m.entry.name == name and m.start > accused.start() for m in matches)):
                accusers.add(speaker.name)
            continue
        if not acting:
            # an accusation naming the accused as its object: "Residents blamed the coalition"
            if accused is not None and any(m.entry.name == name and m.start > accused.start() for m in matches):
                accusers.update(m.entry.name for m in find_actors(text[:accused.start()], theatre=st.theatre))
                if speaker is not None:
                    accusers.add(speaker.name)
            continue
        own = [m for m in matches if m.entry.name == name]
        if st.background(k) or all(_CAMPAIGN_AFTER.match(text, m.end) for m in own):
            continue  # a past attack or the accused's war, not this event
        if accused is not None and k > 0:  # (the lead's own blame is the story's: "..., officials said, blaming Russia")
            accusers.update(m.entry.name for m in find_actors(text[:accused.start()], theatre=st.theatre)
                            if m.entry.name != name)
            if speaker is not None and as_perpetrator(speaker).name != name:
                accusers.add(speaker.name)
            continue
        if speaker is not None and speaker.kind == "belligerent":
            if as_perpetrator(speaker).name != name:
                accusers.add(speaker.name)  # the other side's word: "hit by the army's artillery, the rebels said"
                partisan = True
            continue
        if speaker is not None:
            accusers.add(speaker.name)
            if not _SINCE.search(text):
                plain.append(k)  # told as a fact: "A Russian missile hit the station, officials said"
            continue
        return accusers, True  # the narrator says so: "An army air strike on the market killed 64 people"
    # a neutral speaker's word settles it, unless the other side accuses too or two authors are named
    return accusers, bool(plain) and not alternative and not partisan


# the words of the sentences read besides those that make an actor act (the cues of the patterns above)
_WORDS_OF_INTEREST = frozenset({"other", "another", "traded", "trading", "exchanged", "disputed", "contested", "unclear", "unknown", "points", "pointed", "pointing",
                                "blamed", "blames", "blaming", "accused", "accuses", "accusing", "attributed",
                                "attributes", "responsible", "either", "confirmed", "acknowledged", "admitted",
                                "said", "says", "or", "condemned", "denounced", "suspected", "alleged", "allegedly"})


# a denial in the accused's own words: "denied that its aircraft had attacked", "rejected the charge"

def _counter_accuses(text: str, matches: list[ActorMatch], name: str) -> bool:
    """The accused ``name``, speaking, denies the act and blames another party in the same sentence
    ("denied that its jets had hit the market, accusing the rebels of shelling it")."""
    deny = rejecting().search(text)
    if deny is None:
        return False
    accused = _ACCUSES.search(text, deny.end())
    return accused is not None and any(m.entry.kind == "belligerent" and m.entry.name != name
                                       and m.start > accused.start() for m in matches)


def disputed_authors(st: Doc, figures: list[Figure], claims: _Claims) -> list[Figure]:
    """Figures of a story whose accused denies the attack and is never said to have done it: each
    keeps the accused only if its own sentence or its claimant blames it (see the module doc)."""
    if all(f.perpetrator is None for f in figures):
        return figures  # (speed: no figure has an author to lose)
    deniers = _deniers(figures)
    for name, events in _alternatives(st).items():
        deniers.setdefault(name, set()).update(events)
    if not deniers:
        return figures
    graded = _graded_segments(st)
    for events in deniers.values():
        events.update(graded)  # (an assessment after the account grades the account's incident)
    out = figures
    # (a denial states no fact: "said no Russian aircraft had struck the city" does not make Russia act)
    denying = frozenset(st.sentence_at(f.evidence.start) for f in figures
                        if f.stance == "denied" and f.low is None and f.high is None)
    air = _air_deniers(st, figures)
    for name in sorted(deniers):
        if not any(_loses(st, f, name, frozenset(), deniers[name], air=name in air) for f in out):
            continue  # (speed: no figure could lose the accused, whoever accuses it)
        accusers, stated = _accusers_and_facts(st, claims, name, deniers[name], denying)
        if stated:
            continue
        out = [replace(f, perpetrator=None) if _loses(st, f, name, accusers, deniers[name], air=name in air) else f
               for f in out]
    return out


def _graded_segments(st: Doc) -> set[int]:
    """The events (segments) whose sentences grade the incident contested or tell a mutual blame."""
    return {st.segment(k) for k in range(min(len(st.sents), 400))
            if not st.words(k).isdisjoint(_ALTERNATIVE_WORDS) and _incident_contested(st.sents[k].text[:4000])}


def _loses(st: Doc, f: Figure, name: str, accusers: set[str] | frozenset[str], events: set[int], *,
           air: bool = False) -> bool:
    """Figure ``f`` loses its perpetrator ``name`` (a denier no one here is said to blame, in one of the
    disputed ``events``): neither its claimant (one of ``accusers``, a belligerent, the accused itself)
    nor its own sentence names the accused (not as one of two possible authors), nor, when the accused
    denied an act from the air (``air``), does its own sentence tell that act from the air with no other
    author ("the armed forces denied that their planes had bombed the camp ... the bishop said five
    people were killed when the hamlet was attacked from the air")."""
    if f.perpetrator is None or f.perpetrator.name != name or f.stance == "denied" or \
            (f.segment or 0) not in events or (
            f.claimant is not None and (_one_of(f.claimant.name, accusers) or f.claimant.kind == "belligerent"
                                        or as_perpetrator(f.claimant).name == name)):
        return False
    k = st.sentence_at(f.evidence.start)
    if not any(a.name == name for a in st.acting(k)):
        # (its own typed forces acting are the accused: "residents said soldiers entered the village and
        # killed 28 peasants" when the army denies)
        author = st.author(k)
        if author is None and air and not st.acting(k) and _AIR_ACT.search(st.sents[k].text[:4000]):
            return False  # the accuser's account of the very act denied
        return author is None or author.name != name or not _forces_act(st.sents[k].text[:4000], author.text)
    text = st.sents[k].text[:4000]
    return _alternative(text, [m for m in find_actors(text, theatre=st.theatre) if m.entry.role != "claimant"], name)


# the typed forces do the act in the accuser's words: "soldiers entered the village ... and killed", "shot
# dead by troops" (not "army members linked with the murder", "the detention of five soldiers")
_ACT_VERBS = r"(?:killed|shot|opened\s+fire|fired|massacred|murdered|executed|bayoneted|gunned)"


def _forces_act(text: str, words: str) -> bool:
    """The forces written ``words`` in ``text`` do the act: an act verb after them in their clause, or
    "by" before them."""
    w = re.escape(words)
    return re.search(rf"\b{w}\b[^.;]{{0,120}}?\b{_ACT_VERBS}\b|\bby\s+(?:\w+\s+)?{w}\b", text, re.IGNORECASE) is not None


def _one_of(claimant: str, accusers: set[str] | frozenset[str]) -> bool:
    """The claimant is one of the accusers or a body of one (a unity government's interior ministry when
    that government blames the attack): every word of an accuser's name of two words or more is in the
    claimant's, or, for a ministry, every word of a government's name but "government"."""
    if claimant in accusers:
        return True
    own = set(re.findall(r"[a-z]+", claimant.lower()))
    ministry = not own.isdisjoint(("ministry", "ministries"))
    for name in accusers:
        words = set(re.findall(r"[a-z]+", name.lower())) - {"of", "the", "for", "and"}
        if len(words) >= 2 and words <= own:
            return True
        if ministry and "government" in words and len(words - {"government"}) >= 1 and words - {"government"} <= own:
            return True  # "the Iraqi government" blames it: "the Iraqi Ministry of Health" is a body of it
    return False
