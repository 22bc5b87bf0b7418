"""Demo data (placeholder until the demo loader lands)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.settings import Settings


async def load_demo(session: AsyncSession, settings: Settings) -> str:
    return "no demo data yet"
