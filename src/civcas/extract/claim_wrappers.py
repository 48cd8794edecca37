"""Wrappers around a speaker's name: what :mod:`civcas.extract.claims` trims from a speaker phrase.

Narratives that weigh many sources write their speakers with adverbs and documents around them:
"Initially the Dawn Wire reported", "Hana Saleh similarly wrote", "Karim Odeh's Facebook post said",
"a tribute posted by Karim Odeh listed", "the caption said", "the same source later said", "Multiple
reports mentioned". :func:`trim_speaker` cuts such a phrase to the speaker (the post's author), to
an anaphor ("the source", "they") for a document of the previous speaker, or to nothing (a document
with no author, a quantifier with no noun, an aside or a participle fragment). The word lists live
in ``data/extract/claimants.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from civcas.extract.claim_phrase import claimant_lists
from civcas.extract.claim_resolve import ANAPHORA
from civcas.extract.regex_speed import folded

__all__ = ["agent_after", "time_led", "trim_speaker", "vehicle_pronoun"]


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    d = claimant_lists()
    doc = _alt(d["document_words"])
    mods = r"(?:(?:" + _alt(d["document_modifiers"]) + r")\s+)*"
    part = r"(?:(?:posted|shared|published|written|uploaded|circulated|tweeted|released|issued)\s+)?"
    return {
        "lead": re.compile(r"^(?:" + _alt(d["lead_adverbs"]) + r")\b,?\s+", re.IGNORECASE),
        # a time or place phrase before a pronoun subject: "On the next morning it", "By nightfall they"
        "time_pronoun": re.compile(r"^(?:" + _alt(d["time_leads"]) + r")\b[^,;:]{0,50}?,?\s+"
                                   r"(?P<p>he|she|it|they|we)$", re.IGNORECASE),
        "trail": re.compile(r"(?-i:\s+(?:" + _alt(d["trail_adverbs"]) + r"))$"),
        "aside": re.compile(r"^(?:" + _alt(d["aside_leads"]) + r")\b", re.IGNORECASE),
        "by_agent": re.compile(r"^(?-i:by|[a-z]+ed\s+by|shared\s+by|written\s+by)\s+(?P<a>.+)$"),
        "possessive": re.compile(r"^(?P<a>.+?)['’]+s?\s+" + mods + r"(?:" + doc + r")$", re.IGNORECASE),
        "doc_of": re.compile(r"^" + mods + r"(?:" + doc + r")\s+" + part + r"(?:by|from|of)\s+(?P<a>.+)$",
                             re.IGNORECASE),
        "platform_doc": re.compile(r"^(?P<a>.+?)\s+(?:facebook|twitter|twitter/x|x/twitter|instagram|telegram|tiktok|"
                                   r"youtube)\s+(?:post|posts|page|account|tribute|video)$", re.IGNORECASE),
        "shared_doc": re.compile(r"^(?P<a>.+?)\s+(?:posted|shared|published|uploaded)\s+" + mods + r"(?:" + doc
                                 + r")$", re.IGNORECASE),
        "doc": re.compile(r"^" + mods + r"(?:" + doc + r")(?:\s+(?:posted|shared|published|written))?"
                          r"(?:\s+(?:on|via)\s+(?:social\s+media|facebook|twitter|x|twitter/x|x/twitter|instagram|"
                          r"telegram|whatsapp|youtube|tiktok))?$", re.IGNORECASE),
        "headless": re.compile(r"^(?:(?:" + _alt(d["headless_words"]) + r")\b\s*)+$", re.IGNORECASE),
        "label": re.compile(r"^(?:an?\s+|the\s+)?(?:(?:facebook|twitter|x|twitter/x|x/twitter|instagram|telegram|"
                            r"tiktok|youtube|social\s+media)\s+)?(?:user|account|page)(?:\s+named)?\s+"
                            r"(?=@|(?-i:[A-Z]))", re.IGNORECASE),
    }


# a pronoun after a subordinator speaks: "deputies held a suspect after they say"
_AFTER_PRONOUN = re.compile(r"\s(?:after|because|since)\s+(?P<p>he|she|they|it|we)$", re.IGNORECASE)
_SAME = re.compile(r"(?:the\s+)?same\s+[\w/]+", re.IGNORECASE)  # "the same source", "the same outlet"
_SAME_WORD = re.compile(r"\bsame\b")
# a possessive before a document: the previous speaker, as a pronoun
_PRONOUN_OF = {"their": "they", "his": "he", "her": "she", "its": "it"}


_SPACES = re.compile(r"\s+")


def _starts(rx: re.Pattern[str], s: str) -> bool:
    """``rx.match(s) is not None`` (on the lower-cased copy when that is the same: regex_speed.folded)."""
    twin, subject = folded(rx, s)
    return twin.match(subject) is not None


def trim_speaker(x: str) -> tuple[int, str] | None:
    """The speaker part of ``x`` as (offset in ``x``, phrase), the phrase unchanged when nothing
    wraps it; an anaphor ("the source", "they") with offset -1 for a document of the previous
    speaker ("the same source", "their Facebook post"); None when the phrase names no one."""
    p = _patterns()
    s = x.lstrip()
    off = len(x) - len(s)
    s = s.rstrip()
    for _ in range(4):
        lead, subject = folded(p["lead"], s)  # (speed: the same spans)
        m = lead.match(subject)
        if m is None or m.end() >= len(s):
            break
        off, s = off + m.end(), s[m.end():]
    m = p["time_pronoun"].match(s)
    if m is not None:
        return off + m.start("p"), m.group("p")  # "On the following morning it raised the toll": it
    if _starts(p["aside"], s):
        return None  # "..., among other sources, reported", "..., resulting in ..., said"
    m = p["by_agent"].match(s)
    if m is not None:
        return _into(m, off)  # "confirmed by other posts", "tweeted by X"
    t = p["trail"].search(s)
    if t is not None and t.start() > 0:
        s = s[:t.start()]  # "X similarly wrote"
    low = _SPACES.sub(" ", s.lower())
    m = _AFTER_PRONOUN.search(s)
    if m is not None:  # "deputies held a suspect after they say": the pronoun speaks
        return off + m.start("p"), m.group("p")
    if _SAME.fullmatch(s):
        return -1, "the source"  # "the same source later said", "the same outlet"
    if _starts(p["headless"], s):
        return None  # "Multiple reports said", "Some"
    m = p["doc_of"].match(s)
    if m is not None:
        return _into(m, off)  # "a Facebook tribute by X"
    m = p["possessive"].match(s) or p["shared_doc"].match(s) or p["platform_doc"].match(s)
    if m is not None and m.group("a").lower() not in ("its", "their", "his", "her"):
        return _into(m, off)  # "X's Facebook post", "X shared a video"
    if _starts(p["doc"], s) and low not in ANAPHORA:  # (not "the report said": the source before)
        if _SAME_WORD.search(low):
            return -1, "the source"  # "the same source later said"
        if low.split()[0] in _PRONOUN_OF:
            return -1, _PRONOUN_OF[low.split()[0]]  # "their Facebook post" -> "they"
        return None  # "the caption said", "a video shows"
    m = p["label"].match(s)
    if m is not None:
        off, s = off + m.end(), s[m.end():]  # "Facebook user X" -> X
    return off, s


def time_led(x: str) -> bool:
    """Whether ``x`` is a pronoun subject after a time phrase ("By Wednesday evening it")."""
    return _patterns()["time_pronoun"].match(x.strip()) is not None


def _into(m: re.Match[str], off: int) -> tuple[int, str] | None:
    inner = trim_speaker(m.group("a"))
    if inner is None or inner[0] < 0:
        return inner
    return off + m.start("a") + inner[0], inner[1]


def agent_after(after: str) -> tuple[int, str] | None:
    """The agent of a passive reporting verb ("Images posted by Lina Haddad show ..."): (offset in
    ``after``, phrase) or None when no "by" follows the verb."""
    m = re.match(r"\s+by\s+(?P<a>[^,.;:()\"“”]{2,80}?)(?=\s+(?:on|in|at|via|shows?|showed|depict\w*|reveal\w*|"
                 r"which|that|and|said|says|reported|wrote|stated|claimed|confirmed|announced|added|noted)\b|[,.;:()]|$)", after)
    if m is None or re.match(r"\s+(?:said|says|reported|wrote|stated|claimed|confirmed|announced|added|noted)\b",
                             after[m.end():]):
        return None  # "an onlooker in a clip uploaded by X said": the onlooker speaks
    inner = trim_speaker(m.group("a"))
    if inner is None or inner[0] < 0:
        return None
    return m.start("a") + inner[0], inner[1]


# a pronoun speaker after the vehicle of its words: "In its daily statement it said", "In a radio
# broadcast they claimed" (the pronoun speaks, the statement only carries its words)
_VEHICLE_PRONOUN = re.compile(r"^\s*(?:in|through|via)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:statement|communiqu[eé]|message|broadcast|letter|release|interview|report|"
                              r"bulletin|note|update)\s+(?P<p>it|they|he|she)\s*$", re.IGNORECASE)


def vehicle_pronoun(x: str) -> str | None:
    """``x`` with only its pronoun speaker kept (offsets kept with spaces) when it is a vehicle phrase
    followed by a pronoun ("In its daily statement it" -> "it"), else None."""
    m = _VEHICLE_PRONOUN.match(x)
    return " " * m.start("p") + m.group("p") if m is not None else None
