"""Information briefings (信息简报, CO-RPT-1): the office compiles the information officers'
monthly work information into a briefing, sends it to the leading group (报送) and copies it to
the member units and the county offices (抄送).

A briefing is a draft until it is sent; only a draft is edited or discarded. Sending fixes its
issue number (per jurisdiction and year, gap-free: "2026年第3期") and its recipients. A person
is a recipient of a recipient row by the posts they hold: the leading group's are its leader,
deputy leaders and members; a unit's are its head, liaison officer and information officer; a
county office's are that county's office director, deputy directors and staff.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from app.domain.errors import FieldError, InvalidInput, StateConflict
from app.domain.messages import _
from app.domain.recipients import (
    Recipient,
    RecipientKind,
)

RULE = "CO-RPT-1"
SOURCE = (
    "昌建审改办〔2020〕3号 附件2《昌吉州工程建设项目审批制度改革领导小组办公室工作细则》 第九条"
    "（形成信息简报报送领导小组，抄送各成员单位、各县市（园区））"
)


class BriefingState(StrEnum):
    draft = "draft"
    sent = "sent"


class BriefingAct(StrEnum):
    edit = "edit"
    delete = "delete"
    send = "send"


# What each act needs the briefing's state to be.
ALLOWED_IN: dict[BriefingAct, frozenset[BriefingState]] = {
    BriefingAct.edit: frozenset({BriefingState.draft}),
    BriefingAct.delete: frozenset({BriefingState.draft}),
    BriefingAct.send: frozenset({BriefingState.draft}),
}

_DOING = {
    BriefingAct.edit: _("edited"),
    BriefingAct.delete: _("deleted"),
    BriefingAct.send: _("sent again"),
}


def check_act(state: BriefingState, act: BriefingAct) -> None:
    """A sent briefing is the record of what went to whom: it is never edited, deleted or
    sent twice (a correction is a new briefing)."""
    if state not in ALLOWED_IN[act]:
        raise StateConflict(
            _(
                "This briefing is {value}: it cannot be {doing} (only a draft is; a "
                "sent briefing is the record of what was sent, {rule}).",
                value=state.value,
                doing=_DOING[act],
                rule=RULE,
            )
        )


def check_sendable(body: str, item_count: int) -> None:
    """Something must be sent: the office's text or at least one item."""
    if not body.strip() and item_count == 0:
        raise InvalidInput(
            _("An empty briefing cannot be sent: write its body or keep at least one item."),
            (FieldError(("body", "body"), _("empty, and the briefing has no items")),),
        )


def transition(state: BriefingState, act: BriefingAct) -> BriefingState | None:
    """The state after ``act`` (None: the briefing is gone)."""
    check_act(state, act)
    if act is BriefingAct.send:
        return BriefingState.sent
    if act is BriefingAct.delete:
        return None
    return state


def issue_label(year: int, number: int) -> str:
    """How an issue is written: ``2026年第3期`` (no leading zeros)."""
    if year < 1 or number < 1:
        raise ValueError(_("an issue has a positive year and number"))
    return f"{year}年第{number}期"


def recipients_on_sending(
    jurisdiction_id: UUID,
    active_unit_ids: Sequence[UUID],
    child_jurisdiction_ids: Sequence[UUID],
) -> tuple[Recipient, ...]:
    """报送领导小组，抄送各成员单位、各县市（园区）: the leading group first, then every active
    member unit and every county office under the jurisdiction, copied."""
    return (
        Recipient(RecipientKind.leading_group, jurisdiction_id),
        *(
            Recipient(RecipientKind.member_unit, jurisdiction_id, unit_id, copy=True)
            for unit_id in active_unit_ids
        ),
        *(
            Recipient(RecipientKind.county_office, child, copy=True)
            for child in child_jurisdiction_ids
        ),
    )


@dataclass(frozen=True)
class ProgressLine:
    task: str
    percent: int | None
    summary: str


def compiled_text(
    *, experience: str, problems: str, suggestions: str, progress: Sequence[ProgressLine]
) -> str:
    """A submission's information as the first draft of its item, for the office to edit:
    progress, experience, problems and suggestions, each under its heading, empty ones left
    out."""
    sections: list[str] = []
    lines = [
        f"{p.task}"
        + (f"（{p.percent}%）" if p.percent is not None else "")
        + (f"：{p.summary}" if p.summary else "")
        for p in progress
    ]
    if lines:
        sections.append("【工作进展】\n" + "\n".join(lines))
    for heading, text in (
        ("经验做法", experience),
        ("存在问题", problems),
        ("意见建议", suggestions),
    ):
        if text.strip():
            sections.append(f"【{heading}】\n{text.strip()}")
    return "\n\n".join(sections)
