"""Where Relais finds its shipped resources and the user's folders.

Sits below every layer: it imports nothing from the application.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FONTS = RESOURCES / "fonts"
INSTRUMENTS = RESOURCES / "instruments"
I18N = RESOURCES / "i18n"
TEMPLATES = RESOURCES / "templates"
ICONS = RESOURCES / "icons"


def default_vault_dir() -> Path:
    """The built-in default vault: a folder in the user's data directory."""
    override = os.environ.get("RELAIS_DEFAULT_VAULT")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("Relais", appauthor=False)) / "vault"


def state_dir() -> Path:
    """Small non-personal state kept outside the vault (pending failed-unlock notices)."""
    override = os.environ.get("RELAIS_STATE_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_state_dir("Relais", appauthor=False))
