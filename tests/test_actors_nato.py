"""NATO is the belligerent of its own air campaigns (Libya 2011, Yugoslavia 1999, Bosnia 1995); in
Afghanistan, Iraq and Syria its name stays the US-led coalition.  Gaddafi's forces are an actor."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import figures_on

_DAY = date(2011, 8, 9)


def _perps(text: str) -> set[str | None]:
    return {f.perpetrator.name if f.perpetrator else None for f in figures_on(text, _DAY)}


@pytest.mark.parametrize("text", [
    "TRIPOLI, Libya -- NATO warplanes struck a farm compound near Zliten, killing 14 civilians, Libyan officials said.",
    "BELGRADE, Serbia -- NATO missiles hit a passenger train on a bridge in the south, killing 12 civilians, "
    "Yugoslav officials said.",
    "Late on Monday, aircraft of NATO's Operation Unified Protector bombed two farmhouses outside Brega in "
    "Libya, killing nine people, a local doctor said.",
])
def test_nato_in_its_own_campaigns(text: str) -> None:
    assert _perps(text) == {"NATO"}


@pytest.mark.parametrize("text", [
    "KABUL, Afghanistan -- NATO aircraft struck a wedding party in Helmand province on Sunday, killing 20 "
    "Afghan civilians, provincial officials said.",
    "BAGHDAD -- NATO jets struck a house in Mosul, Iraq, killing 9 civilians, Iraqi officials said.",
])
def test_nato_in_the_coalitions_theatres_is_the_coalition(text: str) -> None:
    assert _perps(text) == {"US-led coalition"}


def test_gaddafi_forces_are_an_actor() -> None:
    text = ("MISRATA, Libya -- Doctors in Misrata said Grad rockets fired by pro-Gaddafi forces killed "
            "three civilians near the port on Tuesday.")
    assert _perps(text) == {"Gaddafi forces"}
