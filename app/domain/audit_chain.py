"""Judging an audit hash chain from what a walk over it found.

The database walks each chain in order of ``chain_seq`` and names the first row that does not
follow from the one before it (app/repositories/audit.py); what is judged here is the rest:
whether the chain's head — the last number and hash the inserting trigger recorded — agrees with
the last row, and whether a head kept elsewhere is still part of the chain.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

# The previous hash of a chain's first row, and the hash of an empty chain's head.
GENESIS_HASH = "0" * 64
# The key of the platform's chain (events without a jurisdiction) in audit_chain_heads.
PLATFORM_CHAIN_KEY = UUID(int=0)


class BreakReason(StrEnum):
    hash_mismatch = "hash mismatch"  # the row's content no longer gives its stored hash
    missing_row = "missing row"  # a number of the chain has no row (deleted, or the tail gone)
    prev_hash_mismatch = "prev_hash mismatch"  # the row does not follow the one before it
    head_mismatch = "head mismatch"  # the last row is not the head the trigger recorded


@dataclass(frozen=True)
class Break:
    seq: int
    id: int | None  # None for a missing row
    reason: BreakReason


@dataclass(frozen=True)
class ChainWalk:
    """What the walk over one chain found; ``first_problem`` is the first row that does not
    follow from the one before it, if any."""

    jurisdiction_id: UUID | None
    length: int
    last_seq: int | None
    last_id: int | None
    last_hash: str | None
    first_problem: Break | None
    head_seq: int | None  # None: the chain has no head recorded
    head_hash: str | None

    @classmethod
    def empty(cls, jurisdiction_id: UUID | None) -> ChainWalk:
        """A chain nothing was written to: no rows, no head."""
        return cls(jurisdiction_id, 0, None, None, None, None, None, None)


@dataclass(frozen=True)
class ChainVerdict:
    jurisdiction_id: UUID | None
    length: int
    head_seq: int
    head_hash: str
    first_broken: Break | None


def judge(walk: ChainWalk) -> ChainVerdict:
    """The chain's first break: the first row that does not follow from the one before it,
    else a head that does not end at the last row (a deleted tail leaves the head past it)."""
    last_seq = walk.last_seq or 0
    last_hash = walk.last_hash or GENESIS_HASH
    head_seq = walk.head_seq if walk.head_seq is not None else last_seq
    head_hash = walk.head_hash if walk.head_hash is not None else last_hash
    broken = walk.first_problem
    if broken is None:
        if walk.head_seq is None and walk.length:
            broken = Break(last_seq, walk.last_id, BreakReason.head_mismatch)
        elif head_seq > last_seq:
            broken = Break(last_seq + 1, None, BreakReason.missing_row)
        elif head_seq < last_seq or head_hash != last_hash:
            broken = Break(last_seq, walk.last_id, BreakReason.head_mismatch)
    return ChainVerdict(walk.jurisdiction_id, walk.length, head_seq, head_hash, broken)


def holds(expected_seq: int, expected_hash: str, found_hash: str | None) -> bool:
    """Whether a head kept elsewhere (``expected_seq``, ``expected_hash``) is still a row of the
    chain, ``found_hash`` being the hash of the row numbered ``expected_seq`` (None: no such
    row). Number 0 is the empty chain's head: every chain holds it."""
    if expected_seq == 0:
        return expected_hash == GENESIS_HASH
    return found_hash is not None and found_hash == expected_hash.lower()
