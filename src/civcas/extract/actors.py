"""Actors: the canonical list in ``civcas/data/actors.toml`` and who says / who did it in a sentence.

* :func:`load_actors` / :func:`find_actors` / :func:`canonical_actor` are shared with linking and web.
* :func:`claimant_in` finds the source of a sentence ("..., the Observatory said", "according to X",
  "X told AFP", "Reuters, citing the monitor" -> the monitor).  Pronouns and generic anaphora
  ("the monitor", "he said") resolve to the most recent claimant of the document.
* :func:`perpetrators_in` finds accused actors ("a coalition airstrike", "strikes by Russian
  warplanes", "blamed on the regime").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.text import Token
from civcas.models import Actor

# aliases that are also ordinary words: matched only in mixed-case text, with exact case
_AMBIGUOUS = frozenset({"IS", "UN", "AP", "WHO", "U.N.", "SABA", "WAFA", "Saba", "Wafa"})


@dataclass(frozen=True, slots=True)
class ActorEntry:
    name: str
    kind: str
    role: str  # perpetrator | claimant | both
    aliases: tuple[str, ...]
    countries: tuple[str, ...]


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
                              countries=tuple(a.get("countries", []))))
    return tuple(out)


@lru_cache(maxsize=1)
def _alias_index() -> tuple[dict[str, tuple[tuple[tuple[str, ...], str, ActorEntry, bool], ...]],
                            dict[str, ActorEntry]]:
    """First token -> (alias tokens, alias, entry, case-sensitive), longest first; alias -> entry."""
    from civcas.extract.text import tokenize

    by_alias: dict[str, ActorEntry] = {}
    first: dict[str, list[tuple[tuple[str, ...], str, ActorEntry, bool]]] = {}
    for e in load_actors():
        for a in e.aliases:
            by_alias.setdefault(a.lower(), e)
            toks = tuple(t.low for t in tokenize(a))
            if not toks:
                continue
            cs = (a.isupper() and len(a) <= 5) or a in _AMBIGUOUS
            first.setdefault(toks[0], []).append((toks, a, e, cs))
    return ({k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in first.items()}, by_alias)


@lru_cache(maxsize=1)
def alias_words() -> frozenset[str]:
    """Lower-case alphabetic words of every alias except function words: a sentence sharing none
    of them names no known actor (a cheap pre-filter)."""
    skip = {"the", "of", "for", "a", "an", "in", "on", "and", "s", "al", "el", "is", "us", "un", "ap",
            "who", "u", "n", "group", "state", "news", "agency", "office", "mission", "national",
            "international", "human", "rights", "health", "ministry", "forces", "army",
            "military", "fighters", "militants", "troops", "led", "officials", "authorities",
            "strike", "strikes", "air", "shelling", "drone", "drones", "jets", "aircraft", "front",
            "people", "general", "service", "security", "committee"}
    out: set[str] = set()
    for e in load_actors():
        for a in e.aliases:
            if a.isupper() and len(a) <= 5:
                continue  # acronyms are found by their capitals (see may_name_actor)
            words = [w for w in re.findall(r"[a-z]+", a.lower()) if w not in skip]
            out.update(words)
    return frozenset(out)


_ACRONYM = re.compile(r"\b[A-Z][A-Z.\-]{1,6}\b")


def may_name_actor(text: str, words: set[str]) -> bool:
    """False when ``text`` (with lower-case word set ``words``) certainly names no known actor."""
    return not alias_words().isdisjoint(words) or _ACRONYM.search(text) is not None


def find_actors(text: str, *, tokens: list[Token] | None = None) -> list[ActorMatch]:
    """Known actors named in ``text``, left to right, longest alias first, non-overlapping.

    Aliases are matched on word tokens, case-insensitively, except short acronyms ("IS", "UN",
    "SDF"), which must match exactly; the ambiguous ones ("IS", "UN", "AP", "WHO") are not read in
    all-upper-case text."""
    from civcas.extract.text import tokenize

    index, _by_alias = _alias_index()
    upper = text.isupper()
    toks = tokens if tokens is not None else tokenize(text)
    lows = [t.low[:-2] if t.low.endswith(("'s", "’s")) else t.low for t in toks]
    out: list[ActorMatch] = []
    i = 0
    n = len(toks)
    while i < n:
        cands = index.get(lows[i])
        hit = None
        if cands:
            for alias_toks, alias, entry, cs in cands:
                k = len(alias_toks)
                if tuple(lows[i:i + k]) != alias_toks:
                    continue
                written = text[toks[i].start:toks[i + k - 1].end]
                if written.endswith(("'s", "’s")) and not alias.endswith(("'s", "’s")):
                    written = written[:-2]
                if cs and (written != alias or (upper and alias in _AMBIGUOUS)):
                    continue
                if i + k < n and lows[i + k] == "-" and toks[i + k].start == toks[i + k - 1].end:
                    continue  # "Israeli-made" is not the Israeli military
                hit = ActorMatch(entry, written, toks[i].start, toks[i + k - 1].end)
                i += k
                break
        if hit is not None:
            out.append(hit)
        else:
            i += 1
    return out


def canonical_actor(text: str) -> ActorEntry | None:
    """The canonical actor for a name or alias as written (case-insensitive), or None."""
    _index, by_alias = _alias_index()
    e = by_alias.get(text.strip().lower())
    if e is not None:
        return e
    found = find_actors(text)
    return found[0].entry if found else None


# ------------------------------------------------------------------------------ claimants

_SAY = (r"(?:said|says|say|told|tells|reported|reports|stated|states|announced|announces|added|adds|"
        r"confirmed|confirms|estimated|estimates|documented|documents|recorded|records|counted|"
        r"assessed|assesses|claimed|claims|noted|wrote|tweeted|posted|published|gave\s+a\s+(?:death\s+)?toll|"
        r"denied|denies|rejected|acknowledged|admitted|concluded|found|accused|blamed|"
        r"put\s+the\s+(?:death\s+)?toll|put\s+the\s+number|quoted|cited|announcing|saying)")
_CITING = re.compile(r"\b(?:citing|quoting)\s+(?P<x>[^,.;:()\"“”]{2,90})|\bquoted\s+(?P<y>[^,.;:()]{2,90}?)\s+as\s+saying",
                     re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<x>[^,.;:()\"“”]{2,90})", re.IGNORECASE)
_INVERTED = re.compile(r"[,\"”’']\s*(?:" + _SAY + r")\s+(?P<x>[^,.;:()\"“”]{2,90})", re.IGNORECASE)
_SUBJECT = re.compile(r"(?:^|[,;:\"“”(]\s*|\bthat\s+|\bbut\s+|\band\s+)(?P<x>[^,.;:()\"“”]{2,90}?),?\s+"
                      r"(?:(?:also|later|earlier|previously|separately|initially|now|has|have|had)\s+)?"
                      + _SAY + r"\b", re.IGNORECASE)
_SAY_ONLY = re.compile(r"\b" + _SAY + r"\b", re.IGNORECASE)

_ANAPHORA = frozenset({
    "he", "she", "they", "it", "the monitor", "the group", "the watchdog", "the spokesman",
    "the spokeswoman", "the spokesperson", "the official", "officials", "the organisation",
    "the organization", "the agency", "the ministry", "the source", "the sources", "the observatory",
    "the network", "the statement", "the report", "a spokesman", "a spokeswoman", "the war monitor",
    "the britain-based monitor", "the uk-based monitor", "the rights group", "the body", "the office",
})
_LEAD_WORDS = frozenset({"earlier", "later", "in", "on", "at", "by", "after", "meanwhile", "separately",
                         "yesterday", "today", "overnight", "before", "during", "since"})
_NOT_CLAIMANT = re.compile(
    r"\d|\b(?:killed|wounded|injured|died|dead|strikes?|struck|attack|people|civilians|i|we|you|"
    r"which|who|what|there|this|that|when|where|while|if|as)\b", re.IGNORECASE)
_KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("un", r"\bU\.?N\.?\b|united nations"),
    ("ngo", r"amnesty|watch\b|red cross|red crescent|\bngo\b|charity|human rights group|rights group"),
    ("monitor", r"monitor|observatory|network for human rights|watchdog"),
    ("belligerent", r"\barmy\b|forces|coalition|militia|commander|spokesman for the|pentagon|"
                    r"defen[cs]e ministry|ministry of defen[cs]e|soldier|troops|rebels|brigade|"
                    r"investigators|military sources|^military\b"),
    ("government", r"health\s+(?:officials?|ministry|department|directorate|authorit)|"
                   r"ministry|minister|directorate|department|administration|governor|prosecutor|"
                   r"president|mayor|council|police|authorit|governorate|intelligence|railway|"
                   r"emergency service|interior|embassy"),
    ("medical", r"hospital|doctor|medic|health|medical|paramedic|ambulance|nurse|surgeon|clinic"),
    ("government", r"official|government|state\b"),
    ("media", r"agency|news|\btv\b|television|radio|newspaper|channel|media|reporter|correspondent"),
    ("belligerent", r"military"),
    ("local", r"activist|resident|local|witness|villager|civil defen|rescue|source|relative|"
              r"neighbo"),
)


def guess_kind(text: str) -> str:
    """Actor kind from the words of an unknown claimant ("the ministry" -> government)."""
    for kind, pattern in _KIND_WORDS:
        if re.search(pattern, text, re.IGNORECASE):
            return kind
    return "local"


def _clean(x: str) -> str:
    x = re.sub(r"\s+", " ", x).strip(" '\"“”’‘-")
    x = re.sub(r"^(?:the|a|an)\s+", "", x, flags=re.IGNORECASE)
    x = re.sub(r"\s+(?:on|in|late|early|last|this|that|yesterday|today|tonight)\b.*$", "", x,
               flags=re.IGNORECASE)
    return x.strip()


@dataclass(frozen=True, slots=True)
class Claim:
    actor: Actor
    start: int  # span of the claimant text inside the sentence
    end: int


def _resolve(x: str, start: int, last: Actor | None) -> Claim | None:
    raw = x.strip()
    low = re.sub(r"\s+", " ", raw.lower())
    low = re.sub(r"^(?:but|and)\s+", "", low)
    end = start + len(x)
    if _NOT_CLAIMANT.search(raw) and not find_actors(raw):
        return None
    words = raw.split()
    if len(words) > 9 or (words and words[0].lower() in _LEAD_WORDS):
        # "Earlier in the day the head of the railway company": keep the subject
        for k in range(len(words) - 2, 0, -1):
            if words[k].lower() in ("the", "a", "an"):
                cut = raw.find(" ".join(words[k:]))
                start, raw = start + cut, " ".join(words[k:])
                low = raw.lower()
                break
    found = find_actors(raw)
    if found:
        claimants = [f for f in found if f.entry.role in ("claimant", "both")] or found
        f = claimants[0]
        if f.entry.kind == "belligerent" and re.search(
                r"health|ministry|officials|authorities|governor", raw, re.IGNORECASE) \
                and not re.search(r"defen[cs]e", raw, re.IGNORECASE):
            name = _clean(raw)  # "Houthi health officials": the administration speaks
            return Claim(Actor(name=name, text=raw, kind="government"), start, start + len(raw))
        return Claim(Actor(name=f.entry.name, text=f.text, kind=f.entry.kind),  # type: ignore[arg-type]
                     start + f.start, start + f.end)
    if low in _ANAPHORA or low.split(" ", 1)[0] in ("he", "she", "they", "it"):
        if last is not None:
            return Claim(Actor(name=last.name, text=raw, kind=last.kind), start, end)
        if low in ("he", "she", "they", "it"):
            return None
    if len(raw.split()) > 9 or _NOT_CLAIMANT.search(raw):
        return None
    name = _clean(raw)
    if len(name) < 2 or not re.search(r"[A-Za-z]", name):
        return None
    return Claim(Actor(name=name, text=raw, kind=guess_kind(name)), start, end)  # type: ignore[arg-type]


def _apposition(sentence: str, start: int, last: Actor | None) -> Claim | None:
    """"The director of the Indonesian Hospital, Atef al-Kahlout, told reporters": the role before
    a name in apposition says who speaks."""
    head = sentence[:start].rstrip()
    if not head.endswith(","):
        return None
    seg_start = max(head.rfind(",", 0, len(head) - 1) + 1, 0)
    seg = head[seg_start:-1]
    if not seg.strip() or len(seg.split()) > 12:
        return None
    c = _resolve(seg, seg_start, last)
    return c if c is not None and c.actor.kind != "local" else None


# a subject ending like this is no speaker: "two men were found", "officers entered the house and found"
_PASSIVE_END = re.compile(r"\b(?:were|was|been|be|being|is|are|and|or|then|but)$", re.IGNORECASE)


def claimant_in(sentence: str, *, last: Actor | None = None) -> Claim | None:
    """The claimant a sentence attributes its content to, or None (see module doc)."""
    if len(sentence) > 2000:
        sentence = sentence[:2000]
    for rx in (_CITING, _ACCORDING, _INVERTED, _SUBJECT):
        for m in rx.finditer(sentence):
            key = "y" if rx is _CITING and m.group("x") is None else "x"
            x = m.group(key)
            if rx is _CITING and not find_actors(x) and x.strip().lower() not in _ANAPHORA:
                continue  # "the council said, citing eyewitnesses": the council speaks
            if rx is _INVERTED and len(x.split()) > 8:
                continue
            if rx is _SUBJECT and _PASSIVE_END.search(x):
                continue  # "two men were found shot dead": a passive or a clause, not a speaker
            if rx is _SUBJECT and sentence[m.end() - 1:m.end()].isupper() is False \
                    and sentence[max(0, m.end() - 20):m.end()].split()[-1][:1].isupper() \
                    and not sentence[:200].isupper():
                continue  # "the poet Omar Said was killed": a name, not a reporting verb
            c = _resolve(x, m.start(key), last)
            if c is not None and c.actor.kind == "local" and rx is _SUBJECT:
                c = _apposition(sentence, m.start(key), last) or c
            if c is not None:
                return c
    # "The Observatory, which on Tuesday put the toll at 56, told AFP ...": a known claimant
    # before the reporting verb
    say = _SAY_ONLY.search(sentence)
    if say is not None:
        for f in find_actors(sentence[:say.start()]):
            if f.entry.role in ("claimant", "both"):
                return Claim(actor_of(f), f.start, f.end)
    return None


# ------------------------------------------------------------------------------ perpetrators

_COUNTRIES = frozenset({"turkey", "russia", "israel", "saudi arabia", "ukraine", "syria", "iraq",
                        "iran", "yemen", "damascus", "moscow", "kyiv"})
# "by X", "attributed to X", and "by terrorists of the X", "by a commando of the X"
_BY = re.compile(r"\b(?:by|blamed\s+on|attributed\s+to|carried\s+out\s+by|from)\s+(?:an?\s+|the\s+)?"
                 r"(?:(?:urban\s+|alleged\s+|suspected\s+)?(?:terrorists?|guerrillas?|guerillas?|members?|rebels?|"
                 r"militants?|fighters?|commandos?|units?|gunmen|hit\s+men|squads?|cells?|elements?)\s+"
                 r"of\s+(?:an?\s+|the\s+)?)?$",
                 re.IGNORECASE)
# "the X claimed responsibility", "X admitted responsibility for the attack"
_RESPONSIBLE = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:has\s+|have\s+|had\s+|later\s+)?(?:claimed|admitted|assumed|accepted|"
                          r"acknowledged)\s+(?:\w+\s+)?responsibility\b", re.IGNORECASE)
_EVENTISH = re.compile(r"^\s*(?:-led\s+)?(?:(?:cruise|ballistic|guided|heavy|artillery|air|naval|rocket|"
                       r"drone|mortar|tank|fighter|special|ground|government|security|armed)\s+)?(?:air\s*strikes?|strikes?|raids?|air\s+raids?|shelling|warplanes?|"
                       r"jets?|forces|drones?|artillery|bombardment|missiles?|rockets?|troops|"
                       r"fighters|militants|gunmen|attack|bombing|tanks?|aircraft|helicopters?|"
                       r"shells?|snipers?|soldiers|army)\b", re.IGNORECASE)


def perpetrators_in(sentence: str, *, exclude: tuple[int, int] | None = None,
                    tokens: list[Token] | None = None) -> list[ActorMatch]:
    """Accused actors in a sentence, most likely first; ``exclude`` is the claimant's span.
    ``tokens`` (offsets relative to the sentence) saves tokenising again."""
    if len(sentence) > 2000:
        sentence = sentence[:2000]
        tokens = None
    scored: list[tuple[int, int, ActorMatch]] = []
    for f in find_actors(sentence, tokens=tokens):
        if f.entry.role == "claimant":
            continue
        if exclude is not None and f.start < exclude[1] and f.end > exclude[0]:
            continue
        if f.text.lower() in _COUNTRIES and re.search(
                r"\b(?:in|to|from|into|across|near|of|inside|towards|via)\s+$",
                sentence[max(0, f.start - 12):f.start], re.IGNORECASE):
            continue  # "across the border in Turkey" is a place
        score = 0
        if _BY.search(sentence[max(0, f.start - 50):f.start]):
            score += 2
        if _EVENTISH.match(sentence[f.end:f.end + 20]) or _RESPONSIBLE.match(sentence[f.end:f.end + 60]):
            score += 2
        if re.search(r"(?:strikes?|raids?|attacks?|shelling|bombardment)\s*$",
                     f.text, re.IGNORECASE):
            score += 2
        scored.append((-score, f.start, f))
    scored.sort(key=lambda x: (x[0], x[1]))
    return [f for _s, _p, f in scored]


_PASSIVE_OWNER = re.compile(r"\b(?:run|held|controlled|operated|governed|administered|backed)\s+by\s+(?:the\s+)?"
                            r"(?:\w+'s\s+)?$", re.IGNORECASE)


def perpetrator_score(sentence: str, match: ActorMatch) -> int:
    """How clearly a sentence makes ``match`` the author of its event (0 = merely mentioned,
    -1 = named as owner or backer: "a prison run by the Houthis", "Houthi-held", "IS-run")."""
    after = sentence[match.end:match.end + 12].lower()
    if after.startswith(("-run", "-held", "-controlled", "-backed", "-led areas")) or \
            _PASSIVE_OWNER.search(sentence[max(0, match.start - 40):match.start]):
        return -1
    score = 0
    if _BY.search(sentence[max(0, match.start - 50):match.start]):
        score += 2
    if _EVENTISH.match(sentence[match.end:match.end + 20]) or _RESPONSIBLE.match(sentence[match.end:match.end + 60]):
        score += 2
    if re.search(r"(?:strikes?|raids?|attacks?|shelling|bombardment)\s*$", match.text, re.IGNORECASE):
        score += 2
    return score


def actor_of(match: ActorMatch) -> Actor:
    """The model :class:`Actor` of a match (canonical name, text as written, kind)."""
    return Actor(name=match.entry.name, text=match.text, kind=match.entry.kind)  # type: ignore[arg-type]


_GENERIC_PERP = re.compile(
    r"\b(?:by|blamed\s+on|attributed\s+to)\s+(?:an?\s+|the\s+|some\s+)?(?:group\s+of\s+|band\s+of\s+|squad\s+of\s+)?"
    r"(?:(?:heavily\s+)?armed\s+|suspected\s+|alleged\s+|presumed\s+)?"
    r"(?P<x>(?:urban\s+|rightist\s+|leftist\s+|right-wing\s+|left-wing\s+)?(?:terrorists?|guerrillas?|guerillas?|gunmen|gunman|death\s+squads?|rebels?|insurgents?|militants?|"
    r"paramilitar(?:y|ies)|drug\s+traffickers?|narco-?terrorists?|subversives?|assassins?|hit\s+men|"
    r"soldiers|troops|militiamen|jihadists?|army|armed\s+forces|security\s+forces|police|death\s+squads?))\b",
    re.IGNORECASE,
)
_UNKNOWN = re.compile(r"(?:unknown|unidentified|masked)\s+$", re.IGNORECASE)
# the typed noun as the acting subject: "guerrillas ambushed the patrol", "terrorists have killed 12
# miners", "a death squad is responsible for the massacre"
_GENERIC_SUBJECT = re.compile(
    r"\b(?P<x>(?:urban\s+|rightist\s+|leftist\s+|right-wing\s+|left-wing\s+)?(?:terrorists|guerrillas|guerillas|"
    r"gunmen|death\s+squads?|rebels|insurgents|militants|paramilitar(?:y\s+group|ies)|drug\s+traffickers|"
    r"narco-?terrorists|subversives|assassins|hit\s+men|militiamen|jihadists))\s+(?:have\s+|had\s+|has\s+|also\s+)?"
    r"(?:killed|murdered|attacked|shot|ambushed|kidnapped|abducted|massacred|assassinated|bombed|opened\s+fire|"
    r"detonated|set\s+off|planted|stormed|raided|executed|(?:is|are|were|was)\s+responsible)\b",
    re.IGNORECASE,
)


def generic_perpetrator(sentence: str) -> Actor | None:
    """An unnamed but typed perpetrator: "killed by urban guerrillas", "blamed on a death squad",
    "guerrillas ambushed the patrol" (name = the noun as written, lower case; kind belligerent).
    "Unknown gunmen" give None."""
    m = _GENERIC_PERP.search(sentence[:2000]) or _GENERIC_SUBJECT.search(sentence[:2000])
    if m is None or _UNKNOWN.search(sentence[max(0, m.start("x") - 14):m.start("x")]):
        return None
    x = re.sub(r"\s+", " ", m.group("x")).lower()
    return Actor(name=x, text=m.group("x"), kind="belligerent")
