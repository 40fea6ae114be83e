"""The partner directory page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def register() -> None:
    from app.ui.partners.page import DirectoryPage
    from app.ui.registry import NavPageSpec, register_nav_page

    register_nav_page(NavPageSpec(
        key="partners", order=30,
        title=lambda: QCoreApplication.translate("Partners", "Partners"),
        factory=lambda ws, window: DirectoryPage(ws, window),
    ))
