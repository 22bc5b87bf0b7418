"""Write the committed contracts: the app's OpenAPI document to openapi/openapi.json and the
rulebook's JSON Schema (served at GET /v1/rulebook-schema) to openapi/rulebook.schema.json."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def render() -> str:
    from app.main import create_app
    from app.security import TokenService, generate_private_pem, signing_key_from_pem
    from app.settings import Settings

    tokens = TokenService(
        signing_key_from_pem(generate_private_pem()), issuer="x", audience="x", ttl_seconds=60
    )
    app = create_app(
        Settings(database_url="postgresql+asyncpg://unused/unused"), token_service=tokens
    )
    return json.dumps(app.openapi(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def render_rulebook_schema() -> str:
    from app.rulebooks.schema import rulebook_schema

    return json.dumps(rulebook_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    for name, text in (
        ("openapi.json", render()),
        ("rulebook.schema.json", render_rulebook_schema()),
    ):
        target = ROOT / "openapi" / name
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")
