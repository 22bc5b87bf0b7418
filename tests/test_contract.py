"""The committed OpenAPI contract is what the app serves; every route documents itself."""

from __future__ import annotations

import json

from scripts.export_openapi import ROOT, render, render_rulebook_schema


def test_committed_openapi_matches_the_app() -> None:
    committed = (ROOT / "openapi" / "openapi.json").read_text(encoding="utf-8")
    assert json.loads(committed) == json.loads(render()), (
        "openapi/openapi.json is stale: run `make openapi` and commit the result"
    )


def test_committed_rulebook_schema_matches_the_app() -> None:
    committed = (ROOT / "openapi" / "rulebook.schema.json").read_text(encoding="utf-8")
    assert json.loads(committed) == json.loads(render_rulebook_schema()), (
        "openapi/rulebook.schema.json is stale: run `make openapi` and commit the result"
    )


def test_every_operation_has_a_summary_and_documented_problems() -> None:
    schema = json.loads(render())
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
    schema = json.loads(render())
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
        # Passwords: changed by their person, reset by an office, set up with a setup token.
        *("change_", "reset_", "set_up_"),
        # Webhooks: a dead delivery sent again.
        "redeliver_",
    )
    assert all(i.startswith(verbs) for i in ids), [i for i in ids if not i.startswith(verbs)]
