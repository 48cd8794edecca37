"""Linking weights and tolerances, read lazily from ``civcas/data/assess/linking.toml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from civcas.assess.tables import load_table
from civcas.errors import DataError


@dataclass(frozen=True, slots=True)
class LinkConfig:
    """The numbers that drive linking (see the TOML file for what each one means)."""

    threshold: float
    same_fine: float
    near_fine: float
    coarse: float
    both_coarse: float
    slack_km: float
    default_radius_km: dict[str, float]
    date_same: float
    date_overlap_wide: float
    date_adjacent: float
    date_published: float
    max_gap_days: int
    published_before_days: int
    published_max_gap_days: int
    max_cluster_span_days: int
    shared_detail: float
    detail_conflict: float
    same_perpetrator: float
    other_perpetrator: float
    same_event: float
    other_event: float
    same_count: float
    other_count: float
    near_duplicate: float
    max_per_item: int
    max_per_coarse: int
    grid_degrees: float
    names_weight: float
    names_max_shared: int
    names_min_length: int
    stopwords: frozenset[str]
    context_name: float
    context_street: float
    context_max_shared: int
    context_max_reports: int
    context_override: float
    context_conflict: float


@lru_cache(maxsize=1)
def link_config() -> LinkConfig:
    """Load and validate the bundled linking table (cached)."""
    raw = load_table("linking")
    try:
        p, d, e, c = raw["place"], raw["date"], raw["evidence"], raw["candidates"]
        return LinkConfig(
            threshold=float(raw["threshold"]),
            same_fine=float(p["same_fine"]), near_fine=float(p["near_fine"]),
            coarse=float(p["coarse"]), both_coarse=float(p["both_coarse"]), slack_km=float(p["slack_km"]),
            default_radius_km={k: float(v) for k, v in p["default_radius_km"].items()},
            date_same=float(d["same"]), date_overlap_wide=float(d["overlap_wide"]),
            date_adjacent=float(d["adjacent"]), date_published=float(d["published"]),
            max_gap_days=int(d["max_gap_days"]),
            published_before_days=int(d["published_before_days"]),
            published_max_gap_days=int(d["published_max_gap_days"]),
            max_cluster_span_days=int(d["max_cluster_span_days"]),
            shared_detail=float(e["shared_detail"]), detail_conflict=float(e["detail_conflict"]),
            same_perpetrator=float(e["same_perpetrator"]),
            other_perpetrator=float(e["other_perpetrator"]),
            same_event=float(e["same_event"]), other_event=float(e["other_event"]),
            same_count=float(e["same_count"]), other_count=float(e["other_count"]),
            near_duplicate=float(e["near_duplicate"]),
            max_per_item=int(c["max_per_item"]), max_per_coarse=int(c["max_per_coarse"]),
            grid_degrees=float(c["grid_degrees"]),
            names_weight=float(raw["names"]["weight"]),
            names_max_shared=int(raw["names"]["max_shared"]),
            names_min_length=int(raw["names"]["min_length"]),
            stopwords=frozenset(str(w).lower() for w in raw["names"]["stopwords"]),
            context_name=float(raw["context"]["name"]),
            context_street=float(raw["context"]["street"]),
            context_max_shared=int(raw["context"]["max_shared"]),
            context_max_reports=int(raw["context"]["max_reports"]),
            context_override=float(raw["context"]["override"]),
            context_conflict=float(raw["context"]["conflict"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DataError(
            f"invalid linking table: {exc!r}", hint="check src/civcas/data/assess/linking.toml"
        ) from exc
