"""The JSON Schema (draft 2020-12) of a rulebook document.

It describes exactly what ``app.domain.rulebook.parse_rulebook`` accepts; the parser stays the
validator the service uses (its errors name each bad field's path), the schema is for people and
tools writing rulebooks. Served at ``GET /v1/rulebook-schema`` and committed as
``openapi/rulebook.schema.json`` (``make openapi`` writes it; a test fails on drift, and
tests/unit/test_rulebook_schema.py checks that schema and parser agree). Enumerations come from
the domain's own types, so a new capability or cadence reaches the schema without a second edit.

What a schema cannot say is left to the parser: that every role a document names is a position
it defines, and that such a position has what the naming field needs (a member-unit post to
submit a unit's report, a position counting as a member for ``all_members`` …). The
descriptions of those fields say so.
"""

from __future__ import annotations

from typing import Any

from app.domain.assessments import MAX_SCALE, Measure
from app.domain.organisation import CODE_PATTERN
from app.domain.positions import ALLOWED_LEVELS, DEFAULT_POSITIONS, Capability, PositionLevel
from app.domain.publications import PublicationKind
from app.domain.reports import (
    MAX_REMINDER_WORKING_DAYS,
    OnNonWorkingDay,
    PartFormat,
    PeriodKind,
    Submitter,
)
from app.domain.rulebook import (
    ASSESSMENT_FIELDS,
    ASSESSMENT_YEAR_FIELDS,
    BULLETIN_FIELDS,
    DATE_PATTERN,
    DISCLOSURE_FIELDS,
    DUE_RANGES,
    GRADE_FIELDS,
    HELD_WITH_FIELDS,
    HOLDERS_FIELDS,
    INDICATOR_FIELDS,
    KEY_PATTERN,
    MEMBER_UNITS_FIELDS,
    MINUTES_FIELDS,
    PART_FIELDS,
    POSITION_FIELDS,
    REPORT_FIELDS,
    RESERVED_POSITION_KEY,
    SCHEMA_VERSION,
    SCHEMA_VERSIONS,
    TOP_FIELDS,
    YEAR_PATTERN,
    Attendance,
    Cadence,
    MinutesField,
)

SCHEMA_ID = f"urn:gaiban:schema:rulebook:{SCHEMA_VERSION}"
MEDIA_TYPE = "application/schema+json"

_TEXT = {"type": "string", "pattern": r"\S", "description": "Not empty, not only spaces."}
_REF = {"$ref": "#/$defs/text"}
# A rule reference is optional where it appears beside other fields, but rule and source go
# together: a rule id without the article it comes from helps no clerk.
_RULE_TOGETHER = {"rule": ["source"], "source": ["rule"]}
# Said of every field naming a position: the schema checks its form only.
_DEFINED_HERE = (
    "The key of a position this document defines (checked by the service when the version "
    "is published: a schema cannot compare one part of a document with another)."
)


def _at_level(level: PositionLevel) -> dict[str, Any]:
    """Holds a position of ``level`` to what that level allows: its capabilities, a per-unit
    limit (member units only), counting as a member (the leading group only)."""
    allowed: dict[str, Any] = {
        "capabilities": {
            "items": {"enum": [c.value for c in Capability if ALLOWED_LEVELS[c] == level]}
        }
    }
    if level is not PositionLevel.member_unit:
        allowed["max_holders_per_unit"] = False
    if level is not PositionLevel.leading_group:
        allowed["counts_as_member"] = {"const": False}
    return {
        "if": {"required": ["level"], "properties": {"level": {"const": level.value}}},
        "then": {"properties": allowed},
    }


def rulebook_schema() -> dict[str, Any]:
    default_keys = list(DEFAULT_POSITIONS)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Gaiban rulebook",
        "description": (
            "A jurisdiction's rules as data: its positions (what each is, how many may hold it, "
            "what its holders may do), who convenes, chairs and consents to each kind of "
            "meeting, who signs for each issuer, and which reports are due when. Each rule names "
            "its id and its source article (rule/source). A version is in force from "
            "effective_from until a later version starts."
        ),
        "type": "object",
        "required": list(TOP_FIELDS),
        "additionalProperties": False,
        # The positions' shape depends on the version (1: limits of the nine defaults only).
        "if": {"required": ["schema_version"], "properties": {"schema_version": {"const": 1}}},
        "then": {"properties": {"positions": {"$ref": "#/$defs/positions_v1"}}},
        "else": {"properties": {"positions": {"$ref": "#/$defs/positions"}}},
        "properties": {
            "$schema": {"type": "string", "description": "This schema's id, for editors."},
            "schema_version": {
                "enum": list(SCHEMA_VERSIONS),
                "description": (
                    f"{SCHEMA_VERSION}. Version 1 (positions were a fixed nine, an entry only "
                    "set a limit) is still read: versions published with it never change."
                ),
            },
            "effective_from": {
                "type": "string",
                "pattern": DATE_PATTERN,
                "format": "date",
                "description": "The first day this version is in force (YYYY-MM-DD).",
            },
            "title": _REF,
            "documents": {
                "type": "object",
                "description": "The source documents by the abbreviation rule ids use (E, C, CO).",
                "propertyNames": {"pattern": r"\S"},
                "additionalProperties": _REF,
            },
            "positions": {
                "type": "object",
                "description": (
                    "The positions, by key (the role every other part names): see "
                    "$defs/position (version 1: $defs/positions_v1)."
                ),
            },
            "meeting_kinds": {
                "type": "object",
                "description": "Per meeting kind (its key is used in delegation scopes).",
                "propertyNames": {"pattern": KEY_PATTERN},
                "additionalProperties": {"$ref": "#/$defs/meeting_kind"},
            },
            "issuers": {
                "type": "object",
                "description": "Per issuer of documents (its key is used in delegation scopes).",
                "propertyNames": {"pattern": KEY_PATTERN},
                "additionalProperties": {"$ref": "#/$defs/issuer"},
            },
            "report_kinds": {
                "type": "object",
                "description": (
                    "Optional. Per report kind the rules require (E-RPT-1, C-RPT-1, CO-RPT-1): "
                    "who submits it, for which periods, when it is due and what it contains."
                ),
                "propertyNames": {"pattern": KEY_PATTERN},
                "additionalProperties": {"$ref": "#/$defs/report_kind"},
            },
            "bulletin_kinds": {
                "type": "object",
                "description": (
                    "Optional. Per bulletin the office issues from the units' reports (E-RPT-2: "
                    "the quarterly internal bulletin). Its sources and compliance_of must be "
                    "report kinds of the same rulebook (checked when it is published)."
                ),
                "propertyNames": {"pattern": KEY_PATTERN},
                "additionalProperties": {"$ref": "#/$defs/bulletin_kind"},
            },
            "disclosure": {
                "type": "object",
                "description": (
                    "Optional. Public disclosure (E-PUB-1, C-PUB-1): the kinds of item the "
                    "office publishes to the public (measure: an issued document; progress: "
                    "task and report-timeliness figures as of a day; result: a text the office "
                    "writes) and who publishes them, by position key or capability. Absent: "
                    "nothing is published. Internal bulletins are never public."
                ),
                "required": list(DISCLOSURE_FIELDS),
                "additionalProperties": False,
                "properties": {
                    "kinds": {
                        "type": "array",
                        "minItems": 1,
                        "uniqueItems": True,
                        "items": {"enum": [k.value for k in PublicationKind]},
                    },
                    "publishers": {
                        "type": "object",
                        "description": "The holders of a post named in roles, or whose post "
                        "has one of capabilities, publish and withdraw. At least one of them.",
                        "additionalProperties": False,
                        "anyOf": [
                            {"required": [name], "properties": {name: {"minItems": 1}}}
                            for name in ("roles", "capabilities")
                        ],
                        "properties": {
                            "roles": {
                                "type": "array",
                                "items": {"type": "string", "pattern": KEY_PATTERN},
                                "description": _DEFINED_HERE,
                            },
                            "capabilities": {
                                "type": "array",
                                "items": {"enum": [c.value for c in Capability]},
                            },
                        },
                    },
                    "rule": _REF,
                    "source": _REF,
                },
            },
            "composition": {
                "type": "object",
                "description": (
                    "Optional. What the leading group and its office consist of (E-ORG-1, "
                    "C-ORG-1/2, CO-ORG-1/2), checked against the positions of a day by GET "
                    "/v1/jurisdictions/{jid}/composition. Each part is optional."
                ),
                "additionalProperties": False,
                "properties": {
                    "member_units": {
                        "type": "object",
                        "description": "The member units the leading group consists of.",
                        "required": list(MEMBER_UNITS_FIELDS),
                        "additionalProperties": False,
                        "properties": {
                            "units": {
                                "type": "array",
                                "minItems": 1,
                                "uniqueItems": True,
                                "items": {"type": "string", "pattern": CODE_PATTERN},
                                "description": "The member units' codes.",
                            },
                            "rule": _REF,
                            "source": _REF,
                        },
                    },
                    "holders": {
                        "type": "object",
                        "description": (
                            "Per position: how many must (min) and may (max; null: any number) "
                            "hold it on a day, in each active member unit for a member_unit "
                            "position. " + _DEFINED_HERE
                        ),
                        "propertyNames": {"pattern": KEY_PATTERN},
                        "additionalProperties": {"$ref": "#/$defs/holders"},
                    },
                    "held_with": {
                        "type": "object",
                        "description": (
                            "Per position: the post in a member unit its holders must hold as "
                            "well (C-ORG-2: the office director is the housing bureau's "
                            "unit_head). " + _DEFINED_HERE
                        ),
                        "propertyNames": {"pattern": KEY_PATTERN},
                        "additionalProperties": {"$ref": "#/$defs/held_with"},
                    },
                },
            },
            "assessment": {
                "type": "object",
                "description": (
                    "Optional. The annual performance assessment (绩效考核, C-ASM-1) of the "
                    "member units and the counties: per year its indicators, their weights "
                    "(summing to the scale), the scale and the grades. Computed indicators "
                    "score weight × rate from the records; manual ones are scored by the office."
                ),
                "required": list(ASSESSMENT_FIELDS),
                "additionalProperties": False,
                "properties": {
                    "rule": _REF,
                    "source": _REF,
                    "years": {
                        "type": "object",
                        "propertyNames": {"pattern": YEAR_PATTERN},
                        "additionalProperties": {"$ref": "#/$defs/assessment_year"},
                    },
                },
            },
        },
        "$defs": {
            "assessment_year": {
                "type": "object",
                "description": (
                    "One year's definition. What a schema cannot say is the parser's: the "
                    "indicators' weights sum to the scale, their keys are distinct, a report "
                    "kind is one of this document's, the grades' thresholds go down to 0 and "
                    "none exceeds the scale."
                ),
                "required": list(ASSESSMENT_YEAR_FIELDS),
                "additionalProperties": False,
                "properties": {
                    "scale": {"type": "integer", "minimum": 1, "maximum": MAX_SCALE},
                    "indicators": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"$ref": "#/$defs/indicator"},
                    },
                    "grades": {
                        "type": "array",
                        "minItems": 1,
                        "description": "Highest threshold first; the last one's min is 0.",
                        "items": {
                            "type": "object",
                            "required": list(GRADE_FIELDS),
                            "additionalProperties": False,
                            "properties": {
                                "name": _REF,
                                "min": {"type": "integer", "minimum": 0},
                            },
                        },
                    },
                },
            },
            "indicator": {
                "type": "object",
                "required": list(INDICATOR_FIELDS),
                "additionalProperties": False,
                "properties": {
                    "key": {"type": "string", "pattern": KEY_PATTERN},
                    "name": _REF,
                    "weight": {"type": "integer", "minimum": 1, "maximum": MAX_SCALE},
                    "measure": {
                        "enum": [m.value for m in Measure],
                        "description": (
                            "report_timeliness (the report kind's reports submitted by the due "
                            "date), tasks_on_time, supervision_replies_in_time, "
                            "findings_rectified_in_time, principal_attendance (meetings the "
                            "unit's head attended in person), or manual (the office scores it)."
                        ),
                    },
                    "report_kind": {
                        "type": "string",
                        "pattern": KEY_PATTERN,
                        "description": "report_timeliness only, and required there.",
                    },
                },
                "if": {
                    "required": ["measure"],
                    "properties": {"measure": {"const": Measure.report_timeliness.value}},
                },
                "then": {"required": ["report_kind"]},
                "else": {"not": {"required": ["report_kind"]}},
            },
            "text": _TEXT,
            "holders": {
                "type": "object",
                "required": list(HOLDERS_FIELDS),
                "additionalProperties": False,
                "properties": {
                    "min": {"type": "integer", "minimum": 0},
                    "max": {"type": ["integer", "null"], "minimum": 1},
                    "rule": _REF,
                    "source": _REF,
                },
            },
            "held_with": {
                "type": "object",
                "required": list(HELD_WITH_FIELDS),
                "additionalProperties": False,
                "properties": {
                    "role": {
                        **{"$ref": "#/$defs/role"},
                        "description": "A member_unit position. " + _DEFINED_HERE,
                    },
                    "unit": {
                        "type": "string",
                        "pattern": CODE_PATTERN,
                        "description": "The member unit's code.",
                    },
                    "rule": _REF,
                    "source": _REF,
                },
            },
            "role": {
                "type": "string",
                "pattern": KEY_PATTERN,
                "description": _DEFINED_HERE,
            },
            "capability": {
                "enum": [c.value for c in Capability],
                "description": (
                    "What holders may do beyond their level. Leading group: reads_all (every "
                    "submission, task, event and received matter), decides_for_leading_group, "
                    "reviews_major_matters. Office: manages_accounts, office_leadership "
                    "(bulletins, the office's decisions), directs_office (publishes the "
                    "rulebook, the audit trail). Member unit: heads_unit (invited for the unit)."
                ),
            },
            "positions": {
                "type": "object",
                # 'office' names the office itself where a post is recorded (a report the
                # office submits is recorded as submitted as 'office').
                "propertyNames": {"pattern": KEY_PATTERN, "not": {"const": RESERVED_POSITION_KEY}},
                "additionalProperties": {"$ref": "#/$defs/position"},
            },
            "position": {
                "type": "object",
                "description": (
                    "A position: its title, its level (the leading group, its office or a "
                    "member unit: fixed for a key once held), its limits and its capabilities."
                ),
                "required": list(POSITION_FIELDS),
                "additionalProperties": False,
                "dependentRequired": _RULE_TOGETHER,
                "properties": {
                    "title_zh": _REF,
                    "level": {"enum": [level.value for level in PositionLevel]},
                    "max_holders": {
                        "type": ["integer", "null"],
                        "minimum": 1,
                        "description": (
                            "At most this many at a time in the jurisdiction; null or absent: "
                            "any number."
                        ),
                    },
                    "max_holders_per_unit": {
                        "type": ["integer", "null"],
                        "minimum": 1,
                        "description": (
                            "A member_unit position only: at most this many at a time in each "
                            "member unit; null or absent: any number."
                        ),
                    },
                    "counts_as_member": {
                        "type": "boolean",
                        "description": (
                            "A leading_group position only: its holders are the leading "
                            "group's members (attendance all_members)."
                        ),
                    },
                    "capabilities": {
                        "type": "array",
                        "uniqueItems": True,
                        "items": {"$ref": "#/$defs/capability"},
                        "description": "Capabilities of the position's level, each once.",
                    },
                    "rule": _REF,
                    "source": _REF,
                },
                "allOf": [_at_level(level) for level in PositionLevel],
            },
            "positions_v1": {
                "type": "object",
                "description": (
                    "Schema version 1: the nine default positions are always defined; an "
                    "entry sets one's limit."
                ),
                "propertyNames": {"enum": default_keys},
                "additionalProperties": {"$ref": "#/$defs/position_v1"},
            },
            "position_v1": {
                "type": "object",
                "required": ["max_holders"],
                "additionalProperties": False,
                "dependentRequired": _RULE_TOGETHER,
                "properties": {
                    "max_holders": {
                        "type": ["integer", "null"],
                        "minimum": 1,
                        "description": (
                            "At most this many at a time (per member unit for a unit "
                            "position); null: any number."
                        ),
                    },
                    "rule": _REF,
                    "source": _REF,
                },
            },
            "permission": {
                "type": "object",
                "required": ["rule", "source", "allowed"],
                "additionalProperties": False,
                "properties": {
                    "rule": _REF,
                    "source": _REF,
                    "allowed": {
                        "type": "array",
                        "minItems": 1,
                        "description": "Any of these may do it.",
                        "items": {"$ref": "#/$defs/allowance"},
                    },
                },
            },
            "allowance": {
                "type": "object",
                "required": ["role"],
                "additionalProperties": False,
                "properties": {
                    "role": {"$ref": "#/$defs/role"},
                    "entrusted_by": {
                        "anyOf": [{"$ref": "#/$defs/role"}, {"type": "null"}],
                        "description": (
                            "Only when entrusted (委托) by a holder of this position; null or "
                            "absent: in their own right. " + _DEFINED_HERE
                        ),
                    },
                },
            },
            "meeting_kind": {
                "type": "object",
                "required": [
                    "name",
                    "convene",
                    "chair",
                    "extra_consent",
                    "attendance",
                    "cadence",
                    "minutes_required",
                ],
                "additionalProperties": False,
                "properties": {
                    "name": _REF,
                    "convene": {"$ref": "#/$defs/permission"},
                    "chair": {"$ref": "#/$defs/permission"},
                    "extra_consent": {
                        "description": "Who consents to an extra meeting; null: nobody need.",
                        "anyOf": [{"$ref": "#/$defs/permission"}, {"type": "null"}],
                    },
                    "attendance": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"enum": [a.value for a in Attendance]},
                        "description": (
                            "Who is invited: all_members, the holders of every position with "
                            "counts_as_member; the others, each unit's holder of a position "
                            "with heads_unit. The document must define such a position "
                            "(checked by the service, not by this schema)."
                        ),
                    },
                    "cadence": {
                        "type": "object",
                        "required": ["every"],
                        "additionalProperties": False,
                        "dependentRequired": _RULE_TOGETHER,
                        "properties": {
                            "every": {"enum": [c.value for c in Cadence]},
                            "rule": _REF,
                            "source": _REF,
                        },
                    },
                    "minutes_required": {"type": "boolean"},
                    "extra_proposal": {
                        "description": (
                            "Optional. Who may propose an extra meeting (C-MTG-1); null or "
                            "absent: anyone holding a position, the office included."
                        ),
                        "anyOf": [{"$ref": "#/$defs/permission"}, {"type": "null"}],
                    },
                    "minutes": {
                        "type": "object",
                        "description": (
                            "Optional. What the minutes must record before they are archived "
                            "(C-MTG-3). Time, place, attendees and chair are always required."
                        ),
                        "required": list(MINUTES_FIELDS),
                        "additionalProperties": False,
                        "properties": {
                            "required": {
                                "type": "array",
                                "minItems": 1,
                                "uniqueItems": True,
                                "items": {"enum": [f.value for f in MinutesField]},
                            },
                            "rule": _REF,
                            "source": _REF,
                        },
                    },
                },
            },
            "issuer": {
                "type": "object",
                "required": ["name", "code", "sign"],
                "additionalProperties": False,
                "properties": {
                    "name": _REF,
                    "code": {
                        **_REF,
                        "description": "Issuer code of document numbers, e.g. 昌建审改办.",
                    },
                    "sign": {"$ref": "#/$defs/permission"},
                },
            },
            "report_kind": {
                "type": "object",
                "required": list(REPORT_FIELDS),
                "additionalProperties": False,
                "properties": {
                    "name": _REF,
                    "submitter": {
                        "enum": [s.value for s in Submitter],
                        "description": "Each active member unit submits one, or the office one.",
                    },
                    "submitted_by": {
                        **{"$ref": "#/$defs/role"},
                        "description": (
                            "The position that submits it (liaison_officer …): a member_unit "
                            "position when member units submit. " + _DEFINED_HERE
                        ),
                    },
                    "period": {"enum": [p.value for p in PeriodKind]},
                    "due": {
                        "type": "object",
                        "description": (
                            "Exactly one rule. day_of_month: day N of the period's last month "
                            "(past the month's end: its last day); working_days_after: the N-th "
                            "working day after the period ends; calendar_days_after: N days "
                            "after it ends."
                        ),
                        "minProperties": 1,
                        "maxProperties": 1,
                        "additionalProperties": False,
                        "properties": {
                            rule.value: {"type": "integer", "minimum": low, "maximum": high}
                            for rule, (low, high) in DUE_RANGES.items()
                        },
                    },
                    "on_non_working_day": {
                        "enum": [o.value for o in OnNonWorkingDay],
                        "description": (
                            "When the due date is not a working day: keep it, or move to the "
                            "next or previous working day (working_days_after is always one)."
                        ),
                    },
                    "parts": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"$ref": "#/$defs/report_part"},
                    },
                    "rule": _REF,
                    "source": _REF,
                    "reminder_working_days_before": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": MAX_REMINDER_WORKING_DAYS,
                        "description": (
                            "Optional, the office's practice rather than a rule: remind the "
                            "submitters this many working days before the due date (event "
                            "report.due_soon). Absent: no reminder."
                        ),
                    },
                },
            },
            "bulletin_kind": {
                "type": "object",
                "required": list(BULLETIN_FIELDS),
                "additionalProperties": False,
                "properties": {
                    "name": _REF,
                    "period": {"enum": [p.value for p in PeriodKind]},
                    "sources": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"type": "string", "pattern": KEY_PATTERN},
                        "description": "The report kinds whose submissions it assembles.",
                    },
                    "compliance_of": {
                        "oneOf": [{"type": "string", "pattern": KEY_PATTERN}, {"type": "null"}],
                        "description": "The report kind whose per-unit compliance it lists.",
                    },
                    "rule": _REF,
                    "source": _REF,
                },
            },
            "report_part": {
                "type": "object",
                "required": list(PART_FIELDS),
                "additionalProperties": False,
                "properties": {
                    "key": {"type": "string", "pattern": KEY_PATTERN},
                    "name": _REF,
                    "formats": {
                        "type": "array",
                        "minItems": 1,
                        "items": {"enum": [f.value for f in PartFormat]},
                    },
                },
            },
        },
    }
