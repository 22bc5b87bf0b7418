"""The rulebooks shipped with the service (Ezhou 2019, Changji 2020), as JSON data files."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

SHIPPED = ("ezhou", "changji")


def shipped_document(name: str) -> dict[str, Any]:
    if name not in SHIPPED:
        raise KeyError(name)
    text = files(__package__).joinpath(f"{name}.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document
