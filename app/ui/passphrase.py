"""A rough passphrase strength estimate for the feedback under the passphrase field.

Not a guarantee, a nudge: length counts most (a passphrase of several words beats a short
password with symbols), repeated characters and obvious sequences count less.
"""

from __future__ import annotations

import math
import string

from app.store.vault import MIN_PASSPHRASE

COMMON = ("password", "motdepasse", "wachtwoord", "azerty", "qwerty", "123456", "relais", "welkom", "bonjour")


def estimate_bits(passphrase: str) -> float:
    if not passphrase:
        return 0.0
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() and c != " " for c in passphrase):
        pool += 32
    if any(c == " " for c in passphrase):
        pool += 1
    if any(ord(c) > 127 for c in passphrase):
        pool += 60
    # Count runs of the same or consecutive characters only once.
    effective = 1
    for prev, cur in zip(passphrase, passphrase[1:], strict=False):
        if cur != prev and abs(ord(cur) - ord(prev)) != 1:
            effective += 1
    bits = effective * math.log2(max(pool, 2))
    lowered = passphrase.lower()
    if any(word in lowered for word in COMMON):
        bits *= 0.5
    return bits


def strength(passphrase: str) -> int:
    """0 unacceptable (too short), 1 weak, 2 fair, 3 good, 4 strong."""
    if len(passphrase) < MIN_PASSPHRASE:
        return 0
    bits = estimate_bits(passphrase)
    if bits < 40:
        return 1
    if bits < 60:
        return 2
    if bits < 80:
        return 3
    return 4
