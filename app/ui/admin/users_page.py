"""Supervisors manage the users of the vault: add, disable or enable, reset a passphrase."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import RelaisError
from app.models.user import Role
from app.services.admin.user_admin import list_users, reset_with_recovery_key
from app.services.admin.users import UserRow, UserService
from app.services.shared.workspace import Workspace
from app.ui import a11y
from app.ui.contracts import PageBase
from app.ui.forms import SubmitDialog
from app.ui.table_model import SORT_ROLE, Column, TableModel


def role_labels() -> dict[str, str]:
    return {
        Role.PEER_WORKER.value: QCoreApplication.translate("UserRoles", "Peer worker"),
        Role.CASE_MANAGER.value: QCoreApplication.translate("UserRoles", "Case manager"),
        Role.SUPERVISOR.value: QCoreApplication.translate("UserRoles", "Supervisor"),
    }


class _PassphraseFields:
    """Two fields that must match; the vault checks the minimum length."""

    def __init__(self, parent: QWidget) -> None:
        self.first = QLineEdit(parent)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(parent)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)

    def value(self) -> str | None:
        return self.first.text() if self.first.text() == self.second.text() else None


class NewUser(NamedTuple):
    name: str
    role: str
    passphrase: str
    display_name: str


class PassphraseReset(NamedTuple):
    recovery_key: str
    passphrase: str


class AddUserDialog(SubmitDialog):
    background = True     # adding a slot derives a key (Argon2id, about a second) and writes
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Add a user"))
        self.name = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.role = QComboBox(self)
        for value, label in role_labels().items():
            self.role.addItem(label, value)
        self.passphrase = _PassphraseFields(self)
        self.add_row(self.tr("User name (to sign in)"), self.name, field="name")
        self.add_row(self.tr("Full name"), self.display_name)
        self.add_row(self.tr("Role"), self.role)
        self.add_row(self.tr("Initial passphrase"), self.passphrase.first, field="passphrase")
        self.add_row(self.tr("Repeat the passphrase"), self.passphrase.second)
        self.finish_layout()

    def check(self) -> str:
        return "" if self.passphrase.value() is not None else self.tr("The two passphrases differ.")

    def values(self) -> NewUser:
        return NewUser(self.name.text(), self.role.currentData(), self.passphrase.first.text(),
                       self.display_name.text())

    def submit(self, values: object) -> int:
        assert isinstance(values, NewUser)
        return UserService(self.ws).add(values.name, values.role, values.passphrase, values.display_name)

    def add(self) -> None:
        self.save()


class ResetPassphraseDialog(SubmitDialog):
    background = True
    def __init__(self, ws: Workspace, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.user = ws, user
        self.setWindowTitle(self.tr("Reset a passphrase"))
        intro = QLabel(self.tr("A new passphrase for %1. The vault's recovery key (on the printed recovery "
                               "sheet) authorises the reset.").replace("%1", user.display_name or user.name), self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.recovery_key = QLineEdit(self)
        self.recovery_key.setPlaceholderText("XXXXX-XXXXX-…")
        self.passphrase = _PassphraseFields(self)
        self.add_row(self.tr("Recovery key"), self.recovery_key, field="recovery_key")
        self.add_row(self.tr("New passphrase"), self.passphrase.first, field="passphrase")
        self.add_row(self.tr("Repeat the passphrase"), self.passphrase.second)
        self.finish_layout()
        self.setMinimumWidth(460)

    def check(self) -> str:
        return "" if self.passphrase.value() is not None else self.tr("The two passphrases differ.")

    def values(self) -> PassphraseReset:
        return PassphraseReset(self.recovery_key.text(), self.passphrase.first.text())

    def submit(self, values: object) -> None:
        assert isinstance(values, PassphraseReset)
        reset_with_recovery_key(self.ws, self.user.name, values.recovery_key, values.passphrase)

    def reset(self) -> None:
        self.save()


class UsersPage(PageBase, QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        roles = role_labels()
        self.model = TableModel([
            Column("user_name", lambda: self.tr("User name"), lambda u: u.name),
            Column("full_name", lambda: self.tr("Full name"), lambda u: u.display_name),
            Column("role", lambda: self.tr("Role"), lambda u: roles.get(u.role, u.role)),
            Column("status", lambda: self.tr("Status"),
                   lambda u: self.tr("active") if u.active else self.tr("disabled")),
            Column("can_sign_in", lambda: self.tr("Can sign in"),
                   lambda u: self.tr("yes") if u.has_key and u.active else self.tr("no")),
        ], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        a11y.name(self.view, self.tr("Users"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)

        self.add_button = QPushButton(self.tr("Add a user…"), self)
        self.toggle_button = QPushButton(self.tr("Disable"), self)
        self.reset_button = QPushButton(self.tr("Reset passphrase…"), self)
        self.rekey_button = QPushButton(self.tr("Change the vault key…"), self)
        self.profile_button = QPushButton(self.tr("Service profile…"), self)
        self.profile_button.setToolTip(self.tr("The organisation every document names as its sender"))
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Users of this vault"), self), 1)
        for button in (self.add_button, self.toggle_button, self.reset_button, self.rekey_button,
                       self.profile_button):
            buttons.addWidget(button)
        # Said plainly (SECURITY.md): roles are checked by Relais, not by the encryption.
        self.shared_vault_notice = QLabel(self.tr(
            "Everyone listed here opens the same encrypted vault. Roles are enforced by Relais, not by "
            "the encryption: someone with a peer worker's passphrase and some programming skill can read "
            "every record, bilans included. Give an account only to people you would trust with all of "
            "it. Disabling a user or resetting a passphrase changes the vault key, so their old "
            "passphrase no longer opens this vault (it still opens backups made before)."), self)
        self.shared_vault_notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.shared_vault_notice)
        layout.addWidget(self.view, 1)
        self.rekey_button.clicked.connect(self.change_vault_key)
        self.profile_button.clicked.connect(self.edit_service_profile)

        self.add_button.clicked.connect(self.add_user)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.reset_button.clicked.connect(self.reset_selected)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(list_users(self.ws))
        self._selection_changed()

    def selected(self) -> UserRow | None:
        indexes = self.view.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row()) if indexes else None

    def _selection_changed(self, *_: object) -> None:
        user = self.selected()
        self.toggle_button.setEnabled(user is not None and user.name != self.ws.user.name)
        self.reset_button.setEnabled(user is not None)
        self.toggle_button.setText(self.tr("Enable") if user is not None and not user.active else self.tr("Disable"))

    def edit_service_profile(self) -> None:
        from app.ui.admin.service_profile import ServiceProfileDialog

        ServiceProfileDialog(self.ws, self).exec()

    def add_user(self) -> None:
        if AddUserDialog(self.ws, self).exec():
            self.reload()

    def toggle_selected(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.active:
            answer = QMessageBox.question(self, self.tr("Disable a user"), self.tr(
                "Disable %1? Their key is removed: they can no longer open the vault until a passphrase "
                "is reset.").replace("%1", user.display_name or user.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            if user.active:
                UserService(self.ws).set_active(user.name, False)
            else:
                UserService(self.ws).set_active(user.name, True)
                if not user.has_key:
                    self.reset_selected()
        except RelaisError as exc:
            QMessageBox.warning(self, self.tr("Users"), exc.message())
        self.reload()

    def reset_selected(self) -> None:
        user = self.selected()
        if user is not None and ResetPassphraseDialog(self.ws, user, self).exec():
            QMessageBox.information(self, self.tr("Users"), self.tr("The new passphrase is set."))
            self.reload()

    def change_vault_key(self) -> None:
        answer = QMessageBox.question(self, self.tr("Change the vault key"), self.tr(
            "Re-encrypt the vault under a new key? Earlier passphrases, and the keys in backups made "
            "before now, will no longer open this vault. Current passphrases keep working. Use it when a "
            "passphrase or a copy of the vault folder may have leaked."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            UserService(self.ws).rekey()
        except RelaisError as exc:
            QMessageBox.warning(self, self.tr("Users"), exc.message())
            return
        QMessageBox.information(self, self.tr("Users"), self.tr("The vault key was changed."))
