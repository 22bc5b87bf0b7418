"""`gaiban tour`: the README's "Calling the API" examples, run in order against a running
service with the demo data (``gaiban serve --migrate --demo``, ``make run``).

The steps are data: each names its request (method, path, query, body, files, headers, whose
token) with shell variables (``$JID``) for what an earlier answer gave, what it expects, the ids
it keeps for later steps (from a JSON answer, a header, a Location) and the part of the answer
worth printing. The same steps are rendered as the curl script the README shows
(``gaiban tour --script``), so that the README and the tour cannot drift apart: a test runs the
tour against a real server and checks the README holds the script.

Only the standard library and httpx: a caller's view, nothing from the service's own code.
"""

from __future__ import annotations

import json
import re
import shlex
import sys
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import httpx

# The sample files the examples upload, shipped in the package.
FILES_DIR = Path(__file__).parent / "tour_files"

DEFAULT_BASE_URL = "http://127.0.0.1:8000"
# The demo's defaults (GAIBAN_DEMO_PASSWORD, GAIBAN_DEMO_CLIENT_SECRET); `gaiban tour` takes
# the configured ones.
DEMO_PASSWORD = "gaiban-demo-2026"  # noqa: S105 - the documented demo password
DEMO_CLIENT_SECRET = "gaiban-demo-2026"  # noqa: S105 - the documented demo secret

_VARIABLE = re.compile(r"\$([A-Z][A-Z_]*)")


# --- reading answers ----------------------------------------------------------------------------


def pick(value: Any, path: str) -> Any:
    """One value of a JSON answer by a dotted path: ``home_jurisdiction_id``, ``items.0.id``,
    ``items.code=housing.id`` (the first item whose ``code`` is ``housing``). The README's
    shell function ``pick`` does the same (PICK_SHELL)."""
    for key in path.split("."):
        if "=" in key:
            name, wanted = key.split("=", 1)
            value = next(item for item in value if str(item[name]) == wanted)
        elif isinstance(value, list):
            value = value[int(key)]
        else:
            value = value[key]
    return value


PICK_SHELL = """pick() {  # pick items.0.id, items.code=housing.id: one value of the JSON on stdin
  python3 -c 'import json, sys
value = json.load(sys.stdin)
for key in sys.argv[1].split("."):
    if "=" in key:
        name, wanted = key.split("=", 1)
        value = next(item for item in value if str(item[name]) == wanted)
    elif isinstance(value, list):
        value = value[int(key)]
    else:
        value = value[key]
print(value)' "$1"
}
header() { sed -n "s/^$1: //Ip" | tr -d '\\r'; }  # one header of the answer on stdin"""


@dataclass(frozen=True)
class Capture:
    """An id (or token) a later step needs, kept in a shell variable: from the JSON answer
    (``path`` as ``pick`` takes it), a header, or the last segment of the Location header."""

    variable: str
    source: Literal["json", "header", "location"] = "json"
    path: str = ""


Show = Callable[[httpx.Response], str]


def fields(*paths: str) -> Show:
    """``path=value`` for each path of the JSON answer."""

    def show(response: httpx.Response) -> str:
        body = response.json()
        return "  ".join(f"{path}={_short(pick(body, path))}" for path in paths)

    return show


def each(*paths: str, items: str = "items", at_most: int = 6) -> Show:
    """One line per item of a list answer: the given fields of each."""

    def show(response: httpx.Response) -> str:
        rows = pick(response.json(), items)
        lines = [
            "  ".join(f"{path}={_short(pick(row, path))}" for path in paths)
            for row in rows[:at_most]
        ]
        if len(rows) > at_most:
            lines.append(f"… {len(rows) - at_most} more")
        return "\n".join(lines) if lines else "(none)"

    return show


def text_lines(count: int, *, matching: str = "") -> Show:
    """The first lines of a text answer (CSV, iCalendar), those holding ``matching``."""

    def show(response: httpx.Response) -> str:
        lines = [line for line in response.text.lstrip("\ufeff").splitlines() if matching in line]
        more = f"\n… {len(lines) - count} more lines" if len(lines) > count else ""
        return "\n".join(lines[:count]) + more

    return show


def status_only(response: httpx.Response) -> str:
    return f"(no body: {response.status_code})"


def problem_or(show: Show) -> Show:
    """For a step whose refusal is expected too: the problem's title and detail, else ``show``."""

    def either(response: httpx.Response) -> str:
        if response.status_code >= 400:
            body = response.json()
            return f"{body.get('title')}: {body.get('detail')}"
        return show(response)

    return either


def _short(value: Any, limit: int = 60) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- the steps ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """One request of the tour. Texts may hold ``$VARIABLE``s: the preamble's (``$B``,
    ``$PASSWORD``, ``$SECRET``, ``$FILES``) or an earlier step's capture."""

    say: str  # what it shows: the comment above it in the README
    method: str
    path: str
    bearer: str | None = "TOKEN"  # the variable holding the bearer token; None: no Authorization
    query: tuple[tuple[str, str], ...] = ()
    form: tuple[tuple[str, str], ...] = ()  # application/x-www-form-urlencoded fields
    json: str | None = None  # a JSON body, as text
    parts: tuple[tuple[str, str], ...] = ()  # multipart JSON parts: (field, JSON text)
    files: tuple[tuple[str, str], ...] = ()  # multipart files: (field, name under $FILES)
    headers: tuple[tuple[str, str], ...] = ()
    basic: tuple[str, str] | None = None  # HTTP Basic: (user, password)
    expect: tuple[int, ...] = (200,)
    capture: Capture | None = None
    show: Show = field(default=lambda response: "")
    save_as: str | None = None  # the script writes the answer to this file
    print_status: bool = False  # the script prints the status code only


OFFICE = "ezhou.office_director"
LIAISON = "ezhou.unit.housing.liaison"
CLIENT = "ezhou-approval-system"
TASKS = "$B/v1/jurisdictions/$JID/tasks"

STEPS: tuple[Step, ...] = (
    Step(
        "a person's token: the Ezhou office director (every demo account has the demo password)",
        "POST",
        "$B/v1/auth/token",
        bearer=None,
        form=(("grant_type", "password"), ("username", OFFICE), ("password", "$PASSWORD")),
        capture=Capture("TOKEN", path="access_token"),
        show=fields("token_type", "expires_in"),
    ),
    Step(
        "who am I: JID, the jurisdiction the next examples work in, is my home jurisdiction",
        "GET",
        "$B/v1/me",
        capture=Capture("JID", path="home_jurisdiction_id"),
        show=fields("display_name", "positions.0.role", "home_jurisdiction_id"),
    ),
    Step(
        "the jurisdictions I see",
        "GET",
        "$B/v1/jurisdictions",
        show=each("code", "name", "level"),
    ),
    Step(
        "a calendar subscription for the meetings of my jurisdiction (FEED: the feed token)",
        "POST",
        "$B/v1/me/feed-tokens",
        json='{"label": "office calendar"}',
        expect=(201,),
        capture=Capture("FEED", path="token"),
        show=fields("label", "expires_at"),
    ),
    Step(
        "the feed, as a calendar application reads it: no Authorization, the token in the URL",
        "GET",
        "$B/v1/jurisdictions/$JID/meetings.ics",
        bearer=None,
        query=(("access_token", "$FEED"),),
        show=text_lines(4, matching="SUMMARY"),
    ),
    Step(
        "a report is submitted by the unit's liaison officer, not the office: a token of "
        "Ezhou's housing bureau's",
        "POST",
        "$B/v1/auth/token",
        bearer=None,
        form=(("grant_type", "password"), ("username", LIAISON), ("password", "$PASSWORD")),
        capture=Capture("UNIT_TOKEN", path="access_token"),
        show=fields("token_type"),
    ),
    Step(
        "the liaison submits the October monthly report (E-RPT-1) with its four files "
        "(the unit is the liaison's own; a second submission is a new version)",
        "POST",
        "$B/v1/jurisdictions/$JID/submissions",
        bearer="UNIT_TOKEN",
        parts=(
            (
                "submission",
                '{"report_kind": "monthly_report", "period": "2026-10", '
                '"problems": "部门间数据共享不畅"}',
            ),
        ),
        files=(
            ("report.electronic", "月报.docx"),
            ("report.scanned", "月报.pdf"),
            ("progress_table.electronic", "推进表.xlsx"),
            ("progress_table.scanned", "推进表.pdf"),
        ),
        expect=(201,),
        show=fields("unit_name", "period.label", "latest_version", "timeliness"),
    ),
    Step(
        "the office reads who reported on time this year, as CSV for Excel",
        "GET",
        "$B/v1/jurisdictions/$JID/compliance",
        query=(
            ("report_kind", "monthly_report"),
            ("period_from", "2026-01-01"),
            ("period_to", "2026-12-31"),
        ),
        headers=(("Accept", "text/csv"),),
        save_as="compliance.csv",
        show=text_lines(3),
    ),
    Step(
        "the office writes a draft notice to the leading group: DID from the Location header",
        "POST",
        "$B/v1/jurisdictions/$JID/documents",
        json='{"issuer": "office", "title": "关于推行联合验收的通知", '
        '"body": "各成员单位：……", "main_recipients": [{"kind": "leading_group"}]}',
        expect=(201,),
        capture=Capture("DID", source="location"),
        show=fields("state", "title"),
    ),
    Step(
        "the office director signs it: the answer carries its number (NUMBER)",
        "POST",
        "$B/v1/jurisdictions/$JID/documents/$DID/sign",
        capture=Capture("NUMBER", path="number"),
        show=fields("state", "number", "signature"),
    ),
    Step(
        "a document by its number (〔〕 or [] alike)",
        "GET",
        "$B/v1/jurisdictions/$JID/documents",
        query=(("number", "$NUMBER"),),
        show=each("number", "title", "state"),
    ),
    Step(
        "the member units: UNIT is the administrative approval bureau's id, found by its code",
        "GET",
        "$B/v1/jurisdictions/$JID/units",
        query=(("limit", "200"),),
        capture=Capture("UNIT", path="items.code=administrative_approval.id"),
        show=each("code", "name", at_most=3),
    ),
    Step(
        "the task breakdown: that unit's overdue tasks",
        "GET",
        TASKS,
        query=(("unit_id", "$UNIT"), ("overdue", "true")),
        show=each("code", "title", "overdue_working_days"),
    ),
    Step(
        "the per-unit summary, as CSV (overdue working days summed and at most, per unit)",
        "GET",
        "$B/v1/jurisdictions/$JID/tasks/summary",
        query=(("by", "unit"),),
        headers=(("Accept", "text/csv"),),
        save_as="summary.csv",
        show=text_lines(3),
    ),
    Step(
        "a poller keeps the list's ETag ...",
        "GET",
        TASKS,
        capture=Capture("ETAG", source="header", path="etag"),
        show=each("code", "title", "state", at_most=3),
    ),
    Step(
        "... and gets 304, with no body, while nothing changed",
        "GET",
        TASKS,
        headers=(("If-None-Match", "$ETAG"),),
        expect=(304,),
        print_status=True,
        show=status_only,
    ),
    Step(
        "check a workbook (the export's columns; one new task, 序号 K-1) without writing anything",
        "POST",
        "$B/v1/jurisdictions/$JID/tasks/import",
        query=(("dry_run", "true"),),
        files=(("file", "任务分解表.xlsx"),),
        show=fields("dry_run", "created", "updated", "unchanged", "errors"),
    ),
    Step(
        "then import it (run again, its row is unchanged)",
        "POST",
        "$B/v1/jurisdictions/$JID/tasks/import",
        files=(("file", "任务分解表.xlsx"),),
        show=fields("dry_run", "created", "updated", "unchanged"),
    ),
    Step(
        "meetings whose minutes are archived: MID is the first",
        "GET",
        "$B/v1/jurisdictions/$JID/meetings",
        query=(("state", "minutes_archived"),),
        capture=Capture("MID", path="items.0.id"),
        show=each("title", "kind", "state"),
    ),
    Step(
        "its minutes: each decision names a unit and a deadline",
        "GET",
        "$B/v1/jurisdictions/$JID/meetings/$MID/minutes",
        show=each("text", "deadline", items="draft.agenda_items.0.decisions"),
    ),
    Step(
        "the tasks made from its decisions, with their progress: TID is the first",
        "GET",
        TASKS,
        query=(("meeting_id", "$MID"),),
        capture=Capture("TID", path="items.0.id"),
        show=each("code", "title", "state", "percent"),
    ),
    Step(
        "that task's progress reports, by its lead unit, with evidence files",
        "GET",
        "$B/v1/jurisdictions/$JID/tasks/$TID/progress",
        show=each("percent", "text", "evidence.0.filename"),
    ),
    Step(
        "the next decision becomes a task (once: run again, 409 names the task)",
        "POST",
        "$B/v1/jurisdictions/$JID/tasks/from-decision",
        json='{"meeting_id": "$MID", "agenda_index": 0, "decision_index": 1, '
        '"category": "审批流程改革"}',
        expect=(201, 409),
        show=problem_or(fields("code", "title", "lead_unit.name", "deadline")),
    ),
    Step(
        "a machine client's token (HTTP Basic or form fields, RFC 6749 §2.3.1)",
        "POST",
        "$B/v1/auth/token",
        bearer=None,
        basic=(CLIENT, "$SECRET"),
        form=(("grant_type", "client_credentials"),),
        capture=Capture("CLIENT_TOKEN", path="access_token"),
        show=fields("token_type", "expires_in"),
    ),
    Step(
        "who it is: a client bound to Ezhou, reading only",
        "GET",
        "$B/v1/me",
        bearer="CLIENT_TOKEN",
        show=fields("kind", "name", "scopes"),
    ),
)


# --- the steps as a shell script ----------------------------------------------------------------


def _shell(text: str) -> str:
    """``text`` as one shell word in which its ``$VARIABLE``s expand and nothing else does."""
    plain = _VARIABLE.sub("", text)
    if re.fullmatch(r"[A-Za-z0-9_./:=@%+,-]*", plain):
        return f'"{text}"' if plain != text else text
    if not re.search(r"[\"\\`!$]", plain):
        return f'"{text}"'
    pieces = []
    position = 0
    for match in _VARIABLE.finditer(text):
        if match.start() > position:
            pieces.append(shlex.quote(text[position : match.start()]))
        pieces.append(f'"{match.group(0)}"')
        position = match.end()
    if position < len(text):
        pieces.append(shlex.quote(text[position:]))
    return "".join(pieces)


# Variables holding ids and tokens (UUIDs, URL-safe base64): written into a URL as they are.
_URL_SAFE_VARIABLES = frozenset({"JID", "DID", "UNIT", "MID", "TID", "FEED"})


def _url_safe(text: str) -> bool:
    """Whether ``text``, a query value, goes into the URL as it is (else --data-urlencode)."""
    rest = _VARIABLE.sub(lambda m: "" if m.group(1) in _URL_SAFE_VARIABLES else "\0", text)
    return re.fullmatch(r"[A-Za-z0-9_.:/=-]*", rest) is not None


def curl_command(step: Step) -> list[str]:
    """The step as curl's arguments, each a shell word."""
    args = ["curl", "-s"]
    if step.capture is not None and step.capture.source != "json":
        args += ["-o", "/dev/null", "-D", "-"]
    if step.method != "GET":
        args += ["-X", step.method]
    inline = [(k, v) for k, v in step.query if _url_safe(v)]
    encoded = [(k, v) for k, v in step.query if not _url_safe(v)]
    url = step.path + ("?" + "&".join(f"{k}={v}" for k, v in inline) if inline else "")
    if encoded:
        args.append("-G")
    args.append(_shell(url))
    for key, value in encoded:
        args += ["--data-urlencode", _shell(f"{key}={value}")]
    if step.bearer:
        args += ["-H", _shell(f"Authorization: Bearer ${step.bearer}")]
    if step.basic:
        args += ["-u", _shell(f"{step.basic[0]}:{step.basic[1]}")]
    for name, value in step.headers:
        args += ["-H", _shell(f"{name}: {value}")]
    if step.json is not None:
        args += ["-H", _shell("Content-Type: application/json"), "-d", _shell(step.json)]
    for name, value in step.form:
        args += ["-d", _shell(f"{name}={value}")]
    for name, value in step.parts:
        args += ["-F", _shell(f"{name}={value};type=application/json")]
    for name, value in step.files:
        args += ["-F", _shell(f"{name}=@$FILES/{value}")]
    if step.save_as:
        args += ["-o", step.save_as]
    if step.print_status:
        args += ["-o", "/dev/null", "-w", _shell("%{http_code}\\n")]
    elif step.capture is None and step.save_as is None:
        args += ["-w", _shell("\\n")]  # each answer on lines of its own
    return args


_TAKES_VALUE = frozenset({"-o", "-D", "-X", "-H", "-d", "-F", "-u", "-w", "--data-urlencode"})


def _wrap(first: str, words: Sequence[str], width: int = 100) -> str:
    """``first`` and the words, an option beside its value, continued with `` \\`` so that
    no line is wider than ``width``."""
    groups: list[str] = []
    for word in words:
        if groups and groups[-1] in _TAKES_VALUE:
            groups[-1] += " " + word
        else:
            groups.append(word)
    lines = [first]
    for group in groups:
        if len(lines[-1]) + 1 + len(group) > width - 2:
            lines[-1] += " \\"
            lines.append("  " + group)
        else:
            lines[-1] += " " + group
    return "\n".join(lines)


def script(base_url: str = DEFAULT_BASE_URL) -> str:
    """The tour as a shell script: what the README shows."""
    out = [
        f"B={base_url}  # the service: make run",
        f"PASSWORD={DEMO_PASSWORD}  # every demo account's (make run prints it)",
        f"SECRET={DEMO_CLIENT_SECRET}  # the demo machine client's",
        "FILES=app/tour_files  # the sample files, in this checkout",
        PICK_SHELL,
    ]
    for step in STEPS:
        out.append("")
        out += textwrap.wrap(step.say, 98, initial_indent="# ", subsequent_indent="# ")
        words = curl_command(step)
        capture = step.capture
        if capture is None:
            out.append(_wrap(words[0], words[1:]))
            continue
        if capture.source == "json":
            tail = f"| pick {capture.path})"
        elif capture.source == "header":
            tail = f"| header {capture.path})"
        else:
            tail = "| header location | sed 's|.*/||')"
        out.append(_wrap(f"{capture.variable}=$({words[0]}", [*words[1:], tail]))
    return "\n".join(out) + "\n"


# --- running it ---------------------------------------------------------------------------------


class TourFailed(Exception):
    pass


def _expand(text: str, variables: Mapping[str, str]) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in variables:
            raise TourFailed(f"${name} is not set (no earlier step found it)")
        return variables[name]

    return _VARIABLE.sub(value, text)


def _request(step: Step, variables: Mapping[str, str]) -> dict[str, Any]:
    def x(text: str) -> str:
        return _expand(text, variables)

    request: dict[str, Any] = {
        "method": step.method,
        "url": x(step.path),
        "params": [(k, x(v)) for k, v in step.query],
        "headers": {name: x(value) for name, value in step.headers},
    }
    if step.bearer:
        request["headers"]["Authorization"] = f"Bearer {variables[step.bearer]}"
    if step.basic:
        request["auth"] = (x(step.basic[0]), x(step.basic[1]))
    if step.json is not None:
        request["content"] = x(step.json).encode()
        request["headers"]["Content-Type"] = "application/json"
    if step.form:
        request["data"] = {k: x(v) for k, v in step.form}
    if step.parts or step.files:
        request["files"] = [
            (name, (None, x(value).encode(), "application/json")) for name, value in step.parts
        ] + [(name, (value, (FILES_DIR / value).read_bytes())) for name, value in step.files]
    return request


def _described(step: Step, request: Mapping[str, Any]) -> str:
    """The request in one line: method, path and query as the README writes them (with the
    variables an earlier step found), a short body."""
    path = step.path.removeprefix("$B")
    if step.query:
        path += "?" + "&".join(f"{key}={value}" for key, value in step.query)
    body = []
    if "content" in request:
        body.append(_short(request["content"].decode(), 70))
    body += [f"{k}={_short(v, 30)}" for k, v in request.get("data", {}).items()]
    for name, (filename, content, *_) in request.get("files", []):
        body.append(f"{name}={filename}" if filename else f"{name}={_short(content.decode(), 50)}")
    if "auth" in request:
        body.insert(0, f"(Basic {request['auth'][0]})")
    return f"{step.method} {path}" + ("  " + " ".join(body) if body else "")


def _captured(step: Step, response: httpx.Response) -> str:
    capture = step.capture
    assert capture is not None
    if capture.source == "json":
        value = pick(response.json(), capture.path)
    elif capture.source == "header":
        value = response.headers[capture.path]
    else:
        value = response.headers["location"].rsplit("/", 1)[-1]
    if value is None or value == "":
        raise LookupError(capture.path)
    return str(value)


def run(
    base_url: str = DEFAULT_BASE_URL,
    *,
    password: str = DEMO_PASSWORD,
    client_secret: str = DEMO_CLIENT_SECRET,
    steps: Iterable[Step] = STEPS,
    out: Any = None,
) -> int:
    """Run the steps in order; 0 when every answer was as expected, else 1 (naming the step)."""
    out = out or sys.stdout
    base_url = base_url.rstrip("/")
    variables = {"B": base_url, "PASSWORD": password, "SECRET": client_secret}
    number = 0
    with httpx.Client(timeout=30) as client:
        for number, step in enumerate(steps, 1):
            print(f"\n{number}. {step.say}", file=out)
            try:
                request = _request(step, variables)
            except TourFailed as exc:
                print(f"tour: step {number} ({step.say}): {exc}", file=sys.stderr)
                return 1
            print(f"   {_described(step, request)}", file=out)
            try:
                response = client.request(**request)
            except httpx.HTTPError as exc:
                print(
                    f"tour: step {number} ({step.say}): no answer from {base_url}: {exc}",
                    file=sys.stderr,
                )
                return 1
            if response.status_code not in step.expect:
                expected = " or ".join(map(str, step.expect))
                print(
                    f"tour: step {number} ({step.say}): {response.status_code}, expected "
                    f"{expected}: {response.text[:800]}",
                    file=sys.stderr,
                )
                return 1
            try:
                shown = step.show(response)
                if step.capture is not None and response.status_code < 300:
                    variables[step.capture.variable] = _captured(step, response)
                    value = variables[step.capture.variable]
                    shown += f"\n{step.capture.variable}={_short(value, 40)}"
            except (KeyError, IndexError, StopIteration, LookupError, ValueError) as exc:
                print(
                    f"tour: step {number} ({step.say}): the answer lacks {exc!r}: "
                    f"{response.text[:800]}",
                    file=sys.stderr,
                )
                return 1
            lines = [line for line in shown.splitlines() if line.strip()]
            print(f"   → {response.status_code}" + (f"  {lines[0]}" if lines else ""), file=out)
            for line in lines[1:]:
                print(f"     {line}", file=out)
    print(f"\nThe tour ran {number} requests, each answered as expected.", file=out)
    return 0
