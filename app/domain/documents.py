"""Official documents (公文): those the office drafts for an issuer the rulebook defines (the
leading group or its office), signed (签发) under CO-DOC-1/CO-DOC-2 and numbered at signing
(DOC-NUM); and incoming ones (呈批/报备) that member units and county offices send up, which go
through the office and, when a major matter, on to the leader (CO-DOC-3).

An outgoing document is a draft until signed; signing fixes its number for good. A signed
document is never edited or deleted: it can be voided (作废), and its number stays used.

Pure: plain values in, values, ``Decision``s or domain errors out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.domain.errors import FieldError, InvalidInput, StateConflict
from app.domain.messages import _
from app.domain.positions import Capability, PositionLevel
from app.domain.recipients import Recipient, RecipientKind
from app.domain.rulebook import Decision

NUMBER_RULE = "DOC-NUM"
NUMBER_SOURCE = (
    "GB/T 9704-2012《党政机关公文格式》7.2.4 发文字号（发文机关代字、年份、发文顺序号；年份、"
    "发文顺序号用阿拉伯数字标注，年份标全称，用六角括号〔〕括入，发文顺序号不加“第”字，不编虚位）"
)
_OFFICE_RULES = (
    "昌建审改办〔2020〕3号 附件2《昌吉州工程建设项目审批制度改革领导小组办公室工作细则》"
)
ROUTING_RULE = "CO-DOC-3"
ROUTING_SOURCE = (
    f"{_OFFICE_RULES} 第十二条（各成员单位、各县市（园区）报送领导小组及办公室审批、报备的公文，"
    "统一由领导小组办公室呈批，重大事项报领导小组组长审阅）"
)


# --- document numbers (发文字号) --------------------------------------------------------------

MIN_YEAR, MAX_YEAR = 1000, 9999
# Brackets people type for 〔〕 when searching: [] () （） 【】 〔〕 ［］.
_NUMBER = re.compile(
    r"^\s*(?P<code>\S+?)\s*[〔\[(（【［]\s*(?P<year>\d{4})\s*[〕\])）】］]\s*第?\s*(?P<seq>\d+)\s*号?\s*$"
)


def document_number(code: str, year: int, sequence: int) -> str:
    """``鄂州工改办〔2019〕23号``: the issuer's code, the full year in hexagonal brackets, the
    sequence without leading zeros or 第, then 号 (GB/T 9704-2012)."""
    if not code or any(ch.isspace() for ch in code):
        raise ValueError(_("an issuer code is a non-empty word without spaces"))
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(_("a document number's year has four digits"))
    if sequence < 1:
        raise ValueError(_("a document number's sequence starts at 1"))
    return f"{code}〔{year}〕{sequence}号"


@dataclass(frozen=True)
class NumberParts:
    code: str
    year: int
    sequence: int

    @property
    def text(self) -> str:
        return document_number(self.code, self.year, self.sequence)


def parse_document_number(text: str) -> NumberParts | None:
    """A number as people type it (any of the usual brackets, a stray 第 or leading zeros) in
    its one written form; None when it is not a document number."""
    match = _NUMBER.match(text)
    if match is None:
        return None
    sequence = int(match["seq"])
    year = int(match["year"])
    if sequence < 1 or not MIN_YEAR <= year <= MAX_YEAR:
        return None
    return NumberParts(match["code"], year, sequence)


# --- outgoing documents -----------------------------------------------------------------------


class DocumentState(StrEnum):
    draft = "draft"
    signed = "signed"  # signed and issued: numbered, readable by its recipients
    void = "void"  # 作废: the number stays used and shown as void


class DocumentAct(StrEnum):
    edit = "edit"
    delete = "delete"
    sign = "sign"
    void = "void"


ALLOWED_IN: Mapping[DocumentAct, frozenset[DocumentState]] = {
    DocumentAct.edit: frozenset({DocumentState.draft}),
    DocumentAct.delete: frozenset({DocumentState.draft}),
    DocumentAct.sign: frozenset({DocumentState.draft}),
    DocumentAct.void: frozenset({DocumentState.signed}),
}

_WHY_NOT: Mapping[DocumentState, str] = {
    DocumentState.draft: _("it is a draft: it has not been signed or numbered"),
    DocumentState.signed: _(
        "it is signed and numbered: the signed text is the record (void it, "
        "and draft a new one, to correct it)"
    ),
    DocumentState.void: _("it is void: its number stays used and nothing more happens to it"),
}

_PAST: Mapping[DocumentAct, str] = {
    DocumentAct.edit: _("edited"),
    DocumentAct.delete: _("deleted"),
    DocumentAct.sign: _("signed"),
    DocumentAct.void: _("voided"),
}


def check_act(state: DocumentState, act: DocumentAct) -> None:
    """StateConflict when ``act`` may not be done to a document in ``state``."""
    if state not in ALLOWED_IN[act]:
        raise StateConflict(
            _(
                "This document cannot be {past}: {why_not}.",
                past=_PAST[act],
                why_not=_WHY_NOT[state],
            )
        )


def check_recipients(main: Sequence[Recipient], copies: Sequence[Recipient]) -> list[FieldError]:
    """What is wrong with a document's recipients, one error per bad position: each recipient
    once, in one list only (主送 or 抄送, not both)."""
    errors: list[FieldError] = []
    seen: dict[tuple[RecipientKind, object], str] = {}
    for field, listed in (("main_recipients", main), ("copy_recipients", copies)):
        for index, recipient in enumerate(listed):
            key = (recipient.kind, recipient.unit_id or recipient.jurisdiction_id)
            if key in seen:
                where = _("this list") if seen[key] == field else seen[key]
                errors.append(
                    FieldError(("body", field, index), _("already listed in {where}", where=where))
                )
            else:
                seen[key] = field
    return errors


def check_signable(title: str, body: str, main_recipients: int) -> None:
    """A document is signed with its text and at least one main recipient (主送) to act on it."""
    errors: list[FieldError] = []
    if not body.strip():
        errors.append(FieldError(("body", "body"), _("empty: a document is signed with its text")))
    if not title.strip():
        errors.append(FieldError(("body", "title"), _("empty")))
    if main_recipients < 1:
        errors.append(
            FieldError(
                ("body", "main_recipients"), _("none: a document goes to someone to act on it")
            )
        )
    if errors:
        raise InvalidInput(_("This draft is not ready to be signed."), tuple(errors))


# --- incoming documents (呈批 / 报备) ---------------------------------------------------------


class IncomingPurpose(StrEnum):
    approval = "approval"  # 审批: asks for a decision
    filing = "filing"  # 报备: for the record


class IncomingAddressee(StrEnum):
    leading_group = "leading_group"
    office = "office"


class IncomingState(StrEnum):
    with_office = "with_office"  # received by the office (登记)
    with_leader = "with_leader"  # 呈批: submitted by the office to the leadership
    approved = "approved"
    filed = "filed"
    returned = "returned"


class IncomingAct(StrEnum):
    submit = "submit"
    forward = "forward"  # 呈批
    approve = "approve"
    file = "file"
    return_ = "return"


FINAL_STATES = frozenset({IncomingState.approved, IncomingState.filed, IncomingState.returned})

_INCOMING_TARGET: Mapping[IncomingAct, IncomingState] = {
    IncomingAct.submit: IncomingState.with_office,
    IncomingAct.forward: IncomingState.with_leader,
    IncomingAct.approve: IncomingState.approved,
    IncomingAct.file: IncomingState.filed,
    IncomingAct.return_: IncomingState.returned,
}

_INCOMING_PAST: Mapping[IncomingAct, str] = {
    IncomingAct.submit: _("submitted"),
    IncomingAct.forward: _("submitted on (呈批)"),
    IncomingAct.approve: _("approved"),
    IncomingAct.file: _("filed"),
    IncomingAct.return_: _("returned"),
}

_INCOMING_WHY_NOT: Mapping[IncomingState, str] = {
    IncomingState.with_office: _("it is with the office"),
    IncomingState.with_leader: _("the office has already submitted it to the leadership (呈批)"),
    IncomingState.approved: _("it has been approved"),
    IncomingState.filed: _("it has been filed"),
    IncomingState.returned: _("it has been returned to its sender"),
}


def incoming_after(
    state: IncomingState, act: IncomingAct, purpose: IncomingPurpose
) -> IncomingState:
    """Where ``act`` leads from ``state``; StateConflict when it cannot be taken, InvalidInput
    when it does not fit the document's purpose (approving a filing, filing a request)."""
    if act is IncomingAct.approve and purpose is not IncomingPurpose.approval:
        raise InvalidInput(
            _("A document sent for filing (报备) is filed, not approved."),
            (FieldError(("path", "act"), _("use file for a document sent for filing")),),
        )
    if act is IncomingAct.file and purpose is not IncomingPurpose.filing:
        raise InvalidInput(
            _("A document sent for approval (审批) is approved or returned, not filed."),
            (FieldError(("path", "act"), _("use approve or return for a request for approval")),),
        )
    if (
        act is IncomingAct.submit  # submitting creates the document: never an act on one
        or state in FINAL_STATES
        or (act is IncomingAct.forward and state is not IncomingState.with_office)
    ):
        raise StateConflict(
            _(
                "An incoming document that is {state} cannot be {incoming_past}: "
                "{incoming_why_not}.",
                state=state,
                incoming_past=_INCOMING_PAST[act],
                incoming_why_not=_INCOMING_WHY_NOT[state],
            )
        )
    return _INCOMING_TARGET[act]


def _routing(allowed: bool, reason: str) -> Decision:
    return Decision(
        allowed,
        ROUTING_RULE,
        ROUTING_SOURCE,
        _("{reason} ({routing_rule}).", reason=reason, routing_rule=ROUTING_RULE),
    )


def needs_leadership(addressee: IncomingAddressee, is_major: bool) -> bool:
    """The office decides alone only on ordinary documents addressed to it; one addressed to
    the leading group, and every major matter, is submitted on (呈批)."""
    return is_major or addressee is IncomingAddressee.leading_group


def may_handle_incoming(
    act: IncomingAct,
    state: IncomingState,
    addressee: IncomingAddressee,
    is_major: bool,
    *,
    levels: frozenset[PositionLevel],
    capabilities: frozenset[Capability],
) -> Decision:
    """May someone holding posts of ``levels`` with ``capabilities`` (as the rulebook in force
    gives them) in the receiving jurisdiction take ``act`` on an incoming document in
    ``state`` (CO-DOC-3)?

    - With the office: the office registers and submits it on (呈批, any office post); its
      leadership (``office_leadership``: the director or a deputy director by default) decides
      an ordinary document addressed to the office, or returns any document that is incomplete.
    - With the leadership: whoever reviews major matters (the leader) decides a major matter
      (重大事项报组长审阅); whoever decides for the leading group (the leader or a deputy
      leader) decides any other.
    """
    office = PositionLevel.office in levels
    office_leadership = Capability.office_leadership in capabilities
    if act is IncomingAct.forward:
        return _routing(
            office,
            _("The office submits incoming documents on (统一由领导小组办公室呈批)")
            if office
            else _("Incoming documents are submitted on by the leading group's office only"),
        )
    if state is IncomingState.with_office:
        if act is IncomingAct.return_:
            return _routing(
                office_leadership,
                _(
                    "The office's leadership (its director or a deputy director) returns "
                    "an incoming document"
                )
                if office_leadership
                else _(
                    "Only the office's leadership (its director or a deputy director) "
                    "returns an incoming document it holds"
                ),
            )
        if needs_leadership(addressee, is_major):
            what = (
                _("a major matter goes to the leader for review (重大事项报领导小组组长审阅)")
                if is_major
                else _("a document addressed to the leading group is decided by its leadership")
            )
            if office:
                return _routing(
                    False, _("The office cannot decide it itself: {what}; submit it on", what=what)
                )
            return _routing(
                False,
                _(
                    "It is still with the office, which submits it on first "
                    "(统一由领导小组办公室呈批): {what}",
                    what=what,
                ),
            )
        return _routing(
            office_leadership,
            _(
                "The office's leadership (its director or a deputy director) decides a "
                "document addressed to the office"
            )
            if office_leadership
            else _(
                "A document addressed to the office is decided by the office's "
                "leadership (its director or a deputy director)"
            ),
        )
    if is_major:
        reviews = Capability.reviews_major_matters in capabilities
        return _routing(
            reviews,
            _("The leader reviews a major matter")
            if reviews
            else _("A major matter is reviewed by the leader of the leading group only"),
        )
    decides = Capability.decides_for_leading_group in capabilities
    return _routing(
        decides,
        _("The leading group's leadership decides a document submitted to it")
        if decides
        else _(
            "A document submitted to the leadership is decided by the leading "
            "group's leadership (its leader or a deputy leader)"
        ),
    )


def may_send_incoming_for_unit(levels_for_unit: frozenset[PositionLevel]) -> Decision:
    """A member unit sends a document up through the people holding its posts."""
    allowed = PositionLevel.member_unit in levels_for_unit
    return _routing(
        allowed,
        _("A member unit sends documents to the leading group through its posts")
        if allowed
        else _(
            "A member unit's documents are sent by the people holding its posts "
            "(its head, liaison officer or information officer); the caller holds "
            "none for it"
        ),
    )


def may_send_incoming_upward(levels_here: frozenset[PositionLevel]) -> Decision:
    """A county (park) sends documents to the leading group above through its own office."""
    allowed = PositionLevel.office in levels_here
    return _routing(
        allowed,
        _("A county's office sends its documents to the leading group above")
        if allowed
        else _(
            "A county's documents are sent upward by its leading group's office; "
            "the caller holds no office post here"
        ),
    )
