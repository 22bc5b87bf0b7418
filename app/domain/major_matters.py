"""Major-matter reports (重大事项请示报告, CO-RPT-2) and their review by the leader (CO-DOC-3).

Member units and county (park) offices report major matters to the leading group; its office
consolidates them and forwards them (统一汇总后呈报); forwarded matters go to the leader, who
reviews them (重大事项报领导小组组长审阅). The office may instead return a matter to its sender,
who may send it again.

Neither shipped rulebook models major matters as data yet, so the rules and their sources are
constants here, in the Changji text's words (昌建审改办〔2020〕3号 附件2, 第十一条 and 第十二条);
when a rulebook comes to define them, these become its defaults.

Pure: plain values in, values, ``Decision``s or domain errors out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from uuid import UUID

from app.domain.errors import FieldError, StateConflict
from app.domain.messages import _
from app.domain.positions import PositionLevel
from app.domain.rulebook import Decision

_OFFICE_RULES = (
    "昌建审改办〔2020〕3号 附件2《昌吉州工程建设项目审批制度改革领导小组办公室工作细则》"
)
REPORT_RULE = "CO-RPT-2"
REPORT_SOURCE = f"{_OFFICE_RULES} 第十一条（重大事项请示报告制度）"
REVIEW_RULE = "CO-DOC-3"
REVIEW_SOURCE = f"{_OFFICE_RULES} 第十二条（重大事项报领导小组组长审阅）"


class MatterState(StrEnum):
    submitted = "submitted"  # with the office
    forwarded = "forwarded"  # consolidated and forwarded (呈报): with the leader for review
    reviewed = "reviewed"  # the leader has reviewed it (审阅, with a 批示)
    returned = "returned"  # back with its sender, who may send it again


class MatterAct(StrEnum):
    submit = "submit"
    forward = "forward"
    review = "review"
    return_ = "return"
    resubmit = "resubmit"


class Urgency(StrEnum):
    normal = "normal"
    urgent = "urgent"


S = MatterState
# Per act: the states it may be taken in (empty: the act creates the matter) and where it leads.
TRANSITIONS: Mapping[MatterAct, tuple[frozenset[MatterState], MatterState]] = {
    MatterAct.submit: (frozenset(), S.submitted),
    MatterAct.forward: (frozenset({S.submitted}), S.forwarded),
    MatterAct.review: (frozenset({S.forwarded}), S.reviewed),
    MatterAct.return_: (frozenset({S.submitted}), S.returned),
    MatterAct.resubmit: (frozenset({S.returned}), S.submitted),
}

_WHY_NOT: Mapping[MatterState, str] = {
    S.submitted: _("it is with the office and has not been forwarded to the leader yet"),
    S.forwarded: _("it has been forwarded to the leader for review"),
    S.reviewed: _("the leader has reviewed it"),
    S.returned: _("it has been returned to its sender"),
}


def after(state: MatterState, act: MatterAct) -> MatterState:
    """The state ``act`` leads to from ``state``; StateConflict when it may not be taken."""
    allowed, target = TRANSITIONS[act]
    if state not in allowed:
        states = ", ".join(sorted(allowed)) or "never: it creates the matter"
        raise StateConflict(
            _(
                "A major matter that is {state} cannot be {past}: {why_not} (allowed "
                "only when {states}).",
                state=state,
                past=_PAST[act],
                why_not=_WHY_NOT[state],
                states=states,
            )
        )
    return target


_PAST: Mapping[MatterAct, str] = {
    MatterAct.submit: _("submitted"),
    MatterAct.forward: _("forwarded"),
    MatterAct.review: _("reviewed"),
    MatterAct.return_: _("returned"),
    MatterAct.resubmit: _("resubmitted"),
}


def _decision(allowed: bool, rule: str, source: str, yes: str, no: str) -> Decision:
    return Decision(
        allowed, rule, source, _("{value} ({rule}).", value=yes if allowed else no, rule=rule)
    )


def may_send_for_unit(levels_for_unit: frozenset[PositionLevel]) -> Decision:
    """A member unit reports through the people holding its posts (its head, liaison officer or
    information officer by default)."""
    return _decision(
        PositionLevel.member_unit in levels_for_unit,
        REPORT_RULE,
        REPORT_SOURCE,
        "A member unit reports major matters to the leading group through its posts",
        "A member unit's major matters are reported by the people holding its posts (its head, "
        "liaison officer or information officer); the caller holds none for it",
    )


def may_send_upward(levels_here: frozenset[PositionLevel]) -> Decision:
    """A county (park) reports to the leading group above it through its own office."""
    return _decision(
        PositionLevel.office in levels_here,
        REPORT_RULE,
        REPORT_SOURCE,
        "A county's office reports its major matters to the leading group above",
        "A county's major matters are reported upward by its leading group's office; the "
        "caller holds no office post here",
    )


def may_resend(is_sender: bool) -> Decision:
    """A returned matter is sent again by its sender: the sending unit's people, or the sending
    county's office (through its own jurisdiction)."""
    return _decision(
        is_sender,
        REPORT_RULE,
        REPORT_SOURCE,
        "The sender reports the returned matter again",
        "A returned major matter is sent again by its sender only (the unit's head, liaison or "
        "information officer, or the sending county's office)",
    )


def check_consolidation(matter_id: UUID, others: Sequence[UUID]) -> list[FieldError]:
    """What is wrong with a list of other matters to forward together with ``matter_id``, one
    error per bad position (none: it is well formed): each once, never the matter itself."""
    errors: list[FieldError] = []
    seen: set[UUID] = set()
    for index, other in enumerate(others):
        location = ("body", "consolidated_with", index)
        if other == matter_id:
            errors.append(FieldError(location, _("the matter being forwarded: do not list it")))
        elif other in seen:
            errors.append(FieldError(location, _("listed twice")))
        seen.add(other)
    return errors
