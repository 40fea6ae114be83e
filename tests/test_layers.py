"""The layer rules of DESIGN.md §2, checked by import-linter on the real tree, and a proof
that the check fails when a core module imports Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _lint(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"],
        cwd=root, capture_output=True, text=True, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
    )


def test_layers_hold_on_the_real_tree():
    result = _lint(REPO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_check_fails_when_the_core_imports_qt(tmp_path):
    shutil.copytree(REPO / "app", tmp_path / "app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "app" / "models" / "bad_probe.py").write_text("import PySide6.QtCore\n")
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert "bad_probe" in result.stdout


def test_the_check_fails_when_a_lower_layer_imports_a_higher_one(tmp_path):
    shutil.copytree(REPO / "app", tmp_path / "app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "app" / "store" / "bad_probe.py").write_text("import app.services.persons\n")
    result = _lint(tmp_path)
    assert result.returncode != 0
