"""Information briefings (CO-RPT-1), pure: the states and what each allows, the issue label, the
recipients fixed on sending, and who is a recipient person by the posts they hold."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.access import Grant
from app.domain.briefings import (
    BriefingAct,
    BriefingState,
    ProgressLine,
    check_act,
    check_sendable,
    compiled_text,
    issue_label,
    recipients_on_sending,
    transition,
)
from app.domain.errors import InvalidInput, StateConflict
from app.domain.organisation import PositionRole
from app.domain.positions import PositionLevel
from app.domain.recipients import (
    Recipient,
    RecipientKind,
    is_recipient_person,
    recipient_keys,
    recipients_of_person,
)

CITY, COUNTY, OTHER = uuid.UUID(int=1), uuid.UUID(int=2), uuid.UUID(int=3)
HOUSING, LAND = uuid.UUID(int=11), uuid.UUID(int=12)

GROUP = Recipient(RecipientKind.leading_group, CITY)
HOUSING_UNIT = Recipient(RecipientKind.member_unit, CITY, HOUSING, copy=True)
COUNTY_OFFICE = Recipient(RecipientKind.county_office, COUNTY, copy=True)
SENT_TO = (
    GROUP,
    HOUSING_UNIT,
    Recipient(RecipientKind.member_unit, CITY, LAND, True),
    COUNTY_OFFICE,
)


@pytest.mark.parametrize(
    ("state", "act", "after"),
    [
        (BriefingState.draft, BriefingAct.edit, BriefingState.draft),
        (BriefingState.draft, BriefingAct.delete, None),
        (BriefingState.draft, BriefingAct.send, BriefingState.sent),
        (BriefingState.sent, BriefingAct.edit, StateConflict),
        (BriefingState.sent, BriefingAct.delete, StateConflict),
        (BriefingState.sent, BriefingAct.send, StateConflict),
    ],
)
def test_only_a_draft_is_edited_deleted_or_sent(
    state: BriefingState, act: BriefingAct, after: BriefingState | type[Exception] | None
) -> None:
    if after is StateConflict:
        with pytest.raises(StateConflict, match="CO-RPT-1"):
            transition(state, act)
        with pytest.raises(StateConflict):
            check_act(state, act)
    else:
        assert transition(state, act) == after


@pytest.mark.parametrize(
    ("body", "items", "sendable"),
    [("综述", 0, True), ("", 1, True), ("  \n", 0, False), ("", 0, False)],
)
def test_an_empty_briefing_is_not_sent(body: str, items: int, sendable: bool) -> None:
    if sendable:
        check_sendable(body, items)
    else:
        with pytest.raises(InvalidInput):
            check_sendable(body, items)


@pytest.mark.parametrize(
    ("year", "number", "label"),
    [(2026, 1, "2026年第1期"), (2026, 3, "2026年第3期"), (2027, 12, "2027年第12期")],
)
def test_issue_label(year: int, number: int, label: str) -> None:
    assert issue_label(year, number) == label


@pytest.mark.parametrize(("year", "number"), [(2026, 0), (0, 1), (2026, -1)])
def test_an_issue_has_a_positive_number(year: int, number: int) -> None:
    with pytest.raises(ValueError, match="positive"):
        issue_label(year, number)


@given(st.integers(1, 9999), st.integers(1, 100_000))
def test_issue_labels_have_no_leading_zeros_and_differ_by_number(year: int, number: int) -> None:
    label = issue_label(year, number)
    assert label == f"{year}年第{number}期"
    assert label != issue_label(year, number + 1)


def test_sending_goes_to_the_leading_group_copied_to_units_and_county_offices() -> None:
    assert recipients_on_sending(CITY, [HOUSING, LAND], [COUNTY]) == SENT_TO
    assert recipients_on_sending(COUNTY, [], []) == (
        Recipient(RecipientKind.leading_group, COUNTY),
    )


def g(jurisdiction: uuid.UUID, role: PositionRole, unit: uuid.UUID | None = None) -> Grant:
    return Grant.default(jurisdiction, role, unit)


@pytest.mark.parametrize(
    ("grants", "received_as"),
    [
        ([g(CITY, PositionRole.leader)], (GROUP,)),
        ([g(CITY, PositionRole.deputy_leader)], (GROUP,)),
        ([g(CITY, PositionRole.member)], (GROUP,)),
        ([g(CITY, PositionRole.unit_head, HOUSING)], (HOUSING_UNIT,)),
        ([g(CITY, PositionRole.liaison_officer, HOUSING)], (HOUSING_UNIT,)),
        ([g(CITY, PositionRole.information_officer, HOUSING)], (HOUSING_UNIT,)),
        ([g(COUNTY, PositionRole.office_director)], (COUNTY_OFFICE,)),
        ([g(COUNTY, PositionRole.office_deputy_director)], (COUNTY_OFFICE,)),
        ([g(COUNTY, PositionRole.office_staff)], (COUNTY_OFFICE,)),
        # The sending office is no recipient; nor is a county's leading group, nor another
        # city's leader, nor someone with no post.
        ([g(CITY, PositionRole.office_director)], ()),
        ([g(COUNTY, PositionRole.leader)], ()),
        ([g(OTHER, PositionRole.leader)], ()),
        ([g(OTHER, PositionRole.office_staff)], ()),
        ([], ()),
        # Several posts: one reads it as each recipient.
        (
            [g(CITY, PositionRole.leader), g(CITY, PositionRole.unit_head, HOUSING)],
            (GROUP, HOUSING_UNIT),
        ),
    ],
)
def test_who_is_a_recipient_person(grants: list[Grant], received_as: tuple[Recipient, ...]) -> None:
    assert recipients_of_person(SENT_TO, grants) == received_as
    for recipient in SENT_TO:
        assert is_recipient_person(recipient, grants) == (recipient in received_as)


@pytest.mark.parametrize(
    ("grant", "received_as"),
    [
        (Grant(CITY, "executive_deputy_leader", None, PositionLevel.leading_group), (GROUP,)),
        (Grant(CITY, "statistician", HOUSING, PositionLevel.member_unit), (HOUSING_UNIT,)),
        (Grant(COUNTY, "office_secretary", None, PositionLevel.office), (COUNTY_OFFICE,)),
        # Undefined by the rulebook in force: still a reader by the post's level.
        (
            Grant(CITY, "member", None, PositionLevel.leading_group, defined=False),
            (GROUP,),
        ),
    ],
)
def test_a_recipient_person_is_one_by_the_posts_level_whatever_its_key(
    grant: Grant, received_as: tuple[Recipient, ...]
) -> None:
    assert recipients_of_person(SENT_TO, [grant]) == received_as


def test_recipient_keys_are_what_a_query_filters_on() -> None:
    keys = recipient_keys(
        [
            g(CITY, PositionRole.deputy_leader),
            g(CITY, PositionRole.liaison_officer, HOUSING),
            g(COUNTY, PositionRole.office_staff),
        ]
    )
    assert (keys.leading_groups, keys.units, keys.county_offices) == (
        frozenset({CITY}),
        frozenset({HOUSING}),
        frozenset({COUNTY}),
    )
    assert recipient_keys([]).empty


@pytest.mark.parametrize(
    ("kwargs", "text"),
    [
        (
            {
                "experience": "拿地即开工",
                "problems": "",
                "suggestions": "统一标准",
                "progress": [
                    ProgressLine("并联审批", 80, "已上线"),
                    ProgressLine("告知承诺", None, ""),
                ],
            },
            "【工作进展】\n并联审批（80%）：已上线\n告知承诺\n\n【经验做法】\n拿地即开工"
            "\n\n【意见建议】\n统一标准",
        ),
        (
            {"experience": " ", "problems": "慢", "suggestions": "", "progress": []},
            "【存在问题】\n慢",
        ),
        ({"experience": "", "problems": "", "suggestions": "", "progress": []}, ""),
    ],
)
def test_an_items_first_draft_is_the_submissions_information_under_headings(
    kwargs: dict[str, object], text: str
) -> None:
    assert compiled_text(**kwargs) == text  # type: ignore[arg-type]
