"""A jurisdiction's rulebook: its rules as data, parsed into typed values and evaluated here.

The rulebook is a JSON document (its JSON Schema: openapi/rulebook.schema.json). This module
turns it into frozen dataclasses and answers one question for every governance act: may this
person do it on this date, and which rule of which document says so. Every answer is a
``Decision`` naming the rule and its source article, allowed or not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from functools import cached_property
from types import MappingProxyType
from typing import Any
from uuid import UUID

from app.domain.assessments import (
    MAX_SCALE,
    AssessmentRule,
    Grade,
    Indicator,
    Measure,
    YearDefinition,
)
from app.domain.bulletins import BulletinKind
from app.domain.composition import Composition, HeldWithRule, HoldersRule, MemberUnitsRule
from app.domain.errors import FieldError, InvalidInput
from app.domain.messages import _
from app.domain.organisation import CODE_PATTERN, Tenure
from app.domain.positions import (
    ALLOWED_LEVELS,
    DEFAULT_POSITIONS,
    Capability,
    PositionDefinition,
    PositionLevel,
)
from app.domain.publications import DisclosureRules, PublicationKind
from app.domain.reports import (
    MAX_DAY_OF_MONTH,
    MAX_DAYS_AFTER,
    MAX_REMINDER_WORKING_DAYS,
    Due,
    DueRule,
    OnNonWorkingDay,
    PartFormat,
    PeriodKind,
    ReportKind,
    ReportPart,
    Submitter,
)

# Version 2 defines the positions (key, title, level, limits, capabilities); documents of
# version 1, whose positions were a fixed nine, stay readable (published versions never change).
SCHEMA_VERSION = 2
SCHEMA_VERSIONS = (1, 2)


class Act(StrEnum):
    convene = "convene"
    propose_extra = "propose_extra"
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


class MinutesField(StrEnum):
    """What minutes can be required to record (C-MTG-3 names all seven)."""

    time = "time"
    place = "place"
    attendees = "attendees"
    chair = "chair"
    agenda_items = "agenda_items"
    speeches = "speeches"
    decisions = "decisions"


@dataclass(frozen=True)
class RuleRef:
    rule: str
    source: str


@dataclass(frozen=True)
class Allowance:
    """One way to hold a permission: the role, and if the rule says so, an entrustment (委托)
    from a holder of ``entrusted_by``."""

    role: str
    entrusted_by: str | None = None


@dataclass(frozen=True)
class Permission:
    ref: RuleRef
    allowed: tuple[Allowance, ...]

    def describe(self) -> str:
        parts = [
            _("a {role} entrusted by the {entrusted_by}", role=a.role, entrusted_by=a.entrusted_by)
            if a.entrusted_by
            else _("the {role}", role=a.role)
            for a in self.allowed
        ]
        if not parts:
            return _("nobody")
        described = parts[0]
        for part in parts[1:]:
            described = _("{first} or {second}", first=described, second=part)
        return described


# What any minutes must say before they are archived, whatever the rulebook: a record that
# does not say when, where, who chaired and who attended is no record.
BASIC_MINUTES_FIELDS = (
    MinutesField.time,
    MinutesField.place,
    MinutesField.attendees,
    MinutesField.chair,
)


@dataclass(frozen=True)
class MinutesRule:
    """The fields the minutes of a meeting kind must record before they are archived."""

    required: tuple[MinutesField, ...]
    ref: RuleRef | None


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
    minutes: MinutesRule | None = None
    # Who may propose an extra meeting (C-MTG-1: the leader or a deputy); None: anyone holding
    # a position, the office included (E-MTG-2: the need arises, the leader consents).
    extra_proposal: Permission | None = None

    @property
    def minutes_fields(self) -> tuple[MinutesField, ...]:
        """The rulebook's required fields, or the basics where it names none."""
        if self.minutes is None:
            return BASIC_MINUTES_FIELDS
        return tuple(dict.fromkeys((*BASIC_MINUTES_FIELDS, *self.minutes.required)))


@dataclass(frozen=True)
class Issuer:
    key: str
    name: str
    code: str
    sign: Permission


@dataclass(frozen=True)
class Rulebook:
    effective_from: date
    positions: Mapping[str, PositionDefinition]
    meeting_kinds: Mapping[str, MeetingKind]
    issuers: Mapping[str, Issuer]
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False)
    report_kinds: Mapping[str, ReportKind] = field(default_factory=dict)
    bulletin_kinds: Mapping[str, BulletinKind] = field(default_factory=dict)
    composition: Composition = field(default_factory=Composition)
    disclosure: DisclosureRules | None = None
    assessment: AssessmentRule | None = None

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
        if act is Act.propose_extra:
            return kind.extra_proposal
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
    role: str


@dataclass(frozen=True)
class Decision:
    allowed: bool
    rule: str
    source: str
    reason: str
    delegation_id: UUID | None = None


def scope_of(act: Act, subject: str) -> str:
    """The delegation scope an act needs; consenting to an extra meeting is convening's."""
    extra = (Act.approve_extra, Act.propose_extra)
    return f"{Act.convene if act in extra else act}:{subject}"


def decide(
    rulebook: Rulebook,
    act: Act,
    subject: str,
    person: UUID,
    on: date,
    holdings: Iterable[Holding],
    delegations: Iterable[Delegation],
) -> Decision:
    """May ``person`` do ``act`` on ``subject`` (a meeting kind or an issuer) on ``on``?

    ``delegations`` only ever turn a refusal into an allowance: they are consulted only when no
    post the person holds allows the act by itself (callers may leave them out until then)."""
    holdings = tuple(holdings)
    permission = rulebook.permission(act, subject)
    if permission is None:
        what = _("issuer") if act is Act.sign else _("meeting kind")
        if act is Act.approve_extra and subject in rulebook.meeting_kinds:
            return Decision(
                True,
                "none",
                "",
                _("extra {subject} meetings need no consent in this rulebook", subject=subject),
            )
        if act is Act.propose_extra and subject in rulebook.meeting_kinds:
            kind = rulebook.meeting_kinds[subject]
            ref = kind.extra_consent.ref if kind.extra_consent else RuleRef("none", "")
            if any(h.person == person for h in holdings):
                return Decision(
                    True,
                    ref.rule,
                    ref.source,
                    _("anyone holding a position may propose an extra {subject}", subject=subject),
                )
            return Decision(
                False,
                ref.rule,
                ref.source,
                _(
                    "only a person holding a position here on {on} may propose an extra {subject}",
                    on=on.isoformat(),
                    subject=subject,
                ),
            )
        return Decision(
            False,
            "RULEBOOK",
            "",
            _("the rulebook defines no {what} {subject!r}", what=what, subject=subject),
        )
    own_roles = {h.role for h in holdings if h.person == person}
    ref = permission.ref
    for allowance in permission.allowed:
        if allowance.role in own_roles and allowance.entrusted_by is None:
            return Decision(
                True,
                ref.rule,
                ref.source,
                _("the {role} may {act} it", role=allowance.role, act=act),
            )
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
                    _(
                        "the {role} acts as entrusted by the {entrusted_by}",
                        role=allowance.role,
                        entrusted_by=allowance.entrusted_by,
                    ),
                    delegation.id,
                )
        return Decision(
            False,
            ref.rule,
            ref.source,
            _(
                "a {role} may {act} it only when entrusted by the {entrusted_by} "
                "({scope}); no entrustment in force on {on}",
                role=allowance.role,
                act=act,
                entrusted_by=allowance.entrusted_by,
                scope=scope,
                on=on.isoformat(),
            ),
        )
    return Decision(
        False,
        ref.rule,
        ref.source,
        _("only {describe} may {act} it", describe=permission.describe(), act=act),
    )


# --- entrusting (委托) ----------------------------------------------------------------------

# The acts one person may entrust to another; consenting to an extra meeting goes with convening.
DELEGABLE_ACTS = (Act.convene, Act.chair, Act.sign)


@dataclass(frozen=True)
class Scope:
    """One act on one subject a delegation covers, written ``act:subject`` (``sign:office``)."""

    act: Act
    subject: str

    def __str__(self) -> str:
        return f"{self.act}:{self.subject}"


def parse_scopes(scopes: Sequence[str]) -> tuple[Scope, ...]:
    """Parse ``act:subject`` strings (duplicates dropped, order kept); every bad one is named
    by its position in ``body.scopes``. Whether the subject exists is the rulebook's to say."""
    errors: list[FieldError] = []
    parsed: dict[Scope, None] = {}
    acts = ", ".join(DELEGABLE_ACTS)
    for index, raw in enumerate(scopes):
        act, colon, subject = raw.partition(":")
        if not colon or not subject or any(c.isspace() for c in subject) or ":" in subject:
            errors.append(
                FieldError(
                    ("body", "scopes", index), _("must be 'act:subject', e.g. 'sign:office'")
                )
            )
        elif act not in DELEGABLE_ACTS:
            errors.append(
                FieldError(("body", "scopes", index), _("the act must be one of {acts}", acts=acts))
            )
        else:
            parsed[Scope(Act(act), subject)] = None
    if errors:
        raise InvalidInput(
            _("{errors_count} scope(s) are not valid", errors_count=len(errors)), tuple(errors)
        )
    if not parsed:
        raise InvalidInput(
            _("a delegation needs at least one scope"),
            (FieldError(("body", "scopes"), _("must not be empty")),),
        )
    return tuple(parsed)


def judge_delegation(
    rulebook: Rulebook,
    scopes: Sequence[Scope],
    delegator: UUID,
    delegate: UUID,
    on: date,
    holdings: Iterable[Holding],
) -> Decision:
    """May ``delegator`` entrust ``delegate`` with ``scopes`` from ``on``?

    Only for acts the rule lets someone do "as entrusted by" a role (C-MTG-1, CO-MTG-1,
    CO-DOC-1, CO-DOC-2 …), only by a holder of that role, and only to a holder of the role the
    rule names (``holdings``: the positions in force on ``on``). A subject the rulebook does not
    define is bad input, named by its position in ``body.scopes``; refusals name the rule.
    """
    if delegator == delegate:
        raise InvalidInput(
            _("nobody can entrust themselves"),
            (FieldError(("body", "to_user_id"), _("must differ from the delegator")),),
        )
    holdings = tuple(holdings)
    delegator_roles = {h.role for h in holdings if h.person == delegator}
    delegate_roles = {h.role for h in holdings if h.person == delegate}
    unknown: list[FieldError] = []
    granted: list[RuleRef] = []
    refusal: Decision | None = None
    for index, scope in enumerate(scopes):
        if scope.act not in DELEGABLE_ACTS:
            unknown.append(
                FieldError(
                    ("body", "scopes", index), _("{act} is not entrusted on its own", act=scope.act)
                )
            )
            continue
        permission = rulebook.permission(scope.act, scope.subject)
        if permission is None:
            what = _("issuer") if scope.act is Act.sign else _("meeting kind")
            unknown.append(
                FieldError(
                    ("body", "scopes", index),
                    _(
                        "the rulebook defines no {what} {subject!r}",
                        what=what,
                        subject=scope.subject,
                    ),
                )
            )
            continue
        if refusal is None:
            refusal = _refuse_entrusting(
                permission, scope, delegator_roles, delegate_roles, on.isoformat()
            )
            if refusal is None:
                granted.append(permission.ref)
    if unknown:
        raise InvalidInput(
            _("{unknown_count} scope(s) name nothing in the rulebook", unknown_count=len(unknown)),
            tuple(unknown),
        )
    if refusal is not None:
        return refusal
    rules = dict.fromkeys(ref.rule for ref in granted)
    sources = dict.fromkeys(ref.source for ref in granted)
    return Decision(
        True,
        ", ".join(rules),
        "; ".join(sources),
        _(
            "the delegator may entrust the delegate with {scopes}",
            scopes=", ".join(str(s) for s in scopes),
        ),
    )


def _refuse_entrusting(
    permission: Permission,
    scope: Scope,
    delegator_roles: set[str],
    delegate_roles: set[str],
    on: str,
) -> Decision | None:
    """The refusal of entrusting one scope, or None when the rule allows it."""
    ref = permission.ref
    entrusted = [a for a in permission.allowed if a.entrusted_by is not None]
    if not entrusted:
        return Decision(
            False,
            ref.rule,
            ref.source,
            _(
                "{scope} cannot be entrusted: only {describe} may {act} it",
                scope=scope,
                describe=permission.describe(),
                act=scope.act,
            ),
        )
    by_delegator = [a for a in entrusted if a.entrusted_by in delegator_roles]
    if not by_delegator:
        holders = " or ".join(sorted({f"the {a.entrusted_by}" for a in entrusted}))
        return Decision(
            False,
            ref.rule,
            ref.source,
            _(
                "only {holders} may entrust {scope}; the delegator holds no such position on {on}",
                holders=holders,
                scope=scope,
                on=on,
            ),
        )
    if not any(a.role in delegate_roles for a in by_delegator):
        roles = " or ".join(sorted({f"a {a.role}" for a in by_delegator}))
        return Decision(
            False,
            ref.rule,
            ref.source,
            _(
                "{scope} may be entrusted only to {roles}; the delegate holds no such "
                "position on {on}",
                scope=scope,
                roles=roles,
                on=on,
            ),
        )
    return None


# --- how many may hold a position ---------------------------------------------------------


def peak_holders(within: Tenure, tenures: Iterable[Tenure]) -> tuple[int, date]:
    """The most of ``tenures`` in force on any one day of ``within``, and the first such day."""
    overlapping = [
        t
        for t in tenures
        if (within.valid_to is None or t.valid_from <= within.valid_to)
        and (t.valid_to is None or t.valid_to >= within.valid_from)
    ]
    # A count only rises on the day a tenure starts, so those days (and the first) are enough.
    days = sorted({within.valid_from, *(max(t.valid_from, within.valid_from) for t in overlapping)})
    peak, peak_day = 0, within.valid_from
    for day in days:
        count = sum(1 for t in overlapping if t.in_force_on(day))
        if count > peak:
            peak, peak_day = count, day
    return peak, peak_day


def check_holders(
    definition: PositionDefinition, new: Tenure, others: Iterable[Tenure], *, per_unit: bool
) -> Decision:
    """May one more person hold ``definition`` for ``new``, beside ``others`` (the tenures of
    the other holders: in the same member unit when ``per_unit``, else in the jurisdiction)?

    Allowed unless on some day of ``new`` the holders would exceed the limit, ``max_holders``
    or ``max_holders_per_unit`` (C-ORG-1: exactly one leader; CO-ORG-1: one liaison officer per
    member unit). A tenure that ended before ``new`` starts, or starts after it ends, does not
    count.
    """
    rule = definition.rule or "RULEBOOK"
    source = definition.source or ""
    limit = definition.max_holders_per_unit if per_unit else definition.max_holders
    per = _(" per member unit") if per_unit else ""
    if limit is None:
        return Decision(
            True, rule, source, _("any number may be {key}{per}", key=definition.key, per=per)
        )
    peak, day = peak_holders(new, others)
    if peak + 1 > limit:
        held = _("person already holds") if peak == 1 else _("people already hold")
        return Decision(
            False,
            rule,
            source,
            _(
                "at most {limit} {key}{per} at a time; on {day} {peak} other {held} it",
                limit=limit,
                key=definition.key,
                per=per,
                day=day.isoformat(),
                peak=peak,
                held=held,
            ),
        )
    return Decision(
        True,
        rule,
        source,
        _("at most {limit} {key}{per}", limit=limit, key=definition.key, per=per),
    )


# --- parsing ------------------------------------------------------------------------------
#
# openapi/rulebook.schema.json (app/rulebooks/schema.py) describes the same document as a JSON
# Schema; tests/unit/test_rulebook_schema.py keeps the two in agreement.

Path = tuple[str | int, ...]

# Meeting kinds and issuers are named in delegation scopes (``chair:plenary_meeting``).
KEY_PATTERN = r"^[a-z][a-z0-9_]{0,63}$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_KEY = re.compile(KEY_PATTERN.strip("^$"))
_DATE = re.compile(DATE_PATTERN.strip("^$"))

TOP_FIELDS = (
    "schema_version",
    "effective_from",
    "title",
    "documents",
    "positions",
    "meeting_kinds",
    "issuers",
)
# Optional at the top level: a rulebook without it requires no reports.
OPTIONAL_TOP_FIELDS = (
    "report_kinds",
    "bulletin_kinds",
    "composition",
    "disclosure",
    "assessment",
)
# The public-disclosure section (app.domain.publications): who publishes which kinds of item.
DISCLOSURE_FIELDS = ("kinds", "publishers", "rule", "source")
PUBLISHERS_FIELDS = ("roles", "capabilities")
# The composition section (app.domain.composition): each part optional, each rule cited.
COMPOSITION_FIELDS = ("member_units", "holders", "held_with")
MEMBER_UNITS_FIELDS = ("units", "rule", "source")
HOLDERS_FIELDS = ("min", "max", "rule", "source")
HELD_WITH_FIELDS = ("role", "unit", "rule", "source")
# Names the office itself where a post is recorded (a report the office submits is recorded as
# submitted as 'office'): no position may take it.
RESERVED_POSITION_KEY = "office"
# A position of a version-2 rulebook (app.domain.positions.PositionDefinition).
POSITION_FIELDS = ("title_zh", "level")
OPTIONAL_POSITION_FIELDS = (
    "max_holders",
    "max_holders_per_unit",
    "counts_as_member",
    "capabilities",
    "rule",
    "source",
)
_UNIT_CODE = re.compile(CODE_PATTERN.strip("^$"))
_REF_FIELDS = ("rule", "source")
REPORT_FIELDS = (
    "name",
    "submitter",
    "submitted_by",
    "period",
    "due",
    "on_non_working_day",
    "parts",
    "rule",
    "source",
)
# Optional on a report kind: absent, no reminder.
OPTIONAL_REPORT_FIELDS = ("reminder_working_days_before",)
PART_FIELDS = ("key", "name", "formats")
BULLETIN_FIELDS = ("name", "period", "sources", "compliance_of", "rule", "source")
# Each due rule and the smallest and largest N it takes.
DUE_RANGES: dict[DueRule, tuple[int, int]] = {
    DueRule.day_of_month: (1, MAX_DAY_OF_MONTH),
    DueRule.working_days_after: (1, MAX_DAYS_AFTER),
    DueRule.calendar_days_after: (0, MAX_DAYS_AFTER),
}
_MEETING_FIELDS = (
    "name",
    "convene",
    "chair",
    "extra_consent",
    "attendance",
    "cadence",
    "minutes_required",
)
# Optional on a meeting kind: the fields its minutes must record (C-MTG-3).
OPTIONAL_MEETING_FIELDS = ("minutes", "extra_proposal")
MINUTES_FIELDS = ("required", "rule", "source")
# The assessment section (app.domain.assessments, C-ASM-1): per year its indicators and grades.
ASSESSMENT_FIELDS = ("rule", "source", "years")
ASSESSMENT_YEAR_FIELDS = ("scale", "indicators", "grades")
INDICATOR_FIELDS = ("key", "name", "weight", "measure")
OPTIONAL_INDICATOR_FIELDS = ("report_kind",)
GRADE_FIELDS = ("name", "min")
YEAR_PATTERN = r"^(19|20|21)[0-9]{2}$"
_YEAR = re.compile(YEAR_PATTERN.strip("^$"))


# Stands for a position whose definition has errors of its own, so references to it do not
# repeat them (the document is refused anyway).
_UNREADABLE = PositionDefinition(key="", title_zh="", level=PositionLevel.member_unit)


@dataclass(frozen=True)
class Inconsistency(FieldError):
    """A field at odds with another part of the document: it names a position the document
    does not define, or one that lacks what the field needs (a meeting inviting the leading
    group's members where no position counts as one), or a minimum exceeds its maximum. The
    parser finds these; the JSON Schema, which judges each value alone, cannot
    (tests/unit/test_rulebook_schema.py tells them apart)."""


def _is_integer(value: Any) -> bool:
    """A JSON integer: 1 or 1.0, never true/false (JSON Schema's ``integer``)."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


class _Reader:
    """Collects every problem of a rulebook document with the path of the bad field."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []
        self.version = SCHEMA_VERSION
        # The positions the document defines: every role it names elsewhere must be one.
        self.positions: Mapping[str, PositionDefinition] = DEFAULT_POSITIONS

    def fail(self, path: Path, message: str) -> None:
        self.errors.append(FieldError(("body", *path), message))

    def fail_inconsistent(self, path: Path, message: str) -> None:
        self.errors.append(Inconsistency(("body", *path), message))

    def some_position(self, test: Callable[[PositionDefinition], bool]) -> bool:
        """Whether a position passes ``test``; one that could not be read might."""
        return any(d is _UNREADABLE or test(d) for d in self.positions.values())

    def obj(
        self,
        value: Any,
        path: Path,
        required: Sequence[str] = (),
        optional: Sequence[str] = (),
        *,
        open_keys: bool = False,
    ) -> Mapping[str, Any]:
        """An object with ``required`` and ``optional`` fields (any keys when ``open_keys``);
        each missing and each unknown field is reported. Returns {} when not an object."""
        if not isinstance(value, Mapping):
            self.fail(path, _("must be an object"))
            return {}
        for name in required:
            if name not in value:
                self.fail((*path, name), _("is required"))
        if not open_keys:
            known = {*required, *optional}
            for name in value:
                if name not in known:
                    self.fail((*path, str(name)), _("is not a known field"))
        return value

    def text(self, value: Any, path: Path) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(path, _("must be a non-empty string"))
            return ""
        return value

    def key(self, value: str, path: Path) -> str:
        if not _KEY.fullmatch(value):
            self.fail(
                path, _("must be 1–64 lower-case letters, digits or '_', starting with a letter")
            )
        return value

    def role(self, value: Any, path: Path) -> str | None:
        """A position the document defines (by its key)."""
        if not (isinstance(value, str) and _KEY.fullmatch(value)):
            self.fail(path, _("must be a position's key"))
        elif value in self.positions:
            return value
        else:
            self.fail_inconsistent(
                path, _("{value!r} is not a position of this rulebook", value=value)
            )
        return None

    def limit(self, data: Mapping[str, Any], name: str, path: Path) -> int | None:
        value = data.get(name)
        if value is not None and not (_is_integer(value) and value >= 1):
            self.fail((*path, name), _("must be a positive integer or null"))
            return None
        return int(value) if value is not None else None

    def day(self, value: Any, path: Path) -> date:
        if isinstance(value, str) and _DATE.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.fail(path, _("must be a date (YYYY-MM-DD)"))
        return date.min

    def ref(self, data: Mapping[str, Any], path: Path) -> RuleRef | None:
        """A rule id and its source article, given together or not at all."""
        if not any(name in data for name in _REF_FIELDS):
            return None
        for given, missing in (("rule", "source"), ("source", "rule")):
            if given in data and missing not in data:
                self.fail((*path, missing), _("is required with {given}", given=given))
        return RuleRef(
            self.text(data.get("rule", "-"), (*path, "rule")),
            self.text(data.get("source", "-"), (*path, "source")),
        )

    def permission(self, value: Any, path: Path) -> Permission:
        data = self.obj(value, path, (*_REF_FIELDS, "allowed"))
        allowed = []
        raw_allowed = data.get("allowed", [])
        if not isinstance(raw_allowed, list) or ("allowed" in data and not raw_allowed):
            self.fail((*path, "allowed"), _("must be a non-empty list"))
            raw_allowed = []
        for index, item in enumerate(raw_allowed):
            item_path = (*path, "allowed", index)
            entry = self.obj(item, item_path, ("role",), ("entrusted_by",))
            role = self.role(entry["role"], (*item_path, "role")) if "role" in entry else None
            by = entry.get("entrusted_by")
            entrusted_by = self.role(by, (*item_path, "entrusted_by")) if by is not None else None
            if role is not None:
                allowed.append(Allowance(role, entrusted_by))
        ref = RuleRef(
            self.text(data["rule"], (*path, "rule")) if "rule" in data else "",
            self.text(data["source"], (*path, "source")) if "source" in data else "",
        )
        return Permission(ref, tuple(allowed))

    def enum(self, enum: type[StrEnum], value: Any, path: Path) -> Any:
        try:
            return enum(value)
        except (ValueError, TypeError):
            options = ", ".join(e.value for e in enum)
            self.fail(path, _("must be one of {options}", options=options))
            return None

    def legacy_position(self, key: str, value: Any) -> PositionDefinition | None:
        """A version-1 entry: one of the nine default positions and its limit (per member unit
        for a unit position)."""
        path = ("positions", key)
        default = DEFAULT_POSITIONS.get(key)
        if default is None:
            self.fail(path, _("{key!r} is not a position of schema version 1", key=key))
        data = self.obj(value, path, ("max_holders",), _REF_FIELDS)
        limit = self.limit(data, "max_holders", path)
        ref = self.ref(data, path)
        if default is None:
            return None
        per_unit = default.is_unit_position
        return replace(
            default,
            max_holders=None if per_unit else limit,
            max_holders_per_unit=limit if per_unit else None,
            rule=ref.rule if ref else None,
            source=ref.source if ref else None,
        )

    def position(self, key: str, value: Any) -> PositionDefinition | None:
        path = ("positions", self.key(key, ("positions", key)))
        if key == RESERVED_POSITION_KEY:
            self.fail(path, _("{key!r} names the office itself: choose another key", key=key))
        data = self.obj(value, path, POSITION_FIELDS, OPTIONAL_POSITION_FIELDS)
        errors_before = len(self.errors)
        title = self.text(data["title_zh"], (*path, "title_zh")) if "title_zh" in data else ""
        level = (
            self.enum(PositionLevel, data["level"], (*path, "level")) if "level" in data else None
        )
        max_holders = self.limit(data, "max_holders", path)
        per_unit = self.limit(data, "max_holders_per_unit", path)
        if "max_holders_per_unit" in data and level not in (None, PositionLevel.member_unit):
            self.fail((*path, "max_holders_per_unit"), _("only a member_unit position has it"))
        counts = data.get("counts_as_member", False)
        if not isinstance(counts, bool):
            self.fail((*path, "counts_as_member"), _("must be true or false"))
        elif counts and level not in (None, PositionLevel.leading_group):
            self.fail((*path, "counts_as_member"), _("only a leading_group position has it"))
        capabilities: set[Capability] = set()
        raw = data.get("capabilities", [])
        if not isinstance(raw, list):
            self.fail((*path, "capabilities"), _("must be a list"))
            raw = []
        for index, item in enumerate(raw):
            item_path = (*path, "capabilities", index)
            capability = self.enum(Capability, item, item_path)
            if capability is None:
                continue
            if capability in capabilities:
                self.fail(item_path, _("{capability} is listed twice", capability=capability))
            elif level is not None and ALLOWED_LEVELS[capability] is not level:
                self.fail(
                    item_path,
                    _(
                        "{capability} belongs to a {allowed_levels} position",
                        capability=capability,
                        allowed_levels=ALLOWED_LEVELS[capability],
                    ),
                )
            capabilities.add(capability)
        ref = self.ref(data, path)
        if len(self.errors) > errors_before or level is None or not data:
            return None
        return PositionDefinition(
            key=key,
            title_zh=title,
            level=level,
            max_holders=max_holders,
            max_holders_per_unit=per_unit,
            counts_as_member=bool(counts),
            capabilities=frozenset(capabilities),
            rule=ref.rule if ref else None,
            source=ref.source if ref else None,
        )

    def meeting_kind(self, key: str, value: Any) -> MeetingKind:
        path = ("meeting_kinds", self.key(key, ("meeting_kinds", key)))
        data = self.obj(value, path, _MEETING_FIELDS, OPTIONAL_MEETING_FIELDS)
        attendance = []
        raw_attendance = data.get("attendance", [])
        if not isinstance(raw_attendance, list) or ("attendance" in data and not raw_attendance):
            self.fail((*path, "attendance"), _("must be a non-empty list"))
            raw_attendance = []
        for index, item in enumerate(raw_attendance):
            parsed = self.enum(Attendance, item, (*path, "attendance", index))
            if parsed is not None:
                self.invitable(parsed, (*path, "attendance", index))
                attendance.append(parsed)
        cadence, cadence_ref = Cadence.as_needed, None
        if "cadence" in data:
            cadence_data = self.obj(data["cadence"], (*path, "cadence"), ("every",), _REF_FIELDS)
            if "every" in cadence_data:
                every = self.enum(Cadence, cadence_data["every"], (*path, "cadence", "every"))
                cadence = every or cadence
            cadence_ref = self.ref(cadence_data, (*path, "cadence"))
        minutes = data.get("minutes_required", False)
        if not isinstance(minutes, bool):
            self.fail((*path, "minutes_required"), _("must be true or false"))
        extra = data.get("extra_consent")
        minutes_rule = (
            self.minutes(data["minutes"], (*path, "minutes")) if "minutes" in data else None
        )
        missing = Permission(RuleRef("", ""), ())
        return MeetingKind(
            key=key,
            name=self.text(data["name"], (*path, "name")) if "name" in data else "",
            convene=(
                self.permission(data["convene"], (*path, "convene"))
                if "convene" in data
                else missing
            ),
            chair=self.permission(data["chair"], (*path, "chair")) if "chair" in data else missing,
            extra_consent=(
                self.permission(extra, (*path, "extra_consent")) if extra is not None else None
            ),
            attendance=tuple(attendance),
            cadence=cadence,
            cadence_ref=cadence_ref,
            minutes_required=minutes is True,
            minutes=minutes_rule,
            extra_proposal=(
                self.permission(data["extra_proposal"], (*path, "extra_proposal"))
                if data.get("extra_proposal") is not None
                else None
            ),
        )

    def invitable(self, attendance: Attendance, path: Path) -> None:
        """An attendance rule invites holders of some position (app.domain.meetings): the
        leading group's members, or each unit's head."""
        if attendance is Attendance.all_members:
            if not self.some_position(lambda d: d.counts_as_member):
                self.fail_inconsistent(
                    path,
                    _(
                        "all_members invites the leading group's members: no position of this "
                        "rulebook has counts_as_member"
                    ),
                )
        elif not self.some_position(lambda d: Capability.heads_unit in d.capabilities):
            self.fail_inconsistent(
                path,
                _(
                    "{attendance} invites each member unit's head: no position of this "
                    "rulebook has the heads_unit capability",
                    attendance=attendance,
                ),
            )

    def minutes(self, value: Any, path: Path) -> MinutesRule | None:
        """The required fields (a non-empty list without repeats) and the rule that says so."""
        data = self.obj(value, path, MINUTES_FIELDS)
        required: list[MinutesField] = []
        raw = data.get("required", [])
        if not isinstance(raw, list) or ("required" in data and not raw):
            self.fail((*path, "required"), _("must be a non-empty list"))
            raw = []
        for index, item in enumerate(raw):
            parsed = self.enum(MinutesField, item, (*path, "required", index))
            if parsed is None:
                continue
            if parsed in required:
                self.fail((*path, "required", index), _("is listed twice"))
            required.append(parsed)
        rule = self.text(data["rule"], (*path, "rule")) if "rule" in data else ""
        source = self.text(data["source"], (*path, "source")) if "source" in data else ""
        return MinutesRule(tuple(required), RuleRef(rule, source)) if data else None

    def issuer(self, key: str, value: Any) -> Issuer:
        path = ("issuers", self.key(key, ("issuers", key)))
        data = self.obj(value, path, ("name", "code", "sign"))
        return Issuer(
            key=key,
            name=self.text(data["name"], (*path, "name")) if "name" in data else "",
            code=self.text(data["code"], (*path, "code")) if "code" in data else "",
            sign=(
                self.permission(data["sign"], (*path, "sign"))
                if "sign" in data
                else Permission(RuleRef("", ""), ())
            ),
        )

    def report_kind(self, key: str, value: Any) -> ReportKind | None:
        path = ("report_kinds", self.key(key, ("report_kinds", key)))
        data = self.obj(value, path, REPORT_FIELDS, OPTIONAL_REPORT_FIELDS)
        errors_before = len(self.errors)
        name = self.text(data["name"], (*path, "name")) if "name" in data else ""
        submitter = (
            self.enum(Submitter, data["submitter"], (*path, "submitter"))
            if "submitter" in data
            else None
        )
        submitted_by = (
            self.role(data["submitted_by"], (*path, "submitted_by"))
            if "submitted_by" in data
            else None
        )
        # Version 1 named any of the nine; published versions keep parsing as they were.
        if (
            self.version >= 2
            and submitter is Submitter.member_units
            and submitted_by is not None
            and not self.positions[submitted_by].is_unit_position
        ):
            self.fail_inconsistent(
                (*path, "submitted_by"),
                _(
                    "{submitted_by!r} is not a member_unit position: each member unit's "
                    "report is submitted by a post of the unit",
                    submitted_by=submitted_by,
                ),
            )
        period = (
            self.enum(PeriodKind, data["period"], (*path, "period")) if "period" in data else None
        )
        due = self.due(data["due"], (*path, "due")) if "due" in data else None
        rolling = (
            self.enum(OnNonWorkingDay, data["on_non_working_day"], (*path, "on_non_working_day"))
            if "on_non_working_day" in data
            else None
        )
        parts: list[ReportPart] = []
        raw_parts = data.get("parts", [])
        if not isinstance(raw_parts, list) or ("parts" in data and not raw_parts):
            self.fail((*path, "parts"), _("must be a non-empty list"))
            raw_parts = []
        for index, item in enumerate(raw_parts):
            part = self.part(item, (*path, "parts", index))
            if part is not None:
                parts.append(part)
        rule = self.text(data["rule"], (*path, "rule")) if "rule" in data else ""
        source = self.text(data["source"], (*path, "source")) if "source" in data else ""
        reminder = None
        if "reminder_working_days_before" in data:
            reminder = data["reminder_working_days_before"]
            if not (_is_integer(reminder) and 1 <= reminder <= MAX_REMINDER_WORKING_DAYS):
                self.fail(
                    (*path, "reminder_working_days_before"),
                    _(
                        "must be an integer from 1 to {max_reminder_working_days}",
                        max_reminder_working_days=MAX_REMINDER_WORKING_DAYS,
                    ),
                )
                reminder = None
        if (
            len(self.errors) > errors_before
            or submitter is None
            or submitted_by is None
            or period is None
            or due is None
            or rolling is None
        ):
            return None
        return ReportKind(
            key,
            name,
            submitter,
            submitted_by,
            period,
            due,
            rolling,
            tuple(parts),
            rule,
            source,
            int(reminder) if reminder is not None else None,
        )

    def bulletin_kind(self, key: str, value: Any) -> BulletinKind | None:
        path = ("bulletin_kinds", self.key(key, ("bulletin_kinds", key)))
        data = self.obj(value, path, BULLETIN_FIELDS)
        errors_before = len(self.errors)
        name = self.text(data["name"], (*path, "name")) if "name" in data else ""
        period = (
            self.enum(PeriodKind, data["period"], (*path, "period")) if "period" in data else None
        )
        sources: list[str] = []
        raw_sources = data.get("sources", [])
        if not isinstance(raw_sources, list) or ("sources" in data and not raw_sources):
            self.fail((*path, "sources"), _("must be a non-empty list of report kinds"))
            raw_sources = []
        for index, item in enumerate(raw_sources):
            if isinstance(item, str):
                sources.append(self.key(item, (*path, "sources", index)))
            else:
                self.fail((*path, "sources", index), _("must be a report kind's key"))
        compliance_of = data.get("compliance_of")
        if compliance_of is not None:
            if isinstance(compliance_of, str):
                compliance_of = self.key(compliance_of, (*path, "compliance_of"))
            else:
                self.fail((*path, "compliance_of"), _("must be a report kind's key or null"))
        rule = self.text(data["rule"], (*path, "rule")) if "rule" in data else ""
        source = self.text(data["source"], (*path, "source")) if "source" in data else ""
        if len(self.errors) > errors_before or period is None or not data:
            return None
        return BulletinKind(key, name, period, tuple(sources), compliance_of, rule, source)

    def composition(self, value: Any) -> Composition:
        path: Path = ("composition",)
        data = self.obj(value, path, (), COMPOSITION_FIELDS)
        member_units = (
            self.member_units(data["member_units"], (*path, "member_units"))
            if "member_units" in data
            else None
        )
        holders: dict[str, HoldersRule] = {}
        if "holders" in data:
            raw = self.obj(data["holders"], (*path, "holders"), open_keys=True)
            for key, item in raw.items():
                rule = self.holders(key, item, (*path, "holders", key))
                if rule is not None:
                    holders[rule.role] = rule
        held_with: dict[str, HeldWithRule] = {}
        if "held_with" in data:
            raw = self.obj(data["held_with"], (*path, "held_with"), open_keys=True)
            for key, item in raw.items():
                with_rule = self.held_with(key, item, (*path, "held_with", key))
                if with_rule is not None:
                    held_with[with_rule.role] = with_rule
        return Composition(member_units, holders, held_with)

    def disclosure(self, value: Any) -> DisclosureRules | None:
        path: Path = ("disclosure",)
        data = self.obj(value, path, DISCLOSURE_FIELDS)
        errors_before = len(self.errors)
        kinds: set[PublicationKind] = set()
        raw_kinds = data.get("kinds", [])
        if not isinstance(raw_kinds, list) or ("kinds" in data and not raw_kinds):
            self.fail((*path, "kinds"), _("must be a non-empty list"))
            raw_kinds = []
        for index, item in enumerate(raw_kinds):
            kind = self.enum(PublicationKind, item, (*path, "kinds", index))
            if kind in kinds:
                self.fail((*path, "kinds", index), _("{item!r} is listed twice", item=item))
            elif kind is not None:
                kinds.add(kind)
        roles: set[str] = set()
        capabilities: set[Capability] = set()
        if "publishers" in data:
            publishers_path = (*path, "publishers")
            publishers = self.obj(data["publishers"], publishers_path, (), PUBLISHERS_FIELDS)
            raw_roles = publishers.get("roles", [])
            if not isinstance(raw_roles, list):
                self.fail((*publishers_path, "roles"), _("must be a list"))
                raw_roles = []
            for index, item in enumerate(raw_roles):
                role = self.role(item, (*publishers_path, "roles", index))
                if role is not None:
                    roles.add(role)
            raw_capabilities = publishers.get("capabilities", [])
            if not isinstance(raw_capabilities, list):
                self.fail((*publishers_path, "capabilities"), _("must be a list"))
                raw_capabilities = []
            for index, item in enumerate(raw_capabilities):
                capability = self.enum(Capability, item, (*publishers_path, "capabilities", index))
                if capability is not None:
                    capabilities.add(capability)
            if isinstance(data["publishers"], Mapping) and not (raw_roles or raw_capabilities):
                self.fail(publishers_path, _("must name at least one role or capability"))
        rule, source = self._cited(data, path)
        if len(self.errors) > errors_before or not data:
            return None
        return DisclosureRules(
            frozenset(kinds), frozenset(roles), frozenset(capabilities), rule, source
        )

    def _cited(self, data: Mapping[str, Any], path: Path) -> tuple[str, str]:
        rule = self.text(data["rule"], (*path, "rule")) if "rule" in data else ""
        source = self.text(data["source"], (*path, "source")) if "source" in data else ""
        return rule, source

    def member_units(self, value: Any, path: Path) -> MemberUnitsRule | None:
        data = self.obj(value, path, MEMBER_UNITS_FIELDS)
        errors_before = len(self.errors)
        codes: list[str] = []
        raw = data.get("units", [])
        if not isinstance(raw, list) or ("units" in data and not raw):
            self.fail((*path, "units"), _("must be a non-empty list of unit codes"))
            raw = []
        for index, item in enumerate(raw):
            if not (isinstance(item, str) and _UNIT_CODE.fullmatch(item)):
                self.fail((*path, "units", index), _("must be a member unit's code"))
            elif item in codes:
                self.fail((*path, "units", index), _("{item!r} is listed twice", item=item))
            else:
                codes.append(item)
        rule, source = self._cited(data, path)
        if len(self.errors) > errors_before or not data:
            return None
        return MemberUnitsRule(tuple(codes), rule, source)

    def holders(self, key: str, value: Any, path: Path) -> HoldersRule | None:
        role = self.role(key, path)
        data = self.obj(value, path, HOLDERS_FIELDS)
        errors_before = len(self.errors)
        minimum = data.get("min", 0)
        if "min" in data and not (_is_integer(minimum) and minimum >= 0):
            self.fail((*path, "min"), _("must be an integer, 0 or more"))
        maximum = data.get("max")
        if maximum is not None and not (_is_integer(maximum) and maximum >= 1):
            self.fail((*path, "max"), _("must be a positive integer or null"))
        elif (
            self.version >= 2  # added with version 2: published versions keep parsing
            and maximum is not None
            and _is_integer(minimum)
            and not isinstance(minimum, bool)
            and minimum > maximum
        ):
            self.fail_inconsistent(
                (*path, "min"), _("must not exceed max ({maximum})", maximum=maximum)
            )
        rule, source = self._cited(data, path)
        if len(self.errors) > errors_before or role is None or not data:
            return None
        return HoldersRule(
            role,
            int(minimum),
            int(maximum) if maximum is not None else None,
            rule,
            source,
            per_unit=self.positions[role].is_unit_position,
        )

    def held_with(self, key: str, value: Any, path: Path) -> HeldWithRule | None:
        role = self.role(key, path)
        data = self.obj(value, path, HELD_WITH_FIELDS)
        errors_before = len(self.errors)
        with_role = None
        if "role" in data:
            with_role = self.role(data["role"], (*path, "role"))
            if with_role is not None and not self.positions[with_role].is_unit_position:
                self.fail_inconsistent(
                    (*path, "role"), _("must be a position held in a member unit")
                )
        unit = data.get("unit")
        if "unit" in data and not (isinstance(unit, str) and _UNIT_CODE.fullmatch(unit)):
            self.fail((*path, "unit"), _("must be a member unit's code"))
        rule, source = self._cited(data, path)
        if (
            len(self.errors) > errors_before
            or role is None
            or with_role is None
            or not isinstance(unit, str)
        ):
            return None
        return HeldWithRule(role, with_role, unit, rule, source)

    def assessment(self, value: Any, report_kinds: Collection[str]) -> AssessmentRule:
        """Per year: the indicators (weights summing to the scale, keys once each, a report
        kind of this rulebook for report timeliness) and the grades (thresholds from the highest
        down to 0, none above the scale)."""
        path: Path = ("assessment",)
        data = self.obj(value, path, ASSESSMENT_FIELDS)
        rule, source = self._cited(data, path)
        years: dict[int, YearDefinition] = {}
        if "years" in data:
            raw = self.obj(data["years"], (*path, "years"), open_keys=True)
            for key, item in raw.items():
                year_path = (*path, "years", key)
                if not (isinstance(key, str) and _YEAR.fullmatch(key)):
                    self.fail(year_path, _("must be a year (YYYY)"))
                    continue
                definition = self.assessment_year(int(key), item, year_path, report_kinds)
                if definition is not None:
                    years[definition.year] = definition
        return AssessmentRule(rule, source, MappingProxyType(years))

    def assessment_year(
        self, year: int, value: Any, path: Path, report_kinds: Collection[str]
    ) -> YearDefinition | None:
        data = self.obj(value, path, ASSESSMENT_YEAR_FIELDS)
        errors_before = len(self.errors)
        scale: Any = data.get("scale")
        if "scale" in data and not (_is_integer(scale) and 1 <= scale <= MAX_SCALE):
            self.fail((*path, "scale"), _("must be an integer from 1 to {high}", high=MAX_SCALE))
            scale = None
        indicators: list[Indicator] = []
        raw = data.get("indicators", [])
        if not isinstance(raw, list) or ("indicators" in data and not raw):
            self.fail((*path, "indicators"), _("must be a non-empty list"))
            raw = []
        for index, item in enumerate(raw):
            indicator = self.indicator(item, (*path, "indicators", index), report_kinds)
            if indicator is None:
                continue
            if any(i.key == indicator.key for i in indicators):
                self.fail_inconsistent((*path, "indicators", index, "key"), _("is listed twice"))
            indicators.append(indicator)
        if indicators and len(indicators) == len(raw) and scale is not None:
            weights = sum(i.weight for i in indicators)
            if weights != scale:
                self.fail_inconsistent(
                    (*path, "indicators"),
                    _(
                        "the weights sum to {weights}, not to the scale {scale}",
                        weights=weights,
                        scale=scale,
                    ),
                )
        grades = (
            self.grades(data.get("grades"), (*path, "grades"), scale) if "grades" in data else []
        )
        if len(self.errors) > errors_before or scale is None or not indicators or not grades:
            return None
        if len(indicators) != len(raw):
            return None
        return YearDefinition(year, int(scale), tuple(indicators), tuple(grades))

    def indicator(self, value: Any, path: Path, report_kinds: Collection[str]) -> Indicator | None:
        errors_before = len(self.errors)
        data = self.obj(value, path, INDICATOR_FIELDS, OPTIONAL_INDICATOR_FIELDS)
        key = ""
        if "key" in data:
            if isinstance(data["key"], str):
                key = self.key(data["key"], (*path, "key"))
            else:
                self.fail((*path, "key"), _("must be a string"))
        name = self.text(data["name"], (*path, "name")) if "name" in data else ""
        weight: Any = data.get("weight")
        if "weight" in data and not (_is_integer(weight) and 1 <= weight <= MAX_SCALE):
            self.fail((*path, "weight"), _("must be an integer from 1 to {high}", high=MAX_SCALE))
        measure = (
            self.enum(Measure, data["measure"], (*path, "measure")) if "measure" in data else None
        )
        report_kind = data.get("report_kind")
        if measure is Measure.report_timeliness:
            if report_kind is None:
                self.fail((*path, "report_kind"), _("is required with report_timeliness"))
            elif not (isinstance(report_kind, str) and _KEY.fullmatch(report_kind)):
                self.fail((*path, "report_kind"), _("must be a report kind's key"))
            elif report_kind not in report_kinds:
                self.fail_inconsistent(
                    (*path, "report_kind"),
                    _("{name!r} is not a report kind of this rulebook", name=report_kind),
                )
        elif "report_kind" in data and measure is not None:
            self.fail((*path, "report_kind"), _("only report_timeliness names a report kind"))
        if len(self.errors) > errors_before or measure is None or not data:
            return None
        return Indicator(
            key,
            name,
            int(weight),
            measure,
            report_kind if measure is Measure.report_timeliness else None,
        )

    def grades(self, value: Any, path: Path, scale: int | None) -> list[Grade]:
        if not isinstance(value, list) or not value:
            self.fail(path, _("must be a non-empty list"))
            return []
        errors_before = len(self.errors)
        grades: list[Grade] = []
        for index, item in enumerate(value):
            data = self.obj(item, (*path, index), GRADE_FIELDS)
            name = self.text(data["name"], (*path, index, "name")) if "name" in data else ""
            low: Any = data.get("min")
            if "min" in data and not (_is_integer(low) and low >= 0):
                self.fail((*path, index, "min"), _("must be an integer, 0 or more"))
                continue
            if data and "min" in data:
                grades.append(Grade(name, int(low)))
        if len(self.errors) > errors_before:
            return []
        for index in range(1, len(grades)):
            if grades[index].min_score >= grades[index - 1].min_score:
                self.fail_inconsistent(
                    (*path, index, "min"),
                    _("thresholds go from the highest grade down: must be below the one before"),
                )
        if grades[-1].min_score != 0:
            self.fail_inconsistent(
                (*path, len(grades) - 1, "min"),
                _("the lowest grade starts at 0, so that every total has a grade"),
            )
        if scale is not None and grades[0].min_score > scale:
            self.fail_inconsistent(
                (*path, 0, "min"), _("must not exceed the scale ({scale})", scale=scale)
            )
        return grades if len(self.errors) == errors_before else []

    def due(self, value: Any, path: Path) -> Due | None:
        """Exactly one of day_of_month, working_days_after, calendar_days_after, with its N."""
        data = self.obj(value, path, (), tuple(DUE_RANGES))
        given = [rule for rule in DUE_RANGES if rule in data]
        if isinstance(value, Mapping) and len(given) != 1:
            options = ", ".join(DUE_RANGES)
            self.fail(path, _("must name exactly one of {options}", options=options))
            return None
        if not given:
            return None
        rule = given[0]
        low, high = DUE_RANGES[rule]
        days = data[rule]
        if not (_is_integer(days) and low <= days <= high):
            self.fail(
                (*path, rule.value),
                _("must be an integer from {low} to {high}", low=low, high=high),
            )
            return None
        return Due(rule, int(days))

    def part(self, value: Any, path: Path) -> ReportPart | None:
        data = self.obj(value, path, PART_FIELDS)
        key = ""
        if "key" in data:
            if isinstance(data["key"], str):
                key = self.key(data["key"], (*path, "key"))
            else:
                self.fail((*path, "key"), _("must be a string"))
        name = self.text(data["name"], (*path, "name")) if "name" in data else ""
        formats: list[PartFormat] = []
        raw_formats = data.get("formats", [])
        if not isinstance(raw_formats, list) or ("formats" in data and not raw_formats):
            self.fail((*path, "formats"), _("must be a non-empty list"))
            raw_formats = []
        for index, item in enumerate(raw_formats):
            parsed = self.enum(PartFormat, item, (*path, "formats", index))
            if parsed is not None:
                formats.append(parsed)
        return ReportPart(key, name, tuple(formats)) if data else None


def parse_rulebook(document: Mapping[str, Any]) -> Rulebook:
    """Validate and type a rulebook document; every bad field is reported with its path.

    Every field is required (``extra_consent`` may be null, a rule reference is optional where
    marked) and no unknown field is accepted, except an optional ``$schema`` naming the JSON
    Schema for editors and an optional ``report_kinds`` (absent: the rulebook requires no
    reports; present: every field of every report kind is required but its
    ``reminder_working_days_before``, see app.domain.reports), ``bulletin_kinds``
    (app.domain.bulletins), ``composition`` (app.domain.composition), ``disclosure``
    (app.domain.publications) and ``assessment`` (app.domain.assessments: per year,
    indicators, weights and grades, C-ASM-1).

    A version-2 document defines its positions (title_zh and level required; limits,
    counts_as_member, capabilities and a rule reference optional, each only where its level
    allows), and every role it names elsewhere must be one of them (an ``Inconsistency``
    otherwise, as when an attendance rule or a unit's report needs a position the
    document lacks). A version-1 document's positions are the nine defaults, its entries only
    their limits (``max_holders``, per member unit for a unit position).
    """
    r = _Reader()
    data = r.obj(document, (), TOP_FIELDS, ("$schema", *OPTIONAL_TOP_FIELDS))
    if "$schema" in data and not isinstance(data["$schema"], str):
        r.fail(("$schema",), _("must be a string"))
    version = data.get("schema_version", SCHEMA_VERSION)
    if not (_is_integer(version) and version in SCHEMA_VERSIONS):
        r.fail(
            ("schema_version",),
            _(
                "must be {schema_version} (or 1, before positions were data)",
                schema_version=SCHEMA_VERSION,
            ),
        )
        version = SCHEMA_VERSION
    r.version = int(version)
    effective_from = (
        r.day(data["effective_from"], ("effective_from",)) if "effective_from" in data else date.min
    )
    if "title" in data:
        r.text(data["title"], ("title",))
    if "documents" in data:
        for key, value in r.obj(data["documents"], ("documents",), open_keys=True).items():
            if not key.strip():
                r.fail(("documents", key), _("the abbreviation must be a non-empty string"))
            r.text(value, ("documents", key))

    positions: dict[str, PositionDefinition] = {}
    raw = data.get("positions", {})
    for key, value in r.obj(raw, ("positions",), open_keys=True).items():
        definition = r.legacy_position(key, value) if version == 1 else r.position(key, value)
        if definition is not None:
            positions[key] = definition
    if version == 1:  # the nine were always defined; an entry only set a limit
        positions = {**DEFAULT_POSITIONS, **positions}
    elif "positions" in data and isinstance(raw, Mapping):
        # A position that failed to parse is still defined: report its own error, not every
        # reference to it.
        positions.update({key: _UNREADABLE for key in raw if key not in positions})
    r.positions = positions

    raw = data.get("meeting_kinds", {})
    kinds = {
        key: r.meeting_kind(key, value)
        for key, value in r.obj(raw, ("meeting_kinds",), open_keys=True).items()
    }
    raw = data.get("issuers", {})
    issuers = {
        key: r.issuer(key, value) for key, value in r.obj(raw, ("issuers",), open_keys=True).items()
    }
    report_kinds: dict[str, ReportKind] = {}
    if "report_kinds" in data:
        raw = data["report_kinds"]
        for key, value in r.obj(raw, ("report_kinds",), open_keys=True).items():
            report = r.report_kind(key, value)
            if report is not None:
                report_kinds[key] = report

    bulletin_kinds: dict[str, BulletinKind] = {}
    if "bulletin_kinds" in data:
        raw = data["bulletin_kinds"]
        for key, value in r.obj(raw, ("bulletin_kinds",), open_keys=True).items():
            bulletin = r.bulletin_kind(key, value)
            if bulletin is not None:
                bulletin_kinds[key] = bulletin

    composition = r.composition(data["composition"]) if "composition" in data else Composition()
    disclosure = r.disclosure(data["disclosure"]) if "disclosure" in data else None
    # A report kind that failed to parse is still defined: its own errors are reported.
    raw_kinds = data.get("report_kinds")
    defined_kinds = set(raw_kinds) if isinstance(raw_kinds, Mapping) else set()
    assessment = r.assessment(data["assessment"], defined_kinds) if "assessment" in data else None

    if r.errors:
        raise InvalidInput(
            _("The rulebook is not valid ({errors_count} problem(s)).", errors_count=len(r.errors)),
            tuple(r.errors),
        )
    return Rulebook(
        effective_from,
        MappingProxyType(positions),
        kinds,
        issuers,
        raw=document,
        report_kinds=report_kinds,
        bulletin_kinds=bulletin_kinds,
        composition=composition,
        disclosure=disclosure,
        assessment=assessment,
    )


@dataclass(frozen=True, eq=False)
class PublishedVersion:
    """A published version of a jurisdiction's rulebook: never changed once published, so its
    parsed form is made once and may be shared (the process caches a lineage's versions)."""

    id: UUID
    jurisdiction_id: UUID
    effective_from: date
    document: Mapping[str, Any]

    @cached_property
    def rulebook(self) -> Rulebook:
        return parse_rulebook(self.document)


def version_in_force(
    versions: Iterable[PublishedVersion], lineage: Sequence[UUID], on: date
) -> PublishedVersion | None:
    """The version in force on ``on``: the latest one taking effect by then of the first
    jurisdiction in ``lineage`` (itself, then its ancestors, nearest first) that has one — a
    county without a rulebook of its own follows its parent's (C-ORG-3)."""
    latest: dict[UUID, PublishedVersion] = {}
    for version in versions:
        if version.effective_from > on:
            continue
        held = latest.get(version.jurisdiction_id)
        if held is None or version.effective_from > held.effective_from:
            latest[version.jurisdiction_id] = version
    return next((latest[jid] for jid in lineage if jid in latest), None)


def dangling_references(rulebook: Rulebook) -> tuple[FieldError, ...]:
    """Names the document uses that it does not define (a bulletin assembled from a report kind
    the rulebook lacks): checked when a version is published, beside the structure that
    parse_rulebook and the JSON Schema check alike."""
    errors = []
    for key, bulletin in rulebook.bulletin_kinds.items():
        for index, name in enumerate(bulletin.sources):
            if name not in rulebook.report_kinds:
                errors.append(
                    FieldError(
                        ("body", "bulletin_kinds", key, "sources", index),
                        _("{name!r} is not a report kind of this rulebook", name=name),
                    )
                )
        if (
            bulletin.compliance_of is not None
            and bulletin.compliance_of not in rulebook.report_kinds
        ):
            errors.append(
                FieldError(
                    ("body", "bulletin_kinds", key, "compliance_of"),
                    _(
                        "{compliance_of!r} is not a report kind of this rulebook",
                        compliance_of=bulletin.compliance_of,
                    ),
                )
            )
    return tuple(errors)


def in_force(versions: Iterable[Rulebook], on: date) -> Rulebook | None:
    """The version whose effective_from is the latest on or before ``on``."""
    candidates = [v for v in versions if v.effective_from <= on]
    return max(candidates, key=lambda v: v.effective_from) if candidates else None
