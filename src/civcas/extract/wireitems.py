"""Incidents of a wire item in capitals: a later paragraph that starts another incident keeps its own author.

An all-capitals FBIS/MUC-style round-up tells several incidents one after another: the attack its
headline is about, then "IN <PLACE>, ..." paragraphs with a massacre elsewhere, an unclaimed bomb, an
army clash. Such copy has no event segments (no place names can be told from other words in
capitals), so the item's lead author (the group that claimed the main attack) would spread onto every
later figure that names no author in its own sentence.

:func:`apart_incident` tells whether sentence i belongs to such a later incident that never names the
lead author; :func:`incident_author` gives the author its own sentences make act, blame or claim
(none when they name none). Cues live in ``data/extract/wireitems.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from civcas.datafiles import load_toml
from civcas.extract.actors import find_actors
from civcas.extract.events import unknown_author

if TYPE_CHECKING:
    from civcas.extract.docstate import Doc
    from civcas.models import Actor

__all__ = ["apart_incident", "incident_author", "opens_incident"]

# how many sentences of a document are read (as elsewhere in the extractor)
_READ = 400


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = load_toml("extract", "wireitems.toml")
    opener = re.compile(r"^\W*(?:" + "|".join(raw["openers"]) + r")\b", re.IGNORECASE)
    times = "|".join(raw["time_lead"])
    not_place = "|".join(raw["not_place"])
    # "IN TUMACO, ...", "EARLIER ON FRIDAY, IN SAN JOSE DEL GUAVIARE, META DEPARTMENT, ..."
    place = re.compile(r"^\W*(?:(?:" + times + r")\b[^,.;]{0,40},\s*)?IN\s+(?!(?:" + not_place + r")\b)(?![0-9])"
                       r"[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}\s*,", re.IGNORECASE)
    return opener, place


def opens_incident(sentence: str) -> bool:
    """The first sentence of a paragraph opens another incident of a wire item: a place opening
    ("IN CODAZZI, CESAR DEPARTMENT, ...") or an item opener ("MEANWHILE, ...", "IN ANOTHER ATTACK, ...")."""
    opener, place = _cues()
    head = sentence[:160]
    return opener.match(head) is not None or place.match(head) is not None


def _incident(st: Doc, i: int) -> range | None:
    """The sentences of the later incident sentence i belongs to (its paragraph, when that paragraph
    opens an incident: :func:`opens_incident`), or None."""
    n = min(len(st.sents), _READ)
    if not 0 <= i < n:
        return None
    para = st.sents[i].paragraph
    first = i
    while first > 0 and st.sents[first - 1].paragraph == para:
        first -= 1
    # (only sentence i's own paragraph can open its incident: a wire paragraph tells its incident
    # whole, a later one recalls or comments; the lead paragraph, or an item opening with its place,
    # is the lead incident)
    if first < 2 or not opens_incident(st.sents[first].text):
        return None
    end = i + 1
    while end < n and st.sents[end].paragraph == para:
        end += 1
    return range(first, end)


def _names(st: Doc, k: int, name: str) -> bool:
    text = st.sents[k].text[:4000]
    return any(m.entry.name == name for m in find_actors(text, theatre=st.theatre, words=st.words(k)))


def apart_incident(st: Doc, i: int, main: Actor) -> bool:
    """Sentence i of a wire item in capitals belongs to a later incident of the item (see
    :func:`opens_incident`) none of whose sentences names ``main``, the item's lead author."""
    if not st.capitals:
        return False
    span = _incident(st, i)
    if span is None or not any(a.name == main.name for k in range(span.start) for a in st.acting(k)):
        return False  # (the lead author must be the author of an earlier incident, not merely named there)
    return not any(_names(st, k, main.name) for k in span)  # (span: sentence i's paragraph)


def incident_author(st: Doc, i: int) -> Actor | None:
    """The author the sentences of sentence i's later incident make act, blame or claim (the nearest
    to sentence i first: "A GROUP OF MEN KILLED FIVE PEASANTS. THE ASSOCIATION BLAMED A PARAMILITARY
    GROUP" -> the paramilitaries), else None."""
    span = _incident(st, i)
    if span is None:
        return None
    own = list(span)  # (sentence i's paragraph)
    if any(unknown_author().search(st.sents[k].text[:600]) for k in own):
        return None  # "NO GROUP HAS CLAIMED THE ATTACK"
    for k in sorted(own, key=lambda k: (abs(k - i), k)):
        acting = st.acting(k)
        if acting:
            return acting[0]
        typed = st.author(k)
        if typed is not None:
            return typed
    return None
