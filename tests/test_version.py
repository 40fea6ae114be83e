"""`relais --version`: one version (pyproject.toml), the build date, Qt, SQLCipher and Python;
the same module read from a frozen bundle's build file."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tomllib

import pytest

from app import version
from app.cli import main
from tests.conftest import REPO


def pyproject_version() -> str:
    with open(REPO / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["version"]


@pytest.fixture
def fresh_build_info():
    version.build_info.cache_clear()
    yield
    version.build_info.cache_clear()


def test_version_prints_every_component_and_exits_0(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == f"Relais {pyproject_version()}"
    assert "Build: source" in lines
    import PySide6

    assert f"Qt: {PySide6.__version__}" in lines
    sqlcipher = next(line for line in lines if line.startswith("SQLCipher: "))
    assert sqlcipher.split()[1][0].isdigit() and "SQLite 3." in sqlcipher, sqlcipher
    assert f"Python: {platform.python_version()}" in out


def test_version_from_the_command_line_loads_no_qt():
    code = ("import sys; from app.cli import main\n"
            "try:\n    main(['--version'])\nexcept SystemExit as e:\n    assert e.code == 0\n"
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], 'Qt was loaded'\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Relais {pyproject_version()}\n")


def test_a_frozen_bundle_reads_its_build_file(tmp_path, monkeypatch, fresh_build_info):
    (tmp_path / version.BUILD_INFO).write_text(json.dumps(
        {"version": "9.8.7", "build_date": "2026-11-30 10:00 UTC", "qt": "6.99.1"}), "utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    text = version.version_text()
    assert text.splitlines()[0] == "Relais 9.8.7"
    assert "Build: 2026-11-30 10:00 UTC" in text
    assert "Qt: 6.99.1" in text
    # The interface passes the Qt it has loaded, which wins over the recorded one.
    assert "Qt: 6.50.0" in version.version_text(qt_runtime="6.50.0")


def test_a_bundle_without_its_build_file_still_names_a_version(tmp_path, monkeypatch, fresh_build_info):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert version.build_info() == {}
    assert version.build_date() == version.SOURCE
    assert version.version() == pyproject_version()


def frozen_main(*args: str) -> subprocess.CompletedProcess:
    """main.py as the frozen bundle runs it (sys.frozen set), with these arguments."""
    code = ("import runpy, sys\nsys.frozen = True\n"
            f"sys.argv = ['relais', *{list(args)!r}]\n"
            "runpy.run_path('main.py', run_name='__main__')\n")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


def test_the_bundle_runs_its_own_modules_as_python_m_would():
    """`relais -m app.MODULE ARGS`: how `relais bench` starts its child process from the bundle."""
    done = frozen_main("-m", "app.cli", "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Relais {pyproject_version()}\n")


def test_the_bundle_runs_no_module_but_its_own():
    done = frozen_main("-m", "this")
    assert done.returncode == 2
    assert "app." in done.stderr and done.stdout == ""
