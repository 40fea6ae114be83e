"""Issue 25, point 7: no keyboard traps. Typed dates are taken (and a refused one is
explained), Tab leaves multi-line fields (Ctrl+Tab types a tab), shortcuts work after a
dialog closes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

from app.services.persons.records import PersonService
from app.ui.cansas.form import AssessmentForm
from app.ui.keyboard import date_refusal
from tests.everyday_support import in_language, open_window, settle, shoot
from tests.ui_support import ui_env  # noqa: F401 - fixture

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("ui_env")]


@pytest.fixture
def window(qtbot, vault_dir):
    return open_window(qtbot, vault_dir)


@pytest.fixture
def form(qtbot, window):
    in_language(window, "fr")             # the locale's dd/MM/yyyy, as a Belgian user has it
    pid = PersonService(window.ws).create({"given_names": "Oksana", "family_name": "Kovalenko"})
    dialog = QDialog(window)
    layout = QVBoxLayout(dialog)
    assessment = AssessmentForm(window.ws, pid, dialog)
    layout.addWidget(assessment)
    dialog.resize(900, 500)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    return dialog, assessment


def click_at_end_of_day(qtbot, edit) -> None:
    """As a user clicks on the day: the cursor lands between its digits."""
    line = edit.lineEdit()
    x = line.fontMetrics().horizontalAdvance(line.text()[:1]) + 1
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))
    settle()


def test_a_typed_day_is_taken_after_a_click_in_the_field(qtbot, window, form):
    _dialog, assessment = form
    edit = assessment.date_edit
    today = date.today()
    start = date(today.year, today.month, 28) if today.day >= 28 else date(today.year, today.month, 1)
    edit.setDate(QDate(start.year, start.month, start.day))
    click_at_end_of_day(qtbot, edit)
    qtbot.keyClicks(edit, "07")
    settle()
    assert edit.date().day() == 7, edit.lineEdit().text()
    assert window.keyboard.last_refusal == ""


def test_a_refused_date_says_why(qtbot, window, form):
    _dialog, assessment = form
    edit = assessment.date_edit
    edit.setFocus()
    edit.setCurrentSection(edit.Section.YearSection)
    edit.setSelectedSection(edit.Section.YearSection)
    for digit in str(date.today().year + 3):     # the future cannot be chosen for an assessment
        qtbot.keyClicks(edit, digit)
        settle()
    assert edit.date().toPython() <= date.today()
    assert "JJ/MM/AAAA" in window.keyboard.last_refusal       # the French way to write the pattern
    assert date.today().strftime("%d/%m/%Y") in window.keyboard.last_refusal   # the latest date allowed


def test_tab_leaves_a_note_field_and_ctrl_tab_types_a_tab(qtbot, window):
    dialog = QDialog(window)             # a plain dialog no helper was asked to prepare
    layout = QVBoxLayout(dialog)
    note, after = QPlainTextEdit(), QLineEdit()
    layout.addWidget(note)
    layout.addWidget(after)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    note.setFocus()
    settle()
    qtbot.keyClicks(note, "Avant")
    qtbot.keyClick(note, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(note, "apres")
    assert note.toPlainText() == "Avant\tapres"
    qtbot.keyClick(note, Qt.Key.Key_Tab)
    settle()
    assert after.hasFocus()
    assert note.toPlainText() == "Avant\tapres"
    dialog.close()


def test_shortcuts_work_after_a_dialog_closes(qtbot, window):
    orphan = QDialog()                    # no parent: the window manager gives the focus to nobody
    orphan.show()
    orphan.activateWindow()
    qtbot.waitUntil(orphan.isActiveWindow)
    orphan.close()
    qtbot.waitUntil(window.isActiveWindow)
    settle()
    target = QApplication.focusWidget()
    assert target is not None and target.window() is window
    qtbot.keyClick(target, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert window.persons_page().search.hasFocus()


def test_screenshots_of_a_refused_date(qtbot, window, form):
    dialog, assessment = form
    refusals = []
    for language in ("fr", "nl"):
        in_language(window, language)
        for old in dialog.findChildren(AssessmentForm):
            old.hide()
        form_now = AssessmentForm(window.ws, assessment.person_id, dialog)         # built in this language
        dialog.layout().addWidget(form_now)
        form_now.show()
        settle()
        edit = form_now.date_edit
        edit.setFocus()
        edit.setSelectedSection(edit.Section.YearSection)
        for digit in str(date.today().year + 1):
            qtbot.keyClicks(edit, digit)
            settle()
        refusals.append(window.keyboard.last_refusal)
        assert window.statusBar().currentMessage() == refusals[-1]
        # The dialog with the main window's status bar under it, where the reason stays.
        top, bar = dialog.grab(), window.statusBar().grab()
        image = QPixmap(max(top.width(), bar.width()), top.height() + bar.height())
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.drawPixmap(0, 0, top)
        painter.drawPixmap(0, top.height(), bar)
        painter.end()
        label = QLabel()
        label.setPixmap(image)
        label.resize(image.size())
        shoot(label, "keyboard", language)
    assert "JJ/MM/AAAA" in refusals[0] and "DD/MM/JJJJ" in refusals[1]
    assert date_refusal(assessment.date_edit)
