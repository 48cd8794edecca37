"""Fast model <-> JSON-able dict conversion for the store's hot paths.

Same output as ``civcas.models.to_dict`` / ``from_dict`` (a test checks the equivalence), but
the per-class work (type hints, field lists) is done once and cached as small decoder
functions, which makes loading a page of incidents several times faster.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, Literal, TypeVar, get_args, get_origin, get_type_hints

T = TypeVar("T")
Decoder = Callable[[Any], Any]
_SCALARS = frozenset({str, int, float, bool, type(None)})


def encode(value: Any) -> Any:
    """A JSON-able version of a model object or value (dates as ISO strings, tuples as lists)."""
    cls = type(value)
    if cls in _SCALARS:
        return value
    if cls is tuple or cls is list:
        return [v if type(v) in _SCALARS else encode(v) for v in value]
    if cls is dict:
        return {str(k): v if type(v) in _SCALARS else encode(v) for k, v in value.items()}
    if cls is datetime or cls is date:
        return value.isoformat()
    names = _field_names(cls)
    if names is not None:
        out = {}
        for n in names:
            v = getattr(value, n)
            out[n] = v if type(v) in _SCALARS else encode(v)
        return out
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


_NAMES: dict[type, tuple[str, ...] | None] = {}
_PLANS: dict[type, tuple[tuple[str, Decoder], ...]] = {}


def _field_names(cls: type) -> tuple[str, ...] | None:
    if cls not in _NAMES:
        _NAMES[cls] = (tuple(f.name for f in dataclasses.fields(cls))
                       if dataclasses.is_dataclass(cls) else None)
    return _NAMES[cls]


def _identity(v: Any) -> Any:
    return v


def _date(v: Any) -> date:
    if isinstance(v, datetime):
        return v.date()
    return v if isinstance(v, date) else date.fromisoformat(v)


def _datetime(v: Any) -> datetime:
    return v if isinstance(v, datetime) else datetime.fromisoformat(v)


def _decoder(tp: Any) -> Decoder:
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) != 1:
            return _identity
        inner = _decoder(args[0])
        return lambda v: None if v is None else inner(v)
    if origin is Literal:
        return _identity
    if origin is tuple:
        (first, *_rest) = get_args(tp) or (Any,)
        item = _decoder(first)
        if item is _identity:
            return lambda v: None if v is None else tuple(v)
        return lambda v: None if v is None else tuple(item(x) for x in v)
    if origin is dict:
        _k, vt = get_args(tp)
        val = _decoder(vt)
        return lambda v: None if v is None else {k: val(x) for k, x in v.items()}
    if tp is datetime:
        return lambda v: None if v is None else _datetime(v)
    if tp is date:
        return lambda v: None if v is None else _date(v)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        cls = tp
        return lambda v: None if v is None else decode(cls, v)
    return _identity


def _plan(cls: type) -> tuple[tuple[str, Decoder], ...]:
    if cls not in _PLANS:
        hints = get_type_hints(cls)
        _PLANS[cls] = tuple((f.name, _decoder(hints[f.name]))
                            for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    return _PLANS[cls]


def decode(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a model object from :func:`encode` output (unknown keys are ignored)."""
    kwargs = {name: dec(data[name]) for name, dec in _plan(cls) if name in data}
    return cls(**kwargs)
