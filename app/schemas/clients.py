from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from app.domain.access import ClientScope
from app.schemas.base import ReadModel, WriteModel


class ClientCreate(WriteModel):
    name: str = Field(min_length=1, max_length=200, examples=["鄂州市工程建设项目审批管理系统"])
    jurisdiction_id: uuid.UUID
    scopes: list[ClientScope] = Field(min_length=1, examples=[["read"]])


class ClientUpdate(WriteModel):
    name: str | None = Field(default=None, min_length=1, max_length=200)
    scopes: list[ClientScope] | None = Field(default=None, min_length=1)
    is_active: bool | None = None


class ClientOut(ReadModel):
    id: uuid.UUID
    client_id: str
    name: str
    jurisdiction_id: uuid.UUID
    scopes: list[ClientScope]
    is_active: bool
    created_at: datetime
    updated_at: datetime


class ClientWithSecret(ClientOut):
    client_secret: str = Field(description="Shown once: store it now; only its hash is kept.")
