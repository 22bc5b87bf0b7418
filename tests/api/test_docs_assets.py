"""The docs' own files (app/docs.py, issue 19): Swagger UI 5 from the swagger-ui-bundle-v2
package, served under /docs/assets, nothing else of the package's folder; /redoc redirects to
/docs. The page itself, rendered offline in a browser: tests/browser/test_docs_page.py."""

from __future__ import annotations

import re

import httpx
import pytest

from app.docs import SWAGGER_UI_ASSETS


async def test_the_docs_page_loads_swagger_ui_from_the_service(client: httpx.AsyncClient) -> None:
    page = (await client.get("/docs")).text
    assert re.findall(r'(?:src|href)="([^"]+)"', page) == [
        "/docs/assets/swagger-ui.css",
        "/docs/assets/favicon-32x32.png",
        "/docs/assets/swagger-ui-bundle.js",
    ]


async def test_the_assets_are_swagger_ui_5(client: httpx.AsyncClient) -> None:
    """Swagger UI 5 renders OpenAPI 3.1 (the service's document); 4 shows an error instead."""
    bundle = await client.get("/docs/assets/swagger-ui-bundle.js")
    assert bundle.status_code == 200
    assert bundle.headers["content-type"].startswith("text/javascript")
    version = re.search(r'PACKAGE_VERSION:"(\d+)\.\d+\.\d+"', bundle.text)
    assert version is not None
    assert int(version[1]) >= 5, version[0]
    style = await client.get("/docs/assets/swagger-ui.css")
    assert style.status_code == 200
    assert style.headers["content-type"].startswith("text/css")
    icon = await client.get("/docs/assets/favicon-32x32.png")
    assert icon.status_code == 200
    assert icon.content.startswith(b"\x89PNG")
    assert set(SWAGGER_UI_ASSETS) == {"swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png"}


@pytest.mark.parametrize(
    "path",
    [
        "index.html",  # the package's demo page, which loads a pet store's API from the web
        "swagger-initializer.js",
        "swagger-ui-bundle.js.map",
        "../__init__.py",
        "",
    ],
)
async def test_only_the_files_the_page_names_are_served(
    client: httpx.AsyncClient, path: str
) -> None:
    response = await client.get(f"/docs/assets/{path}")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_redoc_redirects_to_the_docs(client: httpx.AsyncClient) -> None:
    response = await client.get("/redoc")
    assert response.status_code == 307
    assert response.headers["location"] == "/docs"
