"""Delegations (委托) and the decision of one act: who may do it, under which rule, and under
which delegation. ``decide_act`` is the one entry later modules (meetings, documents) call."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain import rulebook as rules
from app.domain.access import Actor, may_revoke_delegation
from app.domain.errors import FieldError, InvalidInput
from app.domain.messages import _
from app.domain.rulebook import Act, Decision, Holding, decide, judge_delegation, parse_scopes
from app.errors import Conflict, Forbidden, NotFound
from app.models import Delegation
from app.pagination import PageRequest, next_cursor_for
from app.repositories import delegations as repo
from app.repositories import jurisdictions as jurisdictions_repo
from app.repositories import positions as positions_repo
from app.schemas.delegations import DelegationCreate, DelegationOut, DelegationRevoke
from app.services import audit, rulebooks
from app.services.common import require, require_account_here
from app.services.rulebooks import RulebookInForce


async def _rulebook_on(session: AsyncSession, jid: uuid.UUID, on: date) -> RulebookInForce:
    found = await rulebooks.in_force(session, jid, on)
    if found is None:
        raise Conflict(
            _(
                "No rulebook is in force in this jurisdiction on {on}: a rulebook must "
                "be published first.",
                on=on.isoformat(),
            )
        )
    return found


@dataclass(frozen=True)
class ActJudge:
    """The rulebook in force in a jurisdiction on a day and the positions held that day: enough
    to decide several acts of that day with one load."""

    session: AsyncSession
    jid: uuid.UUID
    on: date
    found: RulebookInForce
    holdings: tuple[Holding, ...]
    # The delegations to each person asked about so far (read once per person, when needed).
    _delegations: dict[uuid.UUID, list[rules.Delegation]] = field(
        default_factory=dict, repr=False, compare=False
    )

    async def decide(self, act: Act, subject: str, person_id: uuid.UUID) -> Decision:
        """The decision of app.domain.rulebook.decide. Delegations can only turn a refusal into
        an allowance (it reads them only when no post the person holds allows the act by
        itself), so they are read only when the posts alone refuse, and once per person."""
        rulebook, on, holdings = self.found.rulebook, self.on, self.holdings
        decision = decide(rulebook, act, subject, person_id, on, holdings, ())
        if decision.allowed:
            return decision
        delegations = self._delegations.get(person_id)
        if delegations is None:
            delegations = await repo.to_person_on(self.session, self.jid, person_id, on)
            self._delegations[person_id] = delegations
        return decide(rulebook, act, subject, person_id, on, holdings, delegations)


async def judge_on(
    session: AsyncSession,
    jid: uuid.UUID,
    on: date,
    *,
    holdings: Iterable[Holding] | None = None,
) -> ActJudge:
    """No rulebook in force on ``on`` is a 409 (Conflict): nothing can be decided before one
    is published. ``holdings``: the positions held on ``on``, when the caller read them
    already (else they are read here)."""
    found = await _rulebook_on(session, jid, on)
    if holdings is None:
        holdings = await positions_repo.holdings_on(session, jid, on)
    return ActJudge(session, jid, on, found, tuple(holdings))


async def decide_act(
    session: AsyncSession,
    jid: uuid.UUID,
    act: Act,
    subject: str,
    person_id: uuid.UUID,
    on: date,
) -> Decision:
    """May ``person_id`` do ``act`` on ``subject`` in ``jid`` on ``on``? Judged by the rulebook in
    force that day, the positions held that day and the delegations to the person."""
    return await (await judge_on(session, jid, on)).decide(act, subject, person_id)


async def create(
    session: AsyncSession, actor: Actor, jid: uuid.UUID, data: DelegationCreate
) -> DelegationOut:
    delegator = data.from_user_id or actor.id
    if delegator != actor.id and not actor.is_platform_admin:
        raise Forbidden(
            _("Only a platform administrator may enter a delegation on someone else's behalf.")
        )
    if data.valid_to is not None and data.valid_to < data.valid_from:
        raise InvalidInput(
            _("valid_to is before valid_from"),
            (FieldError(("body", "valid_to"), _("must be on or after valid_from")),),
        )
    scopes = parse_scopes(data.scopes)
    if data.from_user_id is not None:
        await require_account_here(session, jid, data.from_user_id, ("body", "from_user_id"))
    await require_account_here(session, jid, data.to_user_id, ("body", "to_user_id"))
    found = await _rulebook_on(session, jid, data.valid_from)
    holdings = await positions_repo.holdings_on(session, jid, data.valid_from)
    decision = judge_delegation(
        found.rulebook, scopes, delegator, data.to_user_id, data.valid_from, holdings
    )
    require(decision)
    row = await repo.add(
        session,
        Delegation(
            jurisdiction_id=jid,
            from_user_id=delegator,
            to_user_id=data.to_user_id,
            scopes=[str(scope) for scope in scopes],
            valid_from=data.valid_from,
            valid_to=data.valid_to,
            reason=data.reason,
        ),
    )
    out = DelegationOut.model_validate(row)
    await _audit(session, actor, "delegation.create", jid, row.id, before=None, after=out)
    return out


async def get(session: AsyncSession, jid: uuid.UUID, delegation_id: uuid.UUID) -> DelegationOut:
    row = await repo.get(session, jid, delegation_id)
    if row is None:
        raise NotFound(_("No such delegation in this jurisdiction."))
    return DelegationOut.model_validate(row)


async def list_delegations(
    session: AsyncSession,
    jid: uuid.UUID,
    page: PageRequest,
    *,
    from_user_id: uuid.UUID | None,
    to_user_id: uuid.UUID | None,
    active_on: date | None,
    include_revoked: bool,
) -> tuple[list[DelegationOut], str | None]:
    rows = await repo.list_delegations(
        session,
        jid,
        page,
        from_user_id=from_user_id,
        to_user_id=to_user_id,
        active_on=active_on,
        include_revoked=include_revoked,
    )
    kept, cursor = next_cursor_for(rows, page, lambda r: [r.created_at, r.id])
    return [DelegationOut.model_validate(r) for r in kept], cursor


async def revoke(
    session: AsyncSession,
    actor: Actor,
    jid: uuid.UUID,
    delegation_id: uuid.UUID,
    data: DelegationRevoke,
) -> DelegationOut:
    jurisdiction = await jurisdictions_repo.get(session, jid)
    row = await repo.get(session, jid, delegation_id, for_update=True)
    if jurisdiction is None or row is None:
        raise NotFound(_("No such delegation in this jurisdiction."))
    if not may_revoke_delegation(actor, jurisdictions_repo.to_ref(jurisdiction), row.from_user_id):
        raise Forbidden(
            _(
                "Only the delegator, this jurisdiction's office director or a platform "
                "administrator may revoke a delegation."
            )
        )
    if row.revoked_at is not None:
        raise Conflict(_("This delegation is already revoked."))
    today = datetime.now(ZoneInfo(jurisdiction.time_zone)).date()
    revoked_on = data.revoked_on or today
    if revoked_on < today:
        raise InvalidInput(
            _(
                "a revocation cannot be backdated: acts already done under the "
                "delegation stay valid"
            ),
            (
                FieldError(
                    ("body", "revoked_on"),
                    _("must be on or after {today}", today=today.isoformat()),
                ),
            ),
        )
    before = DelegationOut.model_validate(row)
    row.revoked_on = revoked_on
    row.revoked_at = datetime.now(UTC)
    row.revocation_reason = data.reason
    await session.flush()
    await session.refresh(row)
    after = DelegationOut.model_validate(row)
    await _audit(session, actor, "delegation.revoke", jid, row.id, before=before, after=after)
    return after


async def _audit(
    session: AsyncSession,
    actor: Actor,
    action: str,
    jid: uuid.UUID,
    delegation_id: uuid.UUID,
    *,
    before: DelegationOut | None,
    after: DelegationOut,
) -> None:
    await audit.record(
        session,
        actor,
        action=action,
        entity_type="delegation",
        entity_id=delegation_id,
        jurisdiction_id=jid,
        before=before,
        after=after,
    )
