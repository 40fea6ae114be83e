"""Heavy libraries are loaded when their feature is first used, not when the app starts
(issue 21): opening the main window's module imports neither ReportLab (PDFs), pandas (the
indicators' export) nor QtCharts (the dashboard's charts)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

HEAVY = ("reportlab", "pandas", "PySide6.QtCharts")

PROBE = """
import sys
import app.ui.main_window
print(" ".join(name for name in sys.argv[1:] if name in sys.modules))
"""


def loaded_at_start(names: tuple[str, ...]) -> set[str]:
    """Which of `names` a fresh interpreter holds after importing app.ui.main_window."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", PROBE, *names], capture_output=True, text=True, cwd=REPO,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


@pytest.mark.parametrize("name", HEAVY)
def test_the_main_window_module_does_not_import(name):
    assert name not in loaded_at_start((name,))


def test_the_probe_sees_a_module_the_main_window_does_import():
    """The check above can fail: a module the main window needs is reported as loaded."""
    assert loaded_at_start(("PySide6.QtWidgets", "sqlalchemy")) == {"PySide6.QtWidgets", "sqlalchemy"}
