"""The main window: first run or unlock, then the signed-in shell; the toolbar, the status
bar and locking. It composes the screens and owns no feature logic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.store.vault import VaultFolder
from app.ui import events, i18n, keyboard, settings
from app.ui.autolock import AutoLock
from app.ui.backup import start_daily_backup
from app.ui.contracts import ActionContext
from app.ui.first_run import FirstRunPage
from app.ui.persons.page import PersonsPage
from app.ui.registry import REGISTRY
from app.ui.shell import Shell
from app.ui.unlock import UnlockPage
from app.ui.widgets import ElidedLabel

LOCK_WAIT_MS = 15000


class MainWindow(QMainWindow):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.ws: Workspace | None = None
        self.shell: Shell | None = None
        self._resume: dict | None = None      # where the user was when Relais locked
        self._resume_user = ""
        self._feature_actions: list[QAction] = []
        self._status_widgets: list[QWidget] = []
        self.setMinimumSize(minimum_size())

        self.first_run: FirstRunPage | None = None
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.unlock_page = UnlockPage()
        self.unlock_page.unlocked.connect(self.signed_in)
        self.stack.addWidget(self.unlock_page)
        self.cover = QWidget()                 # shown for the instant between hiding and locking
        self.stack.addWidget(self.cover)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self._make_actions()

        self.vault_label = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)   # keep the folder's name visible
        self.user_label = QLabel()
        self.statusBar().addWidget(self.vault_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

        self.autolock = AutoLock(settings.autolock_minutes(), self)
        self.keyboard = keyboard.install(self)   # typed dates, Tab out of text fields, focus after dialogs
        self.autolock.lock_requested.connect(self.auto_lock)

        self.retranslate()
        self._restore_geometry()
        if VaultFolder(self.folder).exists():
            self.show_unlock()
        else:
            self.show_first_run()

    # -- actions --------------------------------------------------------------------------------
    def _make_actions(self) -> None:
        def action(slot, shortcut, toolbar: bool = True) -> QAction:
            act = QAction(self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            if toolbar:
                self.toolbar.addAction(act)
            return act

        self.new_person_action = action(self.new_person, "Ctrl+N")
        self.find_action = action(self.find_person, "Ctrl+F")
        self._feature_anchor = self.toolbar.addSeparator()
        self.settings_action = action(self.open_settings, "Ctrl+,")
        self.lock_action = action(self.lock_now, "Ctrl+L")
        self.quit_action = action(self.close, "Ctrl+Q", toolbar=False)
        # Help > About, in a menu bar that stays while locked (macOS moves it to the app menu).
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)
        self.help_action = action(self.show_help, "F1", toolbar=False)
        self.help_menu.insertAction(self.about_action, self.help_action)

    def retranslate(self) -> None:
        self.setWindowTitle("Relais")
        for act, text, tip in (
            (self.new_person_action, self.tr("New person"), self.tr("Register a new person")),
            (self.find_action, self.tr("Find"), self.tr("Find a person by name, alias, NISS or birth year")),
            (self.settings_action, self.tr("Settings"), self.tr("Language, auto-lock, document defaults")),
            (self.lock_action, self.tr("Lock"), self.tr("Hide everything and lock the vault now")),
            (self.quit_action, self.tr("Quit"), ""),
            (self.help_action, self.tr("Keyboard shortcuts"), self.tr("The keys that work everywhere in Relais")),
        ):
            act.setText(text)
            shortcut = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{tip or text} ({shortcut})")
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Relais"))
        self._refresh_status()

    def action_context(self) -> ActionContext:
        if self.ws is None:
            raise RuntimeError("actions run only in an open vault")
        return ActionContext(self.ws, self, self.current_person_id())

    def run_action(self, spec) -> None:
        if self.ws is not None and self.ws.is_open:
            spec.handler(self.action_context())

    def _install_feature_actions(self) -> None:
        for spec in REGISTRY.actions:
            if self.ws is None or not spec.visible(self.ws):
                continue
            act = QAction(spec.title(), self)
            act.setShortcut(QKeySequence(spec.shortcut))
            act.setToolTip(f"{spec.title()} ({spec.shortcut})")
            act.triggered.connect(lambda _checked=False, s=spec: self.run_action(s))
            self.addAction(act)
            if spec.toolbar:
                self.toolbar.insertAction(self._feature_anchor, act)
            self._feature_actions.append(act)

    def _install_status_widgets(self) -> None:
        for spec in REGISTRY.status:
            if self.ws is not None:
                widget = spec.factory(self.ws, self)
                self.statusBar().insertPermanentWidget(0, widget)
                self._status_widgets.append(widget)

    def _remove_status_widgets(self) -> None:
        for widget in self._status_widgets:
            self.statusBar().removeWidget(widget)
            widget.deleteLater()
        self._status_widgets.clear()

    def _remove_feature_actions(self) -> None:
        for act in self._feature_actions:
            self.toolbar.removeAction(act)
            self.removeAction(act)
            act.deleteLater()
        self._feature_actions.clear()

    def _set_signed_in_ui(self, signed_in: bool) -> None:
        self.toolbar.setVisible(signed_in)
        for act in (self.new_person_action, self.find_action, self.lock_action):
            act.setEnabled(signed_in)
        self.new_person_action.setVisible(signed_in and self.ws is not None and _can_create(self.ws))

    # -- screens --------------------------------------------------------------------------------
    def show_first_run(self) -> None:
        self.first_run = FirstRunPage(self.folder)
        self.first_run.finished.connect(self._first_run_done)
        self.stack.addWidget(self.first_run)
        self.stack.setCurrentWidget(self.first_run)
        self._set_signed_in_ui(False)
        self._refresh_status()

    def _first_run_done(self, ws: Workspace) -> None:
        self.folder = ws.vault.folder.path
        if self.first_run is not None:
            self.stack.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None
        self.signed_in(ws)

    def show_unlock(self, reason: str = "") -> None:
        self.unlock_page.set_vault(self.folder, self._resume_user or settings.get(settings.LAST_USER), reason)
        self.stack.setCurrentWidget(self.unlock_page)
        self._set_signed_in_ui(False)
        self._refresh_status()

    def signed_in(self, ws: Workspace) -> None:
        self.ws = ws
        settings.put(settings.LAST_USER, ws.user.name)
        self.shell = Shell(ws, self)
        self.stack.addWidget(self.shell)
        self.stack.setCurrentWidget(self.shell)
        self._install_feature_actions()
        self._install_status_widgets()
        self._set_signed_in_ui(True)
        if self._resume is not None and self._resume_user == ws.user.name:
            self.shell.restore_place(self._resume)
        self._resume = None
        self._refresh_status()
        self.autolock.set_minutes(settings.autolock_minutes())
        self.autolock.arm()
        if settings.get(settings.DAILY_BACKUP):
            start_daily_backup(self, ws)
        if ws.rollback_warning:
            # Not blocking (open(), not exec()): the work is not stopped, the user is told.
            self.rollback_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("This vault is older"),
                                            ws.rollback_warning, QMessageBox.StandardButton.Ok, self)
            self.rollback_box.open()

    # -- locking ---------------------------------------------------------------------------------
    def lock_now(self) -> None:
        """Lock by hand: what is valid is saved; for what cannot be saved (an invalid field) the
        user is asked first, as when leaving the file: save, discard, or stay and not lock."""
        if self.ws is None:
            return
        saved = False
        if self.shell is not None and self.shell.has_unsaved_changes():
            saved = not self.shell.save_pending()
            # The user answered about what could not be saved: no note repeats it.
            if not saved and not self.shell.confirm_leave():
                return
        self.lock("manual", saved)

    def auto_lock(self, reason: str) -> None:
        self.lock(reason)

    def lock(self, reason: str, had_changes: bool = False) -> None:
        """Hide the content at once; if a dialog is open, let its event loop end, then lock."""
        if self.ws is None:
            return
        self.autolock.disarm()
        open_dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        if open_dialogs:
            self.stack.setCurrentWidget(self.cover)
            for dialog in open_dialogs:
                dialog.reject()
            QTimer.singleShot(0, lambda: self._lock(reason, had_changes))
        else:
            self._lock(reason, had_changes)

    def _lock(self, reason: str, had_changes: bool = False) -> None:
        if self.ws is None:
            return
        note = ""
        try:
            if self.shell is not None:
                self._resume = self.shell.place()
                had_changes = had_changes or self.shell.has_unsaved_changes()
                # No draft outlives the key: what is valid is saved, the rest is discarded
                # (a lock by hand has already asked the user about it).
                if self.shell.save_pending():
                    self.shell.discard_unsaved()
                    note = self.tr("Changes that could not be saved (a field was not valid) were "
                                   "discarded when Relais locked.")
                elif had_changes:
                    note = self.tr("Your changes were saved before locking.")
        finally:
            # Whatever happened while saving, the vault locks and the content leaves the screen.
            if self.shell is not None:
                self.stack.removeWidget(self.shell)
                self.shell.deleteLater()
                self.shell = None
            self._resume_user = self.ws.user.name
            self._remove_feature_actions()
            self._remove_status_widgets()
            ws, self.ws = self.ws, None
            # Background work (a daily backup, a PDF) uses the key: let it finish before the
            # key is dropped, rather than have it fail half-way.
            QThreadPool.globalInstance().waitForDone(LOCK_WAIT_MS)
            ws.lock()
            self.show_unlock(" ".join(part for part in (self._lock_reason_text(reason), note) if part))

    def _lock_reason_text(self, reason: str) -> str:
        if reason == "idle":
            return self.tr("Relais locked itself after {minutes} minutes without activity.").format(
                minutes=settings.autolock_minutes())
        if reason == "sleep":
            return self.tr("Relais locked itself because the computer went to sleep.")
        if reason == "screen":
            return self.tr("Relais locked itself because the screen was locked.")
        return self.tr("You locked Relais.")

    @property
    def is_locked(self) -> bool:
        return self.ws is None

    # -- commands -----------------------------------------------------------------------------------
    def persons_page(self):
        return self.shell.show_page("persons") if self.shell is not None else None

    def current_person_id(self) -> int | None:
        """The person whose file is open (quick contact preselects them; rights act on them)."""
        return self.shell.current_person_id() if self.shell is not None else None

    def person_erased(self, person_id: int) -> None:
        page = self.shell.pages.get("persons") if self.shell is not None else None
        if isinstance(page, PersonsPage):
            page.forget_person(person_id)
        events.records_changed(events.ALL)

    def open_person(self, person_id: int, tab: str = "") -> bool:
        return bool(self.shell is not None and self.shell.open_person(person_id, tab))

    def new_person(self) -> None:
        page = self.persons_page()
        if page is not None:
            page.new_person()

    def find_person(self) -> None:
        page = self.persons_page()
        if page is not None:
            page.focus_search()

    def show_about(self) -> None:
        from app.ui.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
    def show_help(self) -> None:
        from app.ui.help import ShortcutsDialog

        self.help_dialog = ShortcutsDialog(self)
        self.help_dialog.open()

    def open_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ws, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.autolock.set_minutes(settings.autolock_minutes())
        if dialog.language_changed:
            self.change_language(settings.ui_language())

    def change_language(self, lang: str) -> None:
        """Install the language and rebuild the screens in it, keeping the user's place."""
        if self.shell is not None and not self.shell.confirm_leave():
            return
        i18n.install(lang)
        self.retranslate()
        if self.ws is not None:             # the features' toolbar actions ("Quick contact") too
            self._remove_feature_actions()
            self._install_feature_actions()
        if self.shell is not None and self.ws is not None:
            place = self.shell.place()
            self.stack.removeWidget(self.shell)
            self.shell.deleteLater()
            self.shell = Shell(self.ws, self)
            self.stack.addWidget(self.shell)
            self.stack.setCurrentWidget(self.shell)
            self.shell.restore_place(place)
        old = self.unlock_page
        self.unlock_page = UnlockPage()
        self.unlock_page.unlocked.connect(self.signed_in)
        self.stack.addWidget(self.unlock_page)
        if self.stack.currentWidget() is old:
            self.show_unlock(old.reason.text())
        self.stack.removeWidget(old)
        old.deleteLater()

    # -- status bar ----------------------------------------------------------------------------------
    def _refresh_status(self) -> None:
        if not hasattr(self, "vault_label"):
            return
        self.vault_label.setText(self.tr("Vault: {path}").format(path=str(self.folder)))
        if self.first_run is not None and self.stack.currentWidget() is self.first_run:
            self.user_label.setText(self.tr("New vault"))
        elif self.ws is None:
            self.user_label.setText(self.tr("Locked"))
        else:
            self.user_label.setText(self.tr("{user} · {role}").format(user=self.ws.user.label,
                                                                      role=role_label(self.ws.user.role)))

    # -- closing ---------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.shell is not None and not self.shell.confirm_leave():
            event.ignore()
            return
        self.autolock.disarm()
        if self.first_run is not None:
            self.first_run.abandon()
        if self.ws is not None:
            self.ws.lock()
            self.ws = None
        settings.put(settings.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        event.accept()

    def _restore_geometry(self) -> None:
        saved = settings.get(settings.WINDOW_GEOMETRY)
        if saved and self.restoreGeometry(saved):
            return
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        width = min(1360, available.width()) if available else 1280
        height = min(860, available.height()) if available else 720
        self.resize(width, height)


def role_label(role: str) -> str:
    return {
        "case_manager": QCoreApplication.translate("Roles", "case manager"),
        "peer_worker": QCoreApplication.translate("Roles", "peer worker"),
        "supervisor": QCoreApplication.translate("Roles", "supervisor"),
    }.get(str(role), str(role))


def _can_create(ws: Workspace) -> bool:
    return ws.can(Permission.PERSON_CREATE)


def minimum_size() -> QSize:
    """1024×640, or less on a small screen: at 200 % text a 1366×768 laptop offers 683×384, and
    a window larger than the screen would cut off what no scroll bar can reach."""
    screen = QGuiApplication.primaryScreen()
    available = screen.availableGeometry() if screen else None
    if available is None:
        return QSize(1024, 640)
    return QSize(min(1024, available.width()), min(640, available.height()))
