"""Shared fixtures. Qt runs offscreen; vaults use cheap Argon2id parameters and a template
vault built once per session is copied for each test (as Anki copies one empty collection)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["RELAIS_LANG"] = "en"
# Session-wide fallback for fixtures built before the per-test state folder (the template
# vault): nothing a test does may land in the real user's state folder.
os.environ["RELAIS_STATE_DIR"] = tempfile.mkdtemp(prefix="relais-test-state-")

import pytest  # noqa: E402

# The replicas state machine's checks live in a support module shared by two tests: rewritten
# like a test module's, so a failed check says what differed (its mutation check reads that).
pytest.register_assert_rewrite("tests.replicas_support")

from app.services.shared.workspace import Workspace  # noqa: E402
from app.store.keyslots import INSECURE_TEST_KDF, allow_insecure_test_kdf  # noqa: E402
from app.texts import set_language  # noqa: E402

# The test vaults use cheap Argon2id parameters; child processes get the same through
# tests/run_relais.py (or TEST_KDF_PRELUDE), never through the environment.
allow_insecure_test_kdf()

PASSPHRASE = "correct horse battery staple"
USER = "alice"

REPO = Path(__file__).resolve().parent.parent
# The first line of a `python -c` child that opens a test vault (cheap Argon2id parameters).
TEST_KDF_PRELUDE = "from app.store.keyslots import allow_insecure_test_kdf; allow_insecure_test_kdf()\n"


@pytest.fixture(autouse=True)
def _isolated_state(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("RELAIS_STATE_DIR", str(tmp_path_factory.mktemp("state")))
    monkeypatch.setenv("RELAIS_DEFAULT_VAULT", str(tmp_path_factory.mktemp("default") / "vault"))
    set_language("en")


def pdf_text(data: bytes, tmp_path: Path, layout: bool = True) -> str:
    """The text of a PDF as poppler's pdftotext reads it; the test is skipped when poppler-utils
    is missing (tools/setup.sh installs it)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "read.pdf"
    path.write_bytes(data)
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def synchronous_tasks(monkeypatch):
    """Background tasks of the interface run inline, so a test sees their result at once.
    Use with `pytestmark = pytest.mark.usefixtures("synchronous_tasks")`."""
    from app.ui import tasks

    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)


@pytest.fixture(autouse=True)
def inline_submits(monkeypatch):
    """Form dialogs submit on the test's thread, so a test reads the result at once;
    tests/test_ui_forms.py turns this off to run the threaded path."""
    from app.ui import forms

    monkeypatch.setattr(forms, "BACKGROUND_SUBMITS", False)


@pytest.fixture(autouse=True)
def task_failures(monkeypatch):
    """run_task's default failure handler runs as in production, but its warning box is
    recorded instead of blocking; an unexpected exception (a bug, not a RelaisError) that
    reached it fails the test at teardown."""
    from PySide6.QtWidgets import QMessageBox

    from app.errors import RelaisError
    from app.ui import tasks

    seen: list[BaseException] = []
    shown: list[tuple[str, str]] = []
    real = tasks.report_failure

    def report(parent, exc):
        seen.append(exc)
        real(parent, exc)

    report.__wrapped__ = real          # the real handler, for the tests of the handler itself
    monkeypatch.setattr(tasks, "report_failure", report)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    yield shown
    bugs = [exc for exc in seen if not isinstance(exc, RelaisError)]
    if bugs:
        raise bugs[0]


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "vault"
    ws, _ = Workspace.create(folder, USER, PASSPHRASE, role="supervisor", display_name="Alice Martin",
                             params=INSECURE_TEST_KDF)
    ws.lock()
    (folder / "relais.lock").unlink(missing_ok=True)
    return folder


@pytest.fixture
def vault_dir(template_vault, tmp_path) -> Path:
    target = tmp_path / "vault"
    shutil.copytree(template_vault, target)
    return target


@pytest.fixture
def ws(vault_dir):
    workspace = Workspace.open(vault_dir, USER, PASSPHRASE)
    yield workspace
    if workspace.is_open:
        workspace.lock()


def add_user(ws: Workspace, name: str, role: str, passphrase: str = PASSPHRASE) -> None:
    from app.services.admin.users import UserService

    UserService(ws).add(name, role, passphrase)


def open_as(vault_dir: Path, name: str, passphrase: str = PASSPHRASE) -> Workspace:
    return Workspace.open(vault_dir, name, passphrase)
