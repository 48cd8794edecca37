"""The blocking key: the coarse cell (country × calendar month) that a figure is linked within.

``link()`` never joins figures from different blocks (except by an analyst's must-link), so a
runner may shuffle figures by :func:`blocking_key` and link each partition on its own.

Trade-off: the region cell is the country, not admin1 or a lat/lon grid, because reports of one
event often name places at different levels ("in Gaza" / "in Jabalia") and a finer cell would split
them for good; the time cell is the month of the incident date (its start), falling back to the
publication month. Reports of one event that straddle a month boundary (an event on the 31st dated
by one outlet and known only by the next day's publication date in another) end up in different
blocks and are not linked; an analyst's must-link repairs that.
"""

from __future__ import annotations

from civcas.models import Figure

UNKNOWN_REGION = "??"
UNKNOWN_MONTH = "????-??"


def blocking_key(figure: Figure) -> str:
    """``"<ISO country>|<YYYY-MM>"`` of a figure, with ``??`` / ``????-??`` when unknown."""
    region = UNKNOWN_REGION
    if figure.place is not None and figure.place.country:
        region = figure.place.country.strip().upper() or UNKNOWN_REGION
    when = figure.date.start if figure.date is not None else figure.published
    month = f"{when.year:04d}-{when.month:02d}" if when is not None else UNKNOWN_MONTH
    return f"{region}|{month}"
