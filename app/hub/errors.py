"""What can go wrong when talking to the hub. Each error carries a message code (texts in
resources/i18n/messages_hub.json) and its parameters; app.hub does not import app.errors, so the
command line and the services wrap these in a RelaisError where they show them."""

from __future__ import annotations

from typing import Any


class HubError(Exception):
    """Base class: a message code and its parameters."""

    code = "hub.error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or self.code
        self.params = params
        super().__init__(self.code if not params else f"{self.code} {params}")


class HubUnreachable(HubError):
    """No answer from the hub (down, no network, timeout): a normal state for a laptop, retry later."""

    code = "hub.unreachable"


class HubRefused(HubError):
    """The hub answered and refused. `reason` is a stable code, e.g. 'device_disabled',
    'scope_not_writable', 'stale_epoch', 'epoch_taken', 'invitation_wrong_code'."""

    code = "hub.refused"

    def __init__(self, reason: str, **params: Any) -> None:
        self.reason = reason
        super().__init__(None, reason=reason, **params)


class ChainBroken(HubError):
    """The log the hub served does not extend what this laptop already verified: rows dropped,
    reordered or altered, a fork, or a hub restored from an older state. `reason` is one of
    'gap', 'prev_hash', 'hash', 'digest', 'rolled_back', 'forked'; `seq` the first bad row."""

    code = "hub.chain_broken"

    def __init__(self, reason: str, seq: int) -> None:
        self.reason = reason
        self.seq = seq
        super().__init__(None, reason=reason, seq=seq)


class HubAlreadyInitialised(HubError):
    """`hub init` on a database that already holds a hub (or whose role names are taken)."""

    code = "hub.already_initialised"
