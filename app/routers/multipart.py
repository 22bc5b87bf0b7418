"""How the multipart routes' file parts are described in the contract.

FastAPI describes an ``UploadFile`` as OpenAPI 3.1 does, ``contentMediaType:
application/octet-stream``; generators of typed clients (openapi-python-client among them) know a
file part only by OpenAPI 3.0's ``format: binary`` and otherwise type it as text, which they send
as a text field: the service then finds no file. A file part carries both.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import UploadFile
from pydantic import WithJsonSchema

BINARY: dict[str, Any] = {
    "type": "string",
    "format": "binary",
    "contentMediaType": "application/octet-stream",
}

# A file part of a multipart form (a field of type UploadFile, described as a file).
UploadedFile = Annotated[UploadFile, WithJsonSchema(BINARY)]
