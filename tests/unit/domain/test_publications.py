"""Public disclosure's rules (E-PUB-1 Ezhou §二(六), C-PUB-1 Changji 第十二条): who publishes which
kinds, what a measure may be, and the rulebook's ``disclosure`` section as the parser reads it."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from app.domain.errors import InvalidInput, RuleViolation, StateConflict
from app.domain.positions import Capability
from app.domain.publications import (
    DisclosureRules,
    PublicationKind,
    PublicationState,
    check_document_publishable,
    check_files_addable,
    check_may_publish,
    check_withdrawable,
    refuse_bulletin,
    timeliness_rate,
)
from app.domain.rulebook import parse_rulebook
from app.rulebooks import shipped_document

EZHOU = DisclosureRules(
    kinds=frozenset({PublicationKind.measure, PublicationKind.result}),
    roles=frozenset({"office_staff_publisher"}),
    capabilities=frozenset({Capability.office_leadership}),
    rule="E-PUB-1",
    source="鄂州 二(六)",
)
LEADERSHIP = frozenset({Capability.office_leadership})


@pytest.mark.parametrize(
    ("kind", "roles", "capabilities", "allowed"),
    [
        (PublicationKind.measure, {"office_director"}, LEADERSHIP, True),
        (PublicationKind.result, {"office_deputy_director"}, LEADERSHIP, True),
        # By the post's key alone, without the capability.
        (PublicationKind.result, {"office_staff_publisher"}, frozenset(), True),
        (PublicationKind.result, {"office_staff"}, frozenset(), False),
        (PublicationKind.result, {"liaison_officer"}, frozenset({Capability.heads_unit}), False),
        # A kind the rulebook does not list is refused whoever asks.
        (PublicationKind.progress, {"office_director"}, LEADERSHIP, False),
    ],
)
def test_who_publishes_which_kind_e_pub_1(
    kind: PublicationKind, roles: set[str], capabilities: frozenset[Capability], allowed: bool
) -> None:
    if allowed:
        check_may_publish(EZHOU, kind, roles, capabilities)
        return
    with pytest.raises(RuleViolation) as refused:
        check_may_publish(EZHOU, kind, roles, capabilities)
    assert (refused.value.rule, refused.value.source) == ("E-PUB-1", "鄂州 二(六)")


def test_without_a_disclosure_section_nothing_is_published() -> None:
    with pytest.raises(RuleViolation) as refused:
        check_may_publish(None, PublicationKind.result, {"office_director"}, LEADERSHIP)
    assert "E-PUB-1" in refused.value.rule
    assert "C-PUB-1" in refused.value.rule


@pytest.mark.parametrize(
    ("state", "allowed"), [("signed", True), ("draft", False), ("void", False)]
)
def test_only_an_issued_document_is_a_measure(state: str, allowed: bool) -> None:
    if allowed:
        check_document_publishable(state, EZHOU)
    else:
        with pytest.raises(RuleViolation, match="issued") as refused:
            check_document_publishable(state, EZHOU)
        assert refused.value.rule == "E-PUB-1"


def test_an_internal_bulletin_is_refused_naming_the_rule() -> None:
    refusal = refuse_bulletin(EZHOU)
    assert refusal.rule == "E-PUB-1"
    assert "internal bulletin" in refusal.detail


def test_a_withdrawn_item_is_not_withdrawn_twice() -> None:
    check_withdrawable(PublicationState.published)
    with pytest.raises(StateConflict):
        check_withdrawable(PublicationState.withdrawn)


@pytest.mark.parametrize(
    ("kind", "state", "allowed"),
    [
        (PublicationKind.result, PublicationState.published, True),
        (PublicationKind.result, PublicationState.withdrawn, False),
        (PublicationKind.measure, PublicationState.published, False),
        (PublicationKind.progress, PublicationState.published, False),
    ],
)
def test_files_are_added_to_a_published_result_only(
    kind: PublicationKind, state: PublicationState, allowed: bool
) -> None:
    if allowed:
        check_files_addable(kind, state)
    else:
        with pytest.raises(StateConflict):
            check_files_addable(kind, state)


@pytest.mark.parametrize(
    ("on_time", "late", "missing", "rate"),
    [(0, 0, 0, None), (3, 1, 0, 0.75), (1, 1, 1, 0.3333), (0, 2, 0, 0.0)],
)
def test_timeliness_is_on_time_over_what_was_due(
    on_time: int, late: int, missing: int, rate: float | None
) -> None:
    assert timeliness_rate(on_time, late, missing) == rate


def test_the_shipped_rulebooks_cite_e_pub_1_and_c_pub_1() -> None:
    ezhou = parse_rulebook(shipped_document("ezhou")).disclosure
    changji = parse_rulebook(shipped_document("changji")).disclosure
    assert ezhou is not None
    assert changji is not None
    assert (ezhou.rule, changji.rule) == ("E-PUB-1", "C-PUB-1")
    assert "二(六)" in ezhou.source
    assert "第十二条" in changji.source
    assert set(ezhou.kinds) == set(PublicationKind)
    assert Capability.office_leadership in changji.capabilities


def _with_disclosure(section: Any) -> dict[str, Any]:
    document = copy.deepcopy(shipped_document("ezhou"))
    document["disclosure"] = section
    return document


def _errors(document: dict[str, Any]) -> set[tuple[str | int, ...]]:
    with pytest.raises(InvalidInput) as refused:
        parse_rulebook(document)
    return {e.location for e in refused.value.errors}


@pytest.mark.parametrize(
    ("section", "location"),
    [
        ({"kinds": [], "publishers": {"roles": ["office_director"]}}, ("kinds",)),
        ({"kinds": ["secrets"], "publishers": {"roles": ["office_director"]}}, ("kinds", 0)),
        (
            {"kinds": ["result", "result"], "publishers": {"roles": ["office_director"]}},
            ("kinds", 1),
        ),
        ({"kinds": ["result"], "publishers": {}}, ("publishers",)),
        (
            {"kinds": ["result"], "publishers": {"roles": ["nobody_here"]}},
            ("publishers", "roles", 0),
        ),
        (
            {"kinds": ["result"], "publishers": {"capabilities": ["rules_all"]}},
            ("publishers", "capabilities", 0),
        ),
        (
            {"kinds": ["result"], "publishers": {"roles": ["office_director"]}, "extra": 1},
            ("extra",),
        ),
    ],
)
def test_a_bad_disclosure_section_is_refused_at_its_field(
    section: dict[str, Any], location: tuple[str | int, ...]
) -> None:
    cited = {"rule": "E-PUB-1", "source": "鄂州 二(六)", **section}
    assert ("body", "disclosure", *location) in _errors(_with_disclosure(cited))
