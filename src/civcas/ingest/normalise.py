"""Text normalisation and content-derived document ids."""

from __future__ import annotations

import re
import unicodedata

from civcas.models import stable_id

# zero-width characters and soft hyphens that differ between copies of the same text
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    """Unicode NFC, invisible characters removed, every whitespace run collapsed to one space."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return " ".join(text.split())


def document_id(text: str) -> str:
    """The content-derived id of a document: ``stable_id("d", normalise_text(text))``.

    Re-encoding or re-wrapping the same text gives the same id.
    """
    return stable_id("d", normalise_text(text))


def clean_body(text: str) -> str:
    """Newlines unified, trailing spaces stripped, runs of 3+ blank lines reduced to one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE))
    text = "\n".join(ln.rstrip() for ln in text.split("\n"))
    if "\n\n\n" in text:
        text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()
