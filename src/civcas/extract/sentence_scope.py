"""Whether a sentence's figures are a tally (a count over a period, a campaign, many events) or
one incident's: the phrase cues of ``[scope]`` in the lexicon and the patterns of
:mod:`civcas.extract.scope`, asked once per sentence by :mod:`civcas.extract.sentence_figures`."""

from __future__ import annotations

import re

from civcas.extract.counts import Mention
from civcas.extract.lexicon import Lexicon, all_matches, any_match
from civcas.extract.regex_speed import may_match
from civcas.extract.rhetoric import generic_toll
from civcas.extract.scope import (
    admitted_total,
    case_tally,
    comparison_mask,
    event_tally,
    lead_tally,
    near_tally,
    one_event_subject,
    speaker_clause,
)

# "between 9 october 2023 and 14 january 2024", "from 24 february 2022 to 15 february 2023"
_MONTH_WORD = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*")
_DATE_RANGE = re.compile(r"\b(?:between|from)\s+(?:the\s+\w+\s+of\s+)?\d{1,2}\s+" + _MONTH_WORD
                         + r"(?:\s+\d{4})?\s+(?:and|to|until)\s+(?:[\d:]+\s+on\s+)?\d{1,2}\s+" + _MONTH_WORD
                         # (US order, "between feb . 24 and june 26")
                         + r"|\b(?:between|from)\s+" + _MONTH_WORD + r"(?:\s+\.)?\s+\d{1,2}(?:\s+,?\s*\d{4})?\s+(?:and|to|until)\s+"
                         + _MONTH_WORD + r"(?:\s+\.)?\s+\d{1,2}\b")
# "during the four-month battle", "over the nine-month siege": a toll over a whole campaign.
_CAMPAIGN = re.compile(r"\b(?:during|throughout|over|after)\s+(?:the|a|its)\s+[a-z0-9]+\s?-\s?(?:day|week|month|year)"
                       r"(?:-long)?\s+(?:battle|offensive|campaign|siege|operation|assault|bombardment|war)\b")


def is_tally(lows: list[str], found: list[Mention], lex: Lexicon) -> bool:
    """A sentence states a tally when a tally cue ("since 2014", "so far this year", "in the
    war") stands near its first figure (15 words either side) and no incident cue ("in the
    strike", "the attack") does."""
    if not found:
        return False
    a = max(0, min(m.count.start for m in found) - 15)
    b = min(len(lows), max(m.np_end for m in found) + 15)
    masked = comparison_mask(lows)  # "one of the deadliest attacks of the war" names one event
    masked |= speaker_clause(lows, min(m.count.start for m in found))  # "a network that ... since"
    window = [w if a + k not in masked else "_" for k, w in enumerate(lows[a:b])]
    if any_match(lex.incident, window):
        return False
    first = min(m.count.start for m in found)
    if one_event_subject(lows, [(x, y) for x, y, _ in all_matches(lex.tally, lows)], first):
        return False  # "An air strike on a market last month killed 12": an earlier incident
    joined = " ".join(window)
    whole = [w if k not in masked else "_" for k, w in enumerate(lows)] if masked else lows
    every = " ".join(lows)
    # exact literal pre-tests (regex_speed.may_match): the joined tokens are already lower case
    return (any_match(lex.tally, window)
            or (may_match(_DATE_RANGE, every, every if every.isascii() else None)
                and _DATE_RANGE.search(every) is not None)
            or (may_match(_CAMPAIGN, joined, joined if joined.isascii() else None)
                and _CAMPAIGN.search(joined) is not None)
            or event_tally(joined) or lead_tally(whole, lex)
            or any(near_tally(lows, m.count.start, m.np_end) for m in found)
            or case_tally(lows, [(m.count.start, m.np_end) for m in found], lex.case_heads)
            or generic_toll(lows, [(m.count, m.np_end) for m in found])
            or admitted_total(lows))
