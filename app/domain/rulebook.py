"""A jurisdiction's rulebook: its rules as data, parsed into typed values and evaluated here.

The rulebook is a JSON document (see openapi/rulebook.schema.json once published). This module
turns it into frozen dataclasses and answers one question for every governance act: may this
person do it on this date, and which rule of which document says so. Every answer is a
``Decision`` naming the rule and its source article, allowed or not.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any
from uuid import UUID

from app.domain.errors import FieldError, InvalidInput
from app.domain.organisation import PositionRole

SCHEMA_VERSION = 1


class Act(StrEnum):
    convene = "convene"
    approve_extra = "approve_extra"
    chair = "chair"
    sign = "sign"


class Cadence(StrEnum):
    year_end = "year_end"
    quarterly = "quarterly"
    monthly = "monthly"
    as_needed = "as_needed"


class Attendance(StrEnum):
    all_members = "all_members"
    unit_principal_heads = "unit_principal_heads"
    unit_responsible_persons = "unit_responsible_persons"
    units_concerned = "units_concerned"


@dataclass(frozen=True)
class RuleRef:
    rule: str
    source: str


@dataclass(frozen=True)
class Allowance:
    """One way to hold a permission: the role, and if the rule says so, an entrustment (委托)
    from a holder of ``entrusted_by``."""

    role: PositionRole
    entrusted_by: PositionRole | None = None


@dataclass(frozen=True)
class Permission:
    ref: RuleRef
    allowed: tuple[Allowance, ...]

    def describe(self) -> str:
        parts = []
        for a in self.allowed:
            parts.append(
                f"a {a.role} entrusted by the {a.entrusted_by}"
                if a.entrusted_by
                else f"the {a.role}"
            )
        return " or ".join(parts) if parts else "nobody"


@dataclass(frozen=True)
class PositionRule:
    role: PositionRole
    max_holders: int | None  # None: any number
    ref: RuleRef | None = None


@dataclass(frozen=True)
class MeetingKind:
    key: str
    name: str
    convene: Permission
    chair: Permission
    extra_consent: Permission | None
    attendance: tuple[Attendance, ...]
    cadence: Cadence
    cadence_ref: RuleRef | None
    minutes_required: bool


@dataclass(frozen=True)
class Issuer:
    key: str
    name: str
    code: str
    sign: Permission


@dataclass(frozen=True)
class Rulebook:
    effective_from: date
    positions: Mapping[PositionRole, PositionRule]
    meeting_kinds: Mapping[str, MeetingKind]
    issuers: Mapping[str, Issuer]
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def permission(self, act: Act, subject: str) -> Permission | None:
        """The permission governing ``act`` on a meeting kind or issuer; None if not defined."""
        if act is Act.sign:
            issuer = self.issuers.get(subject)
            return issuer.sign if issuer else None
        kind = self.meeting_kinds.get(subject)
        if kind is None:
            return None
        if act is Act.convene:
            return kind.convene
        if act is Act.chair:
            return kind.chair
        return kind.extra_consent


# --- delegations and decisions ------------------------------------------------------------


@dataclass(frozen=True)
class Delegation:
    """An entrustment (委托): ``from_person`` lets ``to_person`` do the acts in ``scopes``
    (``chair:plenary_meeting``, ``sign:office`` …) from ``valid_from`` to ``valid_to``."""

    id: UUID
    from_person: UUID
    to_person: UUID
    scopes: frozenset[str]
    valid_from: date
    valid_to: date | None
    revoked_on: date | None = None

    def covers(self, scope: str, on: date) -> bool:
        if scope not in self.scopes or on < self.valid_from:
            return False
        if self.valid_to is not None and on > self.valid_to:
            return False
        return self.revoked_on is None or on < self.revoked_on


@dataclass(frozen=True)
class Holding:
    """A role someone holds on the date judged (positions already filtered to that date)."""

    person: UUID
    role: PositionRole


@dataclass(frozen=True)
class Decision:
    allowed: bool
    rule: str
    source: str
    reason: str
    delegation_id: UUID | None = None


def scope_of(act: Act, subject: str) -> str:
    """The delegation scope an act needs; consenting to an extra meeting is convening's."""
    return f"{Act.convene if act is Act.approve_extra else act}:{subject}"


def decide(
    rulebook: Rulebook,
    act: Act,
    subject: str,
    person: UUID,
    on: date,
    holdings: Iterable[Holding],
    delegations: Iterable[Delegation],
) -> Decision:
    """May ``person`` do ``act`` on ``subject`` (a meeting kind or an issuer) on ``on``?"""
    permission = rulebook.permission(act, subject)
    if permission is None:
        what = "issuer" if act is Act.sign else "meeting kind"
        if act is Act.approve_extra and subject in rulebook.meeting_kinds:
            return Decision(
                True, "none", "", f"extra {subject} meetings need no consent in this rulebook"
            )
        return Decision(False, "RULEBOOK", "", f"the rulebook defines no {what} {subject!r}")
    holdings = tuple(holdings)
    own_roles = {h.role for h in holdings if h.person == person}
    ref = permission.ref
    for allowance in permission.allowed:
        if allowance.role in own_roles and allowance.entrusted_by is None:
            return Decision(True, ref.rule, ref.source, f"the {allowance.role} may {act} it")
    scope = scope_of(act, subject)
    for allowance in permission.allowed:
        if allowance.role not in own_roles or allowance.entrusted_by is None:
            continue
        delegators = {h.person for h in holdings if h.role == allowance.entrusted_by}
        for delegation in delegations:
            if (
                delegation.to_person == person
                and delegation.from_person in delegators
                and delegation.covers(scope, on)
            ):
                return Decision(
                    True,
                    ref.rule,
                    ref.source,
                    f"the {allowance.role} acts as entrusted by the {allowance.entrusted_by}",
                    delegation.id,
                )
        return Decision(
            False,
            ref.rule,
            ref.source,
            f"a {allowance.role} may {act} it only when entrusted by the "
            f"{allowance.entrusted_by} ({scope}); no entrustment in force on {on.isoformat()}",
        )
    return Decision(False, ref.rule, ref.source, f"only {permission.describe()} may {act} it")


# --- parsing ------------------------------------------------------------------------------


Path = tuple[str | int, ...]


class _Reader:
    """Collects every problem of a rulebook document with the path of the bad field."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(self, path: Path, message: str) -> None:
        self.errors.append(FieldError(("body", *path), message))

    def obj(self, value: Any, path: Path) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            self.fail(path, "must be an object")
            return {}
        return value

    def text(self, value: Any, path: Path) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(path, "must be a non-empty string")
            return ""
        return value

    def role(self, value: Any, path: Path) -> PositionRole | None:
        try:
            return PositionRole(value)
        except ValueError:
            self.fail(path, f"unknown role {value!r}")
            return None

    def ref(self, value: Mapping[str, Any], path: Path) -> RuleRef:
        return RuleRef(
            self.text(value.get("rule"), (*path, "rule")),
            self.text(value.get("source"), (*path, "source")),
        )

    def permission(self, value: Any, path: Path) -> Permission:
        data = self.obj(value, path)
        allowed = []
        raw_allowed = data.get("allowed")
        if not isinstance(raw_allowed, list) or not raw_allowed:
            self.fail((*path, "allowed"), "must be a non-empty list")
            raw_allowed = []
        for index, item in enumerate(raw_allowed):
            item_path = (*path, "allowed", index)
            entry = self.obj(item, item_path)
            role = self.role(entry.get("role"), (*item_path, "role"))
            by = entry.get("entrusted_by")
            entrusted_by = self.role(by, (*item_path, "entrusted_by")) if by is not None else None
            if role is not None:
                allowed.append(Allowance(role, entrusted_by))
        return Permission(self.ref(data, path), tuple(allowed))

    def enum(self, enum: type[StrEnum], value: Any, path: Path) -> Any:
        try:
            return enum(value)
        except ValueError:
            options = ", ".join(e.value for e in enum)
            self.fail(path, f"must be one of {options}")
            return None


def parse_rulebook(document: Mapping[str, Any]) -> Rulebook:
    """Validate and type a rulebook document; every bad field is reported with its path."""
    r = _Reader()
    if document.get("schema_version") != SCHEMA_VERSION:
        r.fail(("schema_version",), f"must be {SCHEMA_VERSION}")
    effective_from = date.min
    raw_date = document.get("effective_from")
    try:
        effective_from = date.fromisoformat(str(raw_date))
    except ValueError:
        r.fail(("effective_from",), "must be a date (YYYY-MM-DD)")

    positions: dict[PositionRole, PositionRule] = {}
    for key, value in r.obj(document.get("positions", {}), ("positions",)).items():
        path = ("positions", key)
        role = r.role(key, path)
        data = r.obj(value, path)
        limit = data.get("max_holders")
        if limit is not None and (
            not isinstance(limit, int) or isinstance(limit, bool) or limit < 1
        ):
            r.fail((*path, "max_holders"), "must be a positive integer or null")
            limit = None
        ref = r.ref(data, path) if "rule" in data else None
        if role is not None:
            positions[role] = PositionRule(role, limit, ref)

    kinds: dict[str, MeetingKind] = {}
    for key, value in r.obj(document.get("meeting_kinds", {}), ("meeting_kinds",)).items():
        path = ("meeting_kinds", key)
        data = r.obj(value, path)
        extra = data.get("extra_consent")
        attendance = []
        raw_attendance = data.get("attendance")
        if not isinstance(raw_attendance, list) or not raw_attendance:
            r.fail((*path, "attendance"), "must be a non-empty list")
            raw_attendance = []
        for index, item in enumerate(raw_attendance):
            parsed = r.enum(Attendance, item, (*path, "attendance", index))
            if parsed is not None:
                attendance.append(parsed)
        cadence_data = r.obj(data.get("cadence"), (*path, "cadence"))
        cadence = r.enum(Cadence, cadence_data.get("every"), (*path, "cadence", "every"))
        cadence_ref = r.ref(cadence_data, (*path, "cadence")) if "rule" in cadence_data else None
        minutes = data.get("minutes_required")
        if not isinstance(minutes, bool):
            r.fail((*path, "minutes_required"), "must be true or false")
        kinds[key] = MeetingKind(
            key=key,
            name=r.text(data.get("name"), (*path, "name")),
            convene=r.permission(data.get("convene"), (*path, "convene")),
            chair=r.permission(data.get("chair"), (*path, "chair")),
            extra_consent=(
                r.permission(extra, (*path, "extra_consent")) if extra is not None else None
            ),
            attendance=tuple(attendance),
            cadence=cadence or Cadence.as_needed,
            cadence_ref=cadence_ref,
            minutes_required=bool(minutes),
        )

    issuers: dict[str, Issuer] = {}
    for key, value in r.obj(document.get("issuers", {}), ("issuers",)).items():
        path = ("issuers", key)
        data = r.obj(value, path)
        issuers[key] = Issuer(
            key=key,
            name=r.text(data.get("name"), (*path, "name")),
            code=r.text(data.get("code"), (*path, "code")),
            sign=r.permission(data.get("sign"), (*path, "sign")),
        )

    if r.errors:
        raise InvalidInput(
            f"The rulebook is not valid ({len(r.errors)} problem(s)).", tuple(r.errors)
        )
    return Rulebook(effective_from, positions, kinds, issuers, raw=document)


def in_force(versions: Iterable[Rulebook], on: date) -> Rulebook | None:
    """The version whose effective_from is the latest on or before ``on``."""
    candidates = [v for v in versions if v.effective_from <= on]
    return max(candidates, key=lambda v: v.effective_from) if candidates else None
