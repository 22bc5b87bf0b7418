"""Small pieces every service uses the same way."""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, Protocol
from zoneinfo import ZoneInfo

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor, JurisdictionRef
from app.domain.errors import FieldError, InvalidInput, RuleViolation
from app.domain.messages import _
from app.domain.positions import PositionLevel
from app.domain.rulebook import Decision
from app.errors import Conflict, NotFound
from app.invalidation import through_cache
from app.models import Jurisdiction, MemberUnit, User
from app.repositories import jurisdictions as jurisdictions_repo
from app.repositories import units as units_repo
from app.repositories import users as users_repo


def csv_text(value: str | None) -> str:
    """One CSV field: RFC 4180 quoting where needed; text a spreadsheet would run as a formula
    (=, +, -, @) is written as text."""
    if not value:
        return ""
    if value[0] in "=+-@\t\r":
        value = "'" + value
    if any(ch in value for ch in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def csv_document(lines: Iterable[Sequence[object]]) -> str:
    """A whole CSV file as the offices' spreadsheets open it: UTF-8 with a BOM, CRLF lines, each
    field by ``csv_text`` (None an empty field)."""
    return "\ufeff" + "".join(
        ",".join(csv_text(None if v is None else str(v)) for v in line) + "\r\n" for line in lines
    )


def xlsx_document(sheet_title: str, lines: Iterable[Sequence[object]]) -> bytes:
    """A one-sheet workbook of plain rows (the first line as written): text a worksheet can
    hold, and text typed "=…" kept as text, never a formula Excel runs."""
    # Lazily: openpyxl takes ~60 ms to import and only the exports use it.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook(write_only=True)
    sheet = book.create_sheet(sheet_title)

    def cell(value: object) -> WriteOnlyCell:
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
        written = WriteOnlyCell(sheet, value=value)
        if written.data_type == "f":
            written.data_type = "s"
        return written

    for line in lines:
        sheet.append([cell(v) for v in line])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def changes_of(data: BaseModel, *, not_null: Iterable[str] = ()) -> dict[str, Any]:
    """The fields a PATCH body sets; an explicit null on a required field is an error."""
    changes = data.model_dump(exclude_unset=True)
    nulls = [name for name in not_null if name in changes and changes[name] is None]
    if nulls:
        raise InvalidInput(
            _("these fields cannot be null: {fields}", fields=", ".join(nulls)),
            tuple(FieldError(("body", name), _("cannot be null")) for name in nulls),
        )
    return changes


Location = tuple[str | int, ...]


async def require_account_here(
    session: AsyncSession, jid: uuid.UUID, user_id: uuid.UUID, location: Location
) -> User:
    """``user_id`` must be an account of jurisdiction ``jid`` (a 422 at ``location`` otherwise).
    Accounts of other jurisdictions are not acknowledged, so none leaks."""
    user = await users_repo.get(session, user_id)
    if user is None or user.jurisdiction_id != jid:
        raise InvalidInput(
            _("no such user account in this jurisdiction"),
            (FieldError(location, _("not an account of this jurisdiction")),),
        )
    return user


async def require_units_here(
    session: AsyncSession,
    jid: uuid.UUID,
    units: Iterable[tuple[Location, uuid.UUID]],
    *,
    known: Collection[uuid.UUID] | None = None,
) -> None:
    """Every unit named must be a member unit of ``jid``; each one that is not is named.
    ``known``: every member unit of ``jid``, when the caller read them already."""
    units = list(units)
    if not units:
        return
    if known is None:
        known = await units_repo.existing_ids(session, jid, {unit for __, unit in units})
    errors = tuple(
        FieldError(location, _("not a member unit of this jurisdiction"))
        for location, unit in units
        if unit not in known
    )
    if errors:
        raise InvalidInput(
            _("{errors_count} unit(s) are not member units here", errors_count=len(errors)), errors
        )


async def jurisdiction_ref(session: AsyncSession, jid: uuid.UUID) -> JurisdictionRef | None:
    """The jurisdiction's place in the hierarchy (and its time zone), from the process's cache
    when it holds it (app/invalidation.py: dropped on any change to jurisdictions)."""

    async def load() -> JurisdictionRef | None:
        row = await jurisdictions_repo.get(session, jid)
        return jurisdictions_repo.to_ref(row) if row is not None else None

    return await through_cache(session, lambda c: c.jurisdictions, jid, load)


async def jurisdiction_zone(session: AsyncSession, jid: uuid.UUID) -> ZoneInfo:
    """The jurisdiction's time zone, from the process's cache when warm (404 when unknown)."""
    ref = await jurisdiction_ref(session, jid)
    if ref is None:
        raise NotFound(_("No such jurisdiction."))
    return ZoneInfo(ref.time_zone)


async def load_jurisdiction(session: AsyncSession, jid: uuid.UUID) -> Jurisdiction:
    row = await jurisdictions_repo.get(session, jid)
    if row is None:
        raise NotFound(_("No such jurisdiction."))
    return row


class InTimeZone(Protocol):
    @property
    def time_zone(self) -> str: ...


def local_today(jurisdiction: InTimeZone, now: datetime) -> date:
    """The day ``now`` falls on in the jurisdiction's own time zone (never the server's): the
    day rules are judged on."""
    return now.astimezone(ZoneInfo(jurisdiction.time_zone)).date()


def require(decision: Decision) -> None:
    """A refusal by the rules is a RuleViolation naming the rule and its source (403)."""
    if not decision.allowed:
        raise RuleViolation(decision.reason, rule=decision.rule, source=decision.source)


# --- what units and county offices send up (major matters, incoming documents) --------------


def parent_of(ref: JurisdictionRef) -> uuid.UUID | None:
    """The jurisdiction directly above ``ref`` (None at the top)."""
    return ref.ancestor_ids[-1] if ref.ancestor_ids else None


@dataclass(frozen=True)
class SendingRules:
    """Who may send something up, and the words for it in refusals."""

    # Each judges the levels of the posts the caller holds: for the unit, or here.
    for_unit: Callable[[frozenset[PositionLevel]], Decision]  # a unit through its posts
    upward: Callable[[frozenset[PositionLevel]], Decision]  # a county's office, to its parent
    noun: str  # one of them: "matter"
    plural: str  # several: "major matters"


@dataclass(frozen=True)
class Sender:
    """Where a sent item is kept (the receiving leading group's jurisdiction) and who sent it:
    a member unit of that jurisdiction, or the office of a child jurisdiction — with the
    sender's name as read while judging it, so that the answer needs no re-read."""

    jurisdiction_id: uuid.UUID
    unit_id: uuid.UUID | None
    sender_jurisdiction_id: uuid.UUID | None
    unit_name: str | None = None
    sender_jurisdiction_name: str | None = None


async def resolve_sender(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    *,
    unit_id: uuid.UUID | None,
    to: Literal["parent"] | None,
    rules: SendingRules,
) -> Sender:
    """A unit of ``ref`` sending to ``ref``'s leading group, or (``to`` parent) ``ref``'s office
    sending to the leading group above: a 403 naming the rule when the caller may not, a 422
    when the body does not fit, a 409 for a unit that is no longer a member."""
    if to == "parent":
        if unit_id is not None:
            raise InvalidInput(
                _(
                    "A {noun} sent to the leading group above is the office's: it names no unit.",
                    noun=rules.noun,
                ),
                (FieldError(("body", "unit_id"), _("must be left out with to=parent")),),
            )
        parent = parent_of(ref)
        if parent is None:
            raise InvalidInput(
                _(
                    "This jurisdiction has none above it: its {plural} go to its own "
                    "leading group (leave `to` out).",
                    plural=rules.plural,
                ),
                (FieldError(("body", "to"), _("no jurisdiction above this one")),),
            )
        require(rules.upward(actor.levels_in(ref.id)))
        # The name is not among a JurisdictionRef's fields: the one read this path needs.
        sending = await load_jurisdiction(session, ref.id)
        return Sender(parent, None, ref.id, sender_jurisdiction_name=sending.name)
    unit = await sending_unit(session, actor, ref, unit_id, rules)
    return Sender(ref.id, unit.id, None, unit_name=unit.name)


async def sending_unit(
    session: AsyncSession,
    actor: Actor,
    ref: JurisdictionRef,
    unit_id: uuid.UUID | None,
    rules: SendingRules,
) -> MemberUnit:
    """The unit named, or the only one the caller holds a member-unit post for here; the caller
    must hold one of its posts (``rules.for_unit``)."""
    location = ("body", "unit_id")
    if unit_id is None:
        units = sorted(
            {
                g.unit_id
                for g in actor.grants
                if g.jurisdiction_id == ref.id
                and g.level is PositionLevel.member_unit
                and g.unit_id
            },
            key=str,
        )
        if len(units) > 1:
            raise InvalidInput(
                _(
                    "The caller holds posts for {units_count} units here: name the unit.",
                    units_count=len(units),
                ),
                (FieldError(location, _("required: the caller holds posts for several units")),),
            )
        if not units:
            require(rules.for_unit(frozenset()))
        unit_id = units[0]
    unit = await units_repo.get(session, ref.id, unit_id)
    if unit is None:
        raise InvalidInput(
            _("No such member unit in this jurisdiction."),
            (FieldError(location, _("not a member unit here")),),
        )
    levels = frozenset(
        g.level for g in actor.grants if g.jurisdiction_id == ref.id and g.unit_id == unit_id
    )
    require(rules.for_unit(levels))
    # Whether named or inferred: a deactivated unit keeps its people's posts until they end.
    if not unit.is_active:
        raise Conflict(
            _(
                "{name} is no longer a member unit: it sends no {plural}.",
                name=unit.name,
                plural=rules.plural,
            )
        )
    return unit


def require_received_here(
    received_here: bool, *, noun: str, rule: str, source: str, what: str
) -> None:
    """Acts on something sent up are the receiving leading group's: reached through the sending
    county's own path, it is only followed there (a 403 naming ``rule``)."""
    if not received_here:
        raise RuleViolation(
            _(
                "This {noun} was sent to the leading group above: {what} ({rule}).",
                noun=noun,
                what=what,
                rule=rule,
            ),
            rule=rule,
            source=source,
        )
