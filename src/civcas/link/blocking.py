"""The blocking key: the coarse cell (world × calendar month) that a figure is linked within.

``link()`` never joins figures from different blocks (except by an analyst's must-link), so a
runner may shuffle figures by :func:`blocking_key` and link each partition on its own.

Trade-off. The time cell is the month of the incident date (the middle of its span), falling back
to the month of the day before publication (an undated report of an event of the 31st published on
the 1st falls with the event). Reports of one event whose keys still straddle a month boundary land
in different blocks and are not linked; an analyst's must-link repairs that. The region cell is deliberately the
whole world: many reports name no place the geocoder can resolve (or only "the region"), and any
country/admin1/grid cell would separate them for good from the reports that do. Space is handled
inside a block instead, by a spatial index over resolved places (see ``civcas.link.cluster``), so
a month block stays near-linear to link. The key keeps the ``<region>|<month>`` shape so that a
finer region cell can be introduced without changing callers.
"""

from __future__ import annotations

from datetime import date, timedelta

from civcas.models import Figure

WORLD = "*"
UNKNOWN_MONTH = "????-??"


#: a figure dated only by publication reports something of the day(s) before: its block is that
#: of the publication date minus this many days (an event of 29 Feb reported on 1 Mar falls in Feb)
PUBLISHED_SHIFT_DAYS = 1


def blocking_key(figure: Figure) -> str:
    """``"*|<YYYY-MM>"`` of a figure's incident date (else of the day before its publication;
    ``????-??`` if neither is known)."""
    if figure.date is not None:  # the middle of a span: "last week" of 28 Nov - 4 Dec is December's
        when: date | None = figure.date.start + (figure.date.end - figure.date.start) // 2
    elif figure.published is not None:
        when = figure.published - timedelta(days=PUBLISHED_SHIFT_DAYS)
    else:
        when = None
    month = f"{when.year:04d}-{when.month:02d}" if when is not None else UNKNOWN_MONTH
    return f"{WORLD}|{month}"
