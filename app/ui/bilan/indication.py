"""The function a draft bilan indicates (first-line psychological function, specialised
function, or none) and why (2021 slides « Bilan fonctionnel »; 2024 slides §5.1). Relais says
when the author's profile does not fit the function, without refusing it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from app.models.convention import indicated_functions
from app.services.bilan.convention import indication, set_indication
from app.services.shared.workspace import Workspace
from app.texts import current_language, message
from app.ui.forms import SubmitDialog


class IndicationDialog(SubmitDialog):
    def __init__(self, ws: Workspace, bilan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.bilan_id = ws, bilan_id
        self.setWindowTitle(self.tr("Indicated function"))
        current = indication(ws, bilan_id)
        self.function = QComboBox()
        self.function.addItem(self.tr("Not decided yet"), "")
        for found in indicated_functions().values():
            self.function.addItem(found.label(current_language()), found.id)
        self.function.setCurrentIndex(max(self.function.findData(current.function), 0))
        self.add_row(self.tr("Function"), self.function, field="indicated_function")
        self.justification = QPlainTextEdit(current.justification)
        self.justification.setTabChangesFocus(True)
        self.justification.setPlaceholderText(self.tr("Why this function: the request, its intensity, what "
                                                      "was tried"))
        self.add_row(self.tr("Justification"), self.justification, field="function_justification")
        self.fit = QLabel(fit_text(current.problems))
        self.fit.setWordWrap(True)
        self.fit.setStyleSheet("color: #8a5a00;")
        self.form.addRow(self.fit)
        self.finish_layout()
        self.setMinimumWidth(560)

    def submit(self, values: object) -> object:
        assert isinstance(values, tuple)
        function, justification = values
        return set_indication(self.ws, self.bilan_id, function, justification)

    def values(self) -> tuple[str, str]:
        return str(self.function.currentData() or ""), self.justification.toPlainText()


def fit_text(problems: tuple[str, ...]) -> str:
    """Why the author's profile does not fit the function, one line per reason."""
    return "\n".join("• " + message(code) for code in problems)
