"""Rulebook documents of schema version 2 for tests of positions as rulebook data: a shipped
document with its positions stated as full definitions, and the changes a later version makes
(a position dropped, defined at another level, a limit lowered)."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping, MutableMapping
from typing import Any

from app.domain.positions import DEFAULT_POSITIONS
from app.rulebooks import shipped_document


def as_v2(document: Mapping[str, Any]) -> dict[str, Any]:
    """A copy in schema version 2: a version-1 document's positions become the nine default
    definitions, with its limits (a unit position's max_holders counts per member unit) and
    their rule references. A version-2 document is copied as it is."""
    converted = copy.deepcopy(dict(document))
    if converted.get("schema_version", 1) != 1:
        return converted
    positions: dict[str, Any] = {}
    for key, definition in DEFAULT_POSITIONS.items():
        entry = document["positions"].get(key, {})
        stated: dict[str, Any] = {"title_zh": definition.title_zh, "level": definition.level.value}
        if definition.capabilities:
            stated["capabilities"] = sorted(c.value for c in definition.capabilities)
        if definition.counts_as_member:
            stated["counts_as_member"] = True
        if entry.get("max_holders") is not None:
            limit = "max_holders_per_unit" if definition.is_unit_position else "max_holders"
            stated[limit] = entry["max_holders"]
        stated.update({name: entry[name] for name in ("rule", "source") if name in entry})
        positions[key] = stated
    converted["positions"] = positions
    converted["schema_version"] = 2
    return converted


def v2_book(name: str, effective_from: str) -> dict[str, Any]:
    """A shipped rulebook in schema version 2, dated ``effective_from``."""
    document = as_v2(shipped_document(name))
    document["effective_from"] = effective_from
    return document


def _permissions(document: MutableMapping[str, Any]) -> Iterator[MutableMapping[str, Any]]:
    for kind in document.get("meeting_kinds", {}).values():
        for act in ("convene", "chair", "extra_consent", "extra_proposal"):
            if kind.get(act):
                yield kind[act]
    for issuer in document.get("issuers", {}).values():
        yield issuer["sign"]


def without_position(document: Mapping[str, Any], key: str) -> dict[str, Any]:
    """A copy that no longer defines ``key``: every allowance naming it (as the one who acts or
    who entrusts) and every composition rule about it go too."""
    changed = copy.deepcopy(dict(document))
    del changed["positions"][key]
    for permission in _permissions(changed):
        permission["allowed"] = [
            a for a in permission["allowed"] if key not in (a["role"], a.get("entrusted_by"))
        ]
        assert permission["allowed"], f"{key} was the only one allowed: pick another key"
    composition = changed.get("composition", {})
    for part in ("holders", "held_with"):
        composition.get(part, {}).pop(key, None)
    return changed
