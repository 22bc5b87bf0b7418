from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import Field

from app.domain.holdings import HoldingProblemKind
from app.domain.positions import PositionLevel
from app.schemas.base import ReadModel


class RulebookVersionSummary(ReadModel):
    """One published version of a jurisdiction's rulebook (versions never change)."""

    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    effective_from: date = Field(description="In force from this day until a later version.")
    title: str
    published_by: str = Field(description="The account or client that published it, or system.")
    published_at: datetime


class RulebookVersionOut(RulebookVersionSummary):
    document: dict[str, Any] = Field(
        description="The rulebook document, as published (schema: GET /v1/rulebook-schema)."
    )


class RulebookInForceOut(ReadModel):
    """The rulebook that judges acts of a jurisdiction on a date."""

    jurisdiction_id: uuid.UUID = Field(description="The jurisdiction asked about.")
    on: date = Field(description="The date judged (today in the jurisdiction's zone if not given).")
    version_id: uuid.UUID
    owner_jurisdiction_id: uuid.UUID = Field(description="Whose version it is.")
    inherited: bool = Field(
        description="True when the jurisdiction has no version of its own in force and uses its "
        "parent's (C-ORG-3)."
    )
    effective_from: date
    title: str
    document: dict[str, Any]


class JudgedVersionOut(ReadModel):
    """A version the holders were judged by, and the days it is in force from the day asked."""

    version_id: uuid.UUID
    owner_jurisdiction_id: uuid.UUID = Field(description="Whose version it is.")
    inherited: bool = Field(description="The version is an ancestor's (C-ORG-3).")
    effective_from: date
    judged_from: date = Field(
        description="The first day judged by it: the day asked, or its effective_from if later."
    )
    judged_until: date | None = Field(
        description="The last day it is in force, before the next version; null: open-ended."
    )


class HoldingProblemOut(ReadModel):
    """Where positions held depart from a version in force during their tenure."""

    kind: HoldingProblemKind = Field(
        description="undefined: the version does not define the position's key; "
        "level_mismatch: it defines it at another level than the post is held at; over_limit: "
        "more hold it at once than max_holders (in the whole jurisdiction) or "
        "max_holders_per_unit (in one member unit) allows."
    )
    role: str = Field(description="The position's key.")
    version_id: uuid.UUID = Field(description="The version the problem is with.")
    effective_from: date = Field(description="That version's effective_from.")
    first_day: date = Field(
        description="The first day the problem exists (over_limit: the first day of the peak)."
    )
    message: str
    rule: str | None = Field(
        default=None,
        description="The rule of the version's definition of the key, if it cites one.",
    )
    source: str | None = Field(default=None, description="Its source article.")
    position_ids: list[uuid.UUID] = Field(
        description="The positions concerned (over_limit: those held on the peak's first day)."
    )
    user_ids: list[uuid.UUID] = Field(description="Their holders.")
    unit_id: uuid.UUID | None = Field(
        default=None, description="over_limit per member unit: the unit."
    )
    held_level: PositionLevel | None = Field(
        default=None, description="undefined, level_mismatch: the level the post is held at."
    )
    defined_level: PositionLevel | None = Field(
        default=None, description="level_mismatch, over_limit: the level the version defines."
    )
    limit: int | None = Field(default=None, description="over_limit: the limit.")
    peak: int | None = Field(
        default=None, description="over_limit: the most holders on one day (persons, not posts)."
    )


class HoldingsCheckOut(ReadModel):
    """The positions of a jurisdiction not ended before a day, against the rulebook version in
    force that day and each later one their tenures reach."""

    jurisdiction_id: uuid.UUID
    on: date = Field(description="The day asked (today in the jurisdiction's zone if not given).")
    versions: list[JudgedVersionOut] = Field(
        description="The versions judged by, in order; empty when none is in force from that "
        "day on (the default catalogue, which every assignment was checked against)."
    )
    problems: list[HoldingProblemOut]
    sound: bool = Field(description="No problem found.")
