"""The public routes' rate limit (app/rate_limit.py): a fixed window per client address."""

from __future__ import annotations

from app.rate_limit import FixedWindowLimiter


def test_an_address_gets_its_limit_per_window_then_is_told_when_to_retry() -> None:
    limiter = FixedWindowLimiter(3, 60)
    assert [limiter.hit("a", 100.0 + n) for n in range(3)] == [None, None, None]
    assert limiter.hit("a", 110.0) == 50  # the window began at 100
    assert limiter.hit("a", 159.5) == 1
    assert limiter.hit("b", 110.0) is None  # another address counts on its own
    assert limiter.hit("a", 160.0) is None  # a new window


def test_the_memory_is_bounded() -> None:
    limiter = FixedWindowLimiter(1, 60, max_addresses=10)
    for n in range(25):
        limiter.hit(f"addr-{n}", 0.0)
    assert len(limiter._windows) <= 10
    # An ended window is forgotten first, a live one kept.
    limiter.hit("late", 100.0)
    assert "late" in limiter._windows
