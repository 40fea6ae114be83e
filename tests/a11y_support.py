"""Walking the signed-in window as assistive technology sees it: every navigation page, the
person list and every tab of a person's file, read through Qt's accessibility interfaces
(QAccessible, the layer that feeds AT-SPI on Linux, UIA on Windows), offscreen.

Pages and tabs come from the registry, so a page or tab added later is walked too.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)

from app.ui.main_window import MainWindow

# Interactive widgets a screen reader must announce by name. QAbstractSpinBox covers QSpinBox
# and QDateEdit; buttons with a visible text are named by it, so only their name is read.
INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
          QCheckBox, QAbstractButton)


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def settle(rounds: int = 4) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def is_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a named widget (a combo box's line edit, a spin box's editor,
    the scroll buttons of a tab bar, a table's corner button, a line edit's clear button):
    announced through their owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar | QAbstractItemView | QLineEdit):
            return True
        parent = parent.parentWidget()
    return False


def custom_widgets(root: QWidget) -> list[QWidget]:
    """Widgets of Relais' own that take the keyboard focus (a drawn sociogram, a chart):
    they have no standard role, so they need a name."""
    out = []
    for widget in root.findChildren(QWidget):
        if type(widget).__module__.startswith("app.") and widget.focusPolicy() != widget.focusPolicy().NoFocus \
                and not isinstance(widget, INPUTS):
            out.append(widget)
    return out


def reachable(widget: QWidget, root: QWidget) -> bool:
    """Shown now, or shown when the user picks its tab or page: hidden only as a page of a
    stack (a QTabWidget keeps its tabs in one), never hidden on purpose."""
    current: QWidget | None = widget
    while current is not None and current is not root:
        parent = current.parentWidget()
        if current.isHidden() and not isinstance(parent, QStackedWidget):
            return False
        current = parent
    return True


def inputs(root: QWidget) -> list[QWidget]:
    found = [w for w in root.findChildren(QWidget) if isinstance(w, INPUTS)] + custom_widgets(root)
    return [w for w in found if reachable(w, root) and not is_internal(w)]


def labelled_by(widget: QWidget) -> str:
    """The text of the label tied to the widget (QLabel.setBuddy, a QFormLayout row): AT-SPI
    exposes it as a "labelled by" relation, which Orca reads as the field's name."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    texts = [other.text(QAccessible.Text.Name).strip() for other, _ in iface.relations(QAccessible.RelationFlag.Label)]
    return " ".join(t for t in texts if t)


def has_name(widget: QWidget) -> bool:
    if labelled_by(widget):
        return True
    name = accessible_name(widget)
    if isinstance(widget, QComboBox) and not widget.accessibleName():
        # On Linux Qt reports a combo box's current choice as its name, which says what is
        # chosen, not what is asked: it needs a label (buddy) or a name of its own.
        return bool(name) and name != widget.currentText().strip()
    return bool(name)


def unnamed(root: QWidget) -> list[str]:
    return [describe(w) for w in inputs(root) if not has_name(w)]


def unnamed_columns(root: QWidget) -> list[str]:
    """Tables whose shown columns have no header text (a screen reader reads it with each cell)."""
    out = []
    for view in root.findChildren(QTableView):
        if not reachable(view, root) or view.model() is None or view.horizontalHeader().isHidden():
            continue
        model = view.model()
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue
            header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            spoken = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole)
            if not str(header or "").strip() and not str(spoken or "").strip():
                out.append(f"{describe(view)} column {column}")
    return out


def describe(widget: QWidget) -> str:
    owner = widget.parentWidget()
    while owner is not None and not type(owner).__module__.startswith("app."):
        owner = owner.parentWidget()
    where = type(owner).__name__ if owner is not None else "?"
    return f"{where}/{type(widget).__name__}({widget.objectName() or widget.property('text') or ''})"


def places(window: MainWindow, person_id: int) -> Iterator[tuple[str, QWidget]]:
    """Show each place in turn and yield (name, the widget a user sees there)."""
    shell = window.shell
    assert shell is not None
    for spec in shell.specs:
        page = shell.show_page(spec.key)
        assert page is not None, spec.key
        if spec.key == "persons":
            page.show_list()
        settle()
        yield f"page:{spec.key}", window
    persons = window.persons_page()
    assert persons.open_person(person_id)
    settle()
    file = persons.file
    for index, key in enumerate(file.tab_keys):
        file.tabs.setCurrentIndex(index)
        settle()
        yield f"tab:{key}", window


def tab_cycle(start: QWidget, limit: int = 400) -> tuple[list[QWidget], bool]:
    """Press Tab from `start` until the focus comes back to it; (widgets reached, came back)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = start.window()
    window.activateWindow()      # offscreen, a page swap can leave no window active
    for _ in range(50):
        if window.isActiveWindow():
            break
        QTest.qWait(20)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    settle(2)
    seen: list[QWidget] = []
    for _ in range(limit):
        current = QApplication.focusWidget()
        if current is None:
            return seen, False
        QTest.keyClick(current, Qt.Key.Key_Tab)
        settle(1)
        now = QApplication.focusWidget()
        if now is start:
            return seen, True
        if now is not None and now not in seen:
            seen.append(now)
    return seen, False


def tab_targets(root: QWidget) -> list[QWidget]:
    """Enabled, shown widgets that say they take the focus from Tab."""
    from PySide6.QtCore import Qt

    out = []
    for widget in root.findChildren(QWidget):
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                and widget.focusProxy() is None and not is_internal(widget) and widget.window() is root.window():
            out.append(widget)
    return out


def mouse_only_buttons(root: QWidget) -> list[str]:
    """Shown, enabled buttons that Tab never reaches and no shortcut triggers (a toolbar's
    buttons take no focus: their action needs a shortcut, or the toolbar another way in)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolButton

    out = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or not button.isEnabled() or is_internal(button):
            continue
        if button.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        action = button.defaultAction() if isinstance(button, QToolButton) else None
        if button.shortcut().isEmpty() and (action is None or action.shortcut().isEmpty()):
            out.append(describe(button) + (f"[{action.text()}]" if action is not None else ""))
    return out
