"""The contract fuzz (tests/api/contract_fuzz.py) as the platform administrator and the city
office's director, and the proof that the harness can fail."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.responses import Response

from app.services import calendar as calendar_service
from tests.api import contract_fuzz
from tests.api.contract_fuzz import Fuzz, Tally, fuzz_as, generate

pytestmark = pytest.mark.heavy(seconds=90)

fuzz = contract_fuzz.fuzz  # this module's seeded world


@pytest.mark.parametrize("caller", ["platform_admin", "city_office_director"])
def test_no_generated_request_gets_a_server_error_or_an_undocumented_answer(
    fuzz: Fuzz, caller: str
) -> None:
    fuzz_as(fuzz, caller)


def test_the_fuzz_reports_a_planted_server_error_and_a_planted_wrong_answer(
    fuzz: Fuzz, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The harness can fail: with one handler made to raise and another to answer outside its
    documented schema, the same generation reports both, named by check and operation."""

    async def raising(*_: Any, **__: Any) -> Any:
        raise RuntimeError("planted")

    async def off_schema(*_: Any, **__: Any) -> Any:
        return Response(content=b'{"planted": true}', media_type="application/json")

    monkeypatch.setattr(calendar_service, "describe_day", raising)
    monkeypatch.setattr(calendar_service, "status", off_schema)
    schema = fuzz.schema.include(path_regex=r"^/v1/calendar/(days/\{day\}|status)$")
    headers = {"Authorization": f"Bearer {fuzz.tokens['platform_admin']}"}
    found: dict[tuple[str, str], str] = {}
    generate(fuzz, schema, "platform_admin", headers, found, Tally())
    assert set(found) == {
        ("not_a_server_error", "GET /v1/calendar/days/{day}"),
        ("response_schema_conformance", "GET /v1/calendar/status"),
    }
