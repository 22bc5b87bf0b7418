"""Positions held, judged by the rulebook (issue 18): the versions in force from a day on, what
an assignment must fit (the version of its first day defines the key; a later one never changes
its level), and the check of the holders (undefined, level_mismatch, over_limit)."""

from __future__ import annotations

import copy
import uuid
from datetime import date
from typing import Any

import pytest

from app.domain.errors import InvalidInput
from app.domain.holdings import (
    Duties,
    HeldPosition,
    HoldingProblemKind,
    VersionSpan,
    check_holdings,
    check_tenure,
    duties_of,
    governance_keys,
    spans_from,
    terms_on,
)
from app.domain.organisation import Tenure
from app.domain.positions import PositionLevel
from app.domain.rulebook import PublishedVersion, Rulebook, parse_rulebook
from app.rulebooks import shipped_document
from tests.position_books import as_v2, v2_book, without_position

CITY, COUNTY = uuid.uuid4(), uuid.uuid4()
LG, OFFICE, UNIT = PositionLevel.leading_group, PositionLevel.office, PositionLevel.member_unit


def d(text: str) -> date:
    return date.fromisoformat(text)


def t(start: str, end: str | None = None) -> Tenure:
    return Tenure(d(start), d(end) if end else None)


def version(document: dict[str, Any], owner: uuid.UUID = CITY) -> PublishedVersion:
    return PublishedVersion(uuid.uuid4(), owner, d(document["effective_from"]), document)


def changed(document: dict[str, Any], effective_from: str, **positions: Any) -> dict[str, Any]:
    """A later version: ``positions`` entries merged into the definitions (None drops one)."""
    later = copy.deepcopy(document)
    later["effective_from"] = effective_from
    for key, change in positions.items():
        if change is None:
            later = without_position(later, key)
        else:
            later["positions"][key] = {**later["positions"].get(key, {}), **change}
    return later


V1 = v2_book("changji", "2020-12-31")
FIRST = version(V1)


def held(
    key: str,
    tenure: Tenure,
    level: PositionLevel = OFFICE,
    *,
    unit: uuid.UUID | None = None,
    person: uuid.UUID | None = None,
) -> HeldPosition:
    return HeldPosition(uuid.uuid4(), person or uuid.uuid4(), key, level, unit, tenure)


# --- the versions in force from a day on ----------------------------------------------------


def test_the_version_in_force_then_each_that_takes_over_with_its_days() -> None:
    second = version(changed(V1, "2027-01-01"))
    spans = spans_from([second, FIRST], [CITY], d("2026-12-01"))
    assert [(s.version, s.days) for s in spans] == [
        (FIRST, t("2026-12-01", "2026-12-31")),
        (second, t("2027-01-01")),
    ]
    # Asked from the later one's day on, the earlier one is over.
    assert [s.version for s in spans_from([FIRST, second], [CITY], d("2027-03-01"))] == [second]


def test_days_before_any_version_are_left_out() -> None:
    spans = spans_from([FIRST], [CITY], d("2019-01-01"))
    assert [(s.version, s.days) for s in spans] == [(FIRST, t("2020-12-31"))]
    assert spans_from([], [CITY], d("2019-01-01")) == []


def test_a_county_follows_its_parents_versions_until_its_own_takes_over_c_org_3() -> None:
    own = version(changed(V1, "2024-01-01"), COUNTY)
    parents_later = version(changed(V1, "2026-01-01"))
    spans = spans_from([FIRST, own, parents_later], [COUNTY, CITY], d("2023-06-01"))
    assert [(s.version, s.days) for s in spans] == [
        (FIRST, t("2023-06-01", "2023-12-31")),
        (own, t("2024-01-01")),
    ]


# --- what an assignment must fit ------------------------------------------------------------


def test_governance_keys_are_every_key_a_signing_or_meeting_rule_names() -> None:
    # Changji: the leader signs for the leading group, the deputy when entrusted; the office's
    # director and, entrusted, its deputy; the same four convene and chair its meetings.
    assert governance_keys(FIRST.rulebook) == {
        "leader",
        "deputy_leader",
        "office_director",
        "office_deputy_director",
    }
    assert governance_keys(None) == frozenset()


def test_a_key_that_only_convenes_is_a_governance_key() -> None:
    document = as_v2(shipped_document("changji"))
    document["meeting_kinds"]["special_meeting"]["convene"]["allowed"].append({"role": "member"})
    assert "member" in governance_keys(parse_rulebook(document))


def _empowering(key: str, **definition: object) -> Rulebook:
    document = as_v2(shipped_document("changji"))
    document["positions"][key] = {"title_zh": "副秘书长", "level": "office", **definition}
    return parse_rulebook(document)


def test_duties_are_judged_by_every_version_one_way() -> None:
    plain = _empowering("secretary")
    empowered = _empowering("secretary", capabilities=["manages_accounts"])
    # No version gives the post powers: the office assigns it, and resets its holder.
    assert duties_of("secretary", [plain]) == Duties(False, False)
    # One version does, whichever comes first: sensitive under all of them.
    assert duties_of("secretary", [plain, empowered]) == Duties(True, True)
    assert duties_of("secretary", [empowered, plain]) == Duties(True, True)
    # A version stripping a default post of its powers does not make it ordinary: the default
    # catalogue still counts.
    stripped = as_v2(shipped_document("changji"))
    stripped["positions"]["office_deputy_director"]["capabilities"] = []
    stripped["issuers"]["office"]["sign"]["allowed"] = [{"role": "office_director"}]
    for kind in stripped["meeting_kinds"].values():
        for act in ("convene", "chair"):
            kind[act]["allowed"] = [
                a for a in kind[act]["allowed"] if "office_deputy_director" not in a.values()
            ] or [{"role": "office_director"}]
    book = parse_rulebook(stripped)
    assert "office_deputy_director" not in governance_keys(book)
    assert duties_of("office_deputy_director", [book]) == Duties(True, True)
    # Office staff stay ordinary; the leading group's member is reset by an administrator only.
    assert duties_of("office_staff", [book]) == Duties(False, False)
    assert duties_of("member", []) == Duties(False, True)
    # A key no version defines errs towards the stricter answer.
    assert duties_of("nobody_defines_it", [book]) == Duties(True, True)


def test_a_tenure_is_held_under_the_definition_of_its_first_days_version() -> None:
    tenure = t("2021-01-01")
    spans = spans_from([FIRST], [CITY], tenure.valid_from)
    terms = terms_on("leader", tenure.valid_from, spans)
    assert terms.version is FIRST
    definition = check_tenure(terms, tenure, spans)
    assert (definition.level, definition.max_holders, definition.rule) == (LG, 1, "C-ORG-1")


def test_before_any_version_the_default_catalogue_defines_the_keys() -> None:
    tenure = t("2019-01-01", "2019-12-31")
    spans = spans_from([FIRST], [CITY], tenure.valid_from)
    terms = terms_on("liaison_officer", tenure.valid_from, spans)
    assert terms.version is None
    # The default catalogue sets no limit.
    assert check_tenure(terms, tenure, spans).max_holders_per_unit is None
    with pytest.raises(InvalidInput) as refused:
        check_tenure(terms_on("secretary", tenure.valid_from, spans), tenure, spans)
    (error,) = refused.value.errors
    assert error.location == ("body", "role")
    assert "default catalogue" in error.message


def test_a_key_the_first_days_version_does_not_define_is_refused_naming_its_date() -> None:
    second = version(changed(V1, "2027-01-01", member=None))
    tenure = t("2027-02-01")
    spans = spans_from([FIRST, second], [CITY], tenure.valid_from)
    with pytest.raises(InvalidInput) as refused:
        check_tenure(terms_on("member", tenure.valid_from, spans), tenure, spans)
    (error,) = refused.value.errors
    assert error.location == ("body", "role")
    assert "2027-01-01" in error.message
    # Before it, the first version still defines it, even for a tenure reaching the second.
    earlier = t("2026-01-01")
    spans = spans_from([FIRST, second], [CITY], earlier.valid_from)
    assert check_tenure(terms_on("member", earlier.valid_from, spans), earlier, spans).level is LG


def test_a_later_version_defining_the_key_at_another_level_ends_the_tenure_before_it() -> None:
    office_member = {"level": "office", "counts_as_member": False}
    second = version(changed(V1, "2027-01-01", member=office_member))
    for tenure, refused in ((t("2026-01-01"), True), (t("2026-01-01", "2026-12-31"), False)):
        spans = spans_from([FIRST, second], [CITY], tenure.valid_from)
        terms = terms_on("member", tenure.valid_from, spans)
        if not refused:
            assert check_tenure(terms, tenure, spans).level is LG
            continue
        with pytest.raises(InvalidInput) as error:
            check_tenure(terms, tenure, spans, tenure_path=("body", "valid_to"))
        assert error.value.errors[0].location == ("body", "valid_to")
        assert "2027-01-01" in error.value.errors[0].message


def test_a_post_held_keeps_its_level() -> None:
    tenure = t("2021-01-01")
    spans = spans_from([FIRST], [CITY], tenure.valid_from)
    terms = terms_on("office_staff", tenure.valid_from, spans)
    with pytest.raises(InvalidInput) as refused:
        check_tenure(terms, tenure, spans, held_level=LG, key_path=("body", "valid_from"))
    assert refused.value.errors[0].location == ("body", "valid_from")
    assert check_tenure(terms, tenure, spans, held_level=OFFICE).level is OFFICE


# --- the check of the holders ------------------------------------------------------------


def _check(positions: list[HeldPosition], *versions: PublishedVersion, on: str) -> list[Any]:
    return check_holdings(positions, spans_from(versions, [CITY], d(on)))


def test_a_position_a_later_version_drops_is_reported_from_that_version_on() -> None:
    second = version(changed(V1, "2027-01-01", member=None))
    member = held("member", t("2021-01-01"), LG)
    ended = held("member", t("2021-01-01", "2026-12-31"), LG)
    (problem,) = _check([member, ended], FIRST, second, on="2026-12-01")
    assert problem.kind is HoldingProblemKind.undefined
    assert (problem.key, problem.version, problem.first_day) == ("member", second, d("2027-01-01"))
    assert problem.position_ids == (member.id,)
    assert problem.held_level is LG
    assert problem.definition is None


def test_a_key_defined_at_another_level_is_a_level_mismatch() -> None:
    second = version(
        changed(V1, "2027-01-01", member={"level": "office", "counts_as_member": False})
    )
    member = held("member", t("2025-01-01"), LG)
    (problem,) = _check([member], FIRST, second, on="2026-12-01")
    assert problem.kind is HoldingProblemKind.level_mismatch
    assert (problem.held_level, problem.definition.level) == (LG, OFFICE)
    assert problem.first_day == d("2027-01-01")


def test_a_lowered_limit_reports_the_peak_and_its_first_day_with_the_rule() -> None:
    lowered = {"max_holders": 1, "rule": "X-ORG-9", "source": "第九条"}
    second = version(changed(V1, "2027-01-01", office_staff=lowered))
    staff = [held("office_staff", t("2021-01-01")), held("office_staff", t("2027-03-01"))]
    (problem,) = _check(staff, FIRST, second, on="2026-12-01")
    assert problem.kind is HoldingProblemKind.over_limit
    assert (problem.peak, problem.limit, problem.first_day) == (2, 1, d("2027-03-01"))
    assert (problem.definition.rule, problem.definition.source) == ("X-ORG-9", "第九条")
    assert set(problem.position_ids) == {p.id for p in staff}
    assert problem.unit_id is None


def test_a_limit_per_unit_counts_each_unit_apart() -> None:
    housing, planning = uuid.uuid4(), uuid.uuid4()
    liaisons = [
        held("liaison_officer", t("2021-01-01"), UNIT, unit=housing),
        held("liaison_officer", t("2022-01-01"), UNIT, unit=housing),
        held("liaison_officer", t("2021-01-01"), UNIT, unit=planning),
    ]
    # Changji: one liaison officer per member unit (CO-ORG-1), already so in the first version.
    (problem,) = _check(liaisons, FIRST, on="2026-12-01")
    assert (problem.kind, problem.unit_id, problem.peak) == (
        HoldingProblemKind.over_limit,
        housing,
        2,
    )
    assert problem.first_day == d("2026-12-01")
    assert problem.definition.rule == "CO-ORG-1"


def test_one_person_holding_a_post_twice_is_one_holder() -> None:
    person = uuid.uuid4()
    twice = [
        held("leader", t("2021-01-01"), LG, person=person),
        held("leader", t("2022-01-01", "2022-12-31"), LG, person=person),
    ]
    assert _check(twice, FIRST, on="2020-12-31") == []
    other = held("leader", t("2022-06-01", "2022-06-30"), LG)
    (problem,) = _check([*twice, other], FIRST, on="2020-12-31")
    assert (problem.peak, problem.first_day) == (2, d("2022-06-01"))
    assert problem.user_ids == (person, other.user_id)


def test_a_tenure_ending_before_a_version_is_not_judged_by_it() -> None:
    second = version(changed(V1, "2027-01-01", member=None, office_staff={"max_holders": 1}))
    before = [
        held("member", t("2021-01-01", "2026-12-31"), LG),
        held("office_staff", t("2021-01-01", "2026-12-31")),
        held("office_staff", t("2021-01-01")),
    ]
    assert _check(before, FIRST, second, on="2026-12-01") == []


def test_the_shipped_books_positions_held_as_defined_are_sound() -> None:
    positions = [
        held("leader", t("2021-01-01"), LG),
        held("deputy_leader", t("2021-01-01"), LG),
        held("deputy_leader", t("2021-01-01"), LG),
        held("office_director", t("2021-01-01")),
        held("liaison_officer", t("2021-01-01"), UNIT, unit=uuid.uuid4()),
    ]
    for name in ("changji", "ezhou"):
        assert _check(positions, version(v2_book(name, "2020-01-01")), on="2026-12-01") == []


def test_spans_are_what_the_check_takes() -> None:
    # A span may be built by hand: the check reads only its version and its days.
    span = VersionSpan(FIRST, t("2021-01-01", "2021-01-31"))
    two_leaders = [held("leader", t("2021-02-01"), LG), held("leader", t("2021-02-01"), LG)]
    assert check_holdings(two_leaders, [span]) == []
