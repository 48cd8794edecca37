"""Claimants owned by a body named elsewhere: a role by its pronoun ("its country director"), a
body described before or after its name ("A farmers' association, X, reported"; "X, a
nongovernmental group, said"), a document by its author ("an inquiry by the mission found"), the
subject of a clause closed by a reporting participle, and a monitor's own analysts' voice ("the
strike is graded as Weak"). Used by :mod:`civcas.extract.claims`."""

from __future__ import annotations

import re

from civcas.extract.actors import actor_of, find_actors
from civcas.extract.claim_resolve import Claim, LastClaimant, known_claimants
from civcas.extract.claim_shapes import BODY_NOUNS
from civcas.models import Actor

# a role of a body named before, by its pronoun: "its regional coordinator", "their spokesman"
_ROLE = (r"(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|director|coordinator|officer|chief|head|"
         r"representative|commander|secretary|official|president|chairman|envoy)")
ITS_ROLE = re.compile(r"(?:and\s+|but\s+)?" + _ROLE, re.IGNORECASE)
ITS_ROLE_BEFORE = re.compile(r"(?:^|[,;:]\s*|\band\s+)" + _ROLE + r"\s*,\s*$", re.IGNORECASE)
# a body's description set off before its name: "A herders' association, (Tabital Pulaaku, said)"
BODY_BEFORE = re.compile(r"(?:^|[,;:]\s*)\s*an?\s+(?:[\w'’-]+\s+){0,3}" + BODY_NOUNS + r"\s*,\s*$", re.IGNORECASE)


def its_owner(head: str, last_of: LastClaimant, theatre: tuple[str, ...] | None) -> Claim | None:
    """The body a pronoun's role belongs to: the last known claimant in ``head`` (the sentence before the
    role), else the document's last claimant when it is a body (not people)."""
    found = [f for f in find_actors(head[:2000], theatre=theatre) if f.entry.role in ("claimant", "both")]
    if found:
        return Claim(actor_of(found[-1]), found[-1].start, found[-1].end)
    last = last_of()
    return Claim(last, -1, -1) if last is not None and last.kind not in ("local", "unattributed") else None


# a document and its author in a subject: "A UN human rights inquiry by the mission (found)", "an
# investigation carried out by the monitor (concluded)"
DOCUMENT_BY = re.compile(r"\b(?:reports?|investigations?|inquiry|inquiries|reviews?|study|studies|probes?|"
                          r"assessments?|analysis|analyses|surveys?|counts?|tally|tallies)\s+(?:(?:carried\s+out|conducted|compiled|published|released)\s+)?by\s+"
                          r"(?P<o>\S.*)$", re.IGNORECASE)


# a participle of reporting closing a clause: its subject speaks ("X later came to the same view,
# reporting that ...")
PARTICIPLE_END = re.compile(r",\s*(?:reporting|saying|stating)$", re.IGNORECASE)


def clause_actor(clause: str, start: int, *, theatre: tuple[str, ...] | None = None) -> Claim | None:
    """The first known claimant of ``clause`` (at ``start`` in the sentence), or None: "Later that day
    the health ministry gave a lower toll(, reporting that ...)"; ``theatre`` (the document's countries)
    reads a theatre's own names as in every other actor lookup ("the army" of a Colombia story)."""
    for f in find_actors(clause[:120], theatre=theatre):
        if f.entry.role in ("claimant", "both"):
            return Claim(actor_of(f), start + f.start, start + f.end)
    return None


# a description of the kind of body named before it: "(X,) a nongovernmental group(, said)"
BODY_TAIL = re.compile(r"\b" + BODY_NOUNS + "$", re.IGNORECASE)


# a monitor's own voice with no agent: "the strike is graded as Weak, with 3 to 5
# deaths", "Based on the available sources, five civilians died"
_ANALYST = re.compile(r"\b(?:incident|strike|attack|event|case|allegation)\s+(?:is|was|has\s+been|had\s+been)\s+"
                      r"(?:assessed|graded)\s+as\b|^\s*based\s+on\s+(?:the\s+)?(?:available\s+)?"
                      r"(?:sources|reporting|reports|information|evidence)\b", re.IGNORECASE)


def analyst(sentence: str, theatre: tuple[str, ...] | None, document: str | None) -> Claim | None:
    """The document's monitor, for a sentence in its analysts' voice (``_ANALYST``); else None."""
    if not document or _ANALYST.search(sentence) is None:
        return None
    for e in known_claimants(document, theatre):
        if e.kind == "monitor":
            return Claim(Actor(name=e.name, text="", kind=e.kind), -1, -1)  # type: ignore[arg-type]
    return None
