"""The app as ``gaiban serve`` runs it in each uvicorn worker (``--factory``).

Kept apart from app.main, and light, so that the collector can be paused before the app's
modules are imported: start-up leaves ~200,000 long-lived objects, and the collections that run
while they are made walk the growing heap again and again (~0.2 s of CPU of each start). The
lifespan's ``settle_heap`` freezes what start-up left and turns the collector back on.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_served_app() -> FastAPI:
    """Settings from the environment, where the serving parent put the database's URL (the
    embedded server it started, if any), and the JSON log, which a fresh worker has not got."""
    gc.disable()  # until settle_heap, at the end of the lifespan's start-up
    # Imported here, after the collector is paused: they are what start-up is made of.
    from app.main import create_app
    from app.middleware import configure_logging
    from app.settings import get_settings

    settings = get_settings()
    configure_logging(settings.log_level)
    return create_app(settings)
