"""The typed Python client, clients/python/ (`make client`, issue 19): pip installs it, it drives
a real flow against the service on a socket, and it is the client of the app's contract.

- Installed as an integrator would, by pip, from a copy of clients/python (pip builds in the
  source folder), into a folder of its own, offline (--no-index, no build isolation: the venv's
  setuptools builds the wheel), then imported from there.
- The flow: a token by the password grant, a monthly report submitted with its four files through
  the client's typed multipart body (SubmissionForm: the JSON part from its model, each file as a
  file), then the compliance matrix, where the submission is counted.
- Regenerated from the app's schema into a temporary folder, it equals the committed client: run
  `make openapi` then `make client` when this fails.
- Every file part of every multipart body is a file to a generator (`format: binary`, beside
  3.1's contentMediaType): a plain UploadFile is typed as text by openapi-python-client, which
  then sends it as a text field.
"""

from __future__ import annotations

import io
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import uvicorn

from app.main import create_app
from app.settings import Settings
from scripts.export_openapi import render
from scripts.generate_client import CLIENT, generate
from tests import sample_files
from tests.factories import PASSWORD, World

EZHOU_FILES = {
    "report.electronic": ("10月月报.docx", sample_files.docx()),
    "report.scanned": ("10月月报（盖章）.pdf", sample_files.pdf()),
    "progress_table.electronic": ("工作推进表.xlsx", sample_files.xlsx()),
    "progress_table.scanned": ("工作推进表.jpg", sample_files.jpeg()),
}


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not {"__pycache__", ".ruff_cache"} & set(path.parts)
    }


@pytest.fixture(scope="module")
def contract() -> str:
    """The app's OpenAPI document, as `make openapi` writes it."""
    return render()


def test_the_committed_client_is_the_client_of_the_apps_contract(
    contract: str, tmp_path: Path
) -> None:
    exported = tmp_path / "openapi.json"
    exported.write_text(contract, encoding="utf-8")
    generate(exported, tmp_path / "client")
    fresh, committed = _tree(tmp_path / "client"), _tree(CLIENT)
    differing = sorted(
        n for n in fresh.keys() | committed.keys() if fresh.get(n) != committed.get(n)
    )
    assert not differing, (
        "clients/python is not the client of the app's contract: run `make openapi` then "
        f"`make client`. {len(differing)} files differ: {differing[:10]}"
    )


def _file_parts(schema: dict[str, Any], components: dict[str, Any]) -> list[dict[str, Any]]:
    """Every schema of a part (or of an item of a repeated part) of a multipart body."""
    if "$ref" in schema:
        schema = components[schema["$ref"].rsplit("/", 1)[1]]
    parts = list(schema.get("properties", {}).values())
    if isinstance(schema.get("additionalProperties"), dict):
        parts.append(schema["additionalProperties"])
    found: list[dict[str, Any]] = []
    while parts:
        part = parts.pop()
        parts += part.get("anyOf", [])
        if isinstance(part.get("items"), dict):
            parts.append(part["items"])
        found.append(part)
    return found


def test_every_file_part_of_a_multipart_body_is_a_file_to_a_generator(contract: str) -> None:
    schema = json.loads(contract)
    components = schema["components"]["schemas"]
    bodies = [
        (f"{method.upper()} {path}", content["multipart/form-data"]["schema"])
        for path, item in schema["paths"].items()
        for method, operation in item.items()
        for content in [operation.get("requestBody", {}).get("content", {})]
        if "multipart/form-data" in content
    ]
    assert len(bodies) >= 5  # attachments, answers, submissions, progress, workbook import
    not_files = [
        where
        for where, body in bodies
        for part in _file_parts(body, components)
        if part.get("contentMediaType") == "application/octet-stream"
        and part.get("format") != "binary"
    ]
    assert not_files == []
    submission_form = components["SubmissionForm"]
    assert submission_form["properties"]["submission"]["$ref"].endswith("/SubmissionCreate")
    assert submission_form["additionalProperties"]["items"]["format"] == "binary"
    workbook = schema["paths"]["/v1/jurisdictions/{jid}/tasks/export.xlsx"]["get"]
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert workbook["responses"]["200"]["content"][xlsx]["schema"]["format"] == "binary"


@pytest.fixture(scope="module")
def gaiban_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """clients/python installed by pip into a folder of its own and imported from there."""
    source = tmp_path_factory.mktemp("source") / "python"
    shutil.copytree(CLIENT, source, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    site = tmp_path_factory.mktemp("site")
    installed = subprocess.run(  # noqa: S603 - pip, our own arguments
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--no-build-isolation",
            "--target",
            str(site),
            str(source),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert (site / "gaiban_client" / "py.typed").is_file()
    sys.path.insert(0, str(site))
    try:
        import gaiban_client

        assert Path(gaiban_client.__file__).is_relative_to(site)
        yield gaiban_client
    finally:
        sys.path.remove(str(site))
        for name in [n for n in sys.modules if n.split(".")[0] == "gaiban_client"]:
            del sys.modules[name]


@pytest.fixture
def served(books: World, settings: Settings) -> Iterator[str]:
    """The service on a free port of 127.0.0.1, in a thread with its own pool and token keys,
    started once the world is written."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(settings), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive(), "the server stopped while starting"
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        listener.close()


async def test_a_report_is_submitted_with_its_files_and_counted_through_the_client(
    gaiban_client: ModuleType, served: str, books: World
) -> None:
    from gaiban_client import AuthenticatedClient, Client
    from gaiban_client.api.auth import create_token
    from gaiban_client.api.reports import (
        create_submission,
        get_report_compliance,
    )
    from gaiban_client.models import (
        BodyCreateToken,
        ComplianceOut,
        SubmissionCreate,
        SubmissionDetailOut,
        SubmissionForm,
        TokenOut,
    )
    from gaiban_client.types import File

    def token(username: str) -> str:
        with Client(base_url=served) as anonymous:
            out = create_token.sync(
                client=anonymous,
                body=BodyCreateToken(grant_type="password", username=username, password=PASSWORD),
            )
        assert isinstance(out, TokenOut), out
        return str(out.access_token)

    city_b = books.places["city_b"]
    form = SubmissionForm(
        submission=SubmissionCreate(
            report_kind="monthly_report", period="2026-10", experience="并联审批"
        )
    )
    for field, (name, content) in EZHOU_FILES.items():
        form[field] = [File(payload=io.BytesIO(content), file_name=name)]
    with AuthenticatedClient(base_url=served, token=token("city-b.liaison")) as liaison:
        created = create_submission.sync(city_b.id, client=liaison, body=form)
    assert isinstance(created, SubmissionDetailOut), created
    assert created.unit_id == city_b.unit_ids["housing"]
    (version,) = created.versions
    assert version.content.experience == "并联审批"
    assert {(f.field, f.filename) for f in version.files} == {
        (field, name) for field, (name, _) in EZHOU_FILES.items()
    }

    with AuthenticatedClient(base_url=served, token=token("city-b.office_staff")) as office:
        matrix = get_report_compliance.sync(
            city_b.id,
            client=office,
            report_kind="monthly_report",
            from_=date(2026, 10, 1),
            to=date(2026, 10, 1),
        )
    assert isinstance(matrix, ComplianceOut), matrix
    assert [p.label for p in matrix.periods] == ["2026-10"]
    (row,) = [r for r in matrix.rows if r.unit_id == city_b.unit_ids["housing"]]
    (cell,) = row.cells
    assert (cell.submission_id, cell.versions) == (created.id, 1)
    # Late or on time by the day it runs (the server's clock is the real one): counted either way.
    assert cell.status in ("on_time", "late")
    (totals,) = matrix.totals
    assert totals.on_time + totals.late == 1
