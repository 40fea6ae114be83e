"""Accessibility of the desktop app (issue 24): every input has a name a screen reader can
announce, the keyboard alone reaches everything, the stylesheet's colours are readable."""

from __future__ import annotations

import pytest

from app.devtools.demo import add_demo_data
from app.ui.main_window import MainWindow
from tests.a11y_support import places, settle, unnamed, unnamed_columns
from tests.ui_support import ui_env, unlock  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, ui_env, vault_dir):
    win = MainWindow(vault_dir)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    unlock(qtbot, win)
    assert not win.is_locked
    win.demo_ids = add_demo_data(win.ws, persons=8, seed=3)
    settle()
    return win


def test_every_input_of_every_page_and_tab_has_an_accessible_name(window):
    missing: dict[str, str] = {}          # widget -> the first place it was seen
    for place, root in places(window, window.demo_ids[0]):
        for widget in unnamed(root) + unnamed_columns(root):
            missing.setdefault(widget, place)
    assert not missing, "no accessible name:\n" + "\n".join(f"{place}: {w}" for w, place in missing.items())
