"""Small pieces every service uses the same way."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

from app.domain.errors import FieldError, InvalidInput


def changes_of(data: BaseModel, *, not_null: Iterable[str] = ()) -> dict[str, Any]:
    """The fields a PATCH body sets; an explicit null on a required field is an error."""
    changes = data.model_dump(exclude_unset=True)
    nulls = [name for name in not_null if name in changes and changes[name] is None]
    if nulls:
        raise InvalidInput(
            "these fields cannot be null: " + ", ".join(nulls),
            tuple(FieldError(("body", name), "cannot be null") for name in nulls),
        )
    return changes
