"""Candidate pairs for cross-document linking: which reports of a block are worth scoring.

Reports are bucketed by place (a lat/lon grid for settlement-level places, the place key
otherwise, one bucket for coarse or unknown places) and, inside a bucket, paired only with reports
whose date windows can agree; coarse or unplaced reports are paired with the placed reports
nearest in date; and reports whose documents name the same person or street are paired. Each
report gets a bounded number of partners, so a block stays near-linear.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence

from civcas.link.config import LinkConfig
from civcas.link.features import DATE_COARSE, DATE_FINE, DATE_NONE, DATE_PUB, FINE_RANK, Report


def candidates(reports: Sequence[Report], cfg: LinkConfig) -> set[tuple[int, int]]:
    """Index pairs of reports (different documents) that are worth scoring.

    Reports are bucketed by place (a lat/lon grid for settlement-level places with coordinates,
    the place key otherwise, one shared bucket for coarse or unknown places) and, inside a
    bucket, sorted by date so that only reports whose date windows can agree are paired.
    """
    fine_gap = cfg.max_gap_days
    # how far past a report's window end a partner's window may start (see date_score)
    reach = {
        DATE_FINE: max(fine_gap, 2),
        DATE_PUB: max(2, cfg.published_max_gap_days - cfg.published_before_days),
        DATE_COARSE: 0,
        DATE_NONE: 0,
    }
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    keyed: dict[str, list[int]] = defaultdict(list)
    coarse: list[int] = []
    g = cfg.grid_degrees
    for i, r in enumerate(reports):
        a = r.anchor
        if a is None or a.rank > FINE_RANK:
            coarse.append(i)
        elif a.lat is not None and a.lon is not None:
            grid[(int(a.lat // g), int(a.lon // g))].append(i)
        else:
            keyed[a.key].append(i)
    pairs: set[tuple[int, int]] = set()
    cap = cfg.max_per_item

    def scan(items: list[int], left: set[int] | None) -> None:
        items = sorted(items, key=lambda k: (reports[k].lo, reports[k].id))
        n = len(items)
        for x in range(n):
            i = items[x]
            ri = reports[i]
            limit = ri.hi + reach[ri.date_kind]
            fine_i = ri.date_kind == DATE_FINE
            taken = 0
            for y in range(x + 1, n):
                j = items[y]
                rj = reports[j]
                if rj.lo > limit or taken >= cap:
                    break
                if rj.doc == ri.doc or (left is not None and (i in left) == (j in left)):
                    continue
                if fine_i and rj.date_kind == DATE_FINE and rj.lo > ri.hi + fine_gap:
                    continue
                pairs.add((i, j) if i < j else (j, i))
                taken += 1

    for (cx, cy), members in grid.items():
        scan(members, None)
        for dx, dy in ((1, -1), (1, 0), (1, 1), (0, 1)):
            other = grid.get((cx + dx, cy + dy))
            if other:
                scan(members + other, set(members))
    for members in keyed.values():
        scan(members, None)
    _shared_context(reports, cfg, reach, pairs)
    if coarse:
        coarse_set = set(coarse)
        scan(coarse, None)
        fine = sorted((i for i in range(len(reports)) if i not in coarse_set),
                      key=lambda k: (reports[k].lo, reports[k].id))
        if fine:
            _nearest_fine(reports, coarse, fine, cfg.max_per_coarse, reach, pairs)
    return pairs


def _shared_context(
    reports: Sequence[Report], cfg: LinkConfig, reach: dict[int, int],
    pairs: set[tuple[int, int]],
) -> None:
    """Pair reports of different documents that name the same person or street.

    Keys named by more than ``context_max_reports`` reports are skipped (too common to tell
    events apart, and they would make the pass quadratic); inside a key, only reports whose date
    windows can agree are paired.
    """
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        for k in r.context:
            by_key[k].append(i)
    cap = cfg.context_max_reports
    for members in by_key.values():
        if len(members) < 2 or len(members) > cap:
            continue
        items = sorted(members, key=lambda k: (reports[k].lo, reports[k].id))
        for x, i in enumerate(items):
            ri = reports[i]
            limit = ri.hi + reach[ri.date_kind] + 7 if ri.date_kind != DATE_NONE else 1 << 40
            for j in items[x + 1:]:
                rj = reports[j]
                if rj.lo > limit:
                    break
                if rj.doc != ri.doc:
                    pairs.add((i, j) if i < j else (j, i))


def _nearest_fine(
    reports: Sequence[Report], coarse: Sequence[int], fine: Sequence[int], cap: int,
    reach: dict[int, int], pairs: set[tuple[int, int]],
) -> None:
    """Pair each coarse/unplaced report with the ``cap`` placed reports nearest in date.

    Walks outwards from the report's date in the date-sorted list of placed reports (ties: the
    earlier side first), so the cost per coarse report is O(cap + log n) however dense the block.
    """
    los = [reports[k].lo for k in fine]
    wide = max(reach.values())
    for c in coarse:
        rc = reports[c]
        lo_limit, hi_limit = rc.lo - wide - 7, rc.hi + wide
        right = bisect_left(los, rc.lo)
        left = right - 1
        taken = 0
        while taken < cap:
            lval = los[left] if left >= 0 and los[left] >= lo_limit else None
            rval = los[right] if right < len(los) and los[right] <= hi_limit else None
            if lval is None and rval is None:
                break
            if rval is None or (lval is not None and rc.lo - lval <= rval - rc.lo):
                j = fine[left]
                left -= 1
            else:
                j = fine[right]
                right += 1
            if reports[j].doc != rc.doc:
                pairs.add((c, j) if c < j else (j, c))
                taken += 1
