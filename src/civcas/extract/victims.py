"""Who a single named or pronoun victim is, from the lead of the article.

"He was pronounced dead at the hospital" and "Jones died of his wounds" count one person (see
``counts.named_victims``) but say nothing of age.  Reports of a single victim describe the victim
in the headline or the first sentence ("A 4-year-old boy was shot ...", "Teen killed in ...");
when that lead describes a child and no adult, the document's single named victims are children.

Example: "Boy, 6, dies after shooting in Gary.  He was pronounced dead at a hospital." gives
killed 1 children; "Man and boy shot on porch.  He died." keeps people (two people described).
"""

from __future__ import annotations

from dataclasses import replace

from civcas.extract.lexicon import Lexicon
from civcas.extract.numbers import age_span
from civcas.models import Figure

_CHILD = frozenset({"boy", "girl", "child", "toddler", "teen", "teenager", "infant", "baby",
                    "kid", "schoolboy", "schoolgirl", "newborn", "preschooler", "youngster",
                    "son", "daughter", "boys", "girls", "children", "kids", "teens", "teenagers",
                    "toddlers"})
_ADULT = frozenset({"man", "woman", "men", "women", "father", "mother", "adult", "adults", "husband",
                    "wife", "grandmother", "grandfather", "officer", "deputy", "couple", "mom",
                    "dad"})


def lead_victim_group(lows: list[str], lex: Lexicon) -> str | None:
    """``children`` when the lead's words (lower case) describe a child and no adult."""
    ages = [a[1] for p in range(len(lows)) if (a := age_span(lows, p, lex)) is not None]
    child = any(t in _CHILD for t in lows) or any(a < 18 for a in ages)
    adult = any(t in _ADULT for t in lows) or any(a >= 18 for a in ages)
    return "children" if child and not adult else None


def regroup_named(figures: list[Figure], named: set[str], group: str | None) -> list[Figure]:
    """Give ``group`` to the single named-victim figures (ids in ``named``) still read as people."""
    if group is None or not named:
        return figures
    return [replace(f, group=group) if f.id in named and f.group == "people" and f.subgroup is None
            and f.low == 1 and f.high == 1 else f for f in figures]
