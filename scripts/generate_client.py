"""Generate the typed Python client, clients/python/ (`make client`), from the exported contract,
openapi/openapi.json: run `make openapi` first when the app's schema changed.

openapi-python-client (pinned in pyproject.toml's dev extras) with its settings in
clients/openapi-python-client.yaml (the project's and package's names, the workbooks answered as
files) and clients/templates/ (one fixed template). Its post-generation hooks run ruff, looked up
on PATH: this venv's comes first.
tests/integration/test_python_client.py generates into a temporary folder with ``generate`` and
compares with the committed client.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = ROOT / "openapi" / "openapi.json"
CLIENT = ROOT / "clients" / "python"
CONFIG = ROOT / "clients" / "openapi-python-client.yaml"
TEMPLATES = ROOT / "clients" / "templates"


def generate(contract: Path = CONTRACT, target: Path = CLIENT) -> None:
    """The client of ``contract`` in ``target``, replacing what was there."""
    bin_dir = str(Path(sys.executable).parent)
    environment = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(contract),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "setup",
        "--output-path",
        str(target),
        "--overwrite",
    ]
    done = subprocess.run(  # noqa: S603 - our own tool, our own arguments
        command, env=environment, capture_output=True, text=True, check=False
    )
    # A schema the generator cannot read is left out of the client with a warning, not an
    # error: either is a failure here.
    if done.returncode != 0 or "Warning" in done.stdout or "Error" in done.stdout:
        raise SystemExit(f"openapi-python-client failed:\n{done.stdout}\n{done.stderr}")
    shutil.rmtree(target / ".ruff_cache", ignore_errors=True)


if __name__ == "__main__":
    generate()
    print(f"wrote {CLIENT.relative_to(ROOT)}")
