"""Document-level linking context: the people and streets a whole article names.

The sentences that carry casualty figures often share nothing across articles ("A 17-year-old died
on Friday" vs "Police arrested a suspect in the killing of Marcus Dell"), while the articles as a
whole name the same victim, suspect or street. :func:`document_context` lists those names as keys
(``n:marcus dell``, ``st:kessler avenue``); the pipeline puts them on every figure of the document
(``Figure.context``) and the linker scores shared keys (see ``docs/linking.md``).

A document that states no casualty figure but reports a violent event becomes one numberless
*document report* (:func:`document_report`): it joins the incident it clearly matches as a further
source, and carries no number into any range.

The word lists are in ``civcas/data/assess/context.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from civcas.assess.tables import load_table
from civcas.errors import DataError
from civcas.models import DOCUMENT_REPORT, Document, Figure, Span, stable_id

__all__ = ["document_context", "document_report", "is_report"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_CAP = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)*")
_INITIAL = re.compile(r"[A-Z]\.")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


@dataclass(frozen=True, slots=True)
class ContextConfig:
    """The word lists of ``context.toml``."""

    name_stop: frozenset[str]
    titles: frozenset[str]
    max_names: int
    min_length: int
    suffixes: dict[str, str]
    directions: frozenset[str]
    max_streets: int
    lead_chars: int
    evidence_chars: int
    event: tuple[str, ...]
    death: frozenset[str]


@lru_cache(maxsize=1)
def context_config() -> ContextConfig:
    """Load and validate the bundled context table (cached)."""
    raw = load_table("context")
    try:
        n, s, r = raw["names"], raw["streets"], raw["report"]
        return ContextConfig(
            name_stop=frozenset(str(w).lower() for w in n["stopwords"]),
            titles=frozenset(str(w).lower() for w in n["titles"]),
            max_names=int(n["max_keys"]), min_length=int(n["min_length"]),
            suffixes={str(k).lower(): str(v) for k, v in s["suffixes"].items()},
            directions=frozenset(str(w).lower() for w in s["directions"]),
            max_streets=int(s["max_keys"]),
            lead_chars=int(r["lead_chars"]), evidence_chars=int(r["evidence_chars"]),
            event=tuple(str(w).lower() for w in r["event"]),
            death=frozenset(str(w).lower() for w in r["death"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DataError(f"invalid context table: {exc!r}",
                        hint="check src/civcas/data/assess/context.toml") from exc


def _title_cased(title: str) -> bool:
    """Whether a headline capitalises most words ("Man Shot Dead In Downtown Bar")."""
    words = _WORD.findall(title)
    long = [w for w in words if len(w) > 3]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.7 * len(long)


def _tokens(text: str) -> list[str]:
    return text.replace("\u2019", "'").split()


def _strip(word: str) -> tuple[str, bool]:
    """The word without surrounding punctuation, and whether a phrase break follows it."""
    core = word.strip("\"“”‘'()[]{}")
    brk = core != word.rstrip("\"“”‘'()[]{}") or (bool(core) and core[-1] in ".,;:!?")
    core = core.rstrip(".,;:!?")
    if core.endswith("'s"):
        core, brk = core[:-2], True
    return core, brk


def _names(text: str, lower_words: frozenset[str], cfg: ContextConfig,
           skip: frozenset[str]) -> list[str]:
    """Person-like names: runs of 2-3 capitalised words (an initial in between is skipped).

    A run right after an official's title ("Police Chief Dana Cole", "Mayor Ray Holt") names an
    official, who speaks about many events, and is left out; so are the ``skip`` names (places).
    """
    out: list[str] = []
    run: list[str] = []
    after_title = False

    def close() -> None:
        if 2 <= len(run) <= 3 and not after_title:
            key = f"n:{run[0].lower()} {run[-1].lower()}"
            if key not in out and key[2:] not in skip:
                out.append(key)
        run.clear()

    prev = ""
    for tok in _tokens(text):
        core, brk = _strip(tok)
        if run and _INITIAL.fullmatch(core):
            continue
        low = core.lower()
        ok = (bool(_CAP.fullmatch(core)) and len(core) >= cfg.min_length
              and low not in cfg.name_stop and low not in lower_words)
        if ok:
            if not run:
                after_title = prev.rstrip(".") in cfg.titles
            run.append(core)
        else:
            close()
        if brk:
            close()
        prev = low
    close()
    return out


def _streets(text: str, cfg: ContextConfig) -> list[str]:
    """Street names: capitalised words before a street suffix ("West Kessler Ave." -> kessler avenue)."""
    out: list[str] = []
    toks = [_strip(t) for t in _tokens(text)]
    for i, (core, _brk) in enumerate(toks):
        suffix = cfg.suffixes.get(core.lower().rstrip("."))
        if suffix is None or i == 0 or not core[:1].isupper():
            continue
        words: list[str] = []
        j = i - 1
        while j >= 0 and len(words) < 3:
            prev, brk = toks[j]
            if brk or not prev[:1].isupper() or not prev.replace("-", "").isalpha():
                break
            words.insert(0, prev.lower())
            j -= 1
        words = [w for w in words if w not in cfg.directions]
        if words:
            key = f"st:{' '.join(words)} {suffix}"
            if key not in out:
                out.append(key)
    return out


def document_context(doc: Document, *, places: Iterable[str] = ()) -> tuple[str, ...]:
    """The distinguishing name keys of a document: people (``n:``) and streets (``st:``).

    Names come from the text, and from the title unless it is title-cased (where every word is
    capitalised and names cannot be told apart). A capitalised word that the document also uses
    in lower case is a common word, not a name. ``places``: place names found in the document
    (e.g. by extraction), which are not people's names.
    """
    cfg = context_config()
    text = doc.text
    if doc.title and not _title_cased(doc.title):
        text = f"{doc.title}.\n{text}"
    lower_words = frozenset(w for w in _WORD.findall(text) if w.islower())
    skip = frozenset(" ".join(p.lower().split()) for p in places if p)
    names = _names(text, lower_words, cfg, skip)[: cfg.max_names]
    streets = _streets(text, cfg)[: cfg.max_streets]
    return tuple(names + streets)


def is_report(f: Figure) -> bool:
    """Whether a figure is a numberless document report (see :func:`document_report`)."""
    return f.statement == DOCUMENT_REPORT and f.low is None and f.high is None


def _has_word(text: str, words: tuple[str, ...] | frozenset[str]) -> bool:
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


def document_report(doc: Document, *, context: tuple[str, ...] = ()) -> Figure | None:
    """The numberless report of a document that names a violent event but states no figure.

    Its evidence is the document's first sentence(s); it is dated by publication and carries
    ``context``. None when neither the title nor the lead names a violent event.
    """
    cfg = context_config()
    lead = f"{doc.title or ''}\n{doc.text[: cfg.lead_chars]}".lower()
    if not _has_word(lead, cfg.event):
        return None
    outcome = "killed" if _has_word(lead, cfg.death) else "injured"
    body = doc.text.lstrip()
    start = len(doc.text) - len(body)
    cut = min(len(body), cfg.evidence_chars)
    parts = _SENTENCE.split(body[:cut])
    if len(parts) > 1:
        cut = len(body[:cut]) - len(parts[-1])
    end = start + len(body[:cut].rstrip())
    if end <= start:
        return None
    return Figure(
        id=stable_id("f", doc.id, DOCUMENT_REPORT), doc=doc.id, statement=DOCUMENT_REPORT,
        outcome=outcome, group="people", low=None, high=None, qualifier="vague",
        scope="incident", stance="asserted", evidence=Span(doc.text[start:end], start, end),
        published=doc.published, publisher=doc.publisher, near_group=doc.near_group,
        context=context,
    )
