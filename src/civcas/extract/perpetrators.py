"""Perpetrators: who did it in a sentence (split from :mod:`civcas.extract.actors`, which finds the names).

* :func:`perpetrators_in` finds accused actors ("a coalition airstrike", "strikes by Russian
  warplanes", "blamed on the regime"); :func:`perpetrator_score` says how clearly a sentence makes
  an actor the author of its event (negative for owners, backers, victims and accusers).
* :func:`claims_responsibility` (a claim or an attribution) and :func:`as_perpetrator` (a speaking
  ministry as its forces); the speech and generic-perpetrator helpers are re-exported here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.actor_context import as_origin, as_victim, in_time_phrase
from civcas.extract.actors import ActorMatch, exact_actor, find_actors
from civcas.extract.acts import OWN_STRIKE as _OWN_STRIKE
from civcas.extract.acts import act_words
from civcas.extract.regex_speed import first_char_guard, found_in, starts_with
from civcas.extract.responsibility import claims_for, may_claim
from civcas.extract.speakerforces import speaker_forces
from civcas.extract.speech import DENIAL_BEFORE as _DENIAL_BEFORE
from civcas.extract.speech import continues_denial, is_speaker, says_it_did
from civcas.extract.text import Token
from civcas.extract.typed import generic_perpetrator, unidentified_perpetrator
from civcas.models import Actor

__all__ = ["accuses", "as_perpetrator", "claims_at", "claims_responsibility", "continues_denial", "generic_perpetrator", "is_speaker",
           "perpetrator_score", "perpetrators_in", "pronoun_acts", "says_it_did", "unidentified_perpetrator"]

# recent answers of :func:`perpetrator_score`, a pure function: the main-perpetrator scan, the
# sentence's perpetrators and the figure's perpetrator score the same sentence. Bounded: emptied
# when full, so it holds about a document's worth of answers.
_MEMO_SIZE = 512
_SCORES: dict[tuple[str, int, int, str], int] = {}

_COUNTRIES = frozenset({"turkey", "russia", "israel", "saudi arabia", "ukraine", "syria", "iraq",
                        "iran", "yemen", "damascus", "moscow", "kyiv"})
# "by X", "attributed to X", "blamed X for", and "by terrorists of the X", "by a commando of the X"
_BY = re.compile(r"\b(?:by|blamed\s+on|attributed\s+to|carried\s+out\s+by|from|blamed|blaming|accused|accusing|"
                 # "the bombing had the signature of the cartel", "the hallmarks of an IS attack"
                 r"(?:signature|hallmarks?|trademarks?)\s+of|"
                 # unnamed attackers named: "whom officials identified as members of the X", "gunmen
                 # believed to be X fighters"
                 r"identified\s+as|believed\s+to\s+(?:be|have\s+been)|thought\s+to\s+be|suspected\s+(?:to\s+be|of\s+being)|"
                 # "gunmen believed to belong to the X"
                 r"(?:believed|thought|suspected|said|reported)\s+to\s+(?:belong|be\s+linked|have\s+links)\s+to|"
                 # the other side of a clash the victims died in: "four policemen died in a clash with
                 # guerrillas of the X", "killed in fighting with X rebels"
                 r"(?:clash(?:es)?|fighting|battles?|firefights?|shootouts?|skirmish(?:es)?|confrontations?|gunfights?|"
                 r"encounters?)\s+with|"
                 # "blamed the raid on X", "blames the killings on the X"
                 r"blam(?:e|es|ed|ing)\s+(?:the\s+|this\s+|that\s+|these\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?(?:deaths?|murders?|"
                 r"killings?|massacres?|attacks?|bombings?|(?:air\s*)?strikes?|raids?|shelling|blasts?|explosions?)\s+on|"
                 # "we attribute the senator's death to the police"
                 r"attribut(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,3}?(?:deaths?|murders?|killings?|massacres?|"
                 r"assassinations?|attacks?|bombings?|crimes?|slayings?|(?:air\s*)?strikes?|raids?|shelling|bombardments?)\s+"
                 r"(?:[\w'’-]+\s+){0,7}?to|"
                 # "the attack was the work of X", "this action involved urban commandos of the X"
                 r"(?:was|were)\s+the\s+work\s+of|(?:attacks?|actions?|operations?|ambush(?:es)?|raids?|bombings?|"
                 r"assaults?|massacres?|killings?|murders?)\s+(?:\w+\s+){0,2}?involved)\s+(?:an?\s+|the\s+)?"
                 r"(?:(?:(?:urban|alleged|suspected|presumed|leftist|rightist|drug)\s+){0,2}(?:terrorists?|guerrillas?|guerillas?|members?|rebels?|"
                 r"traffickers|assassins|"
                 r"militants?|fighters?|commandos?|units?|gunmen|hit\s+men|squads?|cells?|elements?)\s+"
                 r"(?:of|belonging\s+to)\s+(?:an?\s+|the\s+)?"
                 # a named unit of the group: "by alleged members of the 22d Front of the FARC"
                 r"(?:(?:[\w'’-]+\s+){0,4}?(?:front|column|battalion|company|cell|unit|commando|command|faction|wing|bloc)\s+"
                 r"(?:of|belonging\s+to)\s+(?:the\s+)?)?)?"
                 # a word describing the group before its name: "shelling by the paramilitary RSF"
                 r"(?:(?:paramilitary|rebel|militant|jihadist|islamist|separatist|insurgent|extremist|terrorist|"
                 r"rival|outlawed|banned|leftist|rightist|right-wing|left-wing|guerrilla|militia|armed)\s+)?[\"“]?$",
                 re.IGNORECASE)
_BY = first_char_guard(_BY)  # (speed: the same matches)
# "the X claimed responsibility", "X admitted responsibility for the attack"
_RESPONSIBLE = re.compile(r"^(?:\s*,[^,.;]{1,60},)?[\s,)]*(?:[\w-]+[\s,]+){0,2}?(?:has\s+|have\s+|had\s+|later\s+)?(?:claimed|admitted|assumed|accepted|"
                          r"acknowledged)\s+(?:\w+\s+)?responsibility\b"
                          # "(JNIM) claimed the attack in a statement" (not "claimed the attack killed 40 militants")
                          r"|^[\s)]*(?:has\s+|have\s+|had\s+|later\s+|publicly\s+|openly\s+|quickly\s+)?claimed\s+(?:the|Saturday's|Sunday's|Monday's|"
                          r"Tuesday's|Wednesday's|Thursday's|Friday's|last\s+week's|this\s+week's)\s+(?:\w+\s+)?"
                          r"(?:attack|bombing|ambush|assault|raid|massacre|killings?|blast|explosion|(?:air\s*|drone\s+|missile\s+)?strike)s?\b"
                          r"(?!\s+(?:had\s+|has\s+|was\s+|were\s+)?(?:killed|left|hit|targeted|struck|wounded))"
                          # a caller's or a communique's word: "said the X had carried out the attack", "X was
                          # responsible for today's bombing" (its acronym may follow in brackets)
                          # "the X [acronym] said it was responsible for the bombing"
                          r"|^[\s)\]]*(?:\[[^\[\]]{1,60}\]\s*|\([^()]{1,60}\)\s*)?(?:[\w-]+\s+){0,2}?(?:said|says|stated|"
                          r"announced|declared|claimed)\s+(?:that\s+)?(?:it|they)\s+(?:was|were|had\s+been)\s+"
                          r"(?:responsible\s+for|behind)\b"
                          r"|^[\s)\]]*(?:\[[^\[\]]{1,60}\]\s*|\([^()]{1,60}\)\s*)?(?:has\s+|have\s+|had\s+)?"
                          r"(?:carried\s+out|perpetrated|committed|staged|(?:was|were)\s+responsible\s+for)\s+"
                          r"(?:the|this|that|these|today's|yesterday's|\w+day's|last\s+\w+'s)\s+(?:\w+\s+){0,2}?"
                          r"(?:attacks?|bombings?|ambush|assault|raid|massacre|killings?|murders?|assassination|blast|"
                          r"explosion)\b", re.IGNORECASE)
# the actor's campaign: "the Russian siege", "Russia's full-scale armed aggression", "Boko Haram's insurgency"
_CAMPAIGN_AFTER = re.compile(r"^[\s,]*(?:-led\s+)?(?:(?:has\s+|had\s+|have\s+)?(?:been\s+)?(?:stepped\s+up|intensified|escalated|"
                             r"pressed\s+on\s+with|began|launched|waged|waging)\s+(?:its|their|the|an?)\s+)?(?:[\w-]+\s+){0,2}?(?:siege|invasion|aggression|insurgency|"
                             r"bombing\s+campaign|air\s+campaign|military\s+campaign)\b", re.IGNORECASE)
# the accuser is not the accused: "the FMLN blamed the army", "X condemned the massacre"
_ACCUSER_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:has\s+|have\s+|had\s+|also\s+)?(?:blamed|blames|accused|accuses|condemned|"
    r"condemns|denounced|denounces|demanded|demands|called\s+for|protested|mourned)\b", re.IGNORECASE)
# "the FMLN holds Colonel X responsible for the victims", "the FMLN denied any part in it": an accuser
# or a denier, who names another as the author or none
_HOLDS_RESPONSIBLE = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:(?:holds|held|hold)\s+(?:[\w.'’-]+\s+){1,6}?"
                                r"(?:responsible|accountable)|(?:has\s+|have\s+|had\s+)?(?:denied|denies|rejected|rejects))\b",
                                re.IGNORECASE)
_STRIKE_WORD = re.compile(r"(?:strikes?|raids?|attacks?|shelling|bombardment|aircraft|warplanes|jets|drones?|"
                          r"missiles?|rockets?|artillery)\s*$", re.IGNORECASE)
_STRIKE_WORD = first_char_guard(_STRIKE_WORD)  # (speed: the same matches)
# the speaker after it: "A Hamas commander was the target of the strike, the military said."
_TARGET_TOLD = re.compile(r"\b(?:(?:was|were)\s+the\s+(?:intended\s+|main\s+|apparent\s+)?targets?\s+of\s+"
                          r"(?:the|its|their|an?)\s+(?:air\s*|drone\s+|missile\s+)?(?:strikes?|raids?|operations?)|"
                          + _OWN_STRIKE + r")", re.IGNORECASE)
_TARGET_TOLD = first_char_guard(_TARGET_TOLD)  # (speed: the same matches)
_SAID_AFTER = re.compile(r"^\s*,?\s*(?:\w+\s+){0,2}?(?:said|says|stated|states|added|confirmed|announced)\b", re.IGNORECASE)
_PASSIVE_OWNER = re.compile(r"\b(?:frequented|visited|patroni[sz]ed|run|held|controlled|operated|used|embedded|hidden|built|dug|occupied|governed|administered|backed|captured|seized|"
                            r"recaptured|retaken|liberated|taken)\s+"
                            # a time between: "a town held since 2019 by the X", "controlled for years by X"
                            r"(?:(?:since|from|for|in)\s+(?:[\w-]+\s+){1,2}?|(?:now|still|long)\s+)?by\s+(?:the\s+|an?\s+)?"
                            r"(?:\w+'s\s+)?$"
                            # the ruler of a place: "the area was under X control", "under the control of X"
                            r"|\bunder\s+(?:the\s+)?(?:(?:full|firm|effective|nominal)\s+)?(?:control|rule|occupation|"
                            r"administration|authority)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "under X control", "under Taliban rule" (after the name; not "under X fire", which names the author)
_UNDER_BEFORE = re.compile(r"\bunder\s+(?:the\s+)?$", re.IGNORECASE)
_RULE_AFTER = re.compile(r"^(?:['’]s)?\s+(?:control|rule|occupation|administration|authority)\b", re.IGNORECASE)
_PASSIVE_OWNER = first_char_guard(_PASSIVE_OWNER)  # (speed: the same matches)


# "the battle to recapture the city from IS", "an offensive to take the port from the
# rebels": the one driven out, not an author
_WRESTED_FROM = re.compile(r"\b(?:retake|retaking|recapture|recapturing|liberate|liberating|free|freeing|wrest|wresting|"
                           r"seize|seizing|capture|capturing|take|taking|took|drive|driving|drove|expel|expelling|oust|"
                           r"ousting|clear|clearing)\s+(?:[\w'’-]+\s+){1,3}(?:out\s+)?from\s+(?:the\s+)?$", re.IGNORECASE)
_WRESTED_FROM = first_char_guard(_WRESTED_FROM)  # (speed: the same matches)

# the object of a noun or a verb before a verb of the clause: "a rally held to celebrate the founding of
# the KIO killed 60 people", "the coalition battling the Islamic State group has admitted" (not
# "fighters of the X killed": its members)
_OBJECT_BEFORE = re.compile(r"\b(?!(?:fighters|members|troops|soldiers|units|militants|gunmen|forces|commandos|"
                            r"guerrillas|rebels|elements|men|squads?|cells?|columns?|wing|militiamen|jets|aircraft|"
                            r"drones?|warplanes|planes|artillery|positions|personnel|officials|officers|agents|"
                            r"operatives|leaders|commanders|heads|staff|sections?|wings?|factions?|"
                            # the act of its author: "air strikes of the coalition killed 12"
                            r"(?:air\s*)?strikes?|raids?|shelling|bombings?|bombardments?|attacks?|missiles?|rockets?|"
                            r"bombs?|shells|fire|gunfire|offensive|assault|ambush)\b)"
                            r"[a-z]+\s+(?:of|for|against|with|to|fighting|battling|targeting)\s+(?:the\s+|an?\s+)?$",
                            re.IGNORECASE)
_OBJECT_BEFORE = first_char_guard(_OBJECT_BEFORE)  # (speed: the same matches)

# "villagers had been told by the army to build barricades": the one giving orders or help, not an author;
# a party to an accord or a truce: "a de-escalation zone agreed by Russia and Turkey", "a truce brokered by X"
_ORDERED_BY = re.compile(r"\b(?:ordered|told|asked|urged|instructed|warned|advised|summoned|rescued|evacuated|"
                         r"escorted|guarded|protected|treated|recruited|mobili[sz]ed|conscripted|agreed|brokered|"
                         r"negotiated|mediated|guaranteed|sponsored|signed|endorsed)\s+(?:\w+\s+)?by\s+"
                         r"(?:an?\s+|the\s+)?(?:\w+['’]s\s+)?$", re.IGNORECASE)
_ORDERED_BY = first_char_guard(_ORDERED_BY)  # (speed: the same matches)

# "jihadists linked to al-Qaeda", "a group affiliated with the Islamic State": a parent, not the author
_AFFILIATE_OF = re.compile(r"\b(?:(?:linked|tied|affiliated|allied|aligned|loyal|close)\s+(?:to|with)|"
                           r"(?:affiliates?|offshoots?|branch|franchise|splinter\s+group|faction)\s+of)\s+(?:the\s+)?$",
                           re.IGNORECASE)
_AFFILIATE_OF = first_char_guard(_AFFILIATE_OF)  # (speed: the same matches)


# a claim through a caller who speaks for the group: "a caller who said he was a member of the X told a
# radio station the group was behind the ambush", "a caller claiming to speak for the X said it was
# responsible for the bombing"
_FOR_GROUP_BEFORE = re.compile(r"\b(?:members?\s+of|on\s+behalf\s+of|(?:speak(?:s|ing)?|spoke)\s+for|in\s+the\s+name\s+of|"
                               r"(?:representing|represent|represents))\s+(?:the\s+)?$", re.IGNORECASE)
_GROUP_DID = re.compile(r"^[^.;]{0,100}?\b(?:to\s+say|saying|said|says|claimed|claiming|stated|announced|"
                        r"told\s+(?:[\w'’-]+\s+){1,4}?that)\s+(?:that\s+)?"
                        r"(?:the\s+(?:group|organi[sz]ation|movement|front|command)|it|they)\s+(?:had\s+|has\s+|have\s+)?"
                        r"(?:carried\s+out|perpetrated|committed|staged|(?:was|were)\s+(?:responsible\s+for|behind))\b",
                        re.IGNORECASE)


def _caller_claims(sentence: str, match: ActorMatch) -> bool:
    return _FOR_GROUP_BEFORE.search(sentence[max(0, match.start - 40):match.start]) is not None \
        and _GROUP_DID.match(sentence[match.end:match.end + 200]) is not None


_WRITTEN_BY = re.compile(r"\b(?:communiqu[eé]s?|statements?|releases?|letters?|messages?|leaflets?|declarations?|notes?|"
                         r"videos?|broadcasts?|calls?)\s+(?:(?:issued|released|signed|sent|written|posted|published|"
                         r"made)\s+)?(?:by|from)\s+(?:the\s+)?$", re.IGNORECASE)
_WRITTEN_BY = first_char_guard(_WRITTEN_BY)  # (speed: the same matches)
_QUOTE_OPENS = re.compile(r"^(\s+)[\"“'‘]")
_QUOTE_CLOSES = re.compile(r"^(\s*\w+(?:\s+\w+)?)[\"”'’](?!s\b)")
_NEGATED_BEFORE = re.compile(r"\b(?:no|not\s+any|never\s+any)\s+[\"“']?$", re.IGNORECASE)
# what may stand between an actor and its verb: its acronym or full name in brackets ("the Manuel
# Liberation Front [PLF] staged the raid", the closing bracket of "[PLF]") or an aside
# ("the PLF, which was formed by student leaders in 1980, staged the raid")
_ASIDE_AFTER = re.compile(r"\s*(?:[\])]|\[[^\[\]]{1,60}\]|\([^()]{1,60}\)|,\s*(?:which|who)\s+(?:was|were|is|are|has|had)\s+"
                          r"[^,;.()\[\]]{1,100},)", re.IGNORECASE)
# the actor's own acronym or short name set off by commas: "guerrillas of the Tupac Amaru Revolutionary
# Movement, MRTA, attacked ..." (the aside must name the same actor)
_NAME_ASIDE = re.compile(r",\s*[\"“]?([\w.'’-]{2,24})[\"”]?\s*,")


# the last of several names: "by the ELN [...], the EPL [...] and the FARC [...] rebels" (the noun after
# it describes them all; the first, after "by", is read as the author)
_LIST_BEFORE = re.compile(r"(?:\band|\bor|,)\s+(?:the\s+)?$", re.IGNORECASE)


class _Skip:
    __slots__ = ("_end",)

    def __init__(self, end: int) -> None:
        self._end = end

    def end(self) -> int:
        return self._end


def _aside(sentence: str, match: ActorMatch) -> re.Match[str] | _Skip | None:
    """What stands between the actor and its verb: a bracketed name, a relative aside or its own
    acronym between commas (see ``_ASIDE_AFTER``, ``_NAME_ASIDE``)."""
    skip = _ASIDE_AFTER.match(sentence, match.end, match.end + 130)
    if skip is not None:
        return skip
    m = _NAME_ASIDE.match(sentence, match.end, match.end + 30)
    if m is None:
        return None
    same = exact_actor(m.group(1))
    return _Skip(m.end()) if same is not None and same.name == match.entry.name else None


# a comparison or a presence names an actor without making it act: "flying faster than Syrian regime
# jets", "unlike Russian aircraft", "Russian and Syrian aircraft were active over the city that day"
_COMPARED_BEFORE = re.compile(r"\b(?:than|unlike|resembl\w+|similar\s+to)\s+(?:the\s+|those\s+of\s+(?:the\s+)?)?$",
                              re.IGNORECASE)
_PRESENT_AFTER = re.compile(r"^(?:\s+(?:air\s*force|aircraft|warplanes|planes|jets|drones|helicopters|forces|troops|"
                            r"units|ships))?\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:also\s+|both\s+)?"
                            r"(?:active|operating|flying|present|deployed|seen|spotted|stationed|in\s+the\s+(?:area|skies|sky))\b",
                            re.IGNORECASE)


# a partner named after the actor, then its force noun (``force_after``), then the act of both:
# "Kenyan troops and Somali militiamen attacked the camp", "Iraqi forces together with allied
# fighters shelled the town" (not "talks between the army and the rebels", which has no act after)
_PARTNER = re.compile(r"\s+(?:and|alongside|together\s+with)(?:\s+(?:the|their|its|allied|local))?(?=\s)",
                      re.IGNORECASE)


def perpetrator_score(sentence: str, match: ActorMatch) -> int:
    """How clearly a sentence makes ``match`` the author of its event (0 = merely mentioned,
    -1 = named as owner or backer: "a prison run by the Houthis", "Houthi-held", "IS-run"; as a
    victim: "killed seven al-Shabaab militants"; or as an accuser: "the FMLN blamed the army")."""
    key = (sentence, match.start, match.end, match.text)  # all the score reads of the match
    got = _SCORES.get(key)
    if got is None:
        if len(_SCORES) >= _MEMO_SIZE:
            _SCORES.clear()
        got = _SCORES[key] = _score(sentence, match)
    return got


@lru_cache(maxsize=1)
def _office() -> re.Pattern[str]:
    words = load_toml("actors.toml").get("offices", {}).get("words", [])
    return re.compile(r"\s+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.IGNORECASE)


def _score(sentence: str, match: ActorMatch) -> int:
    if in_time_phrase(sentence, match.start, match.end):
        return 0  # "deaths since Russia's full-scale invasion": a date, not the author of the deaths
    after = sentence[match.end:match.end + 12].lower()
    if _office().match(sentence, match.end, match.end + 40):
        return -1  # "the armed forces joint chiefs of staff", "the army headquarters": an office or building
    if after.startswith(("-run", "-held", "-controlled", "-backed", "-led areas")) or \
            match.text.lower().endswith(("-backed", "-held", "-run", "-controlled")) or \
            _PASSIVE_OWNER.search(sentence[max(0, match.start - 50):match.start]) or (
                _UNDER_BEFORE.search(sentence[max(0, match.start - 12):match.start])
                and _RULE_AFTER.match(sentence[match.end:match.end + 20])):
        return -1
    if as_origin(sentence, match.start, match.end):
        return -1  # "who came to Texas from Turkey as a boy", "Turkish-born": a person's origin, no force
    by = _BY.search(sentence[max(0, match.start - 60):match.start]) is not None \
        and not _WRESTED_FROM.search(sentence[max(0, match.start - 60):match.start]) \
        and not _ORDERED_BY.search(sentence[max(0, match.start - 60):match.start])
    if not by and (as_victim(sentence, match.start, match.end) or _ACCUSER_AFTER.match(sentence[match.end:match.end + 40])):
        return -1
    if found_in(_DENIAL_BEFORE, sentence[:match.start]):  # (speed: regex_speed.folded)
        return -1  # the denier's counter-accusation: "denied it, saying the missile was fired by X"
    if found_in(_AFFILIATE_OF, sentence[max(0, match.start - 40):match.start]):
        return 0  # "fighters linked to al-Qaeda killed ...": the parent is named, the attackers are others
    if found_in(_COMPARED_BEFORE, sentence[max(0, match.start - 30):match.start]) or \
            _PRESENT_AFTER.match(sentence[match.end:match.end + 60]):
        return 0  # "faster than Syrian regime jets", "both air forces were active over the city": named, not acting
    if found_in(_WRITTEN_BY, sentence[max(0, match.start - 50):match.start]):
        return 0  # "a communique signed by the X", "a statement from the X": its author speaks, no act
    if _NEGATED_BEFORE.search(sentence[max(0, match.start - 12):match.start]):
        return 0  # "said that 'no IDF fire' had been directed at the crowd": a denial names no act
    score = 2 if by else 0
    rest = sentence[match.end:match.end + 90]
    said = rest
    if _QUOTE_OPENS.match(rest):  # a quoted verb: 'when Israeli forces "targeted" the crowd'
        said = _QUOTE_CLOSES.sub(r"\1", _QUOTE_OPENS.sub(r"\1", rest, count=1), count=1)
    skip = _aside(sentence, match)  # "the FPMR [...]", "X, which was founded in ...,", "the X, FPMR,"
    w = act_words()
    acts = (starts_with(w.acts_after, said) or (  # (speed: regex_speed.folded)
        skip is not None and starts_with(w.acts_after, sentence[skip.end():skip.end() + 90]))) and not by \
        and not found_in(_OBJECT_BEFORE, sentence[max(0, match.start - 40):match.start])
    if not acts and not by and _PARTNER.match(sentence, match.end) is not None:
        # a force acting with a partner: "US troops and Afghan commandos raided the village"
        pe = w.force_after.match(sentence, _PARTNER.match(sentence, match.end).end())  # type: ignore[union-attr]
        acts = pe is not None and starts_with(w.acts_after, sentence[pe.end():pe.end() + 90]) \
            and not found_in(_OBJECT_BEFORE, sentence[max(0, match.start - 40):match.start])
    # (past its bracketed acronym: "the ELN [Army of National Liberation] rebels dynamited a pipeline")
    eventish = w.eventish.match(rest[:20]) is not None or (
        skip is not None and sentence[match.end:skip.end()].lstrip()[:1] in "[(" and
        not _LIST_BEFORE.search(sentence, max(0, match.start - 8), match.start) and
        w.eventish.match(sentence[skip.end():skip.end() + 20]) is not None)
    if eventish or _RESPONSIBLE.match(rest) or acts or (by and w.acts_after.match(rest)) or \
            _CAMPAIGN_AFTER.match(rest[:45]) or _caller_claims(sentence, match) or (
                not by and _SAID_AFTER.match(rest) and _TARGET_TOLD.search(sentence, 0, match.start)):
        score += 2
    if _STRIKE_WORD.search(match.text):
        score += 2
    return score


# a sentence that goes on with the previous sentence's speaker as "it"/"they": "In a later statement it
# said the strike had targeted a commander", "It confirmed the strike."
_PRONOUN_OPENS = re.compile(r"^(?:(?:in|on|at|later|then|separately|however)\b[^,.;:]{0,50}?[\s,]+|"
                            r"(?:(?!(?:said|says|told|reported|added|stated|and|but|that)\b)[\w'’-]+[\s,]+){1,3}?)?"
                            r"(?:it|they)\b", re.IGNORECASE)


def pronoun_acts(sentence: str) -> bool:
    """True when ``sentence`` opens on "it"/"they" (the previous sentence's speaker) doing or owning
    the act ("It said its jets had struck a depot", "Hours later it added that its raid had been aimed at a
    commander", "They confirmed the raid")."""
    m = _PRONOUN_OPENS.match(sentence)
    return m is not None and starts_with(act_words().acts_after, sentence[m.end():m.end() + 90])


_BLAMED_ON = re.compile(r"\b(?:blamed\s+on|attributed\s+to|carried\s+out\s+by|claimed\s+by|blamed|blaming|accused|"
                        r"blam(?:e|es|ed|ing)\s+(?:the\s+|this\s+|that\s+|these\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?(?:deaths?|"
                        r"murders?|killings?|massacres?|attacks?|bombings?|(?:air\s*)?strikes?|raids?|shelling|blasts?|"
                        r"explosions?)\s+on|"
                        # "the police attributed the murder to the cartel"
                        r"attribut(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){1,3}?(?:deaths?|murders?|killings?|massacres?|"
                        r"assassinations?|attacks?|bombings?|crimes?|(?:air\s*)?strikes?|raids?|shelling|bombardments?)\s+to|"
                        r"(?:signature|hallmarks?|trademarks?)\s+of(?:\s+(?:the\s+)?(?:drug\s+)?traffickers\s+of)?|"
                        r"accusing|(?:identified\s+as|believed\s+to\s+be)(?:\s+(?:members|fighters|militants)\s+of)?)"
                        r"\s+(?:an?\s+|the\s+)?[\"“]?$", re.IGNORECASE)
_BLAMED_ON = first_char_guard(_BLAMED_ON)  # (speed: the same matches)


def accuses(sentence: str, match: ActorMatch) -> bool:
    """True when ``match`` accuses, condemns or denies in the sentence ("the FMLN blamed the army", "X
    holds the colonel responsible", "X denied any part in the attack"): a party that names another as
    the author, or none."""
    rest = sentence[match.end:match.end + 80]
    return _ACCUSER_AFTER.match(rest) is not None or _HOLDS_RESPONSIBLE.match(rest) is not None


def claims_at(sentence: str, end: int) -> bool:
    """True when the actor whose name ends at ``end`` claims the act ("the Islamic State group claimed
    responsibility for the blast"): a claimant that claims is the author."""
    return _RESPONSIBLE.match(sentence[end:end + 120]) is not None


def claims_responsibility(sentence: str, match: ActorMatch) -> bool:
    """True when the sentence makes ``match`` answer for the event by a claim of responsibility
    ("X claimed responsibility") or an attribution ("blamed on X", "the army accused X")."""
    skip = _aside(sentence, match)  # "X, which has waged ..., was responsible"
    return _RESPONSIBLE.match(sentence[match.end:match.end + 120]) is not None or \
        (skip is not None and _RESPONSIBLE.match(sentence[skip.end():skip.end() + 120]) is not None) or \
        _BLAMED_ON.search(sentence[max(0, match.start - 30):match.start]) is not None or _caller_claims(sentence, match) or \
        (may_claim(sentence) and claims_for(sentence, match))  # "A CALLER SAID THE X HAD CARRIED OUT THE ATTACK"


def perpetrators_in(sentence: str, *, exclude: tuple[int, int] | None = None,
                    tokens: list[Token] | None = None,
                    theatre: tuple[str, ...] | None = None,
                    words: set[str] | None = None) -> list[ActorMatch]:
    """Accused actors in a sentence, most likely first; ``exclude`` is the claimant's span.
    ``tokens`` (offsets relative to the sentence) and ``words`` (its ``[a-z]+`` lower-case words,
    or a superset) save reading them again. Victims and accusers ("killed seven IS fighters",
    "X blamed the army") are left out."""
    if len(sentence) > 2000:
        sentence = sentence[:2000]
        tokens = None
    scored: list[tuple[int, int, ActorMatch]] = []
    for f in find_actors(sentence, tokens=tokens, theatre=theatre, words=words):
        if f.entry.role == "claimant":
            continue
        if exclude is not None and f.start < exclude[1] and f.end > exclude[0]:
            continue
        if f.text.lower() in _COUNTRIES and sentence[f.end - 2:f.end] not in ("'s", "’s") and re.search(
                r"\b(?:in|to|from|into|across|near|of|inside|towards|via)\s+$",
                sentence[max(0, f.start - 12):f.start], re.IGNORECASE):
            continue  # "across the border in Turkey" is a place
        score = perpetrator_score(sentence, f)
        if score < 0:
            continue  # an owner, a victim or an accuser
        scored.append((-score, f.start, f))
    scored.sort(key=lambda x: (x[0], x[1]))
    return [f for _s, _p, f in scored]


def as_perpetrator(actor: Actor, *, theatre: tuple[str, ...] | None = None) -> Actor:
    """A speaking actor as the author of an act it admits or denies: a defence ministry becomes its
    forces (``forces`` in ``actors.toml``; else a military body's party, speakerforces.py); others
    are unchanged."""
    entry = exact_actor(actor.name)
    if entry is not None and entry.forces:
        return Actor(name=entry.forces, text=actor.text, kind="belligerent")
    return speaker_forces(actor, theatre=theatre) or actor if entry is None else actor
