"""The one denial vocabulary of the extractor (``data/extract/denial.toml``).

Every reader of a denial takes its words from here: the stance of a sentence's figures
(:mod:`civcas.extract.sentence_figures` via the lexicon), a sentence with no number that denies the
harm or the attack (:mod:`civcas.extract.denialforms`), a denial of a part in the act and the words that
undo a claim of responsibility (:mod:`civcas.extract.responsibility`), and the denials before a
counter-accusation (:mod:`civcas.extract.speech`, :mod:`civcas.extract.accused`).
"""

from __future__ import annotations

import re
from functools import cache

from civcas.datafiles import load_toml

__all__ = ["denial_alternation", "denial_data", "denial_verbs", "no_number_words", "part_data", "rejecting",
           "stance_words"]


@cache
def denial_data() -> dict[str, dict[str, list[str]]]:
    """The whole of ``denial.toml``."""
    return load_toml("extract", "denial.toml")


def denial_verbs() -> list[str]:
    """The verbs of denial ("denied", "denies", "deny")."""
    return list(denial_data()["denial"]["verbs"])


@cache
def rejecting() -> re.Pattern[str]:
    """A party denying or rejecting an accusation: "denied", "rejects", "dismissed" (``[denial] rejecting``)."""
    return re.compile(r"\b(?:" + denial_alternation(denial_data()["denial"]["rejecting"]) + r")\b", re.IGNORECASE)


def _common() -> list[str]:
    d = denial_data()["denial"]
    return [*d["verbs"], *d["phrases"]]


def stance_words() -> list[str]:
    """Words and phrases that make the figures of their sentence stance ``denied``."""
    return [*_common(), *denial_data()["stance"]["words"]]


def no_number_words() -> list[str]:
    """Words and phrases of a denial in a sentence with no number of its own."""
    return [*_common(), *denial_data()["no_number"]["words"]]


def part_data() -> dict[str, list[str]]:
    """The lists of a denial of a part in the act (``[part]``)."""
    return denial_data()["part"]


def denial_alternation(words: list[str]) -> str:
    """A regex alternation of ``words`` as written (escaped, single spaces kept)."""
    return "|".join(map(re.escape, words))
