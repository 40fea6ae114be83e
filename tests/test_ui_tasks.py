"""run_task's default failure handler: a task without on_failure never fails silently."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from app.errors import NotFound
from app.ui import tasks

pytestmark = pytest.mark.gui


def _boom(ctx):
    raise NotFound()


@pytest.mark.parametrize("synchronous", [True, False])
def test_a_refused_task_without_failure_handler_shows_the_service_message(qapp, qtbot, monkeypatch,
                                                                          task_failures, synchronous):
    monkeypatch.setattr(tasks, "SYNCHRONOUS", synchronous)
    parent = QWidget()
    qtbot.addWidget(parent)
    succeeded = []
    tasks.run_task(parent, _boom, on_success=succeeded.append)
    qtbot.waitUntil(lambda: bool(task_failures))
    assert task_failures == [("Operation failed", NotFound().message())]
    assert succeeded == []


def test_an_unexpected_error_shows_a_generic_sentence_and_is_logged(qapp, monkeypatch, caplog):
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    shown = []
    monkeypatch.setattr(tasks.QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    tasks.report_failure.__wrapped__(None, ZeroDivisionError("a bug"))   # not the fixture's wrapper
    assert shown == [tasks.failure_text(ZeroDivisionError())]
    assert "ZeroDivisionError" in caplog.text and "a bug" not in shown[0]


def test_a_given_failure_handler_replaces_the_box(qapp, monkeypatch, task_failures):
    monkeypatch.setattr(tasks, "SYNCHRONOUS", True)
    failures = []
    tasks.run_task(None, _boom, on_failure=failures.append)
    assert [type(e) for e in failures] == [NotFound] and task_failures == []
