from __future__ import annotations

import uuid
from datetime import date

from pydantic import Field

from app.domain.composition import DeviationKind
from app.schemas.base import ReadModel


class CompositionRuleOut(ReadModel):
    """A rule of the rulebook's composition section."""

    rule: str = Field(description="The rule id (E-ORG-1, C-ORG-2 …).")
    source: str = Field(description="The article it comes from.")
    description: str
    checked: bool = Field(description="False when it cannot be judged here (see reason).")
    reason: str | None = Field(
        default=None,
        description="Why not checked: e.g. an inherited list of member units names the "
        "parent's own units (C-ORG-3).",
    )


class DeviationOut(ReadModel):
    """Where the day's composition departs from a rule."""

    kind: DeviationKind
    rule: str
    source: str
    message: str
    role: str | None = Field(
        default=None, description="The position concerned (its key, as the rulebook defines it)."
    )
    unit_code: str | None = Field(default=None, description="The unit concerned (or missing).")
    unit_id: uuid.UUID | None = Field(
        default=None, description="The unit's id, when it is a member unit."
    )
    position_ids: list[uuid.UUID] = Field(
        default_factory=list, description="The offending positions (none when one is missing)."
    )
    user_ids: list[uuid.UUID] = Field(default_factory=list, description="Their holders.")


class CompositionOut(ReadModel):
    """The composition of the leading group and its office on a day, against the rulebook."""

    jurisdiction_id: uuid.UUID
    on: date = Field(description="The day judged (today in the jurisdiction's zone if not given).")
    version_id: uuid.UUID = Field(description="The rulebook version in force that day.")
    inherited: bool = Field(description="The version is an ancestor's (C-ORG-3).")
    rules: list[CompositionRuleOut] = Field(
        description="The rules of the rulebook's composition section; empty when it states none."
    )
    deviations: list[DeviationOut]
    compliant: bool = Field(description="No deviation from a rule checked.")
