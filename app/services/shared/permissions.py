"""Who may do what. The matrix is data; `Workspace.require` enforces it in every service."""

from __future__ import annotations

from enum import StrEnum

from app.models.user import Role


class Permission(StrEnum):
    PERSON_READ = "person.read"            # identity, contact history, agreed goals
    PERSON_CREATE = "person.create"
    PERSON_EDIT = "person.edit"
    PERSON_DELETE = "person.delete"
    CLINICAL_READ = "clinical.read"        # CANSAS ratings, bilans, private notes of others
    CLINICAL_WRITE = "clinical.write"
    CONTACT_WRITE = "contact.write"
    SHARE = "share"                        # documents that leave the vault
    IMPORT = "import"
    EXPORT = "export"
    USERS_MANAGE = "users.manage"
    AUDIT_READ = "audit.read"
    TEAM_OVERVIEW = "team.overview"
    BACKUP = "backup"                      # a copy of the whole vault that leaves it


_EVERYONE = {Permission.PERSON_READ, Permission.PERSON_CREATE, Permission.CONTACT_WRITE}
_CASE_MANAGER = _EVERYONE | {
    Permission.PERSON_EDIT, Permission.CLINICAL_READ, Permission.CLINICAL_WRITE,
    Permission.SHARE, Permission.IMPORT, Permission.EXPORT, Permission.BACKUP,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.PEER_WORKER: frozenset(_EVERYONE),
    Role.CASE_MANAGER: frozenset(_CASE_MANAGER),
    Role.SUPERVISOR: frozenset(_CASE_MANAGER | {
        Permission.PERSON_DELETE, Permission.USERS_MANAGE, Permission.AUDIT_READ, Permission.TEAM_OVERVIEW,
    }),
}


def allowed(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(Role(role), frozenset())
