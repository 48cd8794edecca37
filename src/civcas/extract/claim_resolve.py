"""Resolving a claimant phrase to an actor (used by :mod:`civcas.extract.claims`).

:func:`resolve_claim` turns the text a reporting pattern caught ("the head of the Nineveh health
directorate", "he", "a monitoring group", "Information Minister Abdirahman Osman") into a
:class:`Claim`: pronouns and generic anaphora resolve to the document's last claimant
(:data:`LastClaimant`), a role noun with no name to the document's known claimant of that kind
(:func:`known_claimants`), and unknown claimants keep cleaned text with a stable name
(:mod:`civcas.extract.claim_stable`, :mod:`civcas.extract.claim_names`, state, police, sheriff and coroner names in
:mod:`civcas.extract.claim_state`). Times ("on Sunday") and non-speakers are
no claimant.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial

from civcas.extract.actors import ActorEntry, canonical_actor, find_actors
from civcas.extract.claim_kinds import guess_kind
from civcas.extract.claim_names import (
    OWN_DOCUMENT,
    country_name,
    full_name_of,
    head_claimant,
    owner_only,
    person_role,
    police_ranked,
    readable,
    short_form,
    state_office,
)
from civcas.extract.claim_people import PEOPLE_NAMES, counted_people
from civcas.extract.claim_persons import mayor_government, titled_before, titled_surname, us_office
from civcas.extract.claim_phrase import owned_outlet
from civcas.extract.claim_places import (
    county_office,
    hospital_called,
    named_body,
    named_hospital,
    placed_office,
    provincial_office,
    regional_name,
    spelled_out,
)
from civcas.extract.claim_shapes import (
    ADVERB_LEAD,
    AIRED,
    ANAPHORA,
    ARMY_COMMAND,
    ARTICLE_WORD,
    BARE_DOC,
    BARE_INSTITUTIONS,
    BARE_PLURAL,
    BODY_NOUN,
    BUT_AND,
    CREDIT,
    DEPARTMENT,
    DESCRIPTORS,
    DOC_BY,
    DOUBLE_ARTICLE,
    EARLIER_DOC,
    HOSPITAL_ROLE,
    LATIN,
    LEAD_WORDS,
    MINISTRY_NAMED,
    NAMED_WING,
    NO_SPEAKER,
    NOT_CLAIMANT,
    NOT_LEAD,
    ONE_NAME,
    ONE_WORD,
    OUTLET,
    OWN_BODY,
    OWNED_DOC,
    PLACELESS,
    REL_HEAD,
    REPORT_TIME,
    SPACES,
    STATE_WORDS,
    THIS_STATION,
    TIME_ONLY,
    WING,
    WIRE_TAGS,
)
from civcas.extract.claim_stable import clean as _clean
from civcas.extract.claim_stable import stable_name as _stable_name
from civcas.extract.claim_state import national_government, regional_government, wire_president
from civcas.extract.claim_wire import acronym_of_role, national_force, owned_phrase, unit_of_force
from civcas.extract.docactors import actors_by_sentence
from civcas.extract.newgroups import new_group
from civcas.extract.regex_speed import found_in
from civcas.extract.theatre import country_of, demonym
from civcas.models import Actor

# a minister by portfolio, whose ministry a later "the ministry" is (a minister in person speaks for
# the government, the ministry keeps its portfolio: claim_names.state_office)
_PORTFOLIO_MINISTER = re.compile(r"\b(health|interior|justice|foreign|information)\s+minister\b", re.IGNORECASE)


def _ministry_of(document: str, government: str) -> tuple[str, str] | None:
    """The ministry (name, kind) of the portfolio minister ``document`` names, for a "the ministry"
    whose speaker was read as ``government``, a nation's ("<Demonym> government"); None otherwise."""
    dem = government[:-len(" government")] if government.endswith(" government") else ""
    cc = country_of(dem) if dem else None
    if cc is None or demonym(cc) != dem:
        return None  # ("Antioquia government": no nation's)
    held = _PORTFOLIO_MINISTER.search(document)
    return state_office(f"{held.group(1)} ministry", dem) if held else None

def _is_state(name: str) -> bool:
    """A state's forces or offices ("Kenya Defence Forces", "Sudanese Armed Forces", "Israeli military"),
    not an armed group ("Kachin Independence Army", "Rapid Support Forces")."""
    first = re.split(r"[\s'’]", name, maxsplit=1)[0]
    return STATE_WORDS.search(name) is not None or country_name(first) is not None


@dataclass(frozen=True, slots=True)
class Claim:
    actor: Actor
    start: int  # span of the claimant text inside the sentence
    end: int


@lru_cache(maxsize=32)
def known_claimants(document: str, theatre: tuple[str, ...] | None = None) -> tuple[ActorEntry, ...]:
    """Known claimants (role claimant or both) a document names, in order of first mention."""
    seen: dict[str, ActorEntry] = {}
    # the document being read is read by its sentences, whose actors are mostly known (docactors)
    found = actors_by_sentence(document, limit=20_000, theatre=theatre)
    for f in find_actors(document[:20_000], theatre=theatre) if found is None else found:
        if f.entry.role != "perpetrator":
            seen.setdefault(f.entry.name, f.entry)
    return tuple(seen.values())


# the document's last claimant before the sentence, asked for only when a sentence needs it
LastClaimant = Callable[[], Actor | None]


def _descriptor(low: str, last_of: LastClaimant, document: str | None,
                theatre: tuple[str, ...] | None) -> Actor | None:
    """The actor a role noun with no name stands for: the last claimant if of its kind, else the
    document's first known claimant of its kind."""
    for rx, kinds in DESCRIPTORS:
        if rx.match(low):
            if kinds == ("group",):
                return _armed_group(last_of, document, theatre)
            last = last_of()
            if last is not None and last.kind in kinds:
                return last
            if document:
                for e in known_claimants(document, theatre):
                    if e.kind in kinds:
                        return Actor(name=e.name, text="", kind=e.kind)  # type: ignore[arg-type]
            return None
    return None


def _armed_group(last_of: LastClaimant, document: str | None, theatre: tuple[str, ...] | None) -> Actor | None:
    """The armed group a description or "the group" stands for: the last claimant if it is a
    belligerent that is no state's forces, else the document's first such known claimant."""
    last = last_of()
    if last is not None and last.kind == "belligerent" and not _is_state(last.name):
        return last
    for f in find_actors((document or "")[:20_000], theatre=theatre):  # (a group listed as an author only too)
        if f.entry.kind == "belligerent" and not _is_state(f.entry.name):
            return Actor(name=f.entry.name, text="", kind=f.entry.kind)  # type: ignore[arg-type]
    return None


def _role_claim(role: str, start: int, last_of: LastClaimant, theatre: tuple[str, ...] | None,
                document: str) -> Claim | None:
    """The claim of a person's role found elsewhere in the document ("Yost said" after "Attorney
    General Dave Yost" -> the state attorney general's office of the story's dateline)."""
    office = us_office(_clean(role), document) if not theatre or theatre[0] == "US" else None
    if office is not None:
        return Claim(Actor(name=office, text=role, kind="government"), start, start + len(role))
    return resolve_claim(role, start, last_of, theatre, None)


# a partitive of the people counted: "among them a nurse", "including two brothers"
_PARTITIVE = re.compile(r"(?:among|amongst|including)\s")


def resolve_claim(x: str, start: int, last_of: LastClaimant, theatre: tuple[str, ...] | None,
             document: str | None) -> Claim | None:
    raw = x.strip()
    end = start + len(x)
    tags = WIRE_TAGS.match(raw)
    if tags is not None:  # "[REPORT] [JOHN DOE] [TEXT] RADIO X HAS LEARNED": the words after the wire tags
        start, raw = start + len(x) - len(x.lstrip()) + tags.end(), raw[tags.end():]
    adv = ADVERB_LEAD.match(raw)
    if adv is not None and adv.end() < len(raw):  # "HOWEVER, THE COMMUNIQUE": the subject after it
        start, raw = start + len(x) - len(x.lstrip()) + adv.end(), raw[adv.end():]
    low = SPACES.sub(" ", raw.lower())
    low = BUT_AND.sub("", low)
    if _PARTITIVE.match(low):
        return None  # "..., among them a baker, his wife and ... found": the dead, no speaker
    tm = TIME_ONLY.match(low)
    if tm is not None:
        rest = raw[tm.end():].lstrip(" ,")
        if not (ARTICLE_WORD.match(rest) or BARE_PLURAL.fullmatch(rest)) \
                or TIME_ONLY.match(rest.lower()):
            return None  # "..., the UN said on Sunday": "on Sunday" is no speaker
        start, raw = start + len(raw) - len(rest), rest  # "On Friday the ministry raised the toll"
        low = SPACES.sub(" ", raw.lower())
    if document and THIS_STATION.search(raw):  # "A WAR REPORT READ ON THIS STATION": the dateline's station
        credit = CREDIT.search(document[:400])
        if credit is not None and not THIS_STATION.search(credit.group("src")):
            return resolve_claim(credit.group("src"), start, last_of, theatre, None)
    aired = AIRED.search(raw)
    if aired is not None and aired.start() > 0:  # "A POLICE STATEMENT BROADCAST ON THE RADIO": the police
        raw = raw[:aired.start()]
        low, end = SPACES.sub(" ", raw.lower()), start + len(raw)
    owned = owned_phrase(raw, document)
    if owned is not None:  # "A PRELIMINARY REPORT BY THE POLICE", "A CALLER WHO SAID HE SPOKE FOR X": the owner
        got = resolve_claim(owned[1], start + owned[0], last_of, theatre, document)
        if got is not None:
            return got
    if unit_of_force(low) and (unit := last_of()) is not None and unit.kind == "belligerent":
        return Claim(Actor(name=unit.name, text=raw, kind=unit.kind), start, end)  # "THE BRIGADE": its force
    if ARMY_COMMAND.match(raw):  # "THE POLITICAL-MILITARY COMMAND OF THE AYACUCHO EMERGENCY ZONE": the army
        army = find_actors("the army", theatre=theatre) if theatre else []
        if army and army[0].entry.kind == "belligerent":
            return Claim(Actor(name=army[0].entry.name, text=raw, kind="belligerent"), start, end)
    post = DOC_BY.match(raw)
    if post is not None:  # "a post on the family's Telegram channel": the family
        return resolve_claim(post.group("o"), start, last_of, theatre, document)
    outlet = OUTLET.match(raw)
    if outlet is not None:  # "Palestinian outlet Shehab News Agency": the outlet's name, a medium
        n = outlet.group("n")
        known = canonical_actor(n, theatre=theatre)
        if known is not None and known.role != "perpetrator":
            return Claim(Actor(name=known.name, text=raw, kind=known.kind), start, end)  # type: ignore[arg-type]
        return Claim(Actor(name=n, text=raw, kind="media"), start + outlet.start("n"), end)
    own = OWNED_DOC.match(raw)
    if own is not None:  # "the monitor's assessment gives a range": the monitor
        return resolve_claim(own.group("o"), start, last_of, theatre, document)
    if BARE_DOC.match(raw):  # "A COMMUNIQUE ISSUED TODAY SAID": the source before issued it
        raw, low = "the statement", "the statement"
    earlier = EARLIER_DOC.match(raw)
    if earlier is not None and (raw.isupper() or not (earlier.group("o") or "")[:1].isupper()):
        # "an earlier ministry statement", "a previous statement by the ministry": its owner; "an
        # earlier statement" alone: the source before
        o = earlier.group("o2") or (f"the {earlier.group('o')}" if earlier.group("o") else "the statement")
        return resolve_claim(o, start, last_of, theatre, document)
    rel = REL_HEAD.match(raw)
    if rel is not None and find_actors(rel.group(1), theatre=theatre):
        raw = rel.group(1)  # "A UN team that visited the site the next day said": the team
        low, end = raw.lower(), start + len(rel.group(1))
    people = counted_people(raw)  # "two relatives", "one of the activists"
    if people is not None:
        return Claim(Actor(name=people[0], text=raw, kind=people[1]), start, end)  # type: ignore[arg-type]
    group = new_group(raw)  # "a group calling itself the X claimed ...": the group speaks
    if group is not None:
        return Claim(group, start, end)
    if document and ONE_WORD.fullmatch(raw) and document.find(raw, 0, 20_000) >= 0 and full_name_of(raw, document):
        role = person_role(raw, document)  # "Israel said" after "Sheriff Scott Israel": the sheriff, not a country
        c = _role_claim(role, start, last_of, theatre, document) if role is not None else None
        if c is not None and c.actor.kind != "unattributed":
            return Claim(Actor(name=c.actor.name, text=raw, kind=c.actor.kind), start, end)
    wing = NAMED_WING.match(raw) if "wing" in low else None
    if wing is not None:  # "a spokesman for the KIO's military wing": the organisation's armed wing
        owner = find_actors(wing.group("o"), theatre=theatre) or find_actors(
            spelled_out(wing.group("o"), document) or "", theatre=theatre)
        if owner and owner[0].entry.kind == "belligerent":
            return Claim(Actor(name=owner[0].entry.name, text=raw, kind="belligerent"), start, end)
    found = find_actors(raw, theatre=theatre) if found_in(NOT_CLAIMANT, raw) else None
    if found == []:
        return None
    words = raw.split()
    if len(words) > 9 and words[0].lower() not in LEAD_WORDS and _whole_name(raw, theatre):
        words = []  # "THE COMMITTEE FOR THE DEFENSE OF HUMAN RIGHTS IN HONDURAS": one long name
    if len(words) > 9 or (words and words[0].lower() in LEAD_WORDS):
        # "Earlier in the day the head of the railway company": keep the subject
        for k in range(len(words) - 2, 0, -1):
            if words[k].lower() in ("the", "a", "an") and not TIME_ONLY.match(" ".join(words[k:])):
                cut = raw.find(" ".join(words[k:]))
                start, raw = start + cut, " ".join(words[k:])
                low = raw.lower()
                found = None  # (read again below)
                break
    if found is None:
        found = find_actors(raw, theatre=theatre)
    if found:  # a person's surname, not the actor: "Sheriff Scott Israel", "Israel said" after him
        found = [f for f in found if not titled_before(raw, f.start)
                 and not (f.start == 0 and f.end == len(raw) and document and titled_surname(raw, document))]
    if found:  # not a country named as the owner of the speaker: "Israel's Magen David Adom service"
        # (an actor's own body speaks for it: "the coalition's Joint Incidents Assessment Team")
        found = [f for f in found if not (f.entry.kind == "belligerent" and owner_only(raw, f.end)
                                          and country_of(re.sub(r"['’]s$", "", f.text)) is not None)]
    if found:
        claimants = [f for f in found if f.entry.role in ("claimant", "both")] or found
        f = claimants[0]
        f = owned_outlet(raw, claimants)  # "Houthi-run al-Masirah TV": the outlet, not its owner
        body = OWN_BODY.match(raw[f.end:]) if f.entry.kind == "belligerent" else None
        if body is not None and f.text[:1].isupper() and not re.search(r"defen[cs]e\s+ministry", body.group(1), re.IGNORECASE):
            # "a Houthi civil defence official", "the Houthi prisoners' committee": the body speaks
            name = f"{f.text} {body.group(1)}" if not f.text.isupper() else readable(f"{f.text} {body.group(1)}")
            return Claim(Actor(name=name, text=raw, kind="government"), start, start + len(raw))
        if f.entry.kind == "belligerent" and re.search(
                r"health|ministry|officials|authorities|governor|police", raw, re.IGNORECASE) \
                and not re.search(r"defen[cs]e", raw, re.IGNORECASE):
            # "Houthi health officials": the administration speaks; its health ministry if known
            runs = [canonical_actor(f"{f.text}{sep} health ministry") for sep in ("", "-run")] \
                if re.search(r"health", raw, re.IGNORECASE) else []
            run = next((r for r in runs if r is not None and r.kind == "government"), None)
            if run is not None:
                return Claim(Actor(name=run.name, text=raw, kind=run.kind), start, start + len(raw))  # type: ignore[arg-type]
            name = _clean(raw)
            gov = national_government(name, None)  # "Israeli officials" -> "Israeli government"
            name = gov[0] if gov is not None else name
            return Claim(Actor(name=name, text=raw, kind="government"), start, start + len(raw))
        return Claim(Actor(name=f.entry.name, text=f.text, kind=f.entry.kind),  # type: ignore[arg-type]
                     start + f.start, start + f.end)
    d = _descriptor(DOUBLE_ARTICLE.sub("", low), last_of, document, theatre)
    if d is not None:
        return Claim(Actor(name=d.name, text=raw, kind=d.kind), start, end)
    if document and HOSPITAL_ROLE.match(low):
        h = named_hospital(document)
        if h is not None:  # "a hospital spokesman said" in a story naming "Vanderbilt University Medical Center"
            return Claim(Actor(name=h, text=raw, kind="medical"), start, end)
    if WING.match(low):  # "a spokesman for the group's armed wing": the armed group named before speaks
        group = _armed_group(last_of, document, theatre)
        if group is not None:
            return Claim(Actor(name=group.name, text=raw, kind=group.kind), start, end)
    short = short_form(low, partial(known_claimants, document, theatre)) if document else None
    if short is not None:  # "the emergency service said" after "Ukraine's State Emergency Service"
        return Claim(Actor(name=short.name, text=raw, kind=short.kind), start, end)  # type: ignore[arg-type]
    if NOT_LEAD.match(low):
        return None  # "... and not an IS militant as it had claimed"
    if DEPARTMENT.fullmatch(low) and document:  # "the department said", "according to department figures"
        last = last_of()
        if last is not None and re.search(r"department|police|sheriff", last.name, re.IGNORECASE):
            return Claim(Actor(name=last.name, text=raw, kind=last.kind), start, end)
        dept = named_body("department", document)
        if dept is None and re.search(r"\bpolice\b", document[:20_000], re.IGNORECASE):
            dept = "police"  # "Cincinnati police have investigated 14 homicides, the department said"
        if dept is not None:
            c = resolve_claim(dept, start, last_of, theatre, None)
            if c is not None:
                return Claim(Actor(name=c.actor.name, text=raw, kind=c.actor.kind), start, end)
    body = BODY_NOUN.fullmatch(low) if document else None
    if body is not None:  # "THE PARTY SAYS" after "THE CHRISTIAN DEMOCRATIC PARTY": the body named before
        last = last_of()
        if last is not None and body.group(1) in last.name.lower():
            return Claim(Actor(name=last.name, text=raw, kind=last.kind), start, end)
        full = named_body(body.group(1), document or "")
        if full is not None:
            known = canonical_actor(full, theatre=theatre)
            if known is not None and known.role != "perpetrator":
                return Claim(Actor(name=known.name, text=raw, kind=known.kind), start, end)  # type: ignore[arg-type]
            readable_name = readable(full)
            return Claim(Actor(name=readable_name, text=raw, kind=guess_kind(readable_name)), start, end)  # type: ignore[arg-type]
    if document and (low in ANAPHORA or low in BARE_INSTITUTIONS):
        head = low.split()[-1].rstrip("s")
        last = last_of()
        if last is None or head not in last.name.lower():
            e = head_claimant(low, known_claimants(document, theatre))
            if e is not None:  # "The office also said" -> the Prosecutor General's Office
                return Claim(Actor(name=e.name, text=raw, kind=e.kind), start, end)  # type: ignore[arg-type]
        elif low in BARE_INSTITUTIONS:
            return Claim(Actor(name=last.name, text=raw, kind=last.kind), start, end)  # "police said" again
        portfolio = _ministry_of(document, last.name) if low == "the ministry" and last is not None \
            and last.kind == "government" else None
        if portfolio is not None:  # "Nepal's interior minister said ... the ministry later put the toll at 30"
            return Claim(Actor(name=portfolio[0], text=raw, kind=portfolio[1]), start, end)  # type: ignore[arg-type]
        if low == "the ministry" and (last is None or not re.search(r"minist|government", last.name, re.IGNORECASE)):
            named = MINISTRY_NAMED.search(document)
            if named is not None:  # "Lebanon's health minister said ... the ministry raised the toll"
                c = resolve_claim(named.group(0), start, last_of, theatre, None)
                if c is not None and c.actor.kind == "government":
                    name_kind = _ministry_of(document, c.actor.name) or (c.actor.name, c.actor.kind)
                    return Claim(Actor(name=name_kind[0], text=raw, kind=name_kind[1]), start, end)  # type: ignore[arg-type]
    if low in ("the group", "the movement", "the militants", "the rebels", "the insurgents") and document:
        last = last_of()
        if last is None or (last.kind in ("belligerent", "government") and _is_state(last.name)):
            group = _armed_group(lambda: None, document, theatre)
            if group is not None:  # "when the group said" after the army spoke: the armed group, not the army
                return Claim(Actor(name=group.name, text=raw, kind=group.kind), start, end)
    if low in ANAPHORA or low.split(" ", 1)[0] in ("he", "she", "they", "it") or OWN_DOCUMENT.match(low):
        last = last_of()
        if last is not None:
            return Claim(Actor(name=last.name, text=raw, kind=last.kind), start, end)
        if low in ("he", "she", "they", "it") or OWN_DOCUMENT.match(low):
            return None
    if len(raw.split()) > 9 or found_in(NOT_CLAIMANT, raw):
        return None
    if police_ranked(raw, document):  # "Lt. Marcus Webb said": an officer speaks for the police
        raw = "police officer"
    name = _clean(raw)
    if len(name) < 2 or not LATIN.search(name) or name.lower() in NO_SPEAKER | REPORT_TIME:
        return None  # (a bare document or place: "COMMUNIQUE", "city was"; "Initial reports noted")
    if document and ONE_NAME.fullmatch(name):
        role = person_role(name, document)  # "Kallon said" -> "the UN coordinator ..., Edward Kallon"
        c = _role_claim(role, start, last_of, theatre, document) if role is not None else None
        if c is not None and (c.actor.kind != "local" or c.actor.name in PEOPLE_NAMES):
            return Claim(Actor(name=c.actor.name, text=raw, kind=c.actor.kind), start, end)
    chief = wire_president(name, document, demonym(theatre[0]) if theatre else None)
    if chief is not None:  # "ORTEGA SAID" after "PRESIDENT DANIEL ORTEGA": the government
        return Claim(Actor(name=chief, text=raw, kind="government"), start, end)
    full = spelled_out(name, document) or spelled_out(acronym_of_role(raw) or "", document)  # (or "AEU SPOKESMEN")
    if full is not None:  # "NEMA said" after "the National Emergency Management Agency (NEMA)"
        c = resolve_claim(full, start, last_of, theatre, None)
        if c is not None:
            return Claim(Actor(name=c.actor.name, text=raw, kind=c.actor.kind), start, end)
    force = national_force(name, demonym(theatre[0]) if theatre else None)
    if force is not None:  # "THE GENDARMERIE" in a Chilean item: the Chilean Gendarmerie
        return Claim(Actor(name=force, text=raw, kind="government"), start, end)
    regional = regional_name(name, theatre, document) or placed_office(name, theatre, document) \
        or provincial_office(name, document)
    regional = regional or regional_government(name, document)  # "Sindh's health minister" -> "Sindh government"
    name, kind = (regional, "government") if regional is not None else _stable_name(name, theatre)
    if document and " at " in raw and name[:1].isupper() and len(name.split()) <= 3:
        hospital = hospital_called(name, document)
        if hospital is not None:  # "a nurse at Ayder" in a story naming the Ayder Referral Hospital
            return Claim(Actor(name=hospital, text=raw, kind="medical"), start, end)
    office = us_office(name, document) if not theatre or theatre[0] == "US" else None
    if office is not None:  # "Gov. Rick Perry" -> "Texas government", "the chief" -> police
        return Claim(Actor(name=office, text=raw, kind="government"), start, end)
    if name == "mayor" or name.endswith(("Mayor", " mayor")):
        city = placed_office(name, theatre, document) if name == "mayor" else None
        if city is None and (not theatre or theatre[0] == "US"):
            city = mayor_government(name, document)  # "Mayor X said" under a DENTON dateline
        name, kind = (city, "government") if city is not None else (name, kind)
    if name in ("spokesman", "spokeswoman", "spokesperson") and last_of() is not None:
        return Claim(Actor(name=last_of().name, text=raw, kind=last_of().kind), start, end)  # type: ignore[union-attr]
    if name in PLACELESS or (name.isalpha() and name.islower() and low.startswith("the ")):
        # "the sheriff's department said" after "Los Angeles County Sheriff X said"; "the administrator
        # said" after "a school administrator said"
        last = last_of()
        if last is not None and (last.name.lower().endswith(" " + name.lower())  # "the leaders" after "leaders of X"
                                 or (last.text or "").lower().startswith(name.lower() + " of ")):
            return Claim(Actor(name=last.name, text=raw, kind=last.kind), start, end)
        county = county_office(name, document) if name in PLACELESS else None
        if county is not None:  # "the sheriff's office said" in a story naming the Shelby County Sheriff's Office
            return Claim(Actor(name=county, text=raw, kind=kind or guess_kind(name)), start, end)  # type: ignore[arg-type]
    return Claim(Actor(name=name, text=raw, kind=kind or guess_kind(name)), start, end)  # type: ignore[arg-type]


def _whole_name(raw: str, theatre: tuple[str, ...] | None) -> bool:
    """``raw`` is one known actor's long name, with at most an article before it."""
    found = find_actors(raw, theatre=theatre)
    return len(found) == 1 and found[0].start <= 4 and found[0].end >= len(raw.rstrip()) - 1


