"""Subjects of a reporting verb that are no claimant (used by :mod:`civcas.extract.claims`).

* A subject of "treated", "received", "took in" or "was treating" speaks only when it is a hospital:
  "Sycamore Hospital took in five victims" names its claimant, "Volunteers treated 40 people" does not.
* An event that raises a toll claims nothing: "Her death raised the death toll to 11", "The discovery
  raised the number of dead to six".
* Searchers who find bodies report no count: "Detectives found the body of his wife ..., the
  sheriff's office said" is the sheriff's office's; with no other speaker, police who found them are
  the source ("POLICE FOUND THE BODIES OF TWO STUDENTS ON A BEACH").

:data:`WHAT_CALLED` reads a characterisation that names its source: "... were found shot dead in
what Attorney General X called an execution".
"""

from __future__ import annotations

import re

from civcas.extract.claim_kinds import guess_kind

__all__ = ["WHAT_CALLED", "not_a_speaker"]

# a characterisation that names its source: "in what the sheriff described as an ambush"
WHAT_CALLED = re.compile(r"\bin\s+what\s+(?P<x>[^,.;:()\"“”]{2,80}?)\s+(?:called|described\s+as|termed|"
                         r"labell?ed)\b", re.IGNORECASE)
# a hospital's intake verb at the end of a subject-verb match (claim_patterns._SAY)
_INTAKE_END = re.compile(r"(?:\bin|treating|received|treated)$", re.IGNORECASE)
# an event as the whole subject of a toll verb
_EVENT_SUBJECT = re.compile(r"(?:[\w'’-]+\s+){0,3}(?:death|deaths|discovery|killing|shooting|attack|blast|bombing|"
                            r"explosion|find|loss)", re.IGNORECASE)
# what searchers find, not what a source finds out: "found the body of", "found two bodies", "found him dead"
_FOUND_BODY = re.compile(r"\s+(?:(?:the|a|an|his|her|their|two|three|four|five|\d+|more)\s+){0,2}"
                         r"(?:bod(?:y|ies)|remains|corpses?)\b|\s+(?:him|her|them|\w+)\s+dead\b", re.IGNORECASE)


def not_a_speaker(subject: str, verb_match: str, sentence: str, end: int) -> bool:
    """True when ``subject`` of the subject-verb match ``verb_match`` (ending at ``end`` in
    ``sentence``) is no claimant (see the module doc)."""
    x = subject.strip()
    if _INTAKE_END.search(verb_match) and guess_kind(x) != "medical":
        return True
    if _EVENT_SUBJECT.fullmatch(x) and " who " not in x:
        return True
    if not (verb_match.lower().endswith("found") and _FOUND_BODY.match(sentence, end) is not None):
        return False
    # a force that found the bodies, with no one else reporting in the sentence, is its source
    # ("LATE ON TUESDAY, POLICE FOUND THE BODIES OF FOUR FISHERMEN NEAR A DAM")
    return not (guess_kind(x) == "government" and _LATER_SAY.search(sentence, end) is None)


# another speaker after the finder: "..., the sheriff's office said", "according to the police"
_LATER_SAY = re.compile(r"\b(?:said|says|say|told|reported|reports|according\s+to|stated|announced|added)\b", re.IGNORECASE)
