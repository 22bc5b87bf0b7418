"""Conditional requests (RFC 9110 §13): pollers that kept an ETag get 304 when nothing changed."""

from __future__ import annotations

from fastapi import Request, Response, status

from app.files import content_disposition


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """RFC 9110 §13.1.2: a weak comparison against each listed tag, or ``*``."""
    if not if_none_match:
        return False
    tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return "*" in tags or etag in tags


def file_response(
    request: Request, sha256: str, filename: str, media_type: str, content: bytes
) -> Response:
    """A stored file: its digest as the ETag (304 when the client has it), never sniffed again
    by the browser, downloaded under its own name."""
    etag = f'"{sha256}"'
    headers = {
        "ETag": etag,
        "Cache-Control": "private, max-age=0, must-revalidate",
        "X-Content-Type-Options": "nosniff",
        "Content-Disposition": content_disposition(filename),
    }
    if etag_matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=headers)
    return Response(content=content, media_type=media_type, headers=headers)
