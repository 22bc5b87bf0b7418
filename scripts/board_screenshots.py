"""The README's screenshots of the progress board (docs/board.png, docs/board-phone.png), taken
with the demo data (``gaiban demo``: Ezhou's member units and reports) in headless Chromium.

    python scripts/board_screenshots.py postgresql+asyncpg://postgres@127.0.0.1:5432/postgres

The URL names a server's maintenance database: a scratch database is made beside it, migrated,
loaded with the demo, served on a port of 127.0.0.1 and dropped afterwards. Needs the dev extra
(Playwright) and the system's Chromium (``make chromium``, which also installs a CJK font);
``pngquant``, when installed, compresses the images (Debian's package).
"""

from __future__ import annotations

import asyncio
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import uvicorn
from playwright.sync_api import sync_playwright

from app.db import Database
from app.main import create_app
from app.migrations import upgrade
from app.services.demo import load_demo
from app.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SCRATCH = "gaiban_board_screenshots"
WHO = "ezhou.office_director"


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


async def _recreate(maintenance: str, drop_only: bool = False) -> None:
    connection = await asyncpg.connect(maintenance.replace("+asyncpg", "", 1))
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{SCRATCH}" WITH (FORCE)')
        if not drop_only:
            await connection.execute(f'CREATE DATABASE "{SCRATCH}"')
    finally:
        await connection.close()


async def _load(settings: Settings) -> None:
    database = Database(settings.database_url or "")
    try:
        async with database.sessionmaker() as session, session.begin():
            await load_demo(session, settings)
    finally:
        await database.dispose()


def _serve(settings: Settings) -> tuple[str, uvicorn.Server, threading.Thread]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(settings), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise SystemExit("the service did not start")
        time.sleep(0.05)
    return f"http://127.0.0.1:{listener.getsockname()[1]}", server, thread


def _shoot(served: str, password: str, folder: Path) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
        page.goto(f"{served}/board/")
        page.fill("#username", WHO)
        page.fill("#password", password)
        page.click("button[type=submit]")
        page.wait_for_url(f"{served}/board/")
        page.screenshot(path=str(folder / "board.png"), full_page=True)
        page.set_viewport_size({"width": 390, "height": 844})
        page.screenshot(path=str(folder / "board-phone.png"))
        browser.close()


def main(maintenance: str) -> None:
    asyncio.run(_recreate(maintenance))
    try:
        with tempfile.TemporaryDirectory() as data_dir:
            settings = Settings(
                database_url=_with_database(maintenance, SCRATCH), data_dir=Path(data_dir)
            )
            upgrade(settings.database_url or "")
            asyncio.run(_load(settings))
            served, server, thread = _serve(settings)
            try:
                _shoot(served, settings.demo_password.get_secret_value(), ROOT / "docs")
            finally:
                server.should_exit = True
                thread.join(timeout=10)
    finally:
        asyncio.run(_recreate(maintenance, drop_only=True))
    pngquant = shutil.which("pngquant")
    for name in ("board.png", "board-phone.png"):
        image = ROOT / "docs" / name
        if pngquant:
            subprocess.run(  # noqa: S603 - the installed pngquant, our arguments
                [
                    pngquant,
                    "--force",
                    "--quality",
                    "60-85",
                    "--speed",
                    "1",
                    "--output",
                    image,
                    image,
                ],
                check=True,
            )
        print(f"{image.relative_to(ROOT)}: {image.stat().st_size // 1024} KB")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
