"""Team set-up as dialogs: create a team (supervisor), invite a member, join with an invitation.
Each calls the same service as the command line and shows its refusal next to the form. They
talk to the hub and derive keys, so they submit off the UI thread (SubmitDialog.background):
values() reads the fields, submit() only calls the service."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.shared.workspace import Workspace
from app.services.team import setup
from app.ui.forms import SubmitDialog


class CreateTeamDialog(SubmitDialog):
    background = True

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Create a team"))
        intro = QLabel(self.tr("Paste the hub address (the enrolment DSN) that your organisation's IT gave "
                               "you after `hub init`. The team's keys are made on this computer and stay in "
                               "this vault; the hub only ever sees encrypted data."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.hub = QLineEdit()
        self.hub.setAccessibleName(self.tr("Hub address"))
        self.add_row(self.tr("Hub address"), self.hub, field="hub")
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Team name"))
        self.add_row(self.tr("Team name (kept on this computer)"), self.name)
        self.finish_layout()

    def check(self) -> str:
        return "" if self.hub.text().strip() else self.tr("Paste the hub address first.")

    def busy_label(self) -> str:
        return self.tr("Creating the team on the hub…")

    def values(self) -> tuple[str, str | None]:
        return self.hub.text().strip(), self.name.text().strip() or None

    def submit(self, values: object) -> object:
        hub, name = cast(tuple[str, str | None], values)
        return setup.create_team(self.ws, hub, name)


class InviteDialog(SubmitDialog):
    background = True

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Invite a member"))
        self.member = QLineEdit()
        self.member.setAccessibleName(self.tr("Member's name"))
        self.add_row(self.tr("Member's name"), self.member, field="name")
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for key, label in (("case_manager", self.tr("Case manager")), ("peer_worker", self.tr("Peer worker")),
                           ("supervisor", self.tr("Supervisor"))):
            self.role.addItem(label, key)
        self.add_row(self.tr("Role"), self.role, field="role")
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Invitation file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.add_row(self.tr("Invitation file"), holder, field="out")
        self.finish_layout()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the invitation"), "invitation.relaisinvite",
                                                self.tr("Relais invitations (*.relaisinvite)"))
        if chosen:
            self.path.setText(chosen)

    def check(self) -> str:
        if not self.member.text().strip():
            return self.tr("Give the member's name.")
        if not self.path.text().strip():
            return self.tr("Choose where to save the invitation file.")
        return ""

    def values(self) -> tuple[str, str, Path]:
        return self.member.text().strip(), self.role.currentData(), Path(self.path.text().strip())

    def submit(self, values: object) -> object:
        member, role, out = cast(tuple[str, str, Path], values)
        return setup.invite(self.ws, member, role, out)


class CodeDialog(QDialog):
    """The one-time code, shown once: to be read aloud or printed, never sent with the file."""

    def __init__(self, code: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("One-time code"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("The invitation is saved in {path}. Give the file and this code by two different "
                              "channels (for example the file by e-mail, the code by phone). The code is shown "
                              "only now; it works for 72 hours and 5 attempts.").format(path=path))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.code = QLabel(code)
        font = QFont("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.code.setAccessibleName(self.tr("One-time code"))
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(code))
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)


class JoinDialog(SubmitDialog):
    background = True

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Join a team"))
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Invitation file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        holder = QWidget()
        holder.setLayout(row)
        self.add_row(self.tr("Invitation file"), holder, field="invite")
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("One-time code"))
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX")
        self.add_row(self.tr("One-time code"), self.code, field="code")
        self.finish_layout()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open the invitation"), "",
                                                self.tr("Relais invitations (*.relaisinvite);;All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def check(self) -> str:
        if not self.path.text().strip():
            return self.tr("Choose the invitation file.")
        return "" if self.code.text().strip() else self.tr("Type the one-time code.")

    def busy_label(self) -> str:
        return self.tr("Joining the team: receiving and checking the team's records…")

    def values(self) -> tuple[Path, str]:
        return Path(self.path.text().strip()), self.code.text()

    def submit(self, values: object) -> object:
        invite, code = cast(tuple[Path, str], values)
        return setup.join(self.ws, invite, code)
