"""The tables of ``data/extract/shootings.toml``, read once (shared by :mod:`civcas.extract.shootings`
and :mod:`civcas.extract.shotforms`)."""

from __future__ import annotations

from functools import lru_cache

from civcas.datafiles import load_toml
from civcas.extract.lexicon import PhraseTable, make_table


@lru_cache(maxsize=1)
def _data() -> dict[str, object]:
    raw = load_toml("extract", "shootings.toml")
    kill = raw["self_kill"]
    kin = raw["kinship"]
    return {
        "verbs": make_table([(v, True) for v in kill["verbs"]]),
        "own_life": make_table([(v, True) for v in kill["own_life"]]),
        "survived": frozenset(kill["survived"]),
        "parent_of": frozenset(kin["parent_of"]),
        "shared": frozenset(kin["shared_article"]),
        "shared_modifiers": frozenset(kin["shared_modifiers"]),
        "pairs": frozenset(kin["pairs"]),
        "to_death": frozenset(raw["object"]["to_death"]),
        "hospital": frozenset(raw["object"]["hospital"]),
        "hospital_nouns": frozenset(raw["object"]["hospital_nouns"]),
        "shot_object": frozenset(raw["object"]["shot"]),
        "shot_one": frozenset(raw["object"]["shot_one"]),
        "body_parts": frozenset(raw["object"]["body_parts"]),
        "body_sides": frozenset(raw["object"]["body_sides"]),
        "arrival_verbs": frozenset(raw["arrival"]["verbs"]),
        "arrival_wounds": frozenset(raw["arrival"]["wounds"]),
    }


def data_table(name: str) -> PhraseTable:
    t = _data()[name]
    assert isinstance(t, PhraseTable)
    return t


def data_words(name: str) -> frozenset[str]:
    w = _data()[name]
    assert isinstance(w, frozenset)
    return w


@lru_cache(maxsize=64)
def single_words(key: str) -> frozenset[str]:
    """A word list of ``[single]`` in ``shootings.toml`` (single victims, read by ``named.py``)."""
    return frozenset(load_toml("extract", "shootings.toml")["single"][key])


@lru_cache(maxsize=64)
def single_words_of(table: str, key: str) -> frozenset[str]:
    """A word list ``key`` of the ``[table]`` of ``shootings.toml``."""
    return frozenset(load_toml("extract", "shootings.toml")[table][key])
