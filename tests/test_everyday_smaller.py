"""Issue 25, point 8: the smaller frictions seen in everyday use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.bilan import records as bilans
from app.services.bilan.records import Recipient
from app.services.persons.records import PersonService
from app.services.referrals.records import create_referral
from app.services.shared.consents import record_consent
from app.ui import i18n
from app.ui.bilan import tab as bilan_tab
from app.ui.bilan.produce import ProduceDialog
from app.ui.network import tab as network_tab
from app.ui.network.tab import NetworkTab
from app.ui.referrals.tab import ReferralsTab
from tests.bilan_fixtures import world  # noqa: F401 - fixture
from tests.everyday_support import in_language, open_window, settle, shoot
from tests.ui_support import ui_env  # noqa: F401 - fixture

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("ui_env")]


@pytest.fixture
def window(qtbot, vault_dir):
    return open_window(qtbot, vault_dir)


class FakeMemberDialog:
    """The member dialog as if a worker filled it in and pressed Save."""

    added = 0

    def __init__(self, submit, *args, **kwargs) -> None:
        self.submit = submit

    def exec(self) -> int:
        FakeMemberDialog.added += 1
        self.submit({"label": f"Sœur {FakeMemberDialog.added}", "category": "family", "circle": "close",
                     "supports": ["emotional"]})
        return 1


def test_an_empty_new_map_shows_no_isolation_signal_and_the_count_follows(qtbot, ws, monkeypatch):
    i18n.install("fr")
    pid = PersonService(ws).create({"given_names": "Oksana", "family_name": "Kovalenko"})
    tab = NetworkTab(ws, pid)
    qtbot.addWidget(tab)
    tab.show()
    tab.new_snapshot()
    assert tab.snapshot_id is not None
    assert tab.measures.signal.isHidden()                       # nothing drawn yet: nothing to signal
    assert tab.snapshots.currentText().endswith("(0 membre)")
    monkeypatch.setattr(network_tab, "MemberDialog", FakeMemberDialog)
    tab.add_member(None)
    assert tab.snapshots.currentText().endswith("(1 membre)")    # the selector follows
    tab.add_member(None)
    assert tab.snapshots.currentText().endswith("(2 membres)")
    captions = tab.measures.captions
    assert "intermédiarité" not in captions["brokerage"].text().lower()      # plain words on the form,
    assert "Intermédiarité d'ego" in captions["brokerage"].toolTip()          # the research term on hover
    assert "Densité" in captions["density"].toolTip() and "Composantes" in captions["components"].toolTip()


def test_the_letter_button_says_it_files_and_leads_to_the_documents(qtbot, ws):
    from app.services.partners.directory import add_partner

    person = PersonService(ws).create({"alias": "Zaza"})
    partner = add_partner(ws, {"organisation": "Abri fictif", "sector": "social", "languages": "fr"})
    record_consent(ws, person, partner_id=partner, document_types=["referral_letter"])
    rid = create_referral(ws, person, partner, {"reason": "Nuit"})
    tab = ReferralsTab(ws, person)
    qtbot.addWidget(tab)
    assert "mark sent" in tab.send_button.text() and "sends nothing" in tab.send_button.toolTip()
    tab._select_referral(rid)
    tab.send_selected()
    qtbot.waitUntil(lambda: tab.findChild(QMessageBox, "letter_filed") is not None)
    box = tab.findChild(QMessageBox, "letter_filed")
    assert "has not sent it" in box.text()
    assert any(b.text() == "Open the Documents tab" for b in box.buttons())


def test_producing_a_draft_bilan_offers_to_finalise_first(qtbot, request, monkeypatch):
    ws, pid, gp, _ = request.getfixturevalue("world")
    tab = bilan_tab.BilansTab(ws, pid)
    qtbot.addWidget(tab)
    tab.new_bilan("initial")
    qtbot.keyClicks(tab.editor.sections["request"].text, "Un toit calme")
    tab.editor.sections["request"].share.setChecked(True)
    tab.editor.physician_agreed.setChecked(True)
    tab.editor.physician_name.setText("Dr Nowak")
    tab.editor.physician_inami.setText("1-23456-78-901")
    assert tab.save() and not tab.editor.record.is_final
    asked = []
    monkeypatch.setattr(bilan_tab.BilansTab, "ask_finalise_first", lambda self: asked.append(1) or bilan_tab.FINALISE)
    chosen = {}

    def produce_dialog_exec(dialog):
        chosen["final"] = dialog.recipient.isEnabled()
        chosen["for"] = dialog.choice()
        return ProduceDialog.DialogCode.Rejected

    monkeypatch.setattr(ProduceDialog, "exec", produce_dialog_exec)
    tab.produce()
    assert asked == [1], tab.editor.errors.text()
    assert bilans.get_bilan(ws, tab.editor.record.id).is_final, tab.editor.errors.text()   # in the same step
    assert chosen == {"final": True, "for": (gp, "gp")}               # and offered to the GP


def test_for_follows_the_chosen_variant(qtbot):
    people = [Recipient(7, "Dr Fictive", True, True), Recipient(8, "SSM fictif", False, False)]
    dialog = ProduceDialog(people, is_final=True)
    qtbot.addWidget(dialog)
    assert dialog.choice() == (7, "gp")                # the GP variant goes to the person's GP
    dialog.variant.setCurrentIndex(dialog.variant.findData("full"))
    assert dialog.choice() == (None, "full")           # the full one to an internal copy
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(7))
    assert dialog.choice() == (7, "gp")                # a GP recipient gets the GP variant
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(8))
    dialog.variant.setCurrentIndex(dialog.variant.findData("full"))
    assert dialog.choice() == (8, "full")              # another partner keeps what was chosen


def test_sidebar_titles_are_whole_and_persons_shows_the_list_again(qtbot, window):
    pid = PersonService(window.ws).create({"given_names": "Jan", "family_name": "Peeters"})
    for language in ("nl", "fr"):
        in_language(window, language)
        nav = window.shell.nav
        assert nav.textElideMode() == Qt.TextElideMode.ElideNone and nav.wordWrap()
        delegate = nav.itemDelegate()
        for row in range(nav.model().rowCount()):
            index = nav.model().index(row, 0)
            words = index.data().split()
            longest = max(nav.fontMetrics().horizontalAdvance(w) for w in words)
            assert longest <= nav.viewport().width() - 48, index.data()          # no word is cut
            if len(words) > 1 and nav.fontMetrics().horizontalAdvance(index.data()) > nav.viewport().width() - 56:
                assert delegate.sizeHint(nav.viewOptions() if hasattr(nav, "viewOptions") else
                                         _option(nav), index).height() >= 2 * nav.fontMetrics().height()
        actions = [a.text() for a in window.toolbar.actions()]
        assert ("Snel contact" if language == "nl" else "Contact rapide") in actions
        shoot(window, "sidebar", language)
    window.open_person(pid)
    page = window.persons_page()
    assert page.stack.currentWidget() is page.file
    row = next(r for r in range(window.shell.nav_model.rowCount())
               if window.shell.nav_model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) == "persons")
    rect = window.shell.nav.visualRect(window.shell.nav_model.index(row, 0))
    qtbot.mouseClick(window.shell.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle()
    assert page.file is None or page.stack.currentWidget() is not page.file
    assert page.table.isVisible()


def _option(view):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.font = view.font()
    option.rect = view.viewport().rect()
    return option


def test_screenshots_of_the_network_tab(qtbot, window, monkeypatch):
    pid = PersonService(window.ws).create({"given_names": "Оксана", "family_name": "Коваленко"})
    monkeypatch.setattr(network_tab, "MemberDialog", FakeMemberDialog)
    for language in ("fr", "nl"):
        in_language(window, language)
        window.open_person(pid, "network")
        tab = window.persons_page().file.tab("network")
        if tab.snapshot_id is None:
            tab.new_snapshot()
            tab.add_member(None)
        settle()
        assert tab.measures.signal.isHidden() or tab.measures.signal.text()
        shoot(window, "network", language)
