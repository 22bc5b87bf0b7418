"""The public routes' rate limit: a fixed window per client address, in this process's memory.

Each address may make ``limit`` requests in a window of ``window_seconds`` that starts with its
first request; the next is refused until the window ends (the answer says in how many seconds).
In memory, per process: a restart forgets the counts, and each worker process counts on its
own. The routes it guards are cheap reads of public data, so that is enough to keep one
address from monopolising them; the sign-in throttle, which must hold across processes and
restarts, is kept in the database instead (app/domain/login_throttle.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass
class _Window:
    started: float
    count: int


class FixedWindowLimiter:
    def __init__(self, limit: int, window_seconds: float, *, max_addresses: int = 100_000) -> None:
        self.limit = limit
        self.window = window_seconds
        self.max_addresses = max_addresses
        self._windows: dict[str, _Window] = {}

    def hit(self, key: str, now: float) -> int | None:
        """Count a request of ``key`` at ``now`` (monotonic seconds): None when allowed, else
        the whole seconds until its window ends (at least 1)."""
        window = self._windows.get(key)
        if window is None or now - window.started >= self.window:
            if window is None and len(self._windows) >= self.max_addresses:
                self._forget_ended(now)
            self._windows[key] = _Window(now, 1)
            return None
        if window.count >= self.limit:
            return max(1, math.ceil(window.started + self.window - now))
        window.count += 1
        return None

    def _forget_ended(self, now: float) -> None:
        self._windows = {
            key: w for key, w in self._windows.items() if now - w.started < self.window
        }
        if len(self._windows) >= self.max_addresses:  # all live: forget the oldest half
            kept = sorted(self._windows.items(), key=lambda item: item[1].started)
            self._windows = dict(kept[len(kept) // 2 :])
