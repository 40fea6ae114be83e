"""Opening connections to the hub and turning PostgreSQL errors into hub errors.

Timeouts are short on purpose: a laptop must never wait long on a hub that is down. The TCP
connect gives up after `connect_timeout` seconds, keepalives notice a dead peer within ~15 s,
and each call gives up after `statement_timeout` (a push waiting for another push's team lock
included).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg import errors as pg_errors

from app.hub.errors import HubError, HubRefused, HubUnreachable

REFUSED = "RH001"   # SQLSTATE the hub's functions raise, with the reason code as message
CONNECT_TIMEOUT = 3
STATEMENT_TIMEOUT_MS = 20_000


def connect(dsn: str, *, connect_timeout: int = CONNECT_TIMEOUT, autocommit: bool = True,
            statement_timeout_ms: int = STATEMENT_TIMEOUT_MS) -> psycopg.Connection:
    with hub_errors():
        conn = psycopg.connect(dsn, connect_timeout=connect_timeout, autocommit=autocommit,
                               keepalives=1, keepalives_idle=5, keepalives_interval=2, keepalives_count=3)
    try:
        with hub_errors():
            conn.execute("SELECT set_config('statement_timeout', %s, false)", (str(statement_timeout_ms),))
            if not autocommit:
                conn.commit()
    except BaseException:
        conn.close()
        raise
    return conn


def _login_refusal(text: str) -> str | None:
    """The reason a server that answered refused a login, from libpq's message (connection
    errors carry no SQLSTATE). None when the server did not answer at all."""
    if "FATAL" not in text:
        return None
    if "not permitted to log in" in text:
        return "device_disabled"    # disable_device sets NOLOGIN
    if "password authentication failed" in text:
        return "bad_credentials"
    if "does not exist" in text:
        return "not_a_hub"
    return "login_refused"


def translate(exc: psycopg.Error) -> HubError:
    state = exc.sqlstate
    if state == REFUSED:
        return HubRefused(exc.diag.message_primary or "refused")
    if state in ("57014", "55P03"):             # statement or lock timeout
        return HubUnreachable(detail="timeout")
    if state is None:                           # libpq-level: no connection, or a refused login
        reason = _login_refusal(str(exc))
        return HubRefused(reason) if reason else HubUnreachable(detail=type(exc).__name__)
    if state.startswith("08") or state in ("57P01", "57P02", "57P03"):
        return HubUnreachable(detail=state)
    if isinstance(exc, pg_errors.InsufficientPrivilege):
        return HubRefused("not_permitted")
    if isinstance(exc, (pg_errors.UndefinedFunction, pg_errors.InvalidSchemaName)):
        return HubRefused("not_a_hub")
    return HubError("hub.protocol", sqlstate=state)


@contextmanager
def hub_errors() -> Iterator[None]:
    """Run PostgreSQL calls, raising HubUnreachable / HubRefused / HubError instead of psycopg errors."""
    try:
        yield
    except psycopg.Error as exc:
        raise translate(exc) from exc
