"""Actors: the canonical list in ``civcas/data/actors.toml`` and who did it in a sentence.

* :func:`load_actors` / :func:`find_actors` / :func:`canonical_actor` are shared with linking and web.
  Generic names ("the coalition", "the regime", "American") are *theatre aliases*: they name an
  actor only in a story about its theatre (:mod:`civcas.extract.theatre`).
* :func:`perpetrators_in` finds accused actors ("a coalition airstrike", "strikes by Russian
  warplanes", "blamed on the regime"); :func:`perpetrator_score` says how clearly a sentence makes
  an actor the author of its event (negative for owners, backers, victims and accusers).
* Claimants (who says it) are in :mod:`civcas.extract.claims`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.actor_context import as_victim, in_time_phrase
from civcas.extract.speech import DENIAL_BEFORE as _DENIAL_BEFORE
from civcas.extract.speech import continues_denial, is_speaker, says_it_did
from civcas.extract.text import Token
from civcas.extract.typed import generic_perpetrator, unidentified_perpetrator
from civcas.models import Actor

__all__ = ["ActorEntry", "ActorMatch", "actor_of", "as_perpetrator", "canonical_actor", "claims_responsibility", "continues_denial", "exact_actor", "find_actors", "generic_perpetrator", "is_speaker",
           "load_actors", "perpetrator_score", "perpetrators_in", "says_it_did", "unidentified_perpetrator"]

# aliases that are also ordinary words: matched only in mixed-case text, with exact case
_AMBIGUOUS = frozenset({"IS", "UN", "AP", "WHO", "U.N.", "SABA", "WAFA", "Saba", "Wafa", "IRC", "NRC",
                        "SAF", "NUG", "IBC", "PHR", "TDF", "GNA", "LNA", "EPL"})


@dataclass(frozen=True, slots=True)
class ActorEntry:
    name: str
    kind: str
    role: str  # perpetrator | claimant | both
    aliases: tuple[str, ...]
    countries: tuple[str, ...]
    theatre_aliases: tuple[str, ...] = ()  # names meaning this actor only inside its countries
    local_aliases: tuple[str, ...] = ()  # the same, but never read when no theatre is known
    forces: str = ""  # the actor acting for this speaking institution (a defence ministry's forces)
    speaks_as: str = ""  # the claimant name of an office speaking for another actor (a press office's forces)


@dataclass(frozen=True, slots=True)
class ActorMatch:
    entry: ActorEntry
    text: str
    start: int
    end: int


@lru_cache(maxsize=1)
def load_actors() -> tuple[ActorEntry, ...]:
    """Every canonical actor of ``civcas/data/actors.toml``."""
    raw = load_toml("actors.toml")
    out = []
    for a in raw.get("actor", []):
        out.append(ActorEntry(name=a["name"], kind=a["kind"], role=a["role"],
                              aliases=tuple(dict.fromkeys([a["name"], *a.get("aliases", [])])),
                              countries=tuple(a.get("countries", [])),
                              theatre_aliases=tuple(a.get("theatre_aliases", [])),
                              local_aliases=tuple(a.get("local_aliases", [])),
                              forces=a.get("forces", ""), speaks_as=a.get("speaks_as", "")))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Alias:
    toks: tuple[str, ...]
    alias: str
    entry: ActorEntry  # the reading outside any theatre (or with no theatre known)
    cs: bool  # case-sensitive
    bound: tuple[ActorEntry, ...] = ()  # theatre readings, in file order
    fallback: bool = True  # ``entry`` is a plain alias (valid in every theatre)
    default: ActorEntry | None = None  # the reading when the document has no theatre cue


@lru_cache(maxsize=1)
def _alias_index() -> tuple[dict[str, tuple[_Alias, ...]], dict[str, ActorEntry]]:
    """First token -> aliases starting with it, longest first; alias (lower case) -> entry."""
    from civcas.extract.text import tokenize

    plain: dict[str, tuple[str, ActorEntry]] = {}
    bound: dict[str, list[ActorEntry]] = {}
    default: dict[str, ActorEntry] = {}
    written: dict[str, str] = {}
    for e in load_actors():
        for a in e.aliases:
            # case-sensitive aliases keep each written form ("SABA" and "Saba")
            plain.setdefault(a if (a.isupper() and len(a) <= 5) or a in _AMBIGUOUS else a.lower(), (a, e))
        for a in (*e.theatre_aliases, *e.local_aliases):
            bound.setdefault(a.lower(), []).append(e)
            written.setdefault(a.lower(), a)
        for a in e.theatre_aliases:
            default.setdefault(a.lower(), e)
    by_alias = {k.lower(): e for k, (_a, e) in reversed(plain.items())}
    for k, e in default.items():
        by_alias.setdefault(k, e)
    first: dict[str, list[_Alias]] = {}
    for low in dict.fromkeys([*plain, *bound]):
        got = plain.get(low)
        a = got[0] if got is not None else written.get(low, low)
        pe: ActorEntry | None = got[1] if got is not None else None
        toks = tuple(t.low[:-2] if t.low.endswith(("'s", "’s")) else t.low for t in tokenize(a))
        if not toks:
            continue
        cs = (a.isupper() and len(a) <= 5) or a in _AMBIGUOUS
        bs = tuple(bound.get(low, ()))
        row = _Alias(toks, a, pe if pe is not None else bs[0], cs, bs, pe is not None,
                     default.get(low, pe))
        first.setdefault(toks[0], []).append(row)
    return ({k: tuple(sorted(v, key=lambda x: -len(x.toks))) for k, v in first.items()}, by_alias)


def _reading(row: _Alias, theatre: tuple[str, ...] | None) -> ActorEntry | None:
    """The actor a (possibly theatre-bound) alias names in a document about ``theatre``."""
    if not row.bound:
        return row.entry
    if not theatre:
        return row.default
    for cc in theatre:
        for e in row.bound:
            if cc in e.countries:
                return e
    return row.entry if row.fallback else None


@lru_cache(maxsize=1)
def alias_words() -> frozenset[str]:
    """Lower-case alphabetic words of every alias except function words: a sentence sharing none
    of them names no known actor (a cheap pre-filter)."""
    skip = {"the", "of", "for", "a", "an", "in", "on", "and", "s", "al", "el", "is", "us", "un", "ap", "to",
            "who", "u", "n", "group", "state", "news", "agency", "office", "mission", "national",
            "international", "human", "rights", "health", "ministry", "forces", "army",
            "military", "fighters", "militants", "troops", "led", "officials", "authorities",
            "strike", "strikes", "air", "shelling", "drone", "drones", "jets", "aircraft", "front",
            "people", "general", "service", "security", "committee"}
    out: set[str] = set()
    for e in load_actors():
        for a in (*e.aliases, *e.theatre_aliases, *e.local_aliases):
            if a.isupper() and len(a) <= 5:
                continue  # acronyms are found by their capitals (see may_name_actor)
            words = [w for w in re.findall(r"[a-z]+", a.lower()) if w not in skip]
            out.update(words)
    return frozenset(out)


_ACRONYM = re.compile(r"\b[A-Z][A-Z.\-]{1,6}\b")


def may_name_actor(text: str, words: set[str]) -> bool:
    """False when ``text`` (with lower-case word set ``words``) certainly names no known actor."""
    return (not alias_words().isdisjoint(words) or _ACRONYM.search(text) is not None) \
        and may_match_alias(text, words)


_AZ = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _alias_keys() -> tuple[frozenset[str], dict[str, tuple[tuple[frozenset[str], str | None], ...]],
                           tuple[tuple[str, ...], ...], bool]:
    """For :func:`may_match_alias`: tokens equal to an alias's tokens have the same ``[a-z]+``
    pieces, all words of the lower-cased text, and a case-sensitive alias is written as such.
    Returns (one piece per alias, that piece -> (pieces, case-sensitive alias or None), caseless
    aliases without pieces such as "19", whether some other alias has no pieces)."""
    reps: dict[str, list[tuple[frozenset[str], str | None]]] = {}
    raw: list[tuple[str, ...]] = []
    other = False
    for rows in _alias_index()[0].values():
        for row in rows:
            pieces = frozenset(w for t in row.toks for w in _AZ.findall(t))
            if pieces:
                rep = max(sorted(pieces), key=len)
                reps.setdefault(rep, []).append((pieces, row.alias if row.cs else None))
            elif all(t.lower() == t.upper() for t in row.toks):
                raw.append(row.toks)
            else:
                other = True
    return frozenset(reps), {k: tuple(v) for k, v in reps.items()}, tuple(raw), other


def may_match_alias(text: str, words: set[str]) -> bool:
    """False when :func:`find_actors` certainly finds nothing in ``text`` (``words``: the set of
    ``[a-z]+`` words of ``text.lower()``, or a superset). A performance pre-test, exact."""
    rep_set, reps, raw, other = _alias_keys()
    if other:
        return True
    for w in rep_set.intersection(words):
        for pieces, cs in reps[w]:
            if pieces <= words and (cs is None or cs in text):
                return True
    return any(all(t in text for t in toks) for toks in raw)


# recent answers of :func:`find_actors` and :func:`perpetrator_score`: pure functions that the
# readers of one document ask again for the same text (the claimant reader reads a subject twice;
# the main-perpetrator scan, the sentence's perpetrators and the figure's perpetrator score the same
# sentence). Bounded: emptied when full, so they hold about a document's worth of answers.
_MEMO_SIZE = 512
_FOUND: dict[tuple[str, tuple[str, ...] | None], tuple[ActorMatch, ...]] = {}
_SCORES: dict[tuple[str, int, int, str], int] = {}


def find_actors(text: str, *, tokens: list[Token] | None = None,
                theatre: tuple[str, ...] | None = None, words: set[str] | None = None) -> list[ActorMatch]:
    """Known actors named in ``text``, left to right, longest alias first, non-overlapping.

    Aliases are matched on word tokens, case-insensitively, except short acronyms ("IS", "UN",
    "SDF"), which must match exactly; the ambiguous ones ("IS", "UN", "AP", "WHO") are not read in
    all-upper-case text. ``theatre`` (the document's countries, most-mentioned first) decides what
    a theatre alias names; with None (unknown) or () (no cue) its first reading is taken.
    ``words`` (the ``[a-z]+`` words of ``text.lower()``, or a superset, as the caller has them)
    saves reading them again for the pre-test; ``tokens``, the tokens of ``text``
    (:func:`~civcas.extract.text.tokenize`) or their first 400 when there are more, saves
    tokenising it again."""
    if not may_match_alias(text, words if words is not None else set(_AZ.findall(text.lower()))):
        return []  # no token can start an alias (saves tokenising and the scan)
    if tokens is not None and len(tokens) >= 400:
        return _find_actors(text, tokens, theatre)  # (perhaps cut short: not remembered)
    key = (text, theatre)
    got = _FOUND.get(key)
    if got is None:
        if len(_FOUND) >= _MEMO_SIZE:
            _FOUND.clear()
        got = _FOUND[key] = tuple(_find_actors(text, tokens, theatre))
    return list(got)


def _find_actors(text: str, tokens: list[Token] | None, theatre: tuple[str, ...] | None) -> list[ActorMatch]:
    """:func:`find_actors` after its pre-test."""
    from civcas.extract.text import tokenize

    index, _by_alias = _alias_index()
    upper = text.isupper()
    toks = tokens if tokens is not None else tokenize(text)
    lows = [t.low for t in toks]
    if "'" in text or "’" in text:  # a possessive token holds an apostrophe of the text
        lows = [w[:-2] if w.endswith(("'s", "’s")) else w for w in lows]
    out: list[ActorMatch] = []
    n = len(toks)
    after = 0  # the token after the last alias found (aliases do not overlap)
    for i in [k for k, w in enumerate(lows) if w in index]:  # the tokens that can start an alias
        if i < after:
            continue
        for row in index[lows[i]]:
            k = len(row.toks)
            if tuple(lows[i:i + k]) != row.toks:
                continue
            alias = row.alias
            written = text[toks[i].start:toks[i + k - 1].end]
            if written.endswith(("'s", "’s")) and not alias.endswith(("'s", "’s")):
                written = written[:-2]
            if row.cs and (written != alias or (upper and alias in _AMBIGUOUS)):
                continue
            if i + k < n and lows[i + k] == "-" and toks[i + k].start == toks[i + k - 1].end:
                continue  # "Israeli-made" is not the Israeli military
            entry = _reading(row, theatre)
            if entry is None:
                continue  # "the coalition" in a story about El Salvador
            out.append(ActorMatch(entry, written, toks[i].start, toks[i + k - 1].end))
            after = i + k
            break
    return out


def canonical_actor(text: str, *, theatre: tuple[str, ...] | None = None) -> ActorEntry | None:
    """The canonical actor for a name or alias as written (case-insensitive), or None."""
    _index, by_alias = _alias_index()
    e = by_alias.get(text.strip().lower()) if theatre is None else None
    if e is not None:
        return e
    found = find_actors(text, theatre=theatre)
    return found[0].entry if found else None


def exact_actor(name: str) -> ActorEntry | None:
    """The canonical actor whose name or plain alias is exactly ``name`` (case-insensitive), or None;
    unlike :func:`canonical_actor`, a name merely containing an alias ("Israeli health ministry") is none."""
    return _alias_index()[1].get(name.strip().lower())


# ------------------------------------------------------------------------------ perpetrators

_COUNTRIES = frozenset({"turkey", "russia", "israel", "saudi arabia", "ukraine", "syria", "iraq",
                        "iran", "yemen", "damascus", "moscow", "kyiv"})
# "by X", "attributed to X", "blamed X for", and "by terrorists of the X", "by a commando of the X"
_BY = re.compile(r"\b(?:by|blamed\s+on|attributed\s+to|carried\s+out\s+by|from|blamed|blaming|accused|accusing|"
                 # "we attribute the senator's death to the police"
                 r"attribut(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,3}?(?:deaths?|murders?|killings?|massacres?|"
                 r"assassinations?|attacks?|bombings?|crimes?|slayings?)\s+(?:[\w'’-]+\s+){0,7}?to)\s+(?:an?\s+|the\s+)?"
                 r"(?:(?:urban\s+|alleged\s+|suspected\s+)?(?:terrorists?|guerrillas?|guerillas?|members?|rebels?|"
                 r"militants?|fighters?|commandos?|units?|gunmen|hit\s+men|squads?|cells?|elements?)\s+"
                 r"of\s+(?:an?\s+|the\s+)?)?$",
                 re.IGNORECASE)
# "the X claimed responsibility", "X admitted responsibility for the attack"
_RESPONSIBLE = re.compile(r"^(?:\s*,[^,.;]{1,60},)?[\s,)]*(?:[\w-]+[\s,]+){0,2}?(?:has\s+|have\s+|had\s+|later\s+)?(?:claimed|admitted|assumed|accepted|"
                          r"acknowledged)\s+(?:\w+\s+)?responsibility\b"
                          # "(JNIM) claimed the attack in a statement" (not "claimed the attack killed 40 militants")
                          r"|^[\s)]*(?:has\s+|have\s+|had\s+|later\s+)?claimed\s+(?:the|Saturday's|Sunday's|Monday's|"
                          r"Tuesday's|Wednesday's|Thursday's|Friday's|last\s+week's|this\s+week's)\s+(?:\w+\s+)?"
                          r"(?:attack|bombing|ambush|assault|raid|massacre|killings?|blast|explosion)s?\b"
                          r"(?!\s+(?:had\s+|has\s+|was\s+|were\s+)?(?:killed|left|hit|targeted|struck|wounded))", re.IGNORECASE)
# the actor's campaign: "the Russian siege", "Russia's full-scale armed aggression", "Boko Haram's insurgency"
_CAMPAIGN_AFTER = re.compile(r"^\s*(?:-led\s+)?(?:(?:has\s+|had\s+|have\s+)?(?:stepped\s+up|intensified|escalated|"
                             r"pressed\s+on\s+with|began|launched)\s+(?:its|their|the)\s+)?(?:[\w-]+\s+){0,2}?(?:siege|invasion|aggression|insurgency|"
                             r"bombing\s+campaign|air\s+campaign|military\s+campaign)\b", re.IGNORECASE)
_EVENTISH = re.compile(r"^\s*(?:-led\s+)?(?:(?:cruise|ballistic|guided|heavy|artillery|air|naval|rocket|"
                       r"drone|mortar|tank|fighter|special|ground|government|security|armed|urban)\s+)?(?:air\s*strikes?|strikes?|raids?|air\s+raids?|shelling|warplanes?|"
                       r"jets?|forces|drones?|artillery|bombardment|missiles?|rockets?|troops|"
                       r"fighters|militants|gunmen|attack|bombing|tanks?|aircraft|helicopters?|"
                       r"shells?|snipers?|soldiers|army|guerrillas?|rebels|commandos?|insurgents|militiamen|"
                       r"hit\s+men|death\s+squads?|operatives|subversives|terrorists|urban\s+commandos)\b", re.IGNORECASE)
# the accuser is not the accused: "the FMLN blamed the army", "X condemned the massacre"
_ACCUSER_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:has\s+|have\s+|had\s+|also\s+)?(?:blamed|blames|accused|accuses|condemned|"
    r"condemns|denounced|denounces|demanded|demands|called\s+for|protested|mourned)\b", re.IGNORECASE)
_STRIKE_WORD = re.compile(r"(?:strikes?|raids?|attacks?|shelling|bombardment|aircraft|warplanes|jets|drones?|"
                          r"missiles?|rockets?|artillery)\s*$", re.IGNORECASE)
# the actor as the acting subject: "coalition aircraft hit the market", "the Pentagon says it struck",
# "the coalition has acknowledged that its strikes killed"
_ACTS_AFTER = re.compile(
    r"^\s*(?:,\s*(?:who|which)\s+)?(?:(?:had|has|have|also|reportedly|allegedly|then|later)\s+){0,2}(?:[a-z]+ly\s+)?(?:hit|struck|bombed|shelled|"
    r"attacked|targeted|fired|pounded|raided|stormed|ambushed|massacred|executed|"
    r"launched|carried\s+out|opened\s+fire|killed|murdered|assassinated|kidnapped|abducted|machine-?gunned|"
    r"strafed|bombarded|dynamited|staged|perpetrated|began\s+(?:bombing|shelling|firing|attacking|strafing))\b"
    r"|^[\s,]*(?:[\w'’-]+[\s,]+){0,6}?(?:has\s+|have\s+|had\s+)?(?:acknowledged|acknowledges|admitted|admits|"
    r"conceded|concedes)\b"
    r"|^\s*(?:\w+\s+){0,2}?(?:said|says|stated|states|confirmed|confirms|announced|announces)\s+(?:that\s+)?"
    r"(?:it|they|its\s+\w+|their\s+\w+)\s+(?:had\s+|has\s+|have\s+|were\s+|was\s+)?(?:hit|struck|targeted|targeting|"
    r"bombed|shelled|carried\s+out|conducted|killed|launched)\b"
    # blamed or tried for it: "the armed forces are responsible for the murder", "officers of the army
    # are to be brought to trial for the killings"
    r"|^\s*(?:(?!not\b|never\b)\w+\s+){0,2}?(?:is|are|was|were)\s+(?:(?:also|allegedly|reportedly|believed\s+to\s+be)\s+)?"
    r"(?:(?:directly\s+)?responsible\s+for|to\s+blame\s+for|(?:to\s+be\s+|being\s+)?(?:brought\s+to\s+trial|tried|"
    r"charged|convicted|indicted|prosecuted)\s+(?:for|with|over))\b",
    re.IGNORECASE)
_PASSIVE_OWNER = re.compile(r"\b(?:run|held|controlled|operated|used|embedded|hidden|built|dug|occupied|governed|administered|backed|captured|seized|"
                            r"recaptured|retaken|liberated|taken)\s+by\s+(?:the\s+)?"
                            r"(?:\w+'s\s+)?$", re.IGNORECASE)


# "the battle to retake Mosul from the Islamic State group": the one driven out, not an author
_WRESTED_FROM = re.compile(r"\b(?:retake|retaking|recapture|recapturing|liberate|liberating|free|freeing|wrest|wresting|"
                           r"seize|seizing|capture|capturing)\s+(?:[\w'’-]+\s+){1,3}from\s+(?:the\s+)?$", re.IGNORECASE)

# "residents had been ordered by the army to dig trenches": the one giving orders or help, not an author
_ORDERED_BY = re.compile(r"\b(?:ordered|told|asked|urged|instructed|warned|advised|summoned|rescued|evacuated|"
                         r"escorted|guarded|protected|treated|recruited|mobili[sz]ed|conscripted)\s+(?:\w+\s+)?by\s+"
                         r"(?:an?\s+|the\s+)?(?:\w+['’]s\s+)?$", re.IGNORECASE)

# "jihadists linked to al-Qaeda", "a group affiliated with the Islamic State": a parent, not the author
_AFFILIATE_OF = re.compile(r"\b(?:(?:linked|tied|affiliated|allied|aligned|loyal|close)\s+(?:to|with)|"
                           r"(?:affiliates?|offshoots?|branch|franchise|splinter\s+group|faction)\s+of)\s+(?:the\s+)?$",
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
            _PASSIVE_OWNER.search(sentence[max(0, match.start - 40):match.start]):
        return -1
    by = _BY.search(sentence[max(0, match.start - 50):match.start]) is not None \
        and not _WRESTED_FROM.search(sentence[max(0, match.start - 60):match.start]) \
        and not _ORDERED_BY.search(sentence[max(0, match.start - 60):match.start])
    if not by and (as_victim(sentence, match.start, match.end) or _ACCUSER_AFTER.match(sentence[match.end:match.end + 40])):
        return -1
    if _DENIAL_BEFORE.search(sentence[:match.start]):
        return -1  # the denier's counter-accusation: "denied it, saying the missile was fired by X"
    if _AFFILIATE_OF.search(sentence[max(0, match.start - 40):match.start]):
        return 0  # "fighters linked to al-Qaeda killed ...": the parent is named, the attackers are others
    score = 2 if by else 0
    rest = sentence[match.end:match.end + 90]
    if _EVENTISH.match(rest[:20]) or _RESPONSIBLE.match(rest) or _ACTS_AFTER.match(rest) or \
            _CAMPAIGN_AFTER.match(rest[:45]):
        score += 2
    if _STRIKE_WORD.search(match.text):
        score += 2
    return score


_BLAMED_ON = re.compile(r"\b(?:blamed\s+on|attributed\s+to|carried\s+out\s+by|claimed\s+by|blamed|blaming|accused|"
                        r"accusing)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


def claims_responsibility(sentence: str, match: ActorMatch) -> bool:
    """True when the sentence makes ``match`` answer for the event by a claim of responsibility
    ("X claimed responsibility") or an attribution ("blamed on X", "the army accused X")."""
    return _RESPONSIBLE.match(sentence[match.end:match.end + 120]) is not None or \
        _BLAMED_ON.search(sentence[max(0, match.start - 30):match.start]) is not None


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


def as_perpetrator(actor: Actor) -> Actor:
    """A speaking actor as the author of an act it admits or denies: a defence ministry becomes its
    forces (``forces`` in ``actors.toml``); others are unchanged."""
    entry = _alias_index()[1].get(actor.name.lower())
    if entry is None or not entry.forces:
        return actor
    return Actor(name=entry.forces, text=actor.text, kind="belligerent")


def actor_of(match: ActorMatch) -> Actor:
    """The model :class:`Actor` of a match (canonical name, text as written, kind)."""
    return Actor(name=match.entry.name, text=match.text, kind=match.entry.kind)  # type: ignore[arg-type]
