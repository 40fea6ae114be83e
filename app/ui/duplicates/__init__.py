"""Possible duplicates: a navigation page listing candidate pairs (found in the background),
"not the same person", and the merge dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def register() -> None:
    from app.ui.duplicates.page import DuplicatesPage
    from app.ui.registry import NavPageSpec, register_nav_page

    register_nav_page(NavPageSpec(
        key="duplicates", order=28,
        title=lambda: QCoreApplication.translate("Duplicates", "Duplicates"),
        factory=lambda ws, window: DuplicatesPage(ws, window),
    ))
