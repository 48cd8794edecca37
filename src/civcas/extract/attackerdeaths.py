"""The attacker's own death or wound in a shooting story (``data/extract/attackers.toml``).

"He then shot himself", "before turning the gun on himself", "Ruiz was found dead in a storage
room", "officers shot him dead", "the gunman was killed by deputies", "before he was shot and taken
into custody": the story tells what became of its attacker.  The project's gold sets count him as
one of the dead (or wounded) of the attack, apart from his victims: killed `combatants` 1 with the
gunman as perpetrator of his suicide, or the police as perpetrator when officers shot him.

:func:`attacker_figures` adds one such figure per event: the first telling (later sentences repeat
it), only in a story with an attacker ("gunman", "suspect", "opened fire", ...) whose victims the
same event tells in or before the sentence, and never where the sentence's murder-suicide total
already counts the killer (``shootings.self_kill_totals``, a killing within a family).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.claim_resolve import Claim
from civcas.extract.docstate import Doc
from civcas.extract.regex_speed import first_char_guard, may_match
from civcas.extract.sentence_figures import state_forces
from civcas.extract.shootdata import data_words, single_words
from civcas.extract.shootings import murder_suicide_document
from civcas.extract.text import literal_view
from civcas.models import UNATTRIBUTED, Actor, Figure, Span, stable_id

__all__ = ["attacker_figures", "attacker_names"]

_NAME = r"(?-i:(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){0,3}))"
# (the words between "the" and the noun, ``[nouns] modifiers``: "the 13-year-old shooter")
_MODS = "|".join(re.escape(w) for w in sorted(load_toml("extract", "attackers.toml")["nouns"]["modifiers"],
                                               key=len, reverse=True))
_NOUNS = (r"(?:(?:" + _MODS + r"|\d{1,2}-year-old)\s+){0,2}"
          r"(?:suspected\s+)?(?:gunman|shooter|suspect|attacker|assailant|killer)")
_SUBJ = (r"(?P<subj>\b(?:he|she)\b|\bthe\s+" + _NOUNS + r"(?:(?:\s*,[^,.;]{1,60}){1,2}\s*,)?"
         r"|(?-i:\b[A-Z][a-z'’-]+)(?:\s*,\s*\d{1,3}\s*,)?)")  # (a surname with an age: "Ruiz, 32,")
_OPENING = re.compile(r"\s*[\"“]?\s*the\s+" + _NOUNS + r"\b", re.IGNORECASE)
_OBJ = r"(?P<obj>\b(?:him|her)\b|\bthe\s+" + _NOUNS + r"\b|(?-i:\b[A-Z][a-z'’-]+\b))"
# the killer counted by a family murder-suicide total (shootings.self_kill_totals)
_KILLER_WORDS = frozenset({"himself", "herself", "taking", "took", "committed", "committing"})


def _numbered(pattern: str, slot: str, group: str) -> str:
    """``pattern`` with each ``slot`` replaced by ``group``, its named groups numbered ("obj", "obj1", ...)."""
    parts = pattern.split(slot)
    out = parts[0]
    for k, rest in enumerate(parts[1:]):
        out += (group if k == 0 else group.replace("(?P<obj>", f"(?P<obj{k}>")) + rest
    return out


def _reference(m: re.Match[str]) -> tuple[str, int, int] | None:
    """The words of a match that name the attacker (its subject or object) and their span, if any."""
    for key, value in m.groupdict().items():
        if value is not None and (key == "subj" or key.startswith("obj")):
            return value, m.start(key), m.end(key)
    return None


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    outcome: str
    by: str  # "gunman" (his own act) or "forces"
    implicit: bool
    any_subject: bool  # a capitalised name is the attacker whether the story calls him so or not


@lru_cache(maxsize=1)
def _shooter_verbs() -> frozenset[str]:
    return frozenset(load_toml("extract", "attackers.toml")["nouns"]["shooter_verbs"])


def _shooter_before(text: str) -> bool:
    """The clause before a subjectless telling fires at or hits people ("... and fired at three
    friends before turning the pistol on himself"): its subject is the shooter.  Not where he shot
    "the other" victims: the toll told before counts him too ("shot the other three and then
    committed suicide" after "four people were found dead")."""
    words = re.findall(r"[a-z]+", text.lower())
    return not _shooter_verbs().isdisjoint(words) and "other" not in words


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...], tuple[_Rule, ...], frozenset[str]]:
    raw = load_toml("extract", "attackers.toml")
    nouns = raw["nouns"]
    present = re.compile(r"\b(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns["attacker"])
                         + r")\b", re.IGNORECASE)
    forces = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(nouns["forces"], key=len, reverse=True))
    forces_rx = (r"(?P<f>\b(?:(?:an?|the|two|three|four|five|six|seven|eight|several|\d+)\s+)?"
                 r"(?:(?!before\b|after\b|and\b|when\b|until\b|then\b|as\b)[\w'’.-]+\s+){0,3}?(?:" + forces + r")\b)")
    names = tuple(re.compile(p.replace("{NAME}", _NAME), re.IGNORECASE) for p in raw["names"]["patterns"])
    rules = tuple(
        _Rule(first_char_guard(re.compile(  # (speed: the same matches)
            _numbered(r["pattern"].replace("{SUBJ}", _SUBJ).replace("{FORCES}", forces_rx), "{OBJ}", _OBJ), re.IGNORECASE)),
              r["outcome"], r["by"], bool(r.get("implicit", False)), bool(r.get("any_subject", False)))
        for r in raw["deaths"]["rule"])
    cues = frozenset({"himself", "herself", "own", "suicide", "dead", "killed", "custody", "arrested",
                      "detained", "captured", "inflicted", "died", "death", "down", "killing", "wounded", "wounding",
                      "injured", "shot"})
    return present, names, rules, cues


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(w.lower() for w in single_words("not_names")) | {
        "the", "he", "she", "his", "her", "police", "officers", "deputies", "sheriff", "authorities",
        "investigators", "officials", "it", "they", "a", "an", "on", "in", "at", "after", "before"}


@lru_cache(maxsize=1)
def _present_lower() -> re.Pattern[str]:
    """(speed) The attacker-noun pattern of ``_data`` for lower-cased ASCII text, matched
    case-sensitively behind a first-character guard: on ASCII text the same matches, several times
    faster than the case-insensitive alternation."""
    nouns = load_toml("extract", "attackers.toml")["nouns"]["attacker"]
    if not all(n.isascii() for n in nouns):
        return _data()[0]  # (a noun outside ASCII: lower-casing may not match alike)
    return first_char_guard(re.compile(r"\b(?:" + "|".join(re.escape(n.lower()).replace(r"\ ", r"\s+") for n in nouns)
                                       + r")\b"))


@lru_cache(maxsize=8)
def attacker_names(text: str) -> frozenset[str]:
    """Lower-cased surnames the story gives its attacker ("identified the gunman as Dale Ruiz" ->
    "ruiz")."""
    _present, patterns, _rules, _cues = _data()
    out: set[str] = set()
    bad = _not_names()
    for rx in patterns:
        for m in rx.finditer(text[:30_000]):
            words = [w for w in m.group("name").split() if not w.endswith(".")]
            if words and words[-1].lower() not in bad:
                out.add(words[-1].lower())
    return frozenset(out)


def _is_attacker(ref: str, names: frozenset[str]) -> bool:
    low = ref.lower()
    if low in ("he", "she", "him", "her") or low.startswith("the "):
        return True
    return low in names


def _victims(st: Doc, figures: list[Figure], i: int, *, same_only: bool, before: int | None = None) -> bool:
    """The attacker's victims are told in sentence ``i`` (before offset ``before`` of the sentence,
    when given) or (unless ``same_only``) before it, outside the sentences that recall an earlier
    attack (the gunman may be found dead elsewhere: another place, another event segment)."""
    s = st.sents[i]
    for f in figures:
        if f.outcome not in ("killed", "injured") or f.stance == "denied" or f.scope != "incident" \
                or ((f.low or 0) < 1 and f.high is None):
            continue
        if s.start <= f.evidence.start < s.end:
            span = st.count_spans.get(f.id)
            if before is None or (span is not None and span[0] < s.start + before):
                return True
            continue
        if not same_only and f.evidence.start < s.start and not st.background(st.sentence_at(f.evidence.start)):
            return True
    return False


def _any_toll(figures: list[Figure]) -> bool:
    """Some figure counts people killed or hurt in an incident."""
    return any(f.outcome in ("killed", "injured") and f.scope == "incident" and f.stance != "denied"
               and (f.low or 0) >= 1 for f in figures)


def _opens_on_attacker(text: str, names: frozenset[str]) -> bool:
    first = re.match(r"\s*(?:[\"“]?\s*)(\w+)(?:\s+(\w+))?", text)
    if first is None:
        return False
    w = first.group(1).lower()
    # ("the gunman", "the 13-year-old shooter", "the teenage gunman")
    return w in ("he", "she") or w in names or (w == "the" and _OPENING.match(text) is not None)


def _counting_sentences(st: Doc, figures: list[Figure]) -> list[int]:
    """The sentences among the first 400 for which :func:`_already_counted` holds, in order (found
    from the figures, not by reading every sentence)."""
    found: set[int] = set()
    for f in figures:
        if f.part_of is not None and f.low == 1 and (f.number_text or "").lower() in _KILLER_WORDS:
            k = st.sentence_at(f.evidence.start)
            s = st.sents[k] if k < len(st.sents) else None
            if k < 400 and s is not None and s.start <= f.evidence.start < s.end:
                found.add(k)
    return sorted(found)


def _already_counted(st: Doc, figures: list[Figure], i: int) -> bool:
    """A family murder-suicide total of sentence ``i`` already counts the killer."""
    s = st.sents[i]
    return any(s.start <= f.evidence.start < s.end and f.part_of is not None and f.low == 1
               and (f.number_text or "").lower() in _KILLER_WORDS for f in figures)


def attacker_figures(st: Doc, figures: list[Figure], *,
                     claim_of: Callable[[int], Claim | None]) -> list[Figure]:
    """``figures`` plus the attacker's own death or wound, once per event (see the module doc)."""
    if st.capitals:
        return figures
    present, _names, rules, cues = _data()
    text = st.text
    # a story that never names an attacker counts one only where officers kill or wound a man whose
    # victims the sentence tells ("A man who forced his way in killed six people before an officer
    # shot him dead"); exact literal pre-test first: most stories name none
    head = text[:30_000]
    view = literal_view(head)
    named_attacker = may_match(present, head, view) and (
        _present_lower().search(view) if view is not None and head.isascii() else present.search(head)) is not None
    family = murder_suicide_document(text)
    if not named_attacker:
        if not figures:
            return figures
        # officers' acts; and, outside a family's murder-suicide, a killer's own death told right
        # after his victims in the same sentence ("a man killed two clerks before taking his own life")
        rules = tuple(r for r in rules if r.by == "forces" or (r.implicit and not family))
    # (exact pre-test once per story, when a sentence first gets to the rules: a rule none of whose
    # words the story holds never fires; most stories have no sentence to read)
    fitting: tuple[_Rule, ...] | None = None
    names: frozenset[str] = frozenset()
    survived = data_words("survived")
    # the story's attacker is counted once (he may be found dead in another place: another event
    # segment); each sentence that recalls an earlier attack has its own
    done = any(not st.background(k) for k in _counting_sentences(st, figures))
    out = list(figures)
    for i, s in enumerate(st.sents[:400]):
        if st.words(i).isdisjoint(cues):
            continue
        if not named_attacker and not any(s.start <= f.evidence.start < s.end for f in out):
            continue  # (no victims in the sentence: nothing to read)
        background = st.background(i)
        if done and not background:
            continue
        if fitting is None:
            whole = literal_view(text)
            fitting = tuple(r for r in rules if may_match(r.pattern, text, whole))
            if named_attacker:
                names = attacker_names(text)  # (every name pattern holds a noun of it)
        view = s.text.lower() if s.text.isascii() else None
        hit = None
        for rule in fitting:
            if not may_match(rule.pattern, s.text, view):
                continue
            for m in rule.pattern.finditer(s.text):
                ref = _reference(m)
                if ref is not None and not _is_attacker(ref[0].split(",")[0].strip(), names) and not (
                        rule.any_subject and ref[0][:1].isupper() and ref[0].split(",")[0].strip().lower() not in _not_names()):
                    continue
                hit = (rule, m)
                break
            if hit is not None:
                break
        if hit is None:
            continue
        rule, m = hit
        if rule.by == "gunman" and not survived.isdisjoint(re.findall(r"[a-z]+", s.text[m.start():].lower())):
            # "... shot himself and was in critical condition": he survived (what the sentence tells of
            # others before him does not count: "a teacher who tried to calm him was killed before ...")
            continue
        if not named_attacker:
            # only officers' acts, on a man whose victims the sentence tells before him ("killed six
            # people before an officer shot him"); a self-inflicted death there is a child's accident
            # or a family's murder-suicide (shootings.py)
            if not _victims(st, out, i, same_only=True, before=m.start()) or (
                    rule.by == "gunman" and not _shooter_before(s.text[:m.start()])):
                continue  # ("found the pistol and fatally shot himself": an accident, no victims)
        elif rule.implicit:
            if not (_victims(st, out, i, same_only=True) or (
                    not background and (_opens_on_attacker(s.text, names) or (
                        _shooter_before(s.text[:m.start()]) and not family))
                    and _victims(st, out, i, same_only=False))):
                continue
        elif not _victims(st, out, i, same_only=background) and not (
                rule.by == "forces" and not background and not _any_toll(out)):
            continue  # (officers who kill or wound the suspect of a story that counts no one else)
        if _already_counted(st, out, i):
            continue
        if rule.by == "forces":
            noun = (m.groupdict().get("f") or "police").lower()
            perp = state_forces(st, "deputies" if "deput" in noun else "officers" if "officer" in noun else "police")
        else:
            perp = Actor(name="gunman", text="gunman", kind="belligerent", identified=False)
        ref = _reference(m)
        if ref is not None:  # "The suspect, a 52-year-old man, was found dead": the man is the attacker
            a, b = s.start + ref[1], s.start + ref[2]
            out = [f for f in out if not a <= st.count_spans.get(f.id, (-1, -1))[0] < b]
        claim = claim_of(i)
        before = [f for f in out if f.evidence.start <= s.start]
        model = before[-1] if before else None
        out.append(Figure(
            id=stable_id("f", st.doc.id, s.start, rule.outcome, "attacker", m.start()), doc=st.doc.id,
            statement=stable_id("s", st.doc.id, s.start), outcome=rule.outcome, group="combatants",
            low=1, high=1, qualifier="exact", scope="incident", stance="asserted",
            evidence=Span(s.text, s.start, s.end), source=st.doc.source,
            number_text=s.text[m.start():m.end()].strip(),
            claimant=claim.actor if claim is not None else UNATTRIBUTED, perpetrator=perp,
            place=st.back_place(i), date=st.back_date(i), published=st.published,
            publisher=st.doc.publisher, near_group=st.doc.near_group,
            event=model.event if model is not None else None, segment=st.segment(i)))
        done = done or not background
    return sorted(out, key=lambda f: f.evidence.start) if out != figures else figures
