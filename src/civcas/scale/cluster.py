"""Connecting to Dask: a local cluster or a remote scheduler, with clear errors.

The engine fails early with :class:`civcas.errors.EngineError` when the scheduler cannot be
reached within a short timeout, or when a worker cannot import civcas or runs another version.
"""

from __future__ import annotations

import importlib.metadata
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from civcas.errors import EngineError

log = logging.getLogger(__name__)


def _version() -> str:
    try:
        return importlib.metadata.version("civcas")
    except importlib.metadata.PackageNotFoundError:
        import civcas

        return civcas.__version__


@contextmanager
def open_client(scheduler: str | None, *, workers: int = 2, timeout: float = 5.0,
                dashboard_address: str | None = ":0") -> Iterator[Any]:
    """Yield a ``distributed.Client``: to ``scheduler`` if given, else to a new LocalCluster
    of ``workers`` single-threaded worker processes. Closes what it opened."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise EngineError("Dask is not installed", hint="pip install 'civcas[scale]'") from exc
    cluster = None
    # p2p shuffles log every start and stop at WARNING level; that is progress noise here
    logging.getLogger("distributed.shuffle._scheduler_plugin").setLevel(logging.ERROR)
    if scheduler:
        try:
            client = Client(scheduler, timeout=timeout)
        except (OSError, TimeoutError, ValueError) as exc:
            raise EngineError(
                f"cannot reach the Dask scheduler at {scheduler}: {exc}",
                hint=("start it with `dask scheduler` (and workers with `dask worker "
                      f"{scheduler}`), check host/port and firewalls, or leave out "
                      "--scheduler to run a local cluster")) from exc
    else:
        if workers < 1:
            raise EngineError(f"workers must be >= 1, not {workers}")
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=dashboard_address, silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        check_workers(client)
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def check_workers(client: Any, *, wait: float = 10.0) -> dict[str, str]:
    """Check that every worker can import civcas (and its Dask tasks) and runs the same civcas
    version as this process.

    Returns ``{worker address: version}``; raises :class:`EngineError` otherwise.
    """
    if not client.scheduler_info().get("workers"):
        try:
            client.wait_for_workers(1, timeout=wait)
        except (TimeoutError, OSError) as exc:
            raise EngineError("the Dask scheduler has no workers",
                              hint="start workers with `dask worker <scheduler address>`") from exc
    hint = ("install the same civcas on every worker (pip install 'civcas[scale]' in the "
            "environment the `dask worker` command runs from) and restart them")
    # a builtin runs even where civcas is missing; the import is what every task needs
    imported = client.run(exec, "import civcas.scale.tasks", {}, on_error="return")
    broken = {str(a): f"{type(r).__name__}: {r}" for a, r in sorted(imported.items())
              if isinstance(r, BaseException)}
    if broken:
        raise EngineError("civcas cannot be imported on worker(s) "
                          + "; ".join(f"{a} ({why})" for a, why in broken.items()),
                          hint=hint, detail={"workers": broken})
    found = client.run(importlib.metadata.version, "civcas", on_error="return")
    mine = _version()
    missing = sorted(a for a, v in found.items() if isinstance(v, BaseException))
    if missing:
        raise EngineError(f"civcas is not installed on worker(s) {', '.join(missing)}",
                          hint=hint, detail={"workers": missing})
    other = {a: v for a, v in found.items() if v != mine}
    if other:
        raise EngineError(f"workers run another civcas version than this client ({mine}): "
                          + ", ".join(f"{a}={v}" for a, v in sorted(other.items())),
                          hint="install the same civcas version everywhere",
                          detail={"client": mine, "workers": other})
    return {str(a): str(v) for a, v in found.items()}


def worker_count(client: Any) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


def worker_usage(client: Any) -> dict[str, tuple[int, float]]:
    """(peak resident memory in bytes, CPU seconds) of each worker process so far."""
    import resource
    import sys

    scale = 1 if sys.platform == "darwin" else 1024
    found = client.run(resource.getrusage, resource.RUSAGE_SELF)
    return {str(a): (int(r.ru_maxrss) * scale, round(r.ru_utime + r.ru_stime, 2))
            for a, r in found.items()}


def track(futures: Sequence[Any], *, label: str, enabled: bool) -> Iterator[Any]:
    """Yield futures as they complete, with a rich progress bar on stderr when enabled."""
    from distributed import as_completed

    if not enabled or not futures:
        yield from as_completed(futures)
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    with Progress("[progress.description]{task.description}", BarColumn(),
                  MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task(label, total=len(futures))
        for fut in as_completed(futures):
            bar.advance(task)
            yield fut
