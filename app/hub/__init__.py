"""The team hub (DESIGN.md section 10): the PostgreSQL side (schema, roles, functions) and the
laptop's typed client. This package imports only the standard library, psycopg and
cryptography, so the sync engine above it can be tested against a real hub without Qt or a vault.

    init_hub(admin_dsn) -> enrolment DSN             (admin.py, used by `main.py hub init` only)
    HubClient(dsn)                                   (client.py: every hub function, typed)
    verify_chain / verify_head / ChainCursor         (chain.py)
    WireOp, PulledOp, Enrolment, ...                 (wire.py)
    HubUnreachable, HubRefused, ChainBroken          (errors.py)
"""

from app.hub.chain import (
    GENESIS,
    ChainCursor,
    chain_hash,
    op_digest,
    verify_chain,
    verify_head,
)
from app.hub.client import HubClient, claim_proof, claim_verifier
from app.hub.errors import (
    ChainBroken,
    HubAlreadyInitialised,
    HubError,
    HubRefused,
    HubUnreachable,
)
from app.hub.wire import (
    Credentials,
    Enrolment,
    Epoch,
    Head,
    Invitation,
    KeyPackage,
    Member,
    PulledOp,
    Pushed,
    WireOp,
)

__all__ = [
    "GENESIS", "ChainBroken", "ChainCursor", "Credentials", "Enrolment", "Epoch", "Head", "HubAlreadyInitialised",
    "HubClient", "HubError", "HubRefused", "HubUnreachable", "Invitation", "KeyPackage", "Member", "PulledOp",
    "Pushed", "WireOp", "chain_hash", "claim_proof", "claim_verifier", "op_digest", "verify_chain", "verify_head",
]
