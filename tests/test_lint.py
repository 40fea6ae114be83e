"""ruff and mypy are clean on app/ (configured in pyproject.toml). Slow-ish: deselect with -m 'not lint'."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

pytestmark = pytest.mark.lint


def run(tool: str, *args: str) -> subprocess.CompletedProcess:
    executable = BIN / tool
    if not executable.exists():
        pytest.skip(f"{tool} is not installed in this environment (pip install -e '.[test]')")
    return subprocess.run([str(executable), *args], cwd=REPO, capture_output=True, text=True, timeout=900)


def test_ruff_is_clean_on_app():
    result = run("ruff", "check", "--no-cache", "app")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean_on_app():
    result = run("mypy", "app")
    assert result.returncode == 0, result.stdout + result.stderr
