"""The published JSON Schema (openapi/rulebook.schema.json) and the domain's parser agree: the
shipped rulebooks pass both, and a malformed document is refused by both, at the same field.
What a schema cannot say (a role naming a position the document does not define, a position
lacking what the field naming it needs, a minimum above its maximum) the parser alone refuses,
as an ``Inconsistency``."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from app.domain.errors import FieldError, InvalidInput
from app.domain.positions import DEFAULT_POSITIONS, Capability, PositionLevel
from app.domain.rulebook import (
    KEY_PATTERN,
    RESERVED_POSITION_KEY,
    Attendance,
    Cadence,
    Inconsistency,
    parse_rulebook,
)
from app.rulebooks import SHIPPED, shipped_document
from app.settings import PROJECT_ROOT

SCHEMA = json.loads((PROJECT_ROOT / "openapi" / "rulebook.schema.json").read_text("utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_errors(document: Any) -> list[tuple[str | int, ...]]:
    return [tuple(error.absolute_path) for error in VALIDATOR.iter_errors(document)]


def _parser_findings(document: Any) -> tuple[FieldError, ...]:
    try:
        parse_rulebook(document)
    except InvalidInput as exc:
        return exc.errors
    return ()


def parser_errors(document: Any) -> set[tuple[str | int, ...]]:
    """What the parser refuses that the schema could see too (the structure)."""
    return {e.location for e in _parser_findings(document) if not isinstance(e, Inconsistency)}


def inconsistencies(document: Any) -> set[tuple[str | int, ...]]:
    """What only the parser can see: parts of the document at odds with each other."""
    return {e.location for e in _parser_findings(document) if isinstance(e, Inconsistency)}


def as_version_1(document: dict[str, Any]) -> dict[str, Any]:
    """The document as schema version 1 wrote it: the nine positions' limits only."""
    old = copy.deepcopy(document)
    old["schema_version"] = 1
    old["positions"] = {
        key: {
            "max_holders": entry.get("max_holders", entry.get("max_holders_per_unit")),
            **{name: entry[name] for name in ("rule", "source") if name in entry},
        }
        for key, entry in document["positions"].items()
    }
    return old


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("name", SHIPPED)
def test_the_shipped_rulebooks_are_valid_by_the_schema_and_the_parser(name: str) -> None:
    document = shipped_document(name)
    assert schema_errors(document) == []
    parse_rulebook(document)


@pytest.mark.parametrize("name", SHIPPED)
def test_a_version_1_document_is_valid_by_both(name: str) -> None:
    document = as_version_1(shipped_document(name))
    assert schema_errors(document) == []
    assert _parser_findings(document) == ()


def test_the_schema_names_the_domains_own_vocabulary() -> None:
    defs = SCHEMA["$defs"]
    # Roles are the document's own keys: their form only.
    assert defs["role"]["pattern"] == KEY_PATTERN
    assert defs["positions"]["propertyNames"] == {
        "pattern": KEY_PATTERN,
        "not": {"const": RESERVED_POSITION_KEY},
    }
    assert defs["capability"]["enum"] == [c.value for c in Capability]
    assert defs["position"]["properties"]["level"]["enum"] == [v.value for v in PositionLevel]
    assert defs["positions_v1"]["propertyNames"]["enum"] == list(DEFAULT_POSITIONS)
    kind = defs["meeting_kind"]["properties"]
    assert kind["attendance"]["items"]["enum"] == [a.value for a in Attendance]
    assert kind["cadence"]["properties"]["every"]["enum"] == [c.value for c in Cadence]


def _set(path: tuple[str | int, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(document: dict[str, Any]) -> None:
        target: Any = document
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return mutate


def _delete(path: tuple[str | int, ...]) -> Callable[[dict[str, Any]], None]:
    def mutate(document: dict[str, Any]) -> None:
        target: Any = document
        for part in path[:-1]:
            target = target[part]
        del target[path[-1]]

    return mutate


def _chain(*mutations: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    def mutate(document: dict[str, Any]) -> None:
        for mutation in mutations:
            mutation(document)

    return mutate


PLENARY = ("meeting_kinds", "plenary_meeting")
LEADER = ("positions", "leader")
LIAISON = ("positions", "liaison_officer")
# (what is wrong, how to break Changji's rulebook, the path the parser names)
MALFORMED = [
    (
        "a role that is no key",
        _set((*PLENARY, "chair", "allowed", 1, "role"), "Emperor"),
        (*PLENARY, "chair", "allowed", 1, "role"),
    ),
    (
        "entrusted by a number",
        _set((*PLENARY, "chair", "allowed", 1, "entrusted_by"), 1),
        (*PLENARY, "chair", "allowed", 1, "entrusted_by"),
    ),
    (
        "unknown cadence",
        _set((*PLENARY, "cadence", "every"), "fortnightly"),
        (*PLENARY, "cadence", "every"),
    ),
    ("not a date", _set(("effective_from",), "2020-02-30"), ("effective_from",)),
    ("a date in another form", _set(("effective_from",), "20200101"), ("effective_from",)),
    ("empty issuer code", _set(("issuers", "office", "code"), " "), ("issuers", "office", "code")),
    (
        "zero holders",
        _set(("positions", "leader", "max_holders"), 0),
        ("positions", "leader", "max_holders"),
    ),
    (
        "holders as a boolean",
        _set(("positions", "leader", "max_holders"), True),
        ("positions", "leader", "max_holders"),
    ),
    ("a position without title or level", _set(("positions", "emperor"), {"max_holders": 1}), None),
    ("missing level", _delete(("positions", "member", "level")), None),
    ("an empty title", _set((*LEADER, "title_zh"), " "), (*LEADER, "title_zh")),
    ("unknown level", _set((*LEADER, "level"), "county"), (*LEADER, "level")),
    (
        "unknown capability",
        _set((*LEADER, "capabilities", 0), "rules_all"),
        (*LEADER, "capabilities", 0),
    ),
    (
        "a capability of another level",
        _set((*LEADER, "capabilities", 0), "manages_accounts"),
        (*LEADER, "capabilities", 0),
    ),
    (
        "a capability listed twice",
        _set((*LEADER, "capabilities", 1), "reads_all"),
        (*LEADER, "capabilities", 1),
    ),
    ("capabilities as a string", _set((*LEADER, "capabilities"), "reads_all"), None),
    (
        "an office post counting as a member",
        _set(("positions", "office_staff", "counts_as_member"), True),
        ("positions", "office_staff", "counts_as_member"),
    ),
    (
        "counts_as_member as a string",
        _set((*LEADER, "counts_as_member"), "yes"),
        (*LEADER, "counts_as_member"),
    ),
    (
        "a per-unit limit on a leading-group post",
        _set((*LEADER, "max_holders_per_unit"), 1),
        (*LEADER, "max_holders_per_unit"),
    ),
    (
        "a per-unit limit of none",
        _set((*LIAISON, "max_holders_per_unit"), 0),
        (*LIAISON, "max_holders_per_unit"),
    ),
    ("a position key with a hyphen", _set(("positions", "vice-leader"), {}), None),
    ("an unknown field of a position", _set((*LEADER, "limit"), 1), None),
    (
        "a version-1 entry in a version-2 document",
        _set(("positions", "member"), {"max_holders": None}),
        None,
    ),
    ("a version-2 entry in a version-1 document", _set(("schema_version",), 1), None),
    ("a rule without its source", _delete(("positions", "leader", "source")), None),
    ("missing chair", _delete((*PLENARY, "chair")), None),
    ("missing extra_consent", _delete((*PLENARY, "extra_consent")), None),
    ("misspelt field", _set((*PLENARY, "chiar"), {}), None),
    ("empty allowed list", _set((*PLENARY, "convene", "allowed"), []), None),
    ("empty attendance", _set((*PLENARY, "attendance"), []), None),
    ("minutes as a string", _set((*PLENARY, "minutes_required"), "yes"), None),
    ("meeting key with a colon", _set(("meeting_kinds", "a:b"), {}), None),
    ("wrong schema version", _set(("schema_version",), 3), None),
    ("schema version as a boolean", _set(("schema_version",), True), None),
    ("missing title", _delete(("title",)), None),
    ("unknown top-level field", _set(("rules",), []), None),
    (
        "unknown report period",
        _set(("report_kinds", "quarterly_report", "period"), "fortnight"),
        ("report_kinds", "quarterly_report", "period"),
    ),
    (
        "two due rules at once",
        _set(("report_kinds", "quarterly_report", "due", "day_of_month"), 22),
        ("report_kinds", "quarterly_report", "due"),
    ),
    (
        "zero working days",
        _set(("report_kinds", "quarterly_report", "due", "working_days_after"), 0),
        ("report_kinds", "quarterly_report", "due", "working_days_after"),
    ),
    (
        "unknown part format",
        _set(("report_kinds", "quarterly_report", "parts", 0, "formats", 0), "fax"),
        ("report_kinds", "quarterly_report", "parts", 0, "formats", 0),
    ),
    (
        "a reminder of no working days",
        _set(("report_kinds", "quarterly_report", "reminder_working_days_before"), 0),
        ("report_kinds", "quarterly_report", "reminder_working_days_before"),
    ),
    (
        "a reminder further ahead than six weeks",
        _set(("report_kinds", "quarterly_report", "reminder_working_days_before"), 31),
        ("report_kinds", "quarterly_report", "reminder_working_days_before"),
    ),
    (
        "a reminder as text",
        _set(("report_kinds", "quarterly_report", "reminder_working_days_before"), "3"),
        ("report_kinds", "quarterly_report", "reminder_working_days_before"),
    ),
    (
        "missing on_non_working_day",
        _delete(("report_kinds", "monthly_information", "on_non_working_day")),
        None,
    ),
    (
        "a negative minimum of holders",
        _set(("composition", "holders", "leader", "min"), -1),
        ("composition", "holders", "leader", "min"),
    ),
    (
        "a maximum of no holders",
        _set(("composition", "holders", "leader", "max"), 0),
        ("composition", "holders", "leader", "max"),
    ),
    (
        "a composition rule without its source",
        _delete(("composition", "holders", "information_officer", "source")),
        ("composition", "holders", "information_officer", "source"),
    ),
    (
        "held with a unit that is no code",
        _set(("composition", "held_with", "office_director", "unit"), "住建局"),
        ("composition", "held_with", "office_director", "unit"),
    ),
    (
        "a member unit listed twice",
        _set(
            ("composition", "member_units"),
            {"units": ["housing", "housing"], "rule": "E-ORG-1", "source": "E 一"},
        ),
        ("composition", "member_units", "units", 1),
    ),
    (
        "no member units listed",
        _set(("composition", "member_units"), {"units": [], "rule": "E-ORG-1", "source": "E 一"}),
        ("composition", "member_units", "units"),
    ),
    ("an unknown composition part", _set(("composition", "leaders"), {}), None),
]


@pytest.mark.parametrize(("why", "mutate", "path"), MALFORMED, ids=[case[0] for case in MALFORMED])
def test_a_malformed_rulebook_is_refused_by_both_at_the_same_field(
    why: str, mutate: Callable[[dict[str, Any]], None], path: tuple[str | int, ...] | None
) -> None:
    document = copy.deepcopy(shipped_document("changji"))
    mutate(document)
    by_parser = parser_errors(document)
    by_schema = schema_errors(document)
    assert by_parser, f"the parser accepts: {why}"
    assert not inconsistencies(document), "the parts agree with each other"
    assert by_schema, f"the schema accepts: {why}"
    if path is not None:
        assert by_parser == {("body", *path)}
    # Every field the parser names lies at or under a place the schema complains about.
    for location in by_parser:
        assert any(location[1 : 1 + len(p)] == p for p in by_schema), (location, by_schema)


COMPOSITION = ("composition", "holders")
# (what is wrong, how to break Changji's rulebook, the path the parser names): all well formed,
# so the schema accepts them; only the parser, reading the whole document, refuses.
INCONSISTENT = [
    (
        "a chair of an undefined position",
        _set((*PLENARY, "chair", "allowed", 1, "role"), "emperor"),
        (*PLENARY, "chair", "allowed", 1, "role"),
    ),
    (
        "a convener of an undefined position",
        _set((*PLENARY, "convene", "allowed", 0, "role"), "emperor"),
        (*PLENARY, "convene", "allowed", 0, "role"),
    ),
    (
        "entrusted by an undefined position",
        _set((*PLENARY, "chair", "allowed", 1, "entrusted_by"), "emperor"),
        (*PLENARY, "chair", "allowed", 1, "entrusted_by"),
    ),
    (
        "a signer of an undefined position",
        _set(("issuers", "office", "sign", "allowed", 0, "role"), "emperor"),
        ("issuers", "office", "sign", "allowed", 0, "role"),
    ),
    (
        "a report submitted by an undefined position",
        _set(("report_kinds", "quarterly_report", "submitted_by"), "emperor"),
        ("report_kinds", "quarterly_report", "submitted_by"),
    ),
    (
        "a unit's report submitted by an office post",
        _set(("report_kinds", "quarterly_report", "submitted_by"), "office_staff"),
        ("report_kinds", "quarterly_report", "submitted_by"),
    ),
    (
        "a composition rule for an undefined position",
        _set((*COMPOSITION, "emperor"), {"min": 1, "max": 1, "rule": "R", "source": "S"}),
        (*COMPOSITION, "emperor"),
    ),
    (
        "held with an undefined position",
        _set(("composition", "held_with", "office_director", "role"), "emperor"),
        ("composition", "held_with", "office_director", "role"),
    ),
    (
        "the office director held with a post outside the units",
        _set(("composition", "held_with", "office_director", "role"), "leader"),
        ("composition", "held_with", "office_director", "role"),
    ),
    (
        "the leading group's members invited where no position counts as one",
        _chain(
            *(
                _set(("positions", key, "counts_as_member"), False)
                for key in ("leader", "deputy_leader", "member")
            )
        ),
        (*PLENARY, "attendance", 0),
    ),
    (
        "a minimum above the maximum",
        _set((*COMPOSITION, "leader", "min"), 2),
        (*COMPOSITION, "leader", "min"),
    ),
]


@pytest.mark.parametrize(("why", "mutate", "path"), INCONSISTENT, ids=[c[0] for c in INCONSISTENT])
def test_what_the_schema_cannot_check_the_parser_refuses(
    why: str, mutate: Callable[[dict[str, Any]], None], path: tuple[str | int, ...]
) -> None:
    document = copy.deepcopy(shipped_document("changji"))
    mutate(document)
    assert schema_errors(document) == [], why
    assert parser_errors(document) == set()
    assert inconsistencies(document) == {("body", *path)}


# --- agreement on arbitrary damage --------------------------------------------------------

VALUES = st.sampled_from(
    [
        None,
        True,
        False,
        0,
        1,
        2,
        -1,
        1.0,
        1.5,
        "",
        " ",
        "x",
        "leader",
        "deputy_leader",
        "emperor",
        "Emperor",
        "office",
        "member_unit",
        "reads_all",
        "heads_unit",
        "quarterly",
        "all_members",
        "2020-01-01",
        "2020-13-01",
        "20200101",
        [],
        ["leader"],
        ["all_members"],
        ["reads_all"],
        ["heads_unit", "heads_unit"],
        {},
        {"role": "leader"},
        {"max_holders": None},
        {"title_zh": "组长", "level": "leading_group"},
        {"title_zh": "联络员", "level": "member_unit", "max_holders_per_unit": 1},
        {"rule": "R-1", "source": "§1", "allowed": [{"role": "leader"}]},
    ]
)
KEYS = st.sampled_from(
    [
        "extra",
        "rule",
        "source",
        "entrusted_by",
        "max_holders",
        "max_holders_per_unit",
        "counts_as_member",
        "capabilities",
        "level",
        "leader",
        "emperor",
        "",
        " ",
        "A-b",
    ]
)


def _places(value: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _places(item, (*path, index))
    return found


@st.composite
def damaged(draw: st.DrawFn) -> dict[str, Any]:
    document = copy.deepcopy(shipped_document(draw(st.sampled_from(SHIPPED))))
    if draw(st.booleans()):
        document = as_version_1(document)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_places(document)))
        target: Any = document
        for part in path:
            target = target[part]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "add" and isinstance(target, dict):
            target[draw(KEYS)] = copy.deepcopy(draw(VALUES))
        elif action == "delete" and path:
            _delete(path)(document)
        elif path:
            _set(path, copy.deepcopy(draw(VALUES)))(document)
    return document


@settings(max_examples=400, deadline=None)
@given(damaged())
def test_the_schema_and_the_parser_accept_exactly_the_same_documents(
    document: dict[str, Any],
) -> None:
    """The same structure, that is: references between parts are the parser's alone."""
    assert (schema_errors(document) == []) == (parser_errors(document) == set()), (
        schema_errors(document),
        parser_errors(document),
    )
