"""The hub's hash chain, recomputed on the laptop.

    digest = sha256(len(header) as 4 bytes big endian || header || ciphertext)
    hash_n = sha256(hash_{n-1} || n as 8 bytes big endian || op_id's 16 bytes || digest)

with 32 zero bytes before seq 1. A laptop keeps a `ChainCursor` (the last seq it applied and its
hash) in the same local transaction as the operations it applied; every pull is checked to extend
that cursor, and the hub's head to be at or after it. So a hub that drops, reorders, alters or
forks its log, or is restored from an older backup, is detected instead of trusted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from uuid import UUID

from app.hub.errors import ChainBroken
from app.hub.wire import Head, PulledOp

GENESIS_HASH = bytes(32)


@dataclass(frozen=True)
class ChainCursor:
    seq: int
    hash: bytes


GENESIS = ChainCursor(0, GENESIS_HASH)


def op_digest(header: bytes, ciphertext: bytes) -> bytes:
    return hashlib.sha256(len(header).to_bytes(4, "big") + header + ciphertext).digest()


def chain_hash(prev_hash: bytes, seq: int, op_id: UUID, digest: bytes) -> bytes:
    return hashlib.sha256(prev_hash + seq.to_bytes(8, "big") + op_id.bytes + digest).digest()


def verify_chain(cursor: ChainCursor, rows: Iterable[PulledOp]) -> ChainCursor:
    """Check that `rows` (a pull after `cursor.seq`, in the order served) extend the chain at
    `cursor`, and return the new cursor. Raises ChainBroken at the first row that does not:
    'gap' (a row missing or out of order), 'forked' (the first row does not follow the cursor:
    the hub's history differs from the one this laptop verified, e.g. restored then rewritten),
    'prev_hash' (a row does not follow the row before it), 'hash' (chain fields altered),
    'digest' (header or ciphertext altered)."""
    seq, running = cursor.seq, cursor.hash
    for row in rows:
        if row.seq != seq + 1:
            raise ChainBroken("gap", seq + 1)
        if row.prev_hash != running:
            raise ChainBroken("forked" if seq == cursor.seq else "prev_hash", row.seq)
        if chain_hash(running, row.seq, row.op_id, row.digest) != row.hash:
            raise ChainBroken("hash", row.seq)
        if row.header is not None and row.ciphertext is not None \
                and op_digest(row.header, row.ciphertext) != row.digest:
            raise ChainBroken("digest", row.seq)
        seq, running = row.seq, row.hash
    return ChainCursor(seq, running)


def verify_head(cursor: ChainCursor, head: Head) -> None:
    """The hub's head must not be behind the cursor ('rolled_back': restored from an older
    state) nor at the cursor's seq with another hash ('forked')."""
    if head.seq < cursor.seq:
        raise ChainBroken("rolled_back", head.seq)
    if head.seq == cursor.seq and head.hash != cursor.hash:
        raise ChainBroken("forked", head.seq)
