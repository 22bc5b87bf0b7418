"""Time-driven events (placeholder until the scheduler lands)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession


async def emit_time_driven_events(session: AsyncSession, now: datetime) -> int:
    return 0
