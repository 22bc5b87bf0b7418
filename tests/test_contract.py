"""The committed OpenAPI contract is what the app serves; every route documents itself."""

from __future__ import annotations

import functools
import json
from typing import Any

from scripts.export_openapi import ROOT, render, render_rulebook_schema


@functools.cache
def _rendered() -> str:
    """The app's document, rendered once for the module's tests (seconds each time)."""
    return render()


def _document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(_rendered())
    return document


def test_committed_openapi_matches_the_app() -> None:
    committed = (ROOT / "openapi" / "openapi.json").read_text(encoding="utf-8")
    assert json.loads(committed) == _document(), (
        "openapi/openapi.json is stale: run `make openapi` and commit the result"
    )


def test_committed_rulebook_schema_matches_the_app() -> None:
    committed = (ROOT / "openapi" / "rulebook.schema.json").read_text(encoding="utf-8")
    assert json.loads(committed) == json.loads(render_rulebook_schema()), (
        "openapi/rulebook.schema.json is stale: run `make openapi` and commit the result"
    )


def test_every_operation_has_a_summary_and_documented_problems() -> None:
    schema = _document()
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            assert operation.get("summary"), f"{method} {path} has no summary"
            success = [c for c in operation["responses"] if c.startswith("2")]
            assert success, f"{method} {path} documents no success"
            if path not in ("/healthz", "/.well-known/jwks.json"):
                problems = [c for c in operation["responses"] if c >= "400"]
                assert problems, f"{method} {path} documents no errors"
                for code in problems:
                    content = operation["responses"][code]["content"]
                    assert list(content) == ["application/problem+json"], (method, path, code)


def test_operation_ids_are_the_handlers_verb_noun_names() -> None:
    schema = _document()
    ids = [op["operationId"] for item in schema["paths"].values() for op in item.values()]
    assert len(ids) == len(set(ids)), "operation ids must be unique"
    verbs = (
        *("list_", "get_", "create_", "update_", "rotate_", "revoke_", "check_"),
        # The domain's own acts (convening, consenting, archiving minutes …).
        *("convene_", "approve_", "cancel_", "hold_", "add_", "remove_", "record_", "put_"),
        *("archive_", "verify_", "publish_", "send_", "delete_"),
        # Major matters: the office forwards (呈报) or returns, the leader reviews (审阅).
        *("forward_", "review_", "return_", "resubmit_"),
        # Documents: signed (签发) and voided (作废).
        *("sign_", "void_"),
        # Incoming documents: the office submits on (forward_), the leadership approves or files.
        "file_",
        # The task breakdown: a filled-in workbook imported.
        "import_",
        # Assessments (C-ASM-1): the office decides an appeal, the director finalises the year.
        *("decide_", "finalise_"),
        # Passwords: changed by their person, reset by an office, set up with a setup token.
        *("change_", "reset_", "set_up_"),
        # Webhooks: a dead delivery sent again.
        "redeliver_",
        # Public disclosure: a published item withdrawn, with its reason.
        "withdraw_",
    )
    assert all(i.startswith(verbs) for i in ids), [i for i in ids if not i.startswith(verbs)]


def test_every_tag_an_operation_uses_is_defined_with_a_description() -> None:
    schema = _document()
    defined = {tag["name"]: tag.get("description") for tag in schema["tags"]}
    used = {t for item in schema["paths"].values() for op in item.values() for t in op["tags"]}
    assert used <= set(defined), sorted(used - set(defined))
    assert all(defined.values()), [name for name, text in defined.items() if not text]
    assert set(defined) <= used, sorted(set(defined) - used)  # no tag left over


def test_the_token_endpoint_is_declared_with_both_of_its_oauth2_flows() -> None:
    schemes = _document()["components"]["securitySchemes"]
    assert list(schemes) == ["OAuth2"]
    flows = schemes["OAuth2"]["flows"]
    assert set(flows) == {"password", "clientCredentials"}
    assert {flow["tokenUrl"] for flow in flows.values()} == {"/v1/auth/token"}


def test_answers_declare_their_headers() -> None:
    """Location on every 201, Retry-After on every 429 and 503, ETag beside every 304, and
    the provisional-calendar header on answers computed from working days: each a reference
    to components.headers."""
    schema = _document()
    assert set(schema["components"]["headers"]) == {
        "ETag",
        "Location",
        "Retry-After",
        "Gaiban-Calendar-Provisional",
    }
    expected = {"201": "Location", "429": "Retry-After", "503": "Retry-After"}
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            responses = operation["responses"]
            for code, name in expected.items():
                if code in responses:
                    header = responses[code].get("headers", {}).get(name)
                    assert header == {"$ref": f"#/components/headers/{name}"}, (method, path)
            if "304" in responses:
                assert "ETag" in responses["200"]["headers"], (method, path)
    tasks = schema["paths"]["/v1/jurisdictions/{jid}/tasks"]["get"]["responses"]["200"]
    assert "Gaiban-Calendar-Provisional" in tasks["headers"]
    units = schema["paths"]["/v1/jurisdictions/{jid}/units"]["get"]["responses"]["200"]
    assert "Gaiban-Calendar-Provisional" not in units["headers"]


def test_the_submission_example_is_a_valid_submission() -> None:
    """Spectral checks the example against the form's schema; this checks it against the model
    the route validates the JSON part with, which is stricter (cross-field rules)."""
    from app.openapi_examples import EXAMPLES
    from app.schemas.submissions import SubmissionCreate

    for example in EXAMPLES["create_submission"]["request"].values():
        SubmissionCreate.model_validate(example["value"]["submission"])
