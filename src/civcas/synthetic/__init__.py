"""Synthetic conflict news and synthetic figures, for benchmarks and scale tests.

- :func:`generate_articles` yields article dicts (``id``, ``title``, ``text``, ``published``,
  ``url``, ``publisher`` plus ``incident``, the synthetic incident label) written from the template
  sentences in ``civcas/data/synthetic/templates.toml``: several articles per synthetic incident,
  spelling variants of real places, many claimants and perpetrators, conflicting tolls,
  denials, admissions, cumulative tallies and plenty of numbers that are not casualties.
- :func:`write_corpus` writes such articles as ``.txt``, ``.jsonl`` and/or ``.html`` files.
- :func:`generate_figures` yields :class:`civcas.models.Figure` objects directly (no text to
  parse), several per incident, for the linking benchmarks.

Everything is deterministic for a given seed, and a shorter run is a prefix of a longer one.
"""

from __future__ import annotations

from civcas.synthetic._common import CorpusStats
from civcas.synthetic.articles import generate_articles, write_corpus
from civcas.synthetic.figures import generate_figures

__all__ = ["CorpusStats", "generate_articles", "generate_figures", "write_corpus"]
