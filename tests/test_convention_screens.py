"""Issue 19: the screens that set what the convention's documents print — the service
profile (a supervisor, from the Users page), the author's profession and registration
(Settings), and the function a bilan indicates (the Bilans tab)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from app.services.bilan import records as bilans  # noqa: E402
from app.services.bilan.convention import indication  # noqa: E402
from app.services.persons.records import PersonService  # noqa: E402
from app.services.shared.profile import get_letterhead, get_service_profile, set_letterhead  # noqa: E402
from app.texts import message  # noqa: E402
from tests.ui_support import ui_env  # noqa: E402,F401 - fixture

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("synchronous_tasks")]


def press(dialog, button=QDialogButtonBox.StandardButton.Ok) -> None:
    dialog.buttons.button(button).click()


def test_a_supervisor_sets_the_service_profile_from_the_users_page(ws, qtbot, ui_env, monkeypatch):
    from app.ui.admin.service_profile import ServiceProfileDialog
    from app.ui.admin.users_page import UsersPage

    page = UsersPage(ws)
    qtbot.addWidget(page)
    opened = []
    monkeypatch.setattr(ServiceProfileDialog, "exec", lambda self: opened.append(self) or 0)
    page.profile_button.click()
    [dialog] = opened
    qtbot.addWidget(dialog)
    press(dialog, QDialogButtonBox.StandardButton.Save)
    _widget, note = dialog.field_errors["organisation"]
    assert note.text() == message("profile.organisation_required") and dialog.result() == 0
    dialog.organisation.setText("SSM Le Pont fictif")
    dialog.address.setPlainText("Rue Fictive 1\n1000 Bruxelles")
    dialog.place.setText("Bruxelles")
    press(dialog, QDialogButtonBox.StandardButton.Save)
    assert dialog.result() == 1
    assert get_service_profile(ws)["organisation"] == "SSM Le Pont fictif"
    assert get_letterhead(ws).address == "Rue Fictive 1\n1000 Bruxelles"


def test_the_authors_profession_and_registration_are_set_in_settings(ws, qtbot, ui_env):
    from app.services.shared.profile import set_service_profile
    from app.ui.settings_dialog import SettingsDialog

    set_service_profile(ws, {"organisation": "SSM Le Pont fictif"})
    dialog = SettingsDialog(ws)
    qtbot.addWidget(dialog)
    # The service's sender is the supervisor's: not editable here.
    assert not dialog.letterhead["organisation"].isEnabled()
    assert dialog.letterhead["organisation"].text() == "SSM Le Pont fictif"
    dialog.profession.setCurrentIndex(dialog.profession.findData("clinical_psychologist"))
    dialog.registration.setText("123456")
    dialog.letterhead["worker_name"].setText("Alice Martin")
    dialog.save()
    lh = get_letterhead(ws)
    assert (lh.profession, lh.registration, lh.worker_name) == ("clinical_psychologist", "123456", "Alice Martin")
    again = SettingsDialog(ws)
    qtbot.addWidget(again)
    assert again.profession.currentData() == "clinical_psychologist" and again.registration.text() == "123456"


def test_the_indicated_function_is_chosen_in_the_bilans_tab(ws, qtbot, ui_env, monkeypatch):
    from app.ui.bilan.indication import IndicationDialog
    from app.ui.bilan.tab import BilansTab

    set_letterhead(ws, {"worker_name": "Alice Martin", "profession": "case_manager"})
    pid = PersonService(ws).create({"alias": "Rivière"})
    bid = bilans.create_bilan(ws, pid, "initial", prefill=False)
    tab = BilansTab(ws, pid)
    qtbot.addWidget(tab)
    assert tab.indication_button.isEnabled()
    assert tab.indication_label.text() == "Indicated function: not decided yet"

    def answer(dialog: IndicationDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.function.setCurrentIndex(dialog.function.findData("first_line"))
        press(dialog)                                   # no justification: refused, shown under it
        _widget, note = dialog.field_errors["function_justification"]
        assert note.text() == message("bilan.function_needs_justification")
        dialog.justification.setPlainText("Angoisses depuis trois mois, pas de suivi.")
        press(dialog)
        return dialog.result()

    monkeypatch.setattr(IndicationDialog, "exec", answer)
    tab.indication_button.click()
    found = indication(ws, bid)
    assert (found.function, found.justification) == ("first_line", "Angoisses depuis trois mois, pas de suivi.")
    # A case manager wrote it: Relais says the profile does not fit, without refusing.
    assert message("bilan.author_not_conventioned") in tab.banner.text()
    assert tab.indication_label.text() == "Indicated function: First-line psychological function"
    bilans.update_bilan(ws, bid, sections={"request": "Dormir"})
    bilans.finalise_bilan(ws, bid)
    tab.reload()
    assert not tab.indication_button.isEnabled()
