"""Frozen dataclasses that are quick to build.

A frozen dataclass's own ``__init__`` sets each field with ``object.__setattr__``, looked up afresh
for every field of every instance. A parse builds a few hundred of them per article (spans,
mentions, quotes, the marks and runs of the quotation stage), and that was a twentieth of the
parse. `quick_init` gives a frozen dataclass with slots an ``__init__`` that sets each slot through
its own descriptor (which the frozen ``__setattr__`` never sees, as ``object.__setattr__`` never
did): the same fields, defaults and signature, in about half the time. The class stays what it
was (frozen, compared, hashed, printed, ``dataclasses.replace``d and pickled as before).
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

_Class = TypeVar("_Class", bound=type)


def quick_init(cls: _Class) -> _Class:
    """Decorate a ``@dataclass(frozen=True, slots=True)`` class (put above that decorator). Fields
    must be plain ones: in ``__init__``, positional, without ``default_factory``; and the class has
    no ``__post_init__`` (TypeError else, when the class is defined)."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__}: quick_init is for frozen dataclasses with slots")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: quick_init would not call its __post_init__")
    names: dict[str, Any] = {}
    arguments: list[str] = []
    body: list[str] = []
    for f in dataclasses.fields(cls):
        if not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: quick_init takes plain fields only")
        names[f"_set_{f.name}"] = getattr(cls, f.name).__set__  # the slot's descriptor (a base's, if inherited)
        if f.default is dataclasses.MISSING:
            arguments.append(f.name)
        else:
            names[f"_default_{f.name}"] = f.default
            arguments.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})")
    # (as dataclasses writes its own __init__: source made from the fields, then run)
    exec(f"def __init__(self, {', '.join(arguments)}):\n" + "\n".join(body or ["    pass"]), names)
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init  # type: ignore[misc]
    return cls
