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
    (tmp_path / "app" / "store" / "bad_probe.py").write_text("import app.services.persons.records\n")
    result = _lint(tmp_path)
    assert result.returncode != 0


def test_the_check_fails_when_one_feature_reaches_into_an_independent_one(tmp_path):
    shutil.copytree(REPO / "app", tmp_path / "app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    # CANSAS and the network map sit side by side: neither may import the other.
    (tmp_path / "app" / "services" / "cansas" / "bad_probe.py").write_text("import app.services.network.maps\n")
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert "bad_probe" in result.stdout


def test_the_check_fails_when_a_lower_feature_imports_one_declared_above_it(tmp_path):
    shutil.copytree(REPO / "app", tmp_path / "app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    # The bilan reads the care plan's summary; the care plan must never import the bilan.
    (tmp_path / "app" / "services" / "careplan" / "bad_probe.py").write_text("import app.services.bilan.records\n")
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert "bad_probe" in result.stdout


def test_no_dotted_path_lookups_outside_alembic():
    """Cross-feature calls are imports or registered callables, never "module:function" strings
    resolved at run time: a renamed module must fail at import, not give an empty section."""
    offenders = []
    for path in (REPO / "app").rglob("*.py"):
        if "migrations" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if "import_module" in text or "find_spec" in text or "__import__(" in text:
            offenders.append(str(path.relative_to(REPO)))
    assert offenders == []


def test_no_module_in_app_exceeds_500_lines():
    long = {str(p.relative_to(REPO)): n for p in (REPO / "app").rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert long == {}
