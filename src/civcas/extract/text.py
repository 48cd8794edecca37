"""Text segmentation: paragraphs, sentences and word tokens, all with offsets into the text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import repeat
from typing import NamedTuple

MAX_SENTENCE = 1500  # longer "sentences" (tables, run-ons) are cut at whitespace


class Token(NamedTuple):
    """A word, number or punctuation token: lower-cased text and offsets."""

    low: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int
    index: int  # position in the document


_TOKEN = re.compile(
    r"\d[\d,.]*\d|\d"  # 12 / 1,200 / 1.2 (validated by the number parser)
    r"|[^\W\d_]+(?:['’\-][^\W\d_]+)*"  # words, hyphenated words, "family's"
    r"|[^\w\s]",
)
# ``_TOKEN`` for lower-cased ASCII text, with the classes spelled out in ASCII: the same matches
# there (every ASCII character is in the same classes, checked by the tests), without the
# Unicode class tests (about a third faster)
TOKEN_ASCII = re.compile(r"[0-9][0-9,.]*[0-9]|[0-9]|[a-z]+(?:['\-][a-z]+)*|[^0-9A-Za-z_\s]")
_PARA = re.compile(r"\n[ \t]*\n\s*|\n(?=[ \t]{2,}\S)|\n(?=[\"“'‘]?[A-Z][a-z])(?<=[.!?\"”:]\n)")
# A sentence end: ``[.!?]+["”’')\]]*`` before a space and a capital/digit/opening quote, or at
# the end; or ``;`` before a space and a capital.  Written to start with one character class
# so that the regex engine skips ahead in C (same matches as the plain alternation
# ``[.!?]+Q*(?=\s+O?[A-Z0-9])|[.!?]+Q*\s*$|;\s+(?=[A-Z])``, four times faster).
_END = re.compile(r"[.!?;](?:(?<=;)\s+(?=[A-Z])|(?<=[.!?])[.!?]*[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])"
                  r"|(?<=[.!?])[.!?]*[\"”’')\]]*\s*$)")
#: words a full stop follows without ending the sentence ("Sgt. Ann Lee", "U.S. forces")
ABBREVIATIONS = _ABBREV = frozenset(
    ["mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "maj", "capt", "cpl", "pvt", "rev", "prof", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "a.m", "p.m", "i.e", "e.g", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "approx", "fig", "ft", "gov", "sen", "rep", "mt", "ave", "blvd", "dept", "est", "govt", "adm", "cmdr", "brig"]
)


_new = tuple.__new__
_span = re.Match.span
_group = re.Match.group
_start = re.Match.start
_end = re.Match.end


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word, number and punctuation tokens with absolute offsets (``offset`` is added). A number
    in square brackets reads as the bare number: translated wire copy marks a figure the
    translator supplied that way ("AT LEAST [9] PERSONS DIED")."""
    tokens = _tokenize(text, offset)
    if '"' in text:
        tokens = _curled(tokens, text, offset)
    tokens = _unbracketed(tokens) if "[" in text else tokens
    return tokens


_OPEN_AFTER = frozenset(" \t\n([{—–")  # characters after which a straight quote opens a quotation


def _curled(tokens: list[Token], text: str, offset: int) -> list[Token]:
    """A straight double quote read as the curly quote it stands for: closing (”) when it follows a
    character that is no space and is followed by a space, punctuation or the end ('reported "nearly
    100" killed'), opening (“) when it follows a space or the start and precedes a character that is
    no space ('had been "executed"').  A quote with the same on both sides stays as written.  Rules
    that tell a source's quoted count from a quoted verb read the curly forms
    (``[links] after`` holds the closing quote only)."""
    out = tokens
    n = len(text)
    for k, t in enumerate(tokens):
        if t.low != '"':
            continue
        a, b = t.start - offset, t.end - offset
        before = text[a - 1] if a > 0 else " "
        after = text[b] if b < n else " "
        opens = before in _OPEN_AFTER and not after.isspace()
        closes = not before.isspace() and (after.isspace() or not after.isalnum())
        if opens == closes:
            continue
        if out is tokens:
            out = list(tokens)
        out[k] = Token("“" if opens else "”", t.start, t.end)
    return out


_NOTE_ENDS = frozenset({"heard", "published", "received"})
_NOTE_LEN = 8  # tokens of a transcriber's note at most, brackets included


def _unbracketed(tokens: list[Token]) -> list[Token]:
    keep = [True] * len(tokens)
    for k in range(1, len(tokens) - 1):
        if tokens[k].low[:1].isdigit() and tokens[k - 1].low == "[" and tokens[k + 1].low == "]" \
                and (k < 2 or tokens[k - 2].end < tokens[k - 1].start):
            keep[k - 1] = keep[k + 1] = False  # not a reference mark glued to a word: "people[3]"
    for k, t in enumerate(tokens):
        if t.low != "[":
            continue
        close = next((j for j in range(k + 1, min(len(tokens), k + _NOTE_LEN)) if tokens[j].low in "[]"), None)
        if close is not None and close >= k + 3 and tokens[close].low == "]" and tokens[close - 2].low == "as" \
                and tokens[close - 1].low in _NOTE_ENDS:
            # a transcriber's note inside a phrase reads as nothing: "FOUR [NUMBER AS HEARD] OTHER
            # PEOPLE DIED" is "FOUR OTHER PEOPLE DIED"
            keep[k:close + 1] = [False] * (close + 1 - k)
    return tokens if all(keep) else [t for t, ok in zip(tokens, keep, strict=True) if ok]


def _tokenize(text: str, offset: int) -> list[Token]:
    low = text.lower()
    if not offset and text.isascii():
        # hot path: lower-casing ASCII changes no character's class, so the tokens of ``low`` are
        # those of ``text``; the named tuples are built in C (``Token(...)`` goes through a
        # Python-level __new__)
        found = list(TOKEN_ASCII.finditer(low))
        return list(map(_new, repeat(Token), zip(map(_group, found), map(_start, found), map(_end, found),
                                                 strict=True)))
    if len(low) != len(text):  # a few characters change length when lower-cased
        return [Token(m.group().lower(), m.start() + offset, m.end() + offset)
                for m in _TOKEN.finditer(text)]
    if offset:
        return [_new(Token, (low[a:b], a + offset, b + offset))
                for a, b in map(_span, _TOKEN.finditer(text))]
    return [_new(Token, (low[a:b], a, b)) for a, b in map(_span, _TOKEN.finditer(text))]


def ascii_fold_exact(words: Iterable[str]) -> bool:
    """Whether a case-insensitive pattern of ``words`` finds in ASCII text what the same pattern
    of the lower-cased words finds case-sensitively in the lower-cased text: no character of
    theirs outside ASCII matches an ASCII character case-insensitively ("ı" and "İ" match "i",
    "ſ" matches "s", the Kelvin sign "k")."""
    odd = {ch for w in words for ch in w if not ch.isascii()}
    return not any(re.fullmatch(re.escape(ch), chr(a), re.IGNORECASE) for ch in odd for a in range(128))


# the characters outside ASCII that match an ASCII character case-insensitively ("İ", "ı" ~ "i",
# "ſ" ~ "s", the Kelvin sign ~ "k"; checked against every code point by the tests)
ASCII_FOLDS = "\u0130\u0131\u017f\u212a"
_FOLDS = re.compile(f"[{ASCII_FOLDS}]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def ascii_lower(text: str) -> str:
    """``text`` lower-cased with every character outside ASCII replaced by NUL (offsets kept)."""
    return text.lower() if text.isascii() else _NON_ASCII.sub("\0", text).lower()


def literal_view(text: str) -> str | None:
    """``text`` for exact literal pre-tests (:func:`civcas.extract.regex_speed.may_match`): its
    :func:`ascii_lower`. Every ASCII literal a pattern matches in ``text``, case-sensitively or
    not, is in it in lower case, unless ``text`` holds one of :data:`ASCII_FOLDS`: then None
    (nothing can be pre-tested)."""
    return None if not text.isascii() and _FOLDS.search(text) else ascii_lower(text)


def shift(tokens: list[Token], offset: int) -> list[Token]:
    """The same tokens with ``offset`` added to their offsets (sentence -> document offsets)."""
    return [_new(Token, (low, a + offset, b + offset)) for low, a, b in tokens]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an over-long span into pieces of at most MAX_SENTENCE characters at whitespace."""
    out: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with offsets (``text[s.start:s.end] == s.text``), stripped of spaces."""
    out: list[Sentence] = []
    for p_index, (pa, pb) in enumerate(_paragraphs(text)):
        pos = pa
        para = text[pa:pb]
        bounds: list[tuple[int, int]] = []
        for m in _END.finditer(para):
            end = pa + m.end()
            # do not split after abbreviations or single initials ("Mr.", "U.S.", "J. Smith")
            if para[m.start()] == ".":
                words = text[pos:pa + m.start()].rsplit(None, 1)
                last = words[-1].lower().rstrip(".") if words else ""
                if last in _ABBREV or (len(last) == 1 and last.isalpha()):
                    continue
            bounds.append((pos, end))
            pos = end
        if pos < pb:
            bounds.append((pos, pb))
        for a, b in bounds:
            for ca, cb in _cut(text, a, b):
                seg = text[ca:cb]
                lstrip = len(seg) - len(seg.lstrip())
                rstrip = len(seg) - len(seg.rstrip())
                s, e = ca + lstrip, cb - rstrip
                if e > s:
                    out.append(Sentence(text[s:e], s, e, p_index, len(out)))
    return out


#: how much of a document :func:`mostly_capitals` reads to call it wire copy in capitals
CAPITALS_HEAD = 20_000
_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LETTERS = _UPPER + _UPPER.lower()


def mostly_capitals(head: str) -> bool:
    """No letters, or more than 60% of the letters are capitals (counted in C for ASCII text)."""
    ascii_part = head.encode("ascii", "ignore")
    upper = len(ascii_part) - len(ascii_part.translate(None, _UPPER))
    n = len(ascii_part) - len(ascii_part.translate(None, _LETTERS))
    if not head.isascii():  # the few other characters (curly quotes, accents) one by one
        rest = [c for c in head.translate(_NO_ASCII) if c.isalpha()]
        upper += sum(c.isupper() for c in rest)
        n += len(rest)
    return not n or upper > 0.6 * n


_NO_ASCII = dict.fromkeys(range(128))  # str.translate table deleting ASCII characters
