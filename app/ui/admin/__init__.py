"""Supervisor pages: users of the vault and the audit trail."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.shared.permissions import Permission
from app.ui.registry import NavPageSpec, register_nav_page


def _users_page(ws, parent):
    from app.ui.admin.users_page import UsersPage

    return UsersPage(ws, parent)


def _audit_page(ws, parent):
    from app.ui.admin.audit_page import AuditPage

    return AuditPage(ws, parent)


def register() -> None:
    register_nav_page(NavPageSpec(
        key="users", order=80, title=lambda: QCoreApplication.translate("AdminPages", "Users"),
        factory=_users_page, visible=lambda ws: ws.can(Permission.USERS_MANAGE)))
    register_nav_page(NavPageSpec(
        key="audit", order=90, title=lambda: QCoreApplication.translate("AdminPages", "Audit trail"),
        factory=_audit_page, visible=lambda ws: ws.can(Permission.AUDIT_READ)))
