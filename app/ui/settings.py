"""Interface settings, each declared once with its type and default (after Picard's options).

Stored with QSettings (an INI file in the user's config folder). Nothing personal is kept
here: the document defaults (letterhead) live in the vault, per user, via app.services.shared.profile.
RELAIS_SETTINGS names another INI file (tests use it so they never touch the user's settings).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QSettings

from app.texts import LANGUAGES, system_language


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any


LANGUAGE = Option("ui/language", str, "")              # "" = follow the system locale
AUTOLOCK_MINUTES = Option("security/autolock_minutes", int, 5)
DEFAULT_VAULT = Option("vault/default", str, "")         # "" = app.paths.default_vault_dir()
LAST_USER = Option("vault/last_user", str, "")
WINDOW_GEOMETRY = Option("window/geometry", bytes, b"")
DAILY_BACKUP = Option("backup/daily", int, 1)            # 1: write today's backup after unlock

AUTOLOCK_CHOICES = (1, 2, 5, 10, 15, 30, 60)


def store() -> QSettings:
    path = os.environ.get("RELAIS_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Relais", "Relais")


def get(option: Option) -> Any:
    raw: Any = store().value(option.key, option.default)
    if raw is None:
        return option.default
    try:
        if option.type is bytes:
            return bytes(raw)
        if option.type is int:
            return int(raw)
        return option.type(raw)
    except (TypeError, ValueError):
        return option.default


def put(option: Option, value: Any) -> None:
    settings = store()
    settings.setValue(option.key, value)
    settings.sync()


def ui_language() -> str:
    """The chosen interface language, or the system's when none was chosen."""
    chosen = get(LANGUAGE)
    if chosen in LANGUAGES:
        return chosen
    if os.environ.get("RELAIS_LANG", "")[:2] in LANGUAGES:
        return os.environ["RELAIS_LANG"][:2]
    # Qt knows the desktop's language on every platform (Windows and macOS set no LANG).
    system = QLocale.system().name()[:2]
    return system if system in LANGUAGES else system_language()


def autolock_minutes() -> int:
    minutes = get(AUTOLOCK_MINUTES)
    return minutes if 1 <= minutes <= 240 else AUTOLOCK_MINUTES.default
