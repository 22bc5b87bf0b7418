"""The code never reads the server's local time zone: times are UTC, dates are a jurisdiction's."""

from __future__ import annotations

import ast
import json
import logging
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.middleware import JsonLogFormatter
from app.settings import PROJECT_ROOT

APP = PROJECT_ROOT / "app"

# Calls that consult the process's local zone (or return naive "local" values).
_ALWAYS_LOCAL = {
    ("datetime", "utcnow"),
    ("datetime", "utcfromtimestamp"),
    ("datetime", "today"),
    ("date", "today"),
    ("time", "localtime"),
    ("time", "mktime"),
    ("time", "ctime"),
    ("time", "asctime"),
}
# Local unless given a zone: datetime.now(tz), datetime.fromtimestamp(ts, tz), x.astimezone(tz).
_LOCAL_WITHOUT_ZONE = {("datetime", "now"): 0, ("datetime", "fromtimestamp"): 1}


def _owner(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr  # datetime.datetime.now → "datetime"
    return None


def local_zone_reads(source: str) -> list[str]:
    """Each call in ``source`` that depends on the server's local zone, as 'line: call'."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        owner, name = _owner(node.func.value), node.func.attr
        given = len(node.args) + len(node.keywords)
        bad = (owner, name) in _ALWAYS_LOCAL
        if (owner, name) in _LOCAL_WITHOUT_ZONE:
            bad = given <= _LOCAL_WITHOUT_ZONE[(owner, name)]
        if name == "astimezone" and given == 0:
            bad = True
        if (owner, name) == ("time", "strftime") and len(node.args) < 2:
            bad = True  # formats localtime() when no time tuple is given
        if bad:
            found.append(f"{node.lineno}: {ast.unparse(node)}")
    return found


def _app_sources() -> Iterator[Path]:
    yield from sorted(APP.rglob("*.py"))


@pytest.mark.parametrize(
    "snippet",
    [
        "datetime.now()",
        "datetime.datetime.now()",
        "datetime.utcnow()",
        "date.today()",
        "datetime.today()",
        "time.localtime()",
        "time.mktime(t)",
        "time.strftime('%Y')",
        "datetime.fromtimestamp(ts)",
        "moment.astimezone()",
    ],
)
def test_the_detector_flags_local_zone_reads(snippet: str) -> None:
    assert local_zone_reads(snippet)


@pytest.mark.parametrize(
    "snippet",
    [
        "datetime.now(UTC)",
        "datetime.now(tz=ZoneInfo('Asia/Shanghai'))",
        "datetime.fromtimestamp(ts, tz=UTC)",
        "moment.astimezone(ZoneInfo(zone))",
        "func.now()",  # PostgreSQL's now(): a timestamptz, the session runs in UTC
        "time.gmtime()",
        "time.perf_counter()",
    ],
)
def test_the_detector_accepts_zone_explicit_calls(snippet: str) -> None:
    assert local_zone_reads(snippet) == []


def test_app_never_reads_the_servers_local_zone() -> None:
    offences = {
        str(path.relative_to(PROJECT_ROOT)): found
        for path in _app_sources()
        if (found := local_zone_reads(path.read_text(encoding="utf-8")))
    }
    assert offences == {}


def test_default_business_time_zone_is_asia_shanghai() -> None:
    from app.settings import Settings

    assert Settings.model_fields["default_time_zone"].default == "Asia/Shanghai"


@pytest.fixture
def far_from_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run as if the server were set to a zone far from UTC."""
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("far_from_utc")
def test_json_log_formatter_writes_utc_times_with_z() -> None:
    moment = datetime(2026, 1, 4, 23, 30, 15, 250_000, tzinfo=UTC)
    record = logging.LogRecord("gaiban.test", logging.INFO, __file__, 1, "hello %s", ("x",), None)
    record.created = moment.timestamp()
    record.request_id = "abc"

    line = json.loads(JsonLogFormatter().format(record))

    assert line["time"] == "2026-01-04T23:30:15.250Z"
    assert line["message"] == "hello x"
    assert line["level"] == "INFO"
    assert line["request_id"] == "abc"


def test_json_log_formatter_drops_uvicorns_coloured_duplicate_message() -> None:
    record = logging.LogRecord("uvicorn.error", logging.INFO, __file__, 1, "up", (), None)
    record.color_message = "\x1b[1mup\x1b[0m"

    line = json.loads(JsonLogFormatter().format(record))

    assert line["message"] == "up"
    assert "color_message" not in line
