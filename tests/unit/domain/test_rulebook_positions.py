"""Positions as rulebook data (schema version 2): a rulebook defines its own positions, every
role it names elsewhere must be one of them, and each must have what the field naming it needs.
Stored version-1 documents keep reading as the nine default positions with their limits."""

from __future__ import annotations

import copy
import json
import uuid
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from app.domain.errors import InvalidInput
from app.domain.positions import DEFAULT_POSITIONS, Capability, PositionDefinition, PositionLevel
from app.domain.rulebook import Act, Holding, Inconsistency, decide, parse_rulebook
from app.rulebooks import SHIPPED, shipped_document
from app.settings import PROJECT_ROOT

SCHEMA = json.loads((PROJECT_ROOT / "openapi" / "rulebook.schema.json").read_text("utf-8"))

C = Capability


def allowed(*roles: str, entrusted_by: str | None = None) -> dict[str, Any]:
    entries: list[dict[str, Any]] = [{"role": r} for r in roles]
    if entrusted_by is not None:
        entries[-1]["entrusted_by"] = entrusted_by
    return {"rule": "X-1", "source": "§1", "allowed": entries}


def sample() -> dict[str, Any]:
    """A rulebook naming none of the default positions (a jurisdiction with an executive deputy
    leader, 常务副组长, and a unit contact, 联系人)."""
    return {
        "schema_version": 2,
        "effective_from": "2027-01-01",
        "title": "样例规则",
        "documents": {},
        "positions": {
            "chief": {
                "title_zh": "组长",
                "level": "leading_group",
                "max_holders": 1,
                "counts_as_member": True,
                "capabilities": ["reads_all", "reviews_major_matters"],
                "rule": "X-ORG-1",
                "source": "第一条",
            },
            "executive_deputy_leader": {
                "title_zh": "常务副组长",
                "level": "leading_group",
                "max_holders": 1,
                "counts_as_member": True,
                "capabilities": ["reads_all", "decides_for_leading_group"],
            },
            "secretary_general": {
                "title_zh": "秘书长",
                "level": "office",
                "capabilities": ["manages_accounts", "office_leadership", "directs_office"],
            },
            "clerk": {"title_zh": "干事", "level": "office"},
            "unit_chief": {
                "title_zh": "主要负责人",
                "level": "member_unit",
                "capabilities": ["heads_unit"],
            },
            "contact": {
                "title_zh": "联系人",
                "level": "member_unit",
                "max_holders": 40,
                "max_holders_per_unit": 2,
            },
        },
        "meeting_kinds": {
            "plenary": {
                "name": "全体会议",
                "convene": allowed("chief", "executive_deputy_leader", entrusted_by="chief"),
                "chair": allowed("chief", "executive_deputy_leader", entrusted_by="chief"),
                "extra_consent": None,
                "attendance": ["all_members", "unit_principal_heads"],
                "cadence": {"every": "as_needed"},
                "minutes_required": False,
            }
        },
        "issuers": {
            "office": {
                "name": "办公室",
                "code": "样改办",
                "sign": allowed("secretary_general", "clerk", entrusted_by="secretary_general"),
            }
        },
        "report_kinds": {
            "monthly": {
                "name": "月报",
                "submitter": "member_units",
                "submitted_by": "contact",
                "period": "month",
                "due": {"day_of_month": 20},
                "on_non_working_day": "keep",
                "parts": [{"key": "report", "name": "报告", "formats": ["electronic"]}],
                "rule": "X-RPT-1",
                "source": "第五条",
            }
        },
        "composition": {
            "holders": {"contact": {"min": 1, "max": 2, "rule": "X-ORG-2", "source": "第二条"}},
            "held_with": {
                "secretary_general": {
                    "role": "unit_chief",
                    "unit": "housing",
                    "rule": "X-ORG-3",
                    "source": "第三条",
                }
            },
        },
    }


def refusals(document: dict[str, Any]) -> dict[tuple[str | int, ...], str]:
    """Each refused field's path (without "body") and its message."""
    with pytest.raises(InvalidInput) as raised:
        parse_rulebook(document)
    return {error.location[1:]: error.message for error in raised.value.errors}


def inconsistencies(document: dict[str, Any]) -> set[tuple[str | int, ...]]:
    with pytest.raises(InvalidInput) as raised:
        parse_rulebook(document)
    return {e.location[1:] for e in raised.value.errors if isinstance(e, Inconsistency)}


# --- definitions -------------------------------------------------------------------------


def test_a_rulebook_defines_its_own_positions() -> None:
    book = parse_rulebook(sample())
    assert list(book.positions) == [
        "chief",
        "executive_deputy_leader",
        "secretary_general",
        "clerk",
        "unit_chief",
        "contact",
    ]
    assert book.positions["executive_deputy_leader"] == PositionDefinition(
        key="executive_deputy_leader",
        title_zh="常务副组长",
        level=PositionLevel.leading_group,
        max_holders=1,
        counts_as_member=True,
        capabilities=frozenset({C.reads_all, C.decides_for_leading_group}),
    )
    assert book.positions["chief"].rule == "X-ORG-1"
    assert book.positions["chief"].source == "第一条"
    contact = book.positions["contact"]
    assert (contact.max_holders, contact.max_holders_per_unit) == (40, 2)
    assert contact.is_unit_position
    clerk = book.positions["clerk"]
    assert (clerk.max_holders, clerk.capabilities, clerk.counts_as_member) == (
        None,
        frozenset(),
        False,
    )
    assert book.composition.holders["contact"].per_unit
    assert book.report_kinds["monthly"].submitted_by == "contact"


def test_the_sample_is_valid_by_the_schema_too() -> None:
    assert list(Draft202012Validator(SCHEMA).iter_errors(sample())) == []


def test_acts_are_judged_by_the_rulebooks_own_positions() -> None:
    book = parse_rulebook(sample())
    chief, deputy = uuid.uuid4(), uuid.uuid4()
    holdings = (Holding(chief, "chief"), Holding(deputy, "executive_deputy_leader"))
    day = date(2027, 3, 1)
    assert decide(book, Act.chair, "plenary", chief, day, holdings, ()).allowed
    refused = decide(book, Act.chair, "plenary", deputy, day, holdings, ())
    assert not refused.allowed
    assert "entrusted by the chief" in refused.reason


# (why, the field set, its value, the path refused, words of the message)
BAD_DEFINITIONS = [
    ("unknown level", ("chief", "level"), "county", ("chief", "level"), "must be one of"),
    ("empty title", ("chief", "title_zh"), " ", ("chief", "title_zh"), "non-empty"),
    (
        "unknown capability",
        ("chief", "capabilities"),
        ["reads_everything"],
        ("chief", "capabilities", 0),
        "must be one of",
    ),
    (
        "an office capability on a leading-group post",
        ("chief", "capabilities"),
        ["reads_all", "manages_accounts"],
        ("chief", "capabilities", 1),
        "manages_accounts belongs to a office position",
    ),
    (
        "a leading-group capability on a unit post",
        ("contact", "capabilities"),
        ["reads_all"],
        ("contact", "capabilities", 0),
        "belongs to a leading_group position",
    ),
    (
        "heads_unit on an office post",
        ("clerk", "capabilities"),
        ["heads_unit"],
        ("clerk", "capabilities", 0),
        "belongs to a member_unit position",
    ),
    (
        "a capability listed twice",
        ("chief", "capabilities"),
        ["reads_all", "reviews_major_matters", "reads_all"],
        ("chief", "capabilities", 2),
        "listed twice",
    ),
    (
        "capabilities not a list",
        ("chief", "capabilities"),
        "reads_all",
        ("chief", "capabilities"),
        "must be a list",
    ),
    (
        "an office post counting as a member",
        ("clerk", "counts_as_member"),
        True,
        ("clerk", "counts_as_member"),
        "only a leading_group position",
    ),
    (
        "a unit post counting as a member",
        ("contact", "counts_as_member"),
        True,
        ("contact", "counts_as_member"),
        "only a leading_group position",
    ),
    (
        "counts_as_member not a boolean",
        ("chief", "counts_as_member"),
        1,
        ("chief", "counts_as_member"),
        "true or false",
    ),
    (
        "a per-unit limit on a leading-group post",
        ("chief", "max_holders_per_unit"),
        1,
        ("chief", "max_holders_per_unit"),
        "only a member_unit position",
    ),
    (
        "a per-unit limit on an office post, even null",
        ("clerk", "max_holders_per_unit"),
        None,
        ("clerk", "max_holders_per_unit"),
        "only a member_unit position",
    ),
    (
        "a per-unit limit of none",
        ("contact", "max_holders_per_unit"),
        0,
        ("contact", "max_holders_per_unit"),
        "positive integer",
    ),
    (
        "a limit as a boolean",
        ("chief", "max_holders"),
        True,
        ("chief", "max_holders"),
        "positive integer",
    ),
    ("an unknown field", ("chief", "limit"), 1, ("chief", "limit"), "not a known field"),
]


@pytest.mark.parametrize(
    ("why", "field", "value", "path", "words"), BAD_DEFINITIONS, ids=[c[0] for c in BAD_DEFINITIONS]
)
def test_a_bad_definition_is_refused_at_its_field(
    why: str,
    field: tuple[str, str],
    value: Any,
    path: tuple[str | int, ...],
    words: str,
) -> None:
    document = sample()
    document["positions"][field[0]][field[1]] = value
    found = refusals(document)
    # Only the definition's own field: references to the position are not repeated.
    assert set(found) == {("positions", *path)}, why
    assert words in found[("positions", *path)]


@pytest.mark.parametrize("required", ["title_zh", "level"])
def test_a_definition_needs_its_title_and_level(required: str) -> None:
    document = sample()
    del document["positions"]["chief"][required]
    assert set(refusals(document)) == {("positions", "chief", required)}


def test_a_position_key_has_the_key_form() -> None:
    document = sample()
    document["positions"]["Vice-Chief"] = {"title_zh": "副组长", "level": "leading_group"}
    assert set(refusals(document)) == {("positions", "Vice-Chief")}


def test_office_is_not_a_position_key() -> None:
    # A report the office submits is recorded as submitted as 'office': no post may be it.
    document = sample()
    document["positions"]["office"] = {"title_zh": "办公室", "level": "office"}
    assert set(refusals(document)) == {("positions", "office")}
    assert not Draft202012Validator(SCHEMA).is_valid(document)


def test_a_rule_needs_its_source() -> None:
    document = sample()
    del document["positions"]["chief"]["source"]
    assert set(refusals(document)) == {("positions", "chief", "source")}


# --- references --------------------------------------------------------------------------

PLENARY = ("meeting_kinds", "plenary")


def _at(document: dict[str, Any], path: tuple[str | int, ...]) -> Any:
    target: Any = document
    for part in path:
        target = target[part]
    return target


# (why, the field naming a position, the path refused)
UNDEFINED = [
    ("convene", (*PLENARY, "convene", "allowed", 0, "role")),
    ("chair", (*PLENARY, "chair", "allowed", 1, "role")),
    ("entrusted_by", (*PLENARY, "chair", "allowed", 1, "entrusted_by")),
    ("sign", ("issuers", "office", "sign", "allowed", 0, "role")),
    ("sign entrusted_by", ("issuers", "office", "sign", "allowed", 1, "entrusted_by")),
    ("submitted_by", ("report_kinds", "monthly", "submitted_by")),
    ("held_with", ("composition", "held_with", "secretary_general", "role")),
]


@pytest.mark.parametrize(("why", "path"), UNDEFINED, ids=[c[0] for c in UNDEFINED])
def test_a_role_must_be_a_position_of_the_rulebook(why: str, path: tuple[str | int, ...]) -> None:
    document = sample()
    _at(document, path[:-1])[path[-1]] = "leader"  # a default position, not defined here
    found = refusals(document)
    assert found == {path: "'leader' is not a position of this rulebook"}, why
    assert inconsistencies(document) == {path}


@pytest.mark.parametrize("part", ["holders", "held_with"])
def test_a_composition_rule_must_be_for_a_position_of_the_rulebook(part: str) -> None:
    document = sample()
    rules = document["composition"][part]
    rules["leader"] = next(iter(rules.values()))
    path = ("composition", part, "leader")
    assert refusals(document) == {path: "'leader' is not a position of this rulebook"}
    assert inconsistencies(document) == {path}


def test_a_role_that_is_no_key_is_a_malformed_field_not_an_undefined_one() -> None:
    document = sample()
    document["meeting_kinds"]["plenary"]["chair"]["allowed"][0]["role"] = 7
    path = (*PLENARY, "chair", "allowed", 0, "role")
    assert refusals(document) == {path: "must be a position's key"}
    assert inconsistencies(document) == set()


def test_references_to_a_position_whose_definition_is_bad_are_not_repeated() -> None:
    document = sample()
    document["positions"]["chief"]["level"] = "county"
    assert set(refusals(document)) == {("positions", "chief", "level")}


def test_removing_a_position_names_every_reference_to_it() -> None:
    document = sample()
    del document["positions"]["contact"]
    assert inconsistencies(document) == {
        ("report_kinds", "monthly", "submitted_by"),
        ("composition", "holders", "contact"),
    }


def test_a_unit_report_is_submitted_by_a_member_unit_position() -> None:
    document = sample()
    document["report_kinds"]["monthly"]["submitted_by"] = "clerk"
    path = ("report_kinds", "monthly", "submitted_by")
    found = refusals(document)
    assert set(found) == {path}
    assert "'clerk' is not a member_unit position" in found[path]
    assert inconsistencies(document) == {path}
    # The office's own report: any position of the rulebook.
    document["report_kinds"]["monthly"]["submitter"] = "office"
    assert parse_rulebook(document).report_kinds["monthly"].submitted_by == "clerk"


def test_held_with_names_a_member_unit_position() -> None:
    document = sample()
    document["composition"]["held_with"]["secretary_general"]["role"] = "clerk"
    path = ("composition", "held_with", "secretary_general", "role")
    assert refusals(document) == {path: "must be a position held in a member unit"}
    assert inconsistencies(document) == {path}


def test_all_members_needs_a_position_counting_as_a_member() -> None:
    document = sample()
    for key in ("chief", "executive_deputy_leader"):
        document["positions"][key]["counts_as_member"] = False
    path = (*PLENARY, "attendance", 0)
    found = refusals(document)
    assert set(found) == {path}
    assert "counts_as_member" in found[path]
    assert inconsistencies(document) == {path}
    document["positions"]["chief"]["counts_as_member"] = True
    parse_rulebook(document)


@pytest.mark.parametrize(
    "attendance", ["unit_principal_heads", "unit_responsible_persons", "units_concerned"]
)
def test_inviting_units_needs_a_position_heading_one(attendance: str) -> None:
    document = sample()
    document["meeting_kinds"]["plenary"]["attendance"] = ["all_members", attendance]
    parse_rulebook(document)
    document["positions"]["unit_chief"]["capabilities"] = []
    path = (*PLENARY, "attendance", 1)
    found = refusals(document)
    assert set(found) == {path}
    assert f"{attendance} invites each member unit's head" in found[path]
    assert "heads_unit" in found[path]


def test_a_holders_minimum_above_its_maximum_is_refused() -> None:
    document = sample()
    document["composition"]["holders"]["contact"]["min"] = 3
    path = ("composition", "holders", "contact", "min")
    assert refusals(document) == {path: "must not exceed max (2)"}
    assert inconsistencies(document) == {path}


# --- version 1 and the shipped rulebooks -------------------------------------------------


def version_1() -> dict[str, Any]:
    """Changji's rulebook as published before positions were data."""
    document = copy.deepcopy(shipped_document("changji"))
    document["schema_version"] = 1
    document["positions"] = {
        "leader": {"max_holders": 1, "rule": "C-ORG-1", "source": "第二条"},
        "member": {"max_holders": None},
        "liaison_officer": {"max_holders": 1, "rule": "CO-ORG-1", "source": "第二条"},
    }
    return document


def test_a_stored_version_1_document_reads_as_the_nine_defaults_with_its_limits() -> None:
    book = parse_rulebook(version_1())
    assert list(book.positions) == list(DEFAULT_POSITIONS)
    leader = book.positions["leader"]
    assert leader == replace(
        DEFAULT_POSITIONS["leader"], max_holders=1, rule="C-ORG-1", source="第二条"
    )
    # A unit position's limit was always per member unit.
    liaison = book.positions["liaison_officer"]
    assert (liaison.max_holders, liaison.max_holders_per_unit) == (None, 1)
    assert liaison.rule == "CO-ORG-1"
    # Positions it did not list are the defaults, without limits.
    assert book.positions["office_staff"] == DEFAULT_POSITIONS["office_staff"]
    assert book.composition.holders["liaison_officer"].per_unit
    assert not book.composition.holders["leader"].per_unit


def test_a_version_1_document_names_only_the_nine() -> None:
    document = version_1()
    document["positions"]["emperor"] = {"max_holders": 1}
    document["meeting_kinds"]["plenary_meeting"]["chair"]["allowed"][0]["role"] = "chief"
    found = refusals(document)
    assert set(found) == {
        ("positions", "emperor"),
        ("meeting_kinds", "plenary_meeting", "chair", "allowed", 0, "role"),
    }
    assert "not a position of schema version 1" in found[("positions", "emperor")]


def test_a_version_1_entry_has_the_version_1_shape() -> None:
    document = version_1()
    document["positions"]["leader"] = {"title_zh": "组长", "level": "leading_group"}
    assert set(refusals(document)) == {
        ("positions", "leader", "max_holders"),
        ("positions", "leader", "title_zh"),
        ("positions", "leader", "level"),
    }


def test_a_version_1_unit_report_may_still_name_any_of_the_nine() -> None:
    """Published versions never change, so checks added with version 2 do not apply to them."""
    document = version_1()
    document["report_kinds"]["quarterly_report"]["submitted_by"] = "office_staff"
    assert parse_rulebook(document).report_kinds["quarterly_report"].submitted_by == "office_staff"
    document["schema_version"] = 2
    document["positions"] = shipped_document("changji")["positions"]
    assert set(refusals(document)) == {("report_kinds", "quarterly_report", "submitted_by")}


def test_a_version_1_holders_minimum_may_exceed_its_maximum() -> None:
    """Refused since version 2 only: a published version-1 document keeps parsing."""
    document = version_1()
    document["composition"]["holders"]["leader"]["min"] = 2
    assert parse_rulebook(document).composition.holders["leader"].minimum == 2
    document["schema_version"] = 2
    document["positions"] = shipped_document("changji")["positions"]
    assert set(refusals(document)) == {("composition", "holders", "leader", "min")}


@pytest.mark.parametrize("version", [0, 3, "2", True])
def test_only_versions_1_and_2_are_read(version: Any) -> None:
    document = sample()
    document["schema_version"] = version
    assert set(refusals(document)) == {("schema_version",)}


@pytest.mark.parametrize("name", SHIPPED)
def test_the_shipped_rulebooks_state_the_default_positions(name: str) -> None:
    """Apart from their limits and the rules citing them, the shipped rulebooks' positions are
    the default catalogue: the shipped jurisdictions behave as before positions were data."""
    document = shipped_document(name)
    assert document["schema_version"] == 2
    positions = parse_rulebook(document).positions
    assert list(positions) == list(DEFAULT_POSITIONS)
    for key, definition in positions.items():
        stripped = replace(
            definition, max_holders=None, max_holders_per_unit=None, rule=None, source=None
        )
        assert stripped == DEFAULT_POSITIONS[key], key


def test_the_shipped_limits_are_unchanged() -> None:
    limits = {
        name: {
            key: (d.max_holders, d.max_holders_per_unit, d.rule)
            for key, d in parse_rulebook(shipped_document(name)).positions.items()
            if d.max_holders is not None or d.max_holders_per_unit is not None
        }
        for name in SHIPPED
    }
    assert limits == {
        "ezhou": {"leader": (1, None, "E-ORG-2"), "office_director": (1, None, "E-ORG-2")},
        "changji": {
            "leader": (1, None, "C-ORG-1"),
            "office_director": (1, None, "C-ORG-2"),
            "liaison_officer": (None, 1, "CO-ORG-1"),
        },
    }
