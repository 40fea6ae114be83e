"""ruff and mypy over app/ (configured in pyproject.toml). Deselect with -m 'not lint'.

ruff must be clean. mypy is held by a ratchet: tests/mypy_baseline.txt lists the errors known when
mypy was introduced (file, message and code, without line numbers); a new error fails the test, and
so does a fixed one still listed, so that the list only shrinks. Regenerate it after fixing errors
with `python tests/test_lint.py --write-baseline`."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
BASELINE = REPO / "tests" / "mypy_baseline.txt"

pytestmark = pytest.mark.lint


def run(tool: str, *args: str) -> subprocess.CompletedProcess:
    executable = BIN / tool
    if not executable.exists():
        pytest.skip(f"{tool} is not installed in this environment (pip install -e '.[test]')")
    return subprocess.run([str(executable), *args], cwd=REPO, capture_output=True, text=True, timeout=1800)


def mypy_errors(output: str) -> Counter[str]:
    """'app/x.py:12: error: msg  [code]' -> 'app/x.py: msg  [code]' (line numbers move with edits)."""
    return Counter(re.sub(r"^([^:]+):\d+(?::\d+)?: error: ", r"\1: ", line)
                   for line in output.splitlines() if ": error: " in line)


def test_ruff_is_clean_on_app():
    result = run("ruff", "check", "--no-cache", "app")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_no_error_beyond_the_baseline():
    result = run("mypy", "app")
    assert "error:" in result.stdout or result.returncode == 0, result.stdout + result.stderr
    found = mypy_errors(result.stdout)
    known = Counter(line for line in BASELINE.read_text("utf-8").splitlines() if line.strip())
    new, fixed = found - known, known - found
    assert not new, "new mypy errors:\n" + "\n".join(sorted(new.elements()))
    assert not fixed, "fixed, remove from tests/mypy_baseline.txt:\n" + "\n".join(sorted(fixed.elements()))


if __name__ == "__main__" and sys.argv[1:] == ["--write-baseline"]:
    output = subprocess.run([str(BIN / "mypy"), "app"], cwd=REPO, capture_output=True, text=True).stdout
    BASELINE.write_text("".join(f"{line}\n" for line in sorted(mypy_errors(output).elements())), "utf-8")
