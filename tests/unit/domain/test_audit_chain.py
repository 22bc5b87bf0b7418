"""Judging an audit chain's head against what the walk over its rows found."""

from __future__ import annotations

import uuid

from app.domain.audit_chain import (
    GENESIS_HASH,
    Break,
    BreakReason,
    ChainWalk,
    holds,
    judge,
)

J = uuid.uuid4()
H3, H4 = "3" * 64, "4" * 64


def walk(**fields: object) -> ChainWalk:
    base: dict[str, object] = {
        "jurisdiction_id": J,
        "length": 4,
        "last_seq": 4,
        "last_id": 40,
        "last_hash": H4,
        "first_problem": None,
        "head_seq": 4,
        "head_hash": H4,
    }
    return ChainWalk(**{**base, **fields})  # type: ignore[arg-type]


def test_a_chain_whose_head_is_its_last_row_holds() -> None:
    verdict = judge(walk())
    assert (verdict.head_seq, verdict.head_hash, verdict.first_broken) == (4, H4, None)


def test_an_empty_chain_holds_with_the_genesis_head() -> None:
    verdict = judge(ChainWalk.empty(None))
    assert (verdict.length, verdict.head_seq, verdict.head_hash) == (0, 0, GENESIS_HASH)
    assert verdict.first_broken is None


def test_a_problem_among_the_rows_comes_before_the_head() -> None:
    problem = Break(2, 20, BreakReason.hash_mismatch)
    assert judge(walk(first_problem=problem, head_seq=9)).first_broken == problem


def test_a_head_past_the_last_row_names_the_first_missing_one() -> None:
    assert judge(walk(head_seq=6)).first_broken == Break(5, None, BreakReason.missing_row)
    # Every row gone, the head left.
    empty = walk(length=0, last_seq=None, last_id=None, last_hash=None)
    assert judge(empty).first_broken == Break(1, None, BreakReason.missing_row)


def test_a_head_that_is_not_the_last_row_is_a_head_mismatch() -> None:
    mismatch = Break(4, 40, BreakReason.head_mismatch)
    assert judge(walk(head_hash=H3)).first_broken == mismatch
    assert judge(walk(head_seq=3, head_hash=H3)).first_broken == mismatch
    # Rows and no head at all: the reported head is the last row's.
    verdict = judge(walk(head_seq=None, head_hash=None))
    assert (verdict.head_seq, verdict.head_hash, verdict.first_broken) == (4, H4, mismatch)


def test_a_kept_head_holds_only_where_the_chain_still_has_that_row() -> None:
    assert holds(4, H4, H4)
    assert holds(4, H4.upper(), H4)
    assert not holds(4, H4, H3)  # rebuilt
    assert not holds(4, H4, None)  # cut before it
    assert holds(0, GENESIS_HASH, None)
    assert not holds(0, H4, None)
