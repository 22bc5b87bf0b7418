"""The optional ``minutes`` object of a rulebook meeting kind (C-MTG-3): what the shipped
rulebooks ask minutes to record, and every malformed ``minutes`` refused at its path, by the
parser and the JSON Schema alike."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from app.domain.errors import InvalidInput
from app.domain.rulebook import (
    BASIC_MINUTES_FIELDS,
    MinutesField,
    MinutesRule,
    Rulebook,
    RuleRef,
    parse_rulebook,
)
from app.rulebooks import shipped_document
from app.rulebooks.schema import rulebook_schema

CHANGJI = parse_rulebook(shipped_document("changji"))
EZHOU = parse_rulebook(shipped_document("ezhou"))
VALIDATOR = Draft202012Validator(rulebook_schema())
MINUTES = ("body", "meeting_kinds", "plenary_meeting", "minutes")


@pytest.mark.parametrize("kind", ["plenary_meeting", "special_meeting"])
def test_changji_minutes_record_all_seven_fields_by_rule_c_mtg_3(kind: str) -> None:
    meeting_kind = CHANGJI.meeting_kinds[kind]
    assert meeting_kind.minutes is not None
    assert meeting_kind.minutes.required == (
        MinutesField.time,
        MinutesField.place,
        MinutesField.attendees,
        MinutesField.chair,
        MinutesField.agenda_items,
        MinutesField.speeches,
        MinutesField.decisions,
    )
    assert meeting_kind.minutes.ref is not None
    assert meeting_kind.minutes.ref.rule == "C-MTG-3"
    assert "第八条" in meeting_kind.minutes.ref.source
    assert meeting_kind.minutes_fields == tuple(MinutesField)
    assert meeting_kind.minutes_required


@pytest.mark.parametrize(
    ("book", "kind"),
    [
        (CHANGJI, "regular_meeting"),
        (CHANGJI, "office_special_meeting"),
        (EZHOU, "joint_meeting"),
        (EZHOU, "special_meeting"),
    ],
)
def test_a_kind_without_minutes_requires_the_basic_fields(book: Rulebook, kind: str) -> None:
    meeting_kind = book.meeting_kinds[kind]
    assert meeting_kind.minutes is None
    assert meeting_kind.minutes_fields == BASIC_MINUTES_FIELDS
    basics = (MinutesField.time, MinutesField.place, MinutesField.attendees, MinutesField.chair)
    assert basics == BASIC_MINUTES_FIELDS


def with_minutes(minutes: Any) -> dict[str, Any]:
    document = copy.deepcopy(shipped_document("changji"))
    document["meeting_kinds"]["plenary_meeting"]["minutes"] = minutes
    return document


def changed(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    document = copy.deepcopy(shipped_document("changji"))
    change(document["meeting_kinds"]["plenary_meeting"]["minutes"])
    return document


@pytest.mark.parametrize(
    ("required", "fields"),
    [
        (["decisions"], (*BASIC_MINUTES_FIELDS, MinutesField.decisions)),
        (["chair", "time"], BASIC_MINUTES_FIELDS),
        (
            ["speeches", "place", "agenda_items"],
            (*BASIC_MINUTES_FIELDS, MinutesField.speeches, MinutesField.agenda_items),
        ),
    ],
)
def test_the_basics_always_come_first_then_what_the_rulebook_adds(
    required: list[str], fields: tuple[MinutesField, ...]
) -> None:
    book = parse_rulebook(with_minutes({"required": required, "rule": "X-1", "source": "第一条"}))
    kind = book.meeting_kinds["plenary_meeting"]
    assert kind.minutes == MinutesRule(
        tuple(MinutesField(f) for f in required), RuleRef("X-1", "第一条")
    )
    assert kind.minutes_fields == fields


def test_a_kind_may_leave_the_minutes_object_out() -> None:
    document = copy.deepcopy(shipped_document("changji"))
    del document["meeting_kinds"]["plenary_meeting"]["minutes"]
    kind = parse_rulebook(document).meeting_kinds["plenary_meeting"]
    assert kind.minutes is None
    assert kind.minutes_fields == BASIC_MINUTES_FIELDS


def _set(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda minutes: minutes.__setitem__(key, value)


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda minutes: minutes.__delitem__(key)


# (why, the change, the paths the parser names, below the plenary meeting's ``minutes``)
BAD = [
    ("unknown field name", _set("required", ["time", "weather", "place"]), {("required", 1)}),
    ("repeated field", _set("required", ["time", "place", "time"]), {("required", 2)}),
    (
        "two unknown and a repeat",
        _set("required", ["x", "chair", "y", "chair"]),
        {("required", 0), ("required", 2), ("required", 3)},
    ),
    ("empty list", _set("required", []), {("required",)}),
    ("not a list", _set("required", "time"), {("required",)}),
    ("not a string", _set("required", [1]), {("required", 0)}),
    ("missing required", _drop("required"), {("required",)}),
    ("missing rule", _drop("rule"), {("rule",)}),
    ("missing source", _drop("source"), {("source",)}),
    ("blank rule", _set("rule", "  "), {("rule",)}),
    ("empty source", _set("source", ""), {("source",)}),
    ("rule not a string", _set("rule", 3), {("rule",)}),
    ("unknown key", _set("note", "x"), {("note",)}),
]


@pytest.mark.parametrize(("change", "where"), [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_a_malformed_minutes_object_is_refused_at_its_path(
    change: Callable[[dict[str, Any]], None], where: set[tuple[str | int, ...]]
) -> None:
    document = changed(change)
    with pytest.raises(InvalidInput) as raised:
        parse_rulebook(document)
    assert {error.location for error in raised.value.errors} == {(*MINUTES, *w) for w in where}
    assert all(error.location[0] == "body" for error in raised.value.errors)
    assert all(error.message for error in raised.value.errors)
    assert not VALIDATOR.is_valid(document), "the JSON Schema refuses it too"


@pytest.mark.parametrize(
    ("minutes", "where"),
    [
        (None, {()}),
        ([], {()}),
        ("all", {()}),
        ({}, {("required",), ("rule",), ("source",)}),
    ],
    ids=["null", "a list", "a string", "empty object"],
)
def test_minutes_that_are_not_a_complete_object_are_refused(
    minutes: Any, where: set[tuple[str | int, ...]]
) -> None:
    document = with_minutes(minutes)
    with pytest.raises(InvalidInput) as raised:
        parse_rulebook(document)
    assert {error.location for error in raised.value.errors} == {(*MINUTES, *w) for w in where}
    assert not VALIDATOR.is_valid(document)


def test_the_messages_say_what_is_wrong() -> None:
    document = changed(_set("required", ["time", "weather", "time"]))
    with pytest.raises(InvalidInput) as raised:
        parse_rulebook(document)
    messages = {error.location[-1]: error.message for error in raised.value.errors}
    assert "must be one of" in messages[1]
    assert "decisions" in messages[1]
    assert "twice" in messages[2]


def test_problems_in_minutes_are_reported_with_the_rest_of_the_rulebook() -> None:
    document = changed(_set("required", []))
    document["meeting_kinds"]["special_meeting"]["minutes"]["required"][0] = "weather"
    document["meeting_kinds"]["regular_meeting"]["cadence"]["every"] = "fortnightly"
    with pytest.raises(InvalidInput) as raised:
        parse_rulebook(document)
    assert {error.location for error in raised.value.errors} == {
        (*MINUTES, "required"),
        ("body", "meeting_kinds", "special_meeting", "minutes", "required", 0),
        ("body", "meeting_kinds", "regular_meeting", "cadence", "every"),
    }
