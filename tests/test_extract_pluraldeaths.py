"""Deaths reported in the plural with no number (civcas.extract.pluraldeaths).

All sentences and names are the team's own, written in the style of monitor narratives, local
news and wire copy.
"""

from __future__ import annotations

from datetime import date

import pytest

from civcas.assess import assess
from civcas.extract import extract
from civcas.extract.pluraldeaths import plural_report
from civcas.models import Document, Figure, Incident


def killed(text: str) -> list[Figure]:
    figs = extract(Document(id="t", text=text, published=date(2024, 5, 6)))
    return [f for f in figs if f.outcome == "killed" and f.low is not None]


def plural(text: str) -> list[tuple[str, int | None, int | None, str]]:
    return [(f.group, f.low, f.high, f.qualifier) for f in killed(text) if f.qualifier == "vague"]


@pytest.mark.parametrize("sentence", [
    'The local radio station reported "martyrs and injured" among the residents of the Odeh building.',
    "A number of deaths and injuries were recorded after the shelling of the Haddad home.",
    "The shelling of the school caused injuries and deaths among the displaced, a journalist wrote.",
    "Residents spoke of \u201can unknown number\u201d of deaths in the camp after the raid.",
    "The strike on the market caused deaths, a local reporter wrote on Facebook.",
])
def test_a_plural_report_of_deaths_with_no_number_counts_at_least_two(sentence: str) -> None:
    text = f"On 4 May 2024, an alleged airstrike hit a house east of Rafah. {sentence}"
    assert plural(text) == [("people", 2, None, "vague")]


def test_claimant_and_group_come_from_the_sentence_and_the_document() -> None:
    text = ("On 4 May 2024, an alleged airstrike hit the Odeh family home, where civilians had sheltered. "
            'Al-Quds Radio said there were "martyrs and injured" among the civilians.')
    figs = [f for f in killed(text) if f.qualifier == "vague"]
    assert [(f.group, f.low, f.number_text) for f in figs] == [("civilians", 2, "martyrs")]
    assert figs[0].claimant is not None and figs[0].claimant.name == "Al-Quds Radio"


@pytest.mark.parametrize("text", [
    # a stated toll of two or more is the better figure
    "Three civilians were killed in the strike on the house. Local outlets reported martyrs and injuries.",
    # negated
    "The army said the strike on the warehouse caused no deaths and injuries.",
    "A shell hit the road near the clinic; deaths and injuries were not reported.",
    # a place name, not a report
    "The wounded were taken to the Al-Shuhada Martyrs Hospital in the town.",
    # fighters
    "The faction mourned its martyrs, fighters killed in clashes near the border crossing.",
    # rhetoric
    "The war has made many martyrs in this town, the preacher said.",
    # an earlier event
    "The same house was hit last year, when the strike caused deaths and injuries.",
    # all-capitals wire copy
    "THE COMMUNIQUE SAID THE BOMBING CAUSED DEATHS AND INJURIES IN THE CAPITAL.",
])
def test_no_plural_figure(text: str) -> None:
    assert plural(text) == []


def test_a_single_stated_death_and_a_plural_report_give_the_range_one_to_two() -> None:
    text = ("At least one civilian was killed on 3 June when a strike hit a house in the camp. "
            'Later that day, Safa reported "martyrs and injuries" from the same strike.')
    figs = {f.id: f for f in killed(text)}
    assert sorted((f.low, f.high, f.qualifier) for f in figs.values()) == [(1, None, "at_least"),
                                                                           (2, None, "vague")]
    inc = assess(Incident(id="i", figures=tuple(sorted(figs)), documents=("t",)), figs)
    r = inc.killed["civilians"]
    assert (r.low, r.high) == (1, 2)


def test_the_first_report_of_a_sentence_is_returned() -> None:
    m = plural_report("Sources reported several deaths and a number of injuries.")
    assert m is not None and m.group() == "several deaths"
    assert plural_report("Sources reported no deaths and injuries.") is None
