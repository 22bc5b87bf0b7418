"""The API docs at /docs, served whole by the service: no request leaves it (issue 19).

FastAPI's own /docs page loads Swagger UI from a CDN, which many government networks cannot
reach: the page stays blank there. Here the page loads Swagger UI 5 (it renders OpenAPI 3.1;
Swagger UI 4 does not) from the files of the swagger-ui-bundle-v2 package, served under
/docs/assets. /redoc, which FastAPI serves by default and integrators may try, redirects to /docs.
"""

from __future__ import annotations

import os

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from app.middleware import page_content_security_policy

DOCS_URL = "/docs"
OAUTH2_REDIRECT_URL = "/docs/oauth2-redirect"
ASSETS_URL = "/docs/assets"
REDOC_URL = "/redoc"

# The package's folder also holds its demo page (which loads a pet store's API from the web),
# source maps and other builds: only what the page names is served.
SWAGGER_UI_ASSETS = frozenset({"swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png"})


class SwaggerUIAssets(StaticFiles):
    """The package's Swagger UI files the docs page names; any other path is 404."""

    def lookup_path(self, path: str) -> tuple[str, os.stat_result | None]:
        if path not in SWAGGER_UI_ASSETS:
            return "", None
        return super().lookup_path(path)


def docs_page(app: FastAPI) -> HTMLResponse:
    """The /docs page as FastAPI renders it, with Swagger UI's files from /docs/assets.
    The service runs at the root: no root_path."""
    assert app.openapi_url
    return get_swagger_ui_html(
        openapi_url=app.openapi_url,
        title=f"{app.title} - Swagger UI",
        swagger_js_url=f"{ASSETS_URL}/swagger-ui-bundle.js",
        swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
        swagger_favicon_url=f"{ASSETS_URL}/favicon-32x32.png",
        oauth2_redirect_url=OAUTH2_REDIRECT_URL,
        init_oauth=app.swagger_ui_init_oauth,
        swagger_ui_parameters=app.swagger_ui_parameters,
    )


def install_docs(app: FastAPI) -> dict[str, str]:
    """Adds /docs, its OAuth2 redirect page, its assets and /redoc to ``app`` (created with
    ``docs_url=None, redoc_url=None``); returns the Content-Security-Policy of each page, from
    the HTML served there, so the policy allows what the page loads and runs and nothing else."""
    page = bytes(docs_page(app).body)
    redirect = bytes(get_swagger_ui_oauth2_redirect_html().body)

    async def swagger_ui_html(request: Request) -> Response:
        return HTMLResponse(page)

    async def swagger_ui_redirect(request: Request) -> Response:
        return HTMLResponse(redirect)

    async def redoc(request: Request) -> Response:
        # Relative, like the service's other redirects: never built from the Host header.
        return RedirectResponse(DOCS_URL, status_code=307)

    # Plain Starlette routes, as FastAPI adds its own docs routes: not API operations.
    app.add_route(DOCS_URL, swagger_ui_html, include_in_schema=False)
    app.add_route(OAUTH2_REDIRECT_URL, swagger_ui_redirect, include_in_schema=False)
    app.add_route(REDOC_URL, redoc, include_in_schema=False)
    app.mount(ASSETS_URL, SwaggerUIAssets(directory=str(swagger_ui_path)), name="docs-assets")
    return {
        DOCS_URL: page_content_security_policy(page.decode()),
        OAUTH2_REDIRECT_URL: page_content_security_policy(redirect.decode()),
    }
