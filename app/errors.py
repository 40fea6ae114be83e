"""Errors the user sees. Each carries a message code (see app/texts.py) so that the
interface and the command line show one clear sentence in the user's language."""

from __future__ import annotations

import dataclasses
import errno
from dataclasses import dataclass
from typing import Any

from app.texts import message


class RelaisError(Exception):
    """A refused or failed operation with a message meant for the user."""

    code = "error.generic"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or self.code
        self.params = params
        super().__init__(self.code)

    def message(self, lang: str | None = None) -> str:
        return message(self.code, lang, **self.params)

    def __str__(self) -> str:
        return self.message()


class VaultError(RelaisError):
    """The vault cannot be created, opened or used."""


class WrongPassphrase(VaultError):
    code = "vault.wrong_passphrase"


class VaultBusy(VaultError):
    code = "vault.busy"


class PermissionDenied(RelaisError):
    code = "permission.denied"


class NotFound(RelaisError):
    code = "not_found"


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)  # `field` is a column here

    def message(self, lang: str | None = None) -> str:
        return message(self.code, lang, **self.params)


def field_label(feature: str, name: str, lang: str | None = None) -> str:
    """The label of field `name` in `feature`'s catalogue (`<feature>.field.<name>`): two
    features may both have a `comment` field, each with its own label."""
    return message(f"{feature}.field.{name}", lang)


class ValidationError(RelaisError):
    """One or more fields are invalid; each error names its field, and `feature` names the
    catalogue namespace whose labels those fields use (cansas, careplan, persons, ...)."""

    code = "validation.failed"

    def __init__(self, errors: list[FieldError], feature: str) -> None:
        super().__init__()
        self.errors = errors
        self.feature = feature

    def message(self, lang: str | None = None) -> str:
        parts = [f"{field_label(self.feature, e.field, lang)}: {e.message(lang)}" for e in self.errors]
        return "; ".join(parts)


class StorageError(RelaisError):
    """The system refused to write a file: the disk is full, the folder is read-only, or
    access is refused. `action` (backup, export, save, restore) says what did not happen;
    the message promises only what is true: the previous file or vault is untouched."""

    def __init__(self, kind: str, action: str, path: str, reason: str = "") -> None:
        super().__init__(f"storage.{kind}", path=path, reason=reason)
        self.kind, self.action = kind, action

    def message(self, lang: str | None = None) -> str:
        what = message(f"storage.action.{self.action}", lang)
        return message(self.code, lang, what=what, **self.params)


STORAGE_ERRNOS = {
    errno.ENOSPC: "disk_full", errno.EDQUOT: "disk_full", errno.EFBIG: "disk_full",
    errno.EROFS: "read_only", errno.EACCES: "no_access", errno.EPERM: "no_access",
}


def storage_error(exc: OSError, path: object, action: str) -> StorageError:
    """Turn an OSError met while writing `path` into one clear sentence."""
    kind = STORAGE_ERRNOS.get(exc.errno or 0, "other")
    return StorageError(kind, action, str(path), exc.strerror or type(exc).__name__)
