"""``civcas.open(url)``: the database for notebooks, as model objects or pandas DataFrames.

    db = civcas.open("sqlite:///civcas.db")
    db.incidents(country="SY", grade=["fair", "confirmed"])   # list[Incident]
    db.incidents_df(country="SY")                              # one row per incident
    db.figures_df(claimant="SOHR"); db.tallies_df(); db.documents(text="market")
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any

from civcas.models import Document, Figure, Incident, TallySeries

if TYPE_CHECKING:
    import pandas as pd

    from civcas.store import Store


class Database:
    """A read-mostly view of a civcas database (``.store`` is the full Store)."""

    def __init__(self, url: str | None = None) -> None:
        from civcas.store import Store

        self.store: Store = Store(url)

    def incidents(self, **filters: Any) -> list[Incident]:
        """Every incident matching ``filters`` (those of ``Store.list_incidents``), by id."""
        return [inc for inc, _u in self.store.iter_incidents(**filters)]

    def figures(self, *, include_rejected: bool = False, **filters: Any) -> list[Figure]:
        """Figures (corrections applied) matching ``filters`` (those of ``Store.list_figures``)."""
        out: list[Figure] = []
        offset, page = 0, 5000
        while True:
            part = self.store.list_figures(include_rejected=include_rejected, limit=page,
                                           offset=offset, **filters)
            out.extend(part)
            if len(part) < page:
                return out
            offset += page

    def tallies(self, **filters: Any) -> list[TallySeries]:
        """Tally series (filters: claimant, perpetrator)."""
        return self.store.list_tallies(**filters)

    def documents(self, *, text: str | None = None, publisher: str | None = None,
                  limit: int = 1000) -> list[Document]:
        """Documents matching a full-text query and/or publisher (at most ``limit``)."""
        docs, _total = self.store.list_documents(text=text, publisher=publisher, limit=limit)
        return docs

    def get(self, incident_id: str) -> Incident:
        """One incident (previous ids resolve)."""
        return self.store.get_incident(incident_id)

    def incidents_df(self, *, schema: str = "civcas", **filters: Any) -> pd.DataFrame:
        """Incidents as a DataFrame (flat columns of the export schema, dates as datetimes)."""
        import pandas as pd

        from civcas.export import export_rows

        df = pd.DataFrame(export_rows(self.store, table="incidents", schema=schema, **filters))
        for col in ("date_start", "date_end", "event_date"):
            if col in df:
                df[col] = pd.to_datetime(df[col])
        return df

    def figures_df(self, **filters: Any) -> pd.DataFrame:
        """Figures (with status and incident) as a DataFrame."""
        import pandas as pd

        from civcas.export import export_rows

        df = pd.DataFrame(export_rows(self.store, table="figures", **filters))
        for col in ("date_start", "date_end", "published"):
            if col in df:
                df[col] = pd.to_datetime(df[col])
        return df

    def tallies_df(self, **filters: Any) -> pd.DataFrame:
        """Tally points (one row per point of each series) as a DataFrame."""
        import pandas as pd

        from civcas.export import export_rows

        df = pd.DataFrame(export_rows(self.store, table="tallies", **filters))
        if "date" in df:
            df["date"] = pd.to_datetime(df["date"])
        return df

    def close(self) -> None:
        """Release the database connections."""
        self.store.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"civcas.open({self.store.safe_url!r})"


def open_database(url: str | None = None) -> Database:
    """Open a civcas database for analysis (default ``sqlite:///civcas.db``)."""
    return Database(url)
