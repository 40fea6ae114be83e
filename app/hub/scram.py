"""Device passwords and their SCRAM-SHA-256 verifiers (RFC 5802/7677, PostgreSQL's format).

The laptop draws a device's password and sends the hub only the verifier, which PostgreSQL
stores as it is (`CREATE ROLE ... PASSWORD 'SCRAM-SHA-256$...'`): the password never travels to
the server, so no server log or backup can ever hold it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

ITERATIONS = 4096   # PostgreSQL's default scram_iterations; the password is 256 random bits


def new_password() -> str:
    """256 random bits as hex: ASCII only, so SASLprep leaves it unchanged."""
    return secrets.token_hex(32)


def scram_verifier(password: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    salt = salt if salt is not None else secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    return f"SCRAM-SHA-256${iterations}:{_b64(salt)}${_b64(stored_key)}:{_b64(server_key)}"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
