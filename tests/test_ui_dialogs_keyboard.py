"""Every dialog the app opens, with the keyboard alone (issue 24): Tab goes round every input and
the OK/Cancel buttons and comes back (no trap), every input has an accessible name, Escape
closes. The dialogs are listed from the code (`class ...(QDialog)` and `(SubmitDialog)` in app/ui);
a test checks that a dialog added later is added here too."""

from __future__ import annotations

import ast
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QRadioButton

from app.ui.main_window import MainWindow
from tests.a11y_support import describe, tab_cycle, tab_targets, unnamed
from tests.conftest import REPO
from tests.test_ui_accessibility import window  # noqa: F401 - fixture
from tests.ui_support import ui_env, unlock  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui

Factory = Callable[[MainWindow], QDialog]


def _plan(win: MainWindow):
    from app.services.careplan import get_plan

    for pid in win.demo_ids:
        plan = get_plan(win.ws, pid)
        if plan is not None and plan.current.goals:
            return plan
    raise AssertionError("the demo data has a care plan with goals")


def _referral(win: MainWindow):
    from app.services.referrals.records import list_referrals

    for pid in win.demo_ids:
        rows = list_referrals(win.ws, pid)
        if rows:
            return rows[0]
    raise AssertionError("the demo data has a referral")


def _recipients(win: MainWindow):
    from app.services.bilan.records import recipients

    return recipients(win.ws, win.demo_ids[0])


def _partner(win: MainWindow) -> tuple[int, str]:
    from app.services.careplan import owner_choices

    return owner_choices(win.ws).partners[0]


def factories() -> dict[str, Factory]:
    """Class name -> how to build it as the app does, over the demo data."""
    from app.ui.about import AboutDialog
    from app.ui.admin.service_profile import ServiceProfileDialog
    from app.ui.admin.users_page import AddUserDialog, ResetPassphraseDialog
    from app.ui.bilan.indication import IndicationDialog
    from app.ui.bilan.parts import PartsDialog
    from app.ui.bilan.produce import ProduceDialog
    from app.ui.careplan.dialogs import ActionDialog, AgreeDialog, GoalDialog, ReviewDialog
    from app.ui.contacts.consultations import ConsultationDialog
    from app.ui.contacts.link_dialog import LinkEncounterDialog
    from app.ui.contacts.quick_entry import QuickContactDialog
    from app.ui.dashboard.persons_dialog import PersonsDialog
    from app.ui.dashboard.rights import PersonRightsDialog
    from app.ui.documents.produce import NewDocumentDialog
    from app.ui.duplicates.merge_dialog import MergeDialog
    from app.ui.help import ShortcutsDialog
    from app.ui.network.link_dialog import LinkDialog
    from app.ui.network.member_dialog import MemberDialog
    from app.ui.partners.editor import PartnerEditor
    from app.ui.partners.page import ImportReportDialog
    from app.ui.persons.new_person import NewPersonDialog
    from app.ui.referrals.dialogs import ConsentDialog, FollowUpDialog, ReferralDialog, StatusDialog
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.team.dialogs import CodeDialog, CreateTeamDialog, InviteDialog, JoinDialog

    def noop(*_args):
        return None

    def users(win):
        from app.services.admin.user_admin import list_users
        return list_users(win.ws)[0]

    def contact(win):
        from app.services.contacts.records import ContactService
        return ContactService(win.ws).list()[0]

    def members(win):
        from app.services.network import maps as networks
        for pid in win.demo_ids:
            if snap := networks.latest_snapshot_id(win.ws, pid):
                view = networks.get_snapshot(win.ws, snap, audit=False)
                if len(view.members) > 1:
                    return view.members
        raise AssertionError("the demo data has a network map")

    def bilan(win):
        from app.services.bilan.records import create_bilan
        return create_bilan(win.ws, win.demo_ids[0])

    today = date.today()
    return {
        "AboutDialog": lambda w: AboutDialog(w),
        "AddUserDialog": lambda w: AddUserDialog(w.ws, w),
        "ResetPassphraseDialog": lambda w: ResetPassphraseDialog(w.ws, users(w), w),
        "PartsDialog": lambda w: PartsDialog(w.ws, bilan(w), _partner(w)[0], _partner(w)[1], w),
        "ProduceDialog": lambda w: ProduceDialog(_recipients(w), False, False, w),
        "GoalDialog": lambda w: GoalDialog(w, noop, _plan(w).current.goals[0]),
        "ActionDialog": lambda w: ActionDialog(w, noop, _owner_choices(w), today),
        "AgreeDialog": lambda w: AgreeDialog(w, noop, today),
        "ReviewDialog": lambda w: ReviewDialog(w, noop, _plan(w).current, today),
        "LinkEncounterDialog": lambda w: LinkEncounterDialog(w.ws, contact(w), w),
        "QuickContactDialog": lambda w: QuickContactDialog(w.ws, w, w.demo_ids[0]),
        "PersonsDialog": lambda w: PersonsDialog(w.ws, "Active persons", tuple(w.demo_ids[:3]), w),
        "PersonRightsDialog": lambda w: PersonRightsDialog(w.ws, w.demo_ids[0], w),
        "NewDocumentDialog": lambda w: NewDocumentDialog(_recipients(w), w),
        "MergeDialog": lambda w: MergeDialog(w.ws, w.demo_ids[0], w.demo_ids[1], w),
        "ShortcutsDialog": lambda w: ShortcutsDialog(w),
        "LinkDialog": lambda w: LinkDialog(members(w)[0], list(members(w)[1:]), set(), noop, w),
        "MemberDialog": lambda w: MemberDialog(noop, members(w)[0], [_partner(w)], noop, parent=w),
        "PartnerEditor": lambda w: PartnerEditor(w.ws, None, w),
        "ImportReportDialog": lambda w: ImportReportDialog("Line 3: no organisation name.", w),
        "NewPersonDialog": lambda w: NewPersonDialog(w.ws, w),
        "ConsentDialog": lambda w: ConsentDialog(w.ws, w.demo_ids[0], w),
        "ReferralDialog": lambda w: ReferralDialog(w.ws, w.demo_ids[0], w),
        "StatusDialog": lambda w: StatusDialog(w.ws, _referral(w), w),
        "FollowUpDialog": lambda w: FollowUpDialog(w.ws, _referral(w), w),
        "SettingsDialog": lambda w: SettingsDialog(w.ws, w),
        "CreateTeamDialog": lambda w: CreateTeamDialog(w.ws, w),
        "InviteDialog": lambda w: InviteDialog(w.ws, w),
        "JoinDialog": lambda w: JoinDialog(w.ws, w),
        "CodeDialog": lambda w: CodeDialog("RLS-ABCD-EFGH", REPO / "invite.relais", w),
        "ServiceProfileDialog": lambda w: ServiceProfileDialog(w.ws, w),
        "IndicationDialog": lambda w: IndicationDialog(w.ws, bilan(w), w),
        "ConsultationDialog": lambda w: ConsultationDialog(w.ws, w.demo_ids[0], w),
    }


def _owner_choices(win: MainWindow):
    from app.services.careplan import owner_choices

    return owner_choices(win.ws, win.demo_ids[0])


def dialog_classes() -> set[str]:
    """Every dialog class of app/ui, read from the code."""
    found = set()
    for path in (REPO / "app" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    # SubmitDialog[X] is a Subscript whose value names the class
                    getattr(getattr(base, "value", base), "id", "") in ("QDialog", "SubmitDialog")
                    for base in node.bases):
                found.add(node.name)
    return found - {"SubmitDialog"}


def test_every_dialog_class_is_walked():
    assert dialog_classes() - set(factories()) == set()


def group_reached(widget, seen) -> bool:
    """Tab enters a group of exclusive radio buttons once, at the checked one; the arrow keys
    move inside it (the platforms' convention): the group counts as reached."""
    if not isinstance(widget, QRadioButton):
        return False
    group = widget.group()
    siblings = group.buttons() if group is not None else [
        w for w in widget.parentWidget().findChildren(QRadioButton) if w.autoExclusive()]
    return any(s in seen for s in siblings)


def keyboard_problems(qtbot, dialog: QDialog) -> list[str]:
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    name = type(dialog).__name__
    problems = [f"{name}: no name: {w}" for w in unnamed(dialog)]
    targets = tab_targets(dialog)
    if not targets:
        return [*problems, f"{name}: nothing takes the focus"]
    seen, came_back = tab_cycle(targets[0])
    if not came_back:
        where = QApplication.focusWidget()
        problems.append(f"{name}: Tab trapped at {describe(where) if where else None}")
    missed = [w for w in targets if w is not targets[0] and w not in seen and not group_reached(w, seen)]
    problems += [f"{name}: not reached by Tab: {describe(w)}" for w in missed]
    boxes = dialog.findChildren(QDialogButtonBox)
    if not any(b.isVisible() for box in boxes for b in box.buttons()):
        problems.append(f"{name}: no OK/Cancel/Close button")
    focus = QApplication.focusWidget() or dialog
    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    if dialog.isVisible():
        problems.append(f"{name}: Escape does not close it")
        dialog.reject()
    return problems


def test_every_dialog_works_with_the_keyboard_alone(window, qtbot):  # noqa: F811 - the imported fixture
    problems: list[str] = []
    for name, build in sorted(factories().items()):
        try:
            dialog = build(window)
        except Exception as exc:        # a dialog that cannot be built is a failure, not a skip
            problems.append(f"{name}: could not be built: {exc!r}")
            continue
        qtbot.addWidget(dialog)
        problems += keyboard_problems(qtbot, dialog)
        dialog.close()
        window.activateWindow()
    assert problems == [], "\n".join(problems)
