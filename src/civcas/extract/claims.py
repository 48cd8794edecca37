"""Claimants: who a sentence attributes its content to.

:func:`claimant_in` finds the source of a sentence ("..., the Observatory said", "according to X",
"X told AFP", "Reuters, citing the monitor" -> the monitor). Pronouns and generic anaphora ("the
monitor", "he said", "It said") resolve to the most recent claimant of the document; a role noun
with no name ("a monitoring group", "the medical charity") resolves to the document's known
claimant of that kind, before or after it. Unknown claimants keep cleaned text with stable names:
"head of the Nineveh health directorate" -> the directorate; "Information Minister Abdirahman
Osman" in a Somalia story -> "Somali government"; "police" -> "Somali police" (a US story: "police").

This module finds the claimant phrase of a sentence (the reporting patterns of
:mod:`civcas.extract.claim_patterns`, relative clauses, appositions); :mod:`civcas.extract.claim_resolve`
turns the phrase into an actor.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.extract.actors import actor_of, find_actors, load_actors
from civcas.extract.claim_acronyms import acronym_named, person_of_body, towns_body
from civcas.extract.claim_context import (
    CHARGED_WITH,
    DESCRIPTION,
    EVENT_WORDS,
    OWNER_TAIL,
    PERSON_NAME,
    antecedent,
    apposition,
    charged_subject,
    cited_source,
    earlier_segment,
    first_conjunct,
    role_after,
    unknown_organisation,
)
from civcas.extract.claim_kinds import guess_kind
from civcas.extract.claim_mask import masked
from civcas.extract.claim_outlets import outlet_owner
from civcas.extract.claim_owners import (
    BODY_BEFORE,
    BODY_TAIL,
    DOCUMENT_BY,
    ITS_ROLE,
    ITS_ROLE_BEFORE,
    PARTICIPLE_END,
    analyst,
    clause_actor,
    its_owner,
)
from civcas.extract.claim_patterns import (
    ACCORDING,
    CITING,
    DATA,
    DATA_BY,
    DATA_WORDS,
    FIGURES_OF,
    INVERTED,
    OWNERLESS,
    PARTICIPLE_AFTER_COMMA,
    PASSED_ON,
    RELEASED_AND,
    SAY_ONLY,
    SECONDHAND,
    SUBJECT,
)
from civcas.extract.claim_phrase import kin_named, lives_claimed, speaker_phrase
from civcas.extract.claim_resolve import ANAPHORA, Claim, LastClaimant, resolve_claim
from civcas.extract.claim_subjects import WHAT_CALLED, not_a_speaker
from civcas.extract.claim_wire import clause_subject, spoken_for
from civcas.extract.claim_wrappers import agent_after, time_led, trim_speaker, vehicle_pronoun
from civcas.extract.kinloss import own_loss
from civcas.extract.regex_speed import may_match
from civcas.models import Actor

# a restrictive relative clause closing a subject: "an activist group that has been reporting from
# within the city since the offensive started said"
# (or "that has reported", the reporting verb read inside the clause)
_RELATIVE_TAIL = re.compile(r"\s+(?:that|which|who)(?:\s+(?:has|have|had|is|are|was|were|\w+ed|\w+s)\s|\s*$)"
                            r"|\s+who\s+[a-z]+\s",  # "a shopkeeper who lost his brother in the blast said"
                            re.IGNORECASE)
# a subject ending like this is no speaker: "two men were found", "officers entered the house and found"
# a passive reporting verb ("has been accused of", "were reported"): its subject is no speaker
_PASSIVE_AUX = re.compile(r"\b(?:been|was|were|is|are|being|be)\s+$", re.IGNORECASE)
# blame traded, no one's count: "Moscow and Kyiv blamed each other"
_MUTUAL = re.compile(r"\s+(?:each\s+other|one\s+another)\b", re.IGNORECASE)
_PASSIVE_END = re.compile(r"\b(?:were|was|been|be|being|is|are|and|or|then|but)$", re.IGNORECASE)


# a phrase set off after the subject: an apposition ("the opposition's shadow administration") or an
# aside ("in a statement broadcast on an underground radio station")
# a speaker's own record named before the speaker: "according to its own tally, (the ministry ...)"
_OWN_RECORD = re.compile(r"^\s*(?:its|their|his|her)\s+own\s", re.IGNORECASE)
_ASIDE = re.compile(r"^(?:the|a|an|its|in|on|through|via|one\s+of)\s", re.IGNORECASE)


# a claim named as a noun, or an event described by its source: "The army's claim that nine militants were
# killed", "in what police described as a targeted attack"
_CLAIM_THAT = re.compile(r"(?:^(?:but\s+|and\s+)?|[,;:\"“”(]\s*|\bbut\s+|\band\s+)(?P<x>[^,.;:()\"“”]{2,60}?)['’]s?\s+(?:own\s+)?(?:claim|"
                         r"assertion|statement|estimate)\s+that\b"
                         r"|\bin\s+what\s+(?P<y>[^,.;:()\"“”]{2,60}?)\s+(?:described|called|termed|characteri[sz]ed)\s+as\b",
                         re.IGNORECASE)


# a lone adverb before a reporting verb is no speaker: 'and "categorically rejected" any involvement'
_ADVERB_ONLY = re.compile(r"\s*[\"“]?(?:[A-Za-z]{3,}(?:ally|ously|ively|edly|ately|ently|antly|fully|lessly)|strongly|"
                          r"firmly|flatly|roundly|sharply|openly|publicly|squarely|utterly)[\"”]?\s*", re.IGNORECASE)
# reports carried by a medium speak as the medium: "Early reports broadcast by local radio stations said"
_REPORTS_BY = re.compile(r"\b(?:reports?|accounts?)\s+(?:broadcast|published|carried|aired|circulated|issued)\s+"
                         r"(?:on\s+\w+\s+)?by\s+(?P<o>[^,.;:()\"“”]{2,60}?)\s+(?:had\s+|have\s+|has\s+)?"
                         r"(?:said|says|reported|stated|indicated|put|gave|suggested)\b", re.IGNORECASE)


# the vehicle of a statement, set off after its author: "(The FARC,) in a communique sent to a radio
# station, (denied)", "in a message read over its radio station"
# (or a participle describing it: "The UP, founded in 1985 with the backing of the FARC, said")
_VEHICLE = re.compile(r"^(?:(?:in|through|via)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|"
                      r"message|broadcast|letter|leaflets?|release|interview|report|bulletin|note)\b|"
                      r"(?:founded|formed|created|established|set\s+up|launched|backed|supported|funded|financed|"
                      r"headed|led|run|based)\s+(?:in|by|with|on|at|from|after|during|since|\d)|"
                      # a participle of the speaker's own: "X, speaking from Basra, put the toll at 40"; how
                      # the reporter reached the speaker: "X, reached by telephone, said"
                      r"speaking\b|(?:reached|interviewed|contacted)\s+(?:by|over|on)\s+(?:the\s+)?"
                      r"(?:tele)?phone\b)", re.IGNORECASE)


# a wire headline run into the body: the body starts after "[TEXT]" and its dateline ("LIMA, 9 JAN 90 (AFP) --")
_HEADLINE_BODY = re.compile(r"\[TEXT\]\s*(?:[A-Z][A-Z .'’-]{1,40},\s*\d{1,2}\s+[A-Z]{3}\s+\d{2}\s*(?:\([^)]{1,40}\))?\s*--\s*)?")


# a sentence adverb set off before the subject
_LEAD_ADVERB = re.compile(r"^\s*(?:however|meanwhile|moreover|nevertheless|nonetheless|separately|in\s+turn|later|"
                          r"earlier),\s*", re.IGNORECASE)


def _known_subject_before(sentence: str, start: int, theatre: tuple[str, ...] | None) -> Claim | None:
    """"The National Unity Government, the exiled opposition cabinet, said": the known actor
    that opens the sentence speaks, not the phrase set off after it."""
    head = sentence[:start].rstrip()
    lead = _LEAD_ADVERB.match(head)
    offset = lead.end() if lead is not None else 0  # "HOWEVER, THE FARC, IN A COMMUNIQUE ..., DENIED"
    if not head.endswith(",") or "," in head[offset:-1]:
        return None
    seg = head[offset:-1].strip()
    if not seg or len(seg.split()) > 12:
        return None
    found = find_actors(seg, theatre=theatre)
    if not found:
        return unknown_organisation(seg, offset + len(head[offset:]) - len(head[offset:].lstrip()),
                                     sentence[start:start + 120])
    if len(found) != 1 or len(seg.split()) > 8:
        return None
    f = found[0]
    rest = (seg[:f.start] + seg[f.end:]).strip().lower()
    if rest not in ("", "the"):
        return None  # "Israeli strikes, residents said": the actor is not the whole subject
    return Claim(actor_of(f), offset + f.start, offset + f.end)


def claimant_in(sentence: str, *, last: Actor | LastClaimant | None = None,
                theatre: tuple[str, ...] | None = None, document: str | None = None) -> Claim | None:
    """The claimant a sentence attributes its content to, or None (see :func:`_claimant_in`); an
    office that speaks for another actor (``speaks_as`` in actors.toml) is named as that actor."""
    last_of: LastClaimant = last if callable(last) else (lambda: last)
    body = _HEADLINE_BODY.search(sentence) if "[TEXT]" in sentence else None
    c = None
    if body is not None:  # "MRTA CLAIMS KILLING OF X [TEXT] LIMA, ... -- X WAS SHOT DEAD ..., POLICE SAID": the body's
        c = _claimant_in(sentence[body.end():], last=last, theatre=theatre, document=document)
        c = Claim(c.actor, c.start + body.end(), c.end + body.end()) if c is not None and c.start >= 0 else c
    if c is None:
        c = _claimant_in(sentence, last=last, theatre=theatre, document=document)
    if c is not None and c.start > 0 and (c.actor.text or "").lower() in ("he", "she"):  # "A man said ...; he added":
        own = _claimant_in(sentence, theatre=theatre, document=document)  # the pronoun is the speaker before it
        c = own if own is not None and 0 <= own.start < c.start else c
    if c is not None and "\u2024" in c.actor.name + (c.actor.text or ""):
        a = c.actor
        c = Claim(Actor(name=a.name.replace("\u2024", "."), text=(a.text or "").replace("\u2024", "."), kind=a.kind,
                        identified=a.identified), c.start, c.end)
    c = outlet_owner(c, theatre=theatre)  # "al-Shabaab's radio claimed": the group
    if c is not None and "(" in sentence:  # "The UN mission in Mali (MINUSMA) said": the bracketed acronym
        named = acronym_named(c.actor, sentence, c.start, c.end)
        c = Claim(named, c.start, c.end) if named is not None else c
    if c is not None and "s " in (c.actor.text or "") and ("town" in c.actor.text or "city" in c.actor.text
                                                           or "village" in c.actor.text):
        town = towns_body(c.actor, sentence, c.start, document)  # "a surgeon at the town's central hospital"
        c = Claim(town, c.start, c.end) if town is not None else c
    org = person_of_body(c.actor) if c is not None and c.start >= 0 and (" of " in c.actor.name
                                                                         or " with " in c.actor.name) else None
    if org is not None and c is not None:  # "Deputy Chief Ana Ruiz of the Tulsa Police Department said"
        got = resolve_claim(org, c.start, last_of, theatre, document)
        c = Claim(Actor(name=got.actor.name, text=c.actor.text, kind=got.actor.kind), c.start, c.end) \
            if got is not None else c
    if c is not None and c.actor.name in _speaks_as():
        a = c.actor
        return Claim(Actor(name=_speaks_as()[a.name], text=a.text, kind=a.kind, identified=a.identified), c.start, c.end)
    if c is not None and c.actor.name == "witness" and c.end >= 0 and not _SEEN.search(c.actor.text or "") \
            and own_loss(sentence, c.end):
        return Claim(Actor(name="relatives", text=c.actor.text, kind="local", identified=c.actor.identified),
                     c.start, c.end)  # "A baker told reporters he lost three sons": a relative speaks
    if c is not None and c.actor.kind == "local" and c.end >= 0 and _OWN_INTAKE.match(sentence, c.end):
        a = c.actor  # "UPMC Presbyterian said it received four patients": a hospital speaks
        return Claim(Actor(name=a.name, text=a.text, kind="medical", identified=a.identified), c.start, c.end)
    if c is not None and c.actor.kind == "local" and _CREW.fullmatch((c.actor.text or "").strip()):
        before = last_of()  # "The civil defence said ... the volunteers said": its crews
        if before is not None and _RESCUE_BODY.search(f"{before.name} {before.text or ''}"):
            return Claim(before, c.start, c.end)
    return c


# a rescue service's own people, named after it: "the volunteers", "its crews"
_CREW = re.compile(r"(?:the|its|their)\s+(?:volunteers|rescuers|rescue\s+workers|crews|teams|paramedics)", re.IGNORECASE)
_RESCUE_BODY = re.compile(r"civil\s+defen[cs]e|white\s+helmets|red\s+(?:cross|crescent)|rescue|ambulance|"
                          r"emergency\s+service", re.IGNORECASE)


# a speaker the story calls a witness stays one, whatever he lost ("Another survivor said he had lost ...")
_SEEN = re.compile(r"\b(?:(?:eye)?witness(?:es)?|survivors?|bystanders?)\b", re.IGNORECASE)

# a speaker telling its own intake of patients is a hospital
_OWN_INTAKE = re.compile(r"\s+(?:said|says|reported)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|was\s+|were\s+)?"
                         r"(?:received|admitted|treated|treating|receiving|admitting)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _speaks_as() -> dict[str, str]:
    return {e.name: e.speaks_as for e in load_actors() if e.speaks_as}


# (patterns of _claimant_in, compiled once)
_ARTICLE_END = re.compile(r"\b(?:an|the|a)$", re.IGNORECASE)
_CLAIM_END = re.compile(r"claim(?:ed|s)$", re.IGNORECASE)
_ONE_OF = re.compile(r"one\s+of\s", re.IGNORECASE)
_AND_END = re.compile(r"\band\s+$")
_POSTED_END = re.compile(r"(?:posted|published|tweeted)$", re.IGNORECASE)


def _claimant_in(sentence: str, *, last: Actor | LastClaimant | None = None,
                 theatre: tuple[str, ...] | None = None, document: str | None = None) -> Claim | None:
    """The claimant a sentence attributes its content to, or None (see module doc). ``last`` is
    the document's most recent claimant before the sentence (for "he said", "the monitor"), or a
    function returning it, called only if the sentence needs it. ``theatre`` is the document's
    (:func:`civcas.extract.theatre.document_theatre`), ``document`` its text (for role nouns
    whose name comes later: "a monitoring group said ... the Observatory")."""
    last_of: LastClaimant = last if callable(last) else (lambda: last)
    if len(sentence) > 2000:
        sentence = sentence[:2000]
    low = sentence.lower() if sentence.isascii() else sentence  # (wire copy: ", WHICH REPRESENTS ...,")
    sentence = masked(sentence, low)
    low = sentence.lower()
    if " by " in low and ("report" in low or "account" in low):
        by = _REPORTS_BY.search(sentence)  # "Early reports broadcast by local radio stations had said": the stations
        got = resolve_claim(by.group("o"), by.start("o"), last_of, theatre, document) if by is not None else None
        if got is not None:
            return got
    data = any(map(low.__contains__, DATA_WORDS))  # (the literal pre-test: every DATA match holds one)
    view = low if sentence.isascii() else None  # (exact literal pre-tests: "citing", "according", ...)
    for rx in (CITING, ACCORDING, DATA, INVERTED, SUBJECT, _CLAIM_THAT, WHAT_CALLED):
        if rx is DATA and not data:
            continue
        if not may_match(rx, sentence, view):
            continue
        for m in rx.finditer(sentence):
            key = "y" if rx in (CITING, DATA, _CLAIM_THAT) and m.group("x") is None else "x"
            if rx is ACCORDING and m.group("x") is None:
                key = "w"
            x = PASSED_ON.sub("", m.group(key))  # "a list compiled by activists and shared with Airwars"
            if rx is CITING and not find_actors(x, theatre=theatre) and x.strip().lower() not in ANAPHORA:
                cited = cited_source(x, m.start(key), last_of, theatre, document)
                if cited is not None:
                    return cited  # "Reuters, citing the Lebanese health ministry"
                continue  # "the council said, citing eyewitnesses": the council speaks
            if rx is ACCORDING and SECONDHAND.match(x) and SAY_ONLY.search(sentence, 0, m.start()):
                continue  # "the governor said 18 died, according to reports from relatives": the governor
            if rx is ACCORDING and FIGURES_OF.match(x):
                cut = FIGURES_OF.match(x).end()  # type: ignore[union-attr]
                x = " " * cut + x[cut:]  # "according to figures from the commission": the commission
            if rx is ACCORDING and (OWNERLESS.match(x) or DATA_BY.match(x)):
                continue  # "the army said that, according to an initial review, ...": the army speaks
            if rx is DATA and key == "y" and not find_actors(x, theatre=theatre):
                owner = resolve_claim(x, m.start(key), last_of, theatre, document)
                if owner is not None and owner.actor.kind not in ("local", "unattributed", "media"):
                    return owner  # "police data show"
                continue  # "ACLED data show"; not "satellite data show"
            if rx is ACCORDING and _OWN_RECORD.match(x):
                continue  # "According to its own count, the army had conceded ...": the subject after speaks
            if rx is INVERTED and clause_subject(x):
                continue  # 'X, ITS STATION, SAID THE GUERRILLAS HAD "NOTHING TO DO"': a clause's subject, no speaker
            if rx is INVERTED:
                tail = OWNER_TAIL.search(x)
                x = x[:tail.start()] if tail is not None else x  # "a doctor at the X hospital run by a charity"
                if len(x.split()) > 8:
                    continue
            if rx is SUBJECT and x.strip().lower() in ("which", "who"):
                ante = antecedent(sentence, m.start(key), last_of, theatre, document)
                if ante is not None:
                    return ante  # "the Truth Commission, which documented 2,279 deaths": the commission
                continue
            if rx is SUBJECT and _ARTICLE_END.search(x.strip()):
                continue  # "soldiers killed an estimated 300 men": a quantity, not a speech verb
            if rx is SUBJECT and _PASSIVE_END.search(x):
                continue  # "two men were found shot dead": a passive or a clause, not a speaker
            if rx is SUBJECT and not_a_speaker(x, m.group(0), sentence, m.end()):
                continue  # "Volunteers treated 40 people", "Her death raised the toll", "found the body"
            if rx is SUBJECT and PARTICIPLE_AFTER_COMMA.match(sentence, m.end(key)):
                continue  # "A woman who was shot ... died Sunday, raising the toll to five": the death raised it
            if rx is SUBJECT and _MUTUAL.match(sentence, m.end()):
                continue  # "Moscow and Kyiv blamed each other": no one's count
            if rx is SUBJECT:
                verb_end = m.end()
                if _CLAIM_END.search(m.group(0)) and lives_claimed(sentence[verb_end:]):
                    continue  # "the war has claimed more than 5,000 lives": a toll, not a claim
                phrase = speaker_phrase(x, after=sentence[verb_end:])
                if phrase is None:
                    continue  # 'he was "appalled" by reports that', "..., and nurses said they had fled"
                if phrase != x.strip():
                    cut = x.find(phrase)
                    x = " " * cut + phrase  # "Two weeks later the charity revised its figures" -> the charity
            if rx is SUBJECT and sentence[m.end() - 1:m.end()].isupper() is False \
                    and sentence[max(0, m.end() - 20):m.end()].split()[-1][:1].isupper() \
                    and not sentence[:200].isupper():
                continue  # "the poet Omar Said was killed": a name, not a reporting verb
            if rx is SUBJECT and (said_by := vehicle_pronoun(x)) is not None:
                x = said_by  # "In its daily statement it said": the pronoun speaks
            vehicle = rx is SUBJECT and _VEHICLE.match(x.strip()) is not None
            if rx is SUBJECT and _ASIDE.match(x.strip()) and (vehicle or _ONE_OF.match(x.strip())
                                                          or not find_actors(x, theatre=theatre)):
                before = _known_subject_before(sentence, m.start(key), theatre)
                if before is not None:
                    return before
            if vehicle:  # "IN A COMMUNIQUE SENT TO A RADIO STATION, DENIED": the station only carried it
                head = sentence[:m.start(key)].rstrip()
                if head.endswith(","):  # "The rebel alliance, in a statement ..., said": the subject before
                    a = max((k + len(sep) for sep in (",", "--", "]") if (k := head.rfind(sep, 0, len(head) - 1)) >= 0),
                            default=0)
                    seg = _LEAD_ADVERB.sub("", head[a:-1])
                    got = resolve_claim(seg, a + len(head[a:-1]) - len(seg), last_of, theatre, document) \
                        if seg.strip() and len(seg.split()) <= 8 and not EVENT_WORDS.search(seg) else None
                    if got is not None:
                        return got
                continue
            if rx is SUBJECT and (" - " in x or " – " in x or " — " in x or " -- " in x):
                cut = max(x.rfind(" - ") + 3, x.rfind(" – ") + 3, x.rfind(" — ") + 3, x.rfind(" -- ") + 4)
                x, key_start = x[cut:], m.start(key) + cut  # "DAYTON, Ohio - Mayor X said": after the dateline
            else:
                key_start = m.start(key)
            if rx is SUBJECT and _AND_END.search(sentence[:key_start]):
                first = first_conjunct(sentence, key_start, last_of, theatre, document)
                if first is not None:
                    return first  # "UNICEF and local officials said": the named one
            if rx is SUBJECT or rx is ACCORDING:
                rel = _RELATIVE_TAIL.search(x)
                if rel is not None and len(x[:rel.start()].split()) >= 2 and spoken_for(x) is None:
                    x = x[:rel.start()]  # "an activist group that has been reporting from the city said"
            if rx is SUBJECT and sentence.startswith(" by ", m.end()) and _POSTED_END.search(m.group(0)):
                agent = agent_after(sentence[m.end():])  # "Images posted by X show": X
                if agent is None:
                    continue
                x, key_start = agent[1], m.end() + agent[0]
            x = x.replace("\u2024", ".")  # (the title's point, read as a point again)
            if _ADVERB_ONLY.fullmatch(x):
                continue  # 'the party "categorically rejected" any part in it': an adverb, no speaker
            if rx is SUBJECT and " by " in x:
                doc_by = DOCUMENT_BY.search(x)
                author = resolve_claim(doc_by.group("o"), key_start + doc_by.start("o"), last_of, theatre, document) \
                    if doc_by is not None else None
                if doc_by is not None and author is not None and author.actor.kind != "local":
                    return author  # "A UN human rights inquiry by the Mali mission found": the inquiry's author
            trimmed = trim_speaker(x)
            if trimmed is None:
                continue  # "the caption said", "Multiple reports said", "..., among other sources, said"
            whole = x
            if trimmed[0] < 0:
                x = trimmed[1]  # "the same source later said": the previous speaker
            elif trimmed[1] != x.strip():
                x = " " * trimmed[0] + trimmed[1]  # "Initially X reported", "X's Facebook post said"
            c = resolve_claim(x, key_start, last_of, theatre, document)
            if rx is SUBJECT and (c is None or c.actor.kind == "local") and PARTICIPLE_END.search(m.group(0)):
                c = clause_actor(whole, key_start, theatre=theatre) or c  # "X later came to the same view, reporting that"
            if c is None and x.strip().lower() in ("he", "she", "they", "it", "we") \
                    and whole.strip().lower() != x.strip().lower() and not time_led(whole):
                # "Deputies held a suspect after they say ...": with no speaker before, the clause's subject
                lead = re.match(r"\s*(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*", whole)
                if lead is not None and len(lead.group(0).split()) < len(whole.split()) - 1:
                    c = resolve_claim(lead.group(0), key_start, last_of, theatre, document)  # its capitalised subject
            if c is not None and rx is SUBJECT and c.actor.kind == "local" and (
                    speaker_phrase(c.actor.name) is None or (document and kin_named(c.actor.name, document))):
                c = None  # "..., one of several militias formed after the February coup, said": no event speaks
            if rx is SUBJECT and CHARGED_WITH.match(x.strip()):
                c = charged_subject(sentence, key_start, last_of, theatre, document) or c  # "X, the unit charged with"
            elif c is not None and c.actor.kind == "local" and rx is SUBJECT and PERSON_NAME.fullmatch(x.strip()):
                # "The director of the Indonesian Hospital, Atef al-Kahlout, told reporters"; not "Israeli
                # strikes killed 12 people in Rafah, residents said"
                head = sentence[:m.start(key)]
                if (role := ITS_ROLE_BEFORE.search(head)) is not None:
                    # "Its investigating officer, Colonel X, concluded": the role's owner
                    c = its_owner(head[:role.start()], last_of, theatre) or c
                elif (body := BODY_BEFORE.search(head)) is not None:
                    # "A herders' association, Tabital Pulaaku, said": the name, of the kind described
                    kind = guess_kind(body.group(0))
                    c = Claim(Actor(name=c.actor.name, text=c.actor.text, kind=kind,  # type: ignore[arg-type]
                                    identified=c.actor.identified), c.start, c.end) if kind != "local" else c
                else:
                    c = apposition(sentence, m.start(key), last_of, theatre, document) or c
            elif c is not None and c.actor.kind == "local" and rx is SUBJECT and ITS_ROLE.fullmatch(x.strip()):
                # "OCHA said it was alarmed, and its regional coordinator said ...": the body named before
                c = its_owner(sentence[:key_start], last_of, theatre) or c
            elif rx is SUBJECT and (c is None or DESCRIPTION.match(x.strip())) and sentence.count(",", 0, key_start) >= 2:
                # "X, a spokesman for Lady Ann Hospital, the city's main hospital, said", "Two farmers
                # from Kerbala, a town near the border, about 20 km from the camp, said": an earlier segment
                named = earlier_segment(sentence, key_start, last_of, theatre, document)
                kind = guess_kind(x) if named is not None and DESCRIPTION.match(x.strip()) \
                    and BODY_TAIL.search(x.strip()) else "local"
                if named is not None and kind != "local" and named.actor.kind != kind:
                    # "X, a nongovernmental group, said": the description says what kind of body X is
                    named = Claim(Actor(name=named.actor.name, text=named.actor.text, kind=kind,  # type: ignore[arg-type]
                                        identified=named.actor.identified), named.start, named.end)
                c = named or c
            if c is not None and c.actor.kind == "local" and rx is INVERTED:
                c = role_after(sentence, m.end(key), last_of, theatre, document) or c
            if c is not None:
                return c
    rel = RELEASED_AND.match(sentence) if " and " in sentence else None
    if rel is not None:
        c = resolve_claim(rel.group("x"), rel.start("x"), last_of, theatre, document)
        if c is not None:
            return c
    # "The Observatory, which on Tuesday put the toll at 56, told AFP ...": a known claimant
    # before the reporting verb
    say = SAY_ONLY.search(sentence)
    if say is not None and not _PASSIVE_AUX.search(sentence, 0, say.start()) and not _MUTUAL.match(sentence, say.end()):
        head = sentence[:say.start()]
        for f in reversed(find_actors(head, theatre=theatre)):
            if f.entry.role in ("claimant", "both") and not (head[:f.start].rstrip().endswith("(")
                                                              and head[f.end:].lstrip().startswith(")")):
                return Claim(actor_of(f), f.start, f.end)
    return analyst(sentence, theatre, document)
