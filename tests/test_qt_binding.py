"""The Qt binding must not leak references to None: PySide6 6.12.0 under CPython 3.11 drops
one per void-returning call and aborts the app after a few thousand ("deallocating None").
pyproject.toml pins a good version; this test fails if a bad one comes back."""

from __future__ import annotations

import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_calls_keep_none_alive(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setEnabled(True)
    assert sys.getrefcount(None) >= before - 50
