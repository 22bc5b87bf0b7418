"""The Dockerfile runs as a non-root user, migrates before serving, and bakes in no secret.

No Docker engine runs here: these tests read the Dockerfile's instructions.
"""

from __future__ import annotations

import json
import re

import pytest

from app.settings import PROJECT_ROOT

DOCKERFILE = PROJECT_ROOT / "Dockerfile"


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    logical: list[str] = []
    pending = ""
    for raw in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        logical.append(pending + line)
        pending = ""
    assert not pending, "the Dockerfile ends inside a continuation"
    result = []
    for line in logical:
        keyword, _, rest = line.partition(" ")
        result.append((keyword.upper(), rest.strip()))
    return result


def of(kind: str) -> list[str]:
    return [rest for keyword, rest in instructions() if keyword == kind]


def command_text(rest: str) -> str:
    """The shell text of a CMD/ENTRYPOINT in exec (JSON) or shell form."""
    if rest.startswith("["):
        return " ".join(json.loads(rest))
    return rest


def test_base_image_is_python_slim() -> None:
    assert re.fullmatch(r"python:3\.1[2-9]-slim", of("FROM")[0])


def test_runs_as_a_user_other_than_root() -> None:
    users = of("USER")
    assert users, "no USER: the service would run as root"
    final = users[-1].split(":")[0]
    assert final not in {"root", "0"}
    # The user switch comes before the command that starts the service.
    keywords = [keyword for keyword, _ in instructions()]
    assert max(i for i, k in enumerate(keywords) if k == "USER") < keywords.index("CMD")


def test_migrates_before_serving() -> None:
    (cmd,) = of("CMD")
    text = command_text(cmd)
    assert "gaiban migrate" in text
    assert "gaiban serve" in text
    assert text.index("gaiban migrate") < text.index("gaiban serve")
    between = text[text.index("gaiban migrate") : text.index("gaiban serve")]
    assert "&&" in between, "the service must not start when the migration fails"
    assert "--host 0.0.0.0" in text


def test_runs_in_production_mode() -> None:
    assert any(re.search(r"\bGAIBAN_ENVIRONMENT=production\b", env) for env in of("ENV"))


@pytest.mark.parametrize("secret", ["GAIBAN_JWT_PRIVATE_KEY", "DATABASE_URL", "PRIVATE KEY"])
def test_bakes_in_no_key_or_database_url(secret: str) -> None:
    for keyword, rest in instructions():
        if keyword in {"ENV", "ARG", "LABEL", "RUN", "COPY", "ADD"}:
            assert secret not in rest, f"{keyword} {rest}"


def test_healthcheck_probes_healthz_without_extra_tools() -> None:
    (check,) = of("HEALTHCHECK")
    assert "/healthz" in check
    assert "urllib" in check  # python is in the image; curl and wget are not


def test_keeps_the_migrations_next_to_the_app_package() -> None:
    # app.settings.PROJECT_ROOT is the app package's parent: alembic.ini and alembic/ live there,
    # so the package must be installed editable from that tree, not copied into site-packages.
    copied = " ".join(of("COPY"))
    for part in ("alembic.ini", "alembic", "app", "pyproject.toml"):
        assert part in copied
    installs = [run for run in of("RUN") if "pip install" in run]
    assert installs
    assert all("pip install -e ." in run for run in installs)


def test_dockerignore_keeps_local_state_out_of_the_image() -> None:
    ignored = {
        line.strip()
        for line in (PROJECT_ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert {".venv", ".gaiban", ".git"} <= ignored
    assert {".mypy_cache", ".pytest_cache", ".ruff_cache"} <= ignored
