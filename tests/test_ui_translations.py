"""Every visible string has a French and a Dutch translation, the compiled .qm files match the
.ts sources, and the main screens in French and Dutch fit 1280×720 without clipped text."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from app.paths import I18N
from app.services.shared.workspace import Workspace
from app.ui import i18n
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from tests.conftest import PASSPHRASE, REPO, USER
from tests.ui_support import add_people, ui_env, unlock  # noqa: F401 - fixture

sys.path.insert(0, str(REPO / "tools"))
import i18n as i18n_tool  # noqa: E402

pytestmark = pytest.mark.gui
TS_FILES = sorted(I18N.glob("*_fr.ts")) + sorted(I18N.glob("*_nl.ts"))


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out.append((name, message.findtext("source"), message.find("translation")))
    return out


def test_there_are_french_and_dutch_sources_for_every_catalogue():
    for name in i18n_tool.catalogues():
        for lang in ("fr", "nl"):
            assert (I18N / f"{name}_{lang}.ts").exists(), f"{name}_{lang}.ts is missing"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated(ts):
    problems = []
    for context, source, translation in messages(ts):
        if translation is None:
            problems.append(f"{context}: {source!r} has no translation")
            continue
        kind = translation.get("type", "")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if kind in ("unfinished", "vanished", "obsolete") or not all((f or "").strip() for f in forms):
            problems.append(f"{context}: {source!r} is {kind or 'empty'}")
        elif source.count("{") != (forms[0] or "").count("{"):
            problems.append(f"{context}: {source!r} loses a placeholder")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_compiled_qm_matches_its_source(ts, qapp):
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm"))), f"{ts.with_suffix('.qm').name} is missing"
    stale = [source for context, source, translation in messages(ts)
             if translation is not None and not list(translation.iter("numerusform"))
             and translator.translate(context, source) != translation.text]
    assert not stale, f"run tools/i18n.py --release: {stale[:5]}"


def test_no_visible_string_is_missing_from_the_sources(tmp_path):
    """lupdate over the code finds no string that the committed .ts files lack."""
    lupdate = i18n_tool.tool("pyside6-lupdate")
    for name, sources in i18n_tool.catalogues().items():
        fresh = tmp_path / f"{name}_fr.ts"
        subprocess.run([lupdate, "-silent", *map(str, sources), "-ts", str(fresh)], check=True,
                       capture_output=True)
        wanted = {(c, s) for c, s, _ in messages(fresh)}
        have = {(c, s) for c, s, _ in messages(I18N / f"{name}_fr.ts")}
        assert not wanted - have, f"run tools/i18n.py and translate: {sorted(wanted - have)[:5]}"


# -- layout -----------------------------------------------------------------------------------
def clipped(root: QWidget) -> list[str]:
    """Visible single-line labels and buttons narrower than their text needs."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() and "\n" not in widget.text():
            need = widget.fontMetrics().horizontalAdvance(widget.text()) + widget.contentsMargins().left() \
                + widget.contentsMargins().right()
            if widget.contentsRect().width() + 1 < widget.fontMetrics().horizontalAdvance(widget.text()):
                problems.append(f"label {widget.text()!r}: {widget.width()} < {need}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() + 1 < widget.sizeHint().width():
                problems.append(f"button {widget.text()!r}: {widget.width()} < {widget.sizeHint().width()}")
    return problems


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_main_screens_fit_1280x720(lang, qtbot, ui_env, vault_dir, tmp_path):
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    people = add_people(ws)
    ws.lock()
    i18n.install(lang)
    problems: dict[str, list[str]] = {}

    first = MainWindow(tmp_path / "fresh" / "vault")
    qtbot.addWidget(first)
    first.resize(1280, 720)
    first.show()
    settle()
    problems["first run"] = clipped(first)
    first.first_run.form.passphrase.setText(PASSPHRASE)
    first.first_run.form.confirm.setText(PASSPHRASE)
    first.first_run.create_vault()
    settle()
    problems["recovery key"] = clipped(first)

    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    settle()
    problems["unlock"] = clipped(window)
    unlock(qtbot, window)
    settle()
    assert window.persons_page().model.rowCount() == 2
    problems["person list"] = clipped(window)
    window.persons_page().open_person(people["aicha"])
    settle()
    problems["person file"] = clipped(window)
    tabs = window.persons_page().file.tabs
    for i in range(tabs.count()):            # every feature's tab, in this language
        tabs.setCurrentIndex(i)
        settle()
        problems[f"tab {tabs.tabText(i)}"] = clipped(tabs.currentWidget())
    for spec in window.shell.specs:         # every page of the navigation
        window.shell.show_page(spec.key)
        settle()
        problems[f"page {spec.key}"] = clipped(window.shell.pages[spec.key])
    window.shell.show_page("persons")
    settle()
    dialog = SettingsDialog(window.ws, window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    problems["settings"] = clipped(dialog)
    assert window.persons_page().file.name.text() == "Aïcha Benali (Cha)"
    assert not {k: v for k, v in problems.items() if v}, problems


def test_the_clip_detector_catches_squeezed_text(qtbot):
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    box = QWidget()
    qtbot.addWidget(box)
    layout = QHBoxLayout(box)
    button = QPushButton("Wijzigingen ongedaan maken")
    button.setMaximumWidth(60)
    text = QLabel("Gebruikelijke verblijfplaatsen")
    text.setMaximumWidth(60)
    layout.addWidget(button)
    layout.addWidget(text)
    box.show()
    settle()
    assert len(clipped(box)) == 2
