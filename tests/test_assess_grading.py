"""Grading on the Airwars scale with the rule that fired."""

from __future__ import annotations

from civcas.assess import assess
from civcas.link.factory import actor, figure
from civcas.models import Actor, Incident

SOHR = actor("Syrian Observatory for Human Rights", "monitor")
SNHR = actor("Syrian Network for Human Rights", "monitor")
COALITION = actor("US-led coalition", "belligerent")
RUSSIA = actor("Russian forces", "belligerent")


def grade(*figs, perpetrator: Actor | None = COALITION):  # type: ignore[no-untyped-def]
    by_id = {f.id: f for f in figs}
    inc = assess(Incident(id="i1", figures=tuple(sorted(by_id)), documents=(),
                          perpetrator=perpetrator), by_id)
    return inc.grade, inc.grade_reason, inc.sources


def test_single_source_is_weak() -> None:
    g, reason, sources = grade(figure("f1", doc="d1", low=4, claimant=SOHR))
    assert (g, sources) == ("weak", 1)
    assert reason is not None and reason.startswith("weak")


def test_two_independent_sources_and_a_belligerent_is_fair() -> None:
    g, reason, sources = grade(figure("f1", doc="d1", low=4, claimant=SOHR, perpetrator=COALITION),
                               figure("f2", doc="d2", low=5, claimant=SNHR, perpetrator=COALITION))
    assert (g, sources) == ("fair", 2)
    assert reason is not None and "2 independent sources" in reason


def test_two_sources_without_a_perpetrator_stay_weak() -> None:
    g, _r, _s = grade(figure("f1", doc="d1", low=4, claimant=SOHR),
                      figure("f2", doc="d2", low=4, claimant=SNHR), perpetrator=None)
    assert g == "weak"


def test_citation_chains_and_copies_count_once() -> None:
    g, _r, sources = grade(
        figure("f1", doc="d1", low=4, claimant=SOHR, perpetrator=COALITION),
        figure("f2", doc="d2", low=4, claimant=SOHR, perpetrator=COALITION),
        figure("f3", doc="d3", low=4, near_group="d9", perpetrator=COALITION),
        figure("f4", doc="d4", low=4, near_group="d9", perpetrator=COALITION),
    )
    assert sources == 2 and g == "fair"


def test_admission_by_the_perpetrator_confirms() -> None:
    g, reason, _s = grade(figure("f1", doc="d1", low=3, claimant=SOHR, perpetrator=COALITION),
                          figure("f2", doc="d2", low=1, claimant=COALITION, perpetrator=COALITION))
    assert g == "confirmed"
    assert reason is not None and "f2" in reason


def test_another_belligerents_statement_is_not_an_admission() -> None:
    g, _r, _s = grade(figure("f1", doc="d1", low=3, claimant=RUSSIA, perpetrator=COALITION),
                      figure("f2", doc="d2", low=3, claimant=SOHR, perpetrator=COALITION))
    assert g == "fair"


def test_competing_perpetrators_or_a_denial_contest() -> None:
    g, reason, _s = grade(figure("f1", doc="d1", low=3, claimant=SOHR, perpetrator=COALITION),
                          figure("f2", doc="d2", low=3, claimant=SNHR, perpetrator=RUSSIA))
    assert g == "contested" and reason is not None and "perpetrator" in reason
    g, reason, _s = grade(figure("f1", doc="d1", low=3, claimant=SOHR, perpetrator=COALITION),
                          figure("f2", doc="d2", low=None, high=None, stance="denied",
                                 claimant=COALITION))
    assert g == "contested" and reason is not None and "denial" in reason


def test_only_combatants_is_discounted_and_precedence() -> None:
    g, _r, _s = grade(figure("f1", doc="d1", group="combatants", low=6, claimant=SOHR),
                      figure("f2", doc="d2", group="combatants", low=5, claimant=SNHR,
                             perpetrator=RUSSIA))
    assert g == "discounted"  # discounted outranks the competing attribution
    g, _r, _s = grade(figure("f1", doc="d1", low=2, claimant=COALITION, perpetrator=COALITION),
                      figure("f2", doc="d2", low=None, high=None, stance="denied",
                             claimant=COALITION))
    assert g == "confirmed"  # an admission outranks a denial
