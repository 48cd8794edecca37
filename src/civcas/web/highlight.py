"""Safe highlighting of evidence spans in article text, and safe links.

The article text is hostile input: every text segment is HTML-escaped and only our own
``<mark>`` elements are added around the spans. The result is a ``markupsafe.Markup`` so that
Jinja2 (autoescape on) does not escape it a second time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from markupsafe import Markup, escape

CONTEXT = 220  # characters of an excerpt on each side of the evidence span


@dataclass(frozen=True, slots=True)
class Mark:
    """A span to highlight: ``text[start:end]``, labelled with the figure ids it supports."""

    start: int
    end: int
    figures: tuple[str, ...] = ()
    css: str = ""


def anchor(start: int, end: int) -> str:
    """The element id of a highlighted span in the document page (``s-<start>-<end>``)."""
    return f"s-{start}-{end}"


def _clean(marks: Sequence[Mark], size: int) -> list[Mark]:
    """Clip marks to the text, drop empty ones, merge identical ranges, drop overlaps."""
    by_range: dict[tuple[int, int], Mark] = {}
    for m in marks:
        start, end = max(0, m.start), min(size, m.end)
        if end <= start:
            continue
        key = (start, end)
        if key in by_range:
            old = by_range[key]
            figs = old.figures + tuple(f for f in m.figures if f not in old.figures)
            by_range[key] = Mark(start, end, figs, old.css or m.css)
        else:
            by_range[key] = Mark(start, end, m.figures, m.css)
    out: list[Mark] = []
    last_end = -1
    for m in sorted(by_range.values(), key=lambda x: (x.start, -x.end)):
        if m.start < last_end:  # overlapping: the earlier, longer one wins
            continue
        out.append(m)
        last_end = m.end
    return out


def highlight(text: str, marks: Sequence[Mark], *, ids: bool = True) -> Markup:
    """``text`` as escaped HTML with each mark wrapped in ``<mark id=... data-figures=...>``.

    With ``ids=False`` the marks get no ``id`` (for excerpts, whose offsets are relative).
    """
    parts: list[str] = []
    pos = 0
    for m in _clean(marks, len(text)):
        parts.append(str(escape(text[pos:m.start])))
        css = f' class="{escape(m.css)}"' if m.css else ""
        figs = escape(" ".join(m.figures))
        ident = f' id="{anchor(m.start, m.end)}"' if ids else ""
        parts.append(
            f'<mark{ident}{css} data-figures="{figs}">{escape(text[m.start:m.end])}</mark>'
        )
        pos = m.end
    parts.append(str(escape(text[pos:])))
    return Markup("".join(parts))


def snippet(text: str, start: int, end: int, *, context: int = CONTEXT, offset: int = 0,
            size: int | None = None) -> Markup:
    """An escaped excerpt of ``text`` around ``[start, end)`` with the span marked.

    The excerpt widens to word boundaries and is prefixed/suffixed with an ellipsis when cut.
    ``text`` may be a window of a longer text: ``full[offset:offset + len(text)]`` of a text
    of ``size`` characters (``start``/``end`` are positions in the full text); the result is
    the same as with the full text provided the window reaches ``context + 31`` characters
    beyond the span on both sides (or the ends of the text); otherwise ValueError.
    """
    size = offset + len(text) if size is None else size
    start, end = max(0, min(start, size)), max(0, min(end, size))
    if end < start:
        start, end = end, start
    need_lo, need_hi = max(0, start - context - 31), min(size, end + context + 31)
    if offset > need_lo or offset + len(text) < need_hi:
        raise ValueError("the text window does not cover the excerpt")
    lo = max(0, start - context)
    hi = min(size, end + context)
    while lo > 0 and not text[lo - 1 - offset].isspace() and start - lo < context + 30:
        lo -= 1
    while hi < size and not text[hi - offset].isspace() and hi - end < context + 30:
        hi += 1
    head = "… " if lo > 0 else ""
    tail = " …" if hi < size else ""
    part = text[lo - offset:hi - offset]
    body = (highlight(part, [Mark(start - lo, end - lo)], ids=False) if end > start
            else escape(part))
    return Markup(str(escape(head)) + str(body) + str(escape(tail)))


def safe_url(url: str | None) -> str | None:
    """``url`` if its scheme is http or https (and it has a host), else None."""
    if not url:
        return None
    url = url.strip()
    if any(ch in url for ch in "\x00\r\n\t") or any(ord(ch) < 32 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url
