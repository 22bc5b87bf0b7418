"""`gaiban tour` (app/tour.py): the README's examples, run in order against a real HTTP server
with the demo data, as printed; the README shows the same steps as a curl script, which runs as
written."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from fastapi import FastAPI

from app import tour
from app.cli import main
from app.db import Database
from app.services.demo import load_demo
from app.settings import PROJECT_ROOT, Settings
from tests.api.test_commit_before_answer import served

README = PROJECT_ROOT / "README.md"


async def _load_demo(database: Database, settings: Settings) -> None:
    async with database.sessionmaker() as session, session.begin():
        await load_demo(session, settings)


def _steps(output: str) -> dict[int, str]:
    """The tour's printout by step number: the step's lines after its heading."""
    found: dict[int, str] = {}
    for block in re.split(r"\n(?=\d+\. )", output):
        number, _, rest = block.strip().partition(". ")
        if number.isdigit():
            found[int(number)] = rest
    return found


async def test_the_tour_and_the_readme_script_run_on_the_demo_data(
    app: FastAPI,
    database: Database,
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    await _load_demo(database, settings)
    async with served(app) as url:
        first = await asyncio.to_thread(main, ["tour", "--base-url", url])
        out, err = capsys.readouterr()
        assert (first, err) == (0, "")
        steps = _steps(out)
        assert len(steps) == len(tour.STEPS)
        say = {step.say: number for number, step in enumerate(tour.STEPS, 1)}

        def printed(text: str) -> str:
            return steps[say[next(s for s in say if s.startswith(text))]]

        # Each id found as the README says: /v1/me, a list, a Location header.
        assert "JID=" in printed("who am I")
        assert "→ 201" in printed("the liaison submits")
        assert "timeliness=" in printed("the liaison submits")
        assert re.search(r"DID=[0-9a-f-]{36}", printed("the office writes a draft"))
        assert re.search(r"number=鄂州工改办〔\d{4}〕2号", printed("the office director signs"))
        assert "UNIT=" in printed("the member units")
        assert "→ 304" in printed("... and gets 304")
        assert "created=1" in printed("check a workbook")
        # The demo: a meeting with archived minutes, a task from its first decision with
        # progress and an evidence file; its second decision free to become a task.
        assert "state=minutes_archived" in printed("meetings whose minutes")
        assert "state=in_progress  percent=30" in printed("the tasks made from its decisions")
        assert "evidence.0.filename=" in printed("that task's progress")
        assert "→ 201" in printed("the next decision becomes a task")
        assert "kind=client" in printed("who it is")

        # The README's script, as written (its files from this checkout), through curl: a
        # second run, which answers as expected too.
        if shutil.which("curl") is None or shutil.which("bash") is None:
            pytest.skip("curl or bash is missing")  # pragma: no cover
        script = tour.script(url)
        (tmp_path / "app").symlink_to(PROJECT_ROOT / "app")
        ran = await asyncio.to_thread(
            subprocess.run,
            ["bash", "-eu", "-o", "pipefail", "-c", script],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "LC_ALL": "C.UTF-8"},
            check=False,
        )
        assert ran.returncode == 0, ran.stderr + ran.stdout[-2000:]
        answers = ran.stdout.splitlines()
        assert "304" in answers
        # The decision is a task already (409), the workbook's row unchanged.
        assert any('"status":409' in line for line in answers)
        assert any('"dry_run":false' in line and '"unchanged":1' in line for line in answers)
        assert (tmp_path / "compliance.csv").read_text(encoding="utf-8-sig").startswith("unit_id,")


async def test_the_tour_stops_at_an_unexpected_answer_naming_the_step(
    app: FastAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    """No demo data: the office director's sign-in is refused, and the tour says so."""
    async with served(app) as url:
        code = await asyncio.to_thread(main, ["tour", "--base-url", url])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.startswith(f"tour: step 1 ({tour.STEPS[0].say}): 400, expected 200")
    assert "2. " not in out


def test_the_tour_names_a_service_that_does_not_answer(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["tour", "--base-url", "http://127.0.0.1:9"]) == 1
    assert "no answer from http://127.0.0.1:9" in capsys.readouterr().err


def test_the_readme_shows_the_tour_as_its_script() -> None:
    """The README's "Calling the API" block is `gaiban tour --script`, word for word."""
    readme = README.read_text(encoding="utf-8")
    assert tour.script() in readme


def test_the_sample_files_are_shipped_with_the_package() -> None:
    named = {name for step in tour.STEPS for _, name in step.files}
    assert named == {p.name for p in tour.FILES_DIR.iterdir()}
    assert named
