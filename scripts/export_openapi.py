"""Write the app's OpenAPI document to openapi/openapi.json (the committed contract)."""

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


if __name__ == "__main__":
    target = ROOT / "openapi" / "openapi.json"
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")
