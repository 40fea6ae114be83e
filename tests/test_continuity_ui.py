"""The continuity tabs: record a stay, write the crisis plan, add a received file, a
hostile file refused with its reason and the app still standing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from app.services.crisis import current_plan
from app.services.persons.records import PersonService
from app.services.received import list_received
from app.services.stays import list_stays
from app.ui.continuity.crisis_tab import CrisisTab
from app.ui.continuity.received_tab import ReceivedTab, safe_image
from app.ui.continuity.stays_tab import StaysTab
from tests.test_received_documents import a_pdf, a_png

pytestmark = pytest.mark.gui


def test_stays_tab_records_a_stay_and_shows_refusals(qtbot, ws):
    pid = PersonService(ws).create({"alias": "R"})
    tab = StaysTab(ws, pid)
    qtbot.addWidget(tab)
    tab.place.setText("Clinique")
    tab.admitted.setDate(QDate(2026, 10, 1))
    tab.discharged_known.setChecked(True)
    tab.discharged.setDate(QDate(2026, 9, 1))
    tab.add()
    assert "before" in tab.error.text() and list_stays(ws, pid) == []
    tab.discharged.setDate(QDate(2026, 10, 9))
    tab.add()
    assert [s.discharged_on for s in list_stays(ws, pid)] == [date(2026, 10, 9)] and tab.model.rowCount() == 1


def test_crisis_tab_saves_the_persons_words(qtbot, ws):
    pid = PersonService(ws).create({"alias": "R"})
    tab = CrisisTab(ws, pid)
    qtbot.addWidget(tab)
    tab.edits["what_helps"].setPlainText("<b>Marcher</b> & parler")
    assert tab.has_unsaved_changes()
    assert tab.save()
    assert current_plan(ws, pid).sections["what_helps"] == "<b>Marcher</b> & parler"
    assert not tab.has_unsaved_changes()


def test_received_tab_adds_previews_and_refuses_hostile_files(qtbot, ws, tmp_path):
    pid = PersonService(ws).create({"alias": "R"})
    tab = ReceivedTab(ws, pid)
    qtbot.addWidget(tab)
    good = tmp_path / "letter.pdf"
    good.write_bytes(a_pdf())
    assert tab.add_file(good)
    assert tab.stack.currentIndex() == 1                      # the PDF preview
    exe = tmp_path / "invoice.pdf"
    exe.write_bytes(b"MZ" + b"\0" * 100)
    assert not tab.add_file(exe)
    assert "executable" in tab.message.text()
    assert len(list_received(ws, pid)) == 1


def test_images_decode_under_the_pixel_cap_only():
    assert safe_image(a_png(3, 2)) is not None
    assert safe_image(a_png(100_000, 100_000, body=False)) is None
    assert safe_image(b"\x89PNG\r\n\x1a\n" + b"\0" * 30) is None
