"""Help > About: the version, build date and the Qt, SQLCipher and Python Relais runs on, the
same facts as `relais --version` (app/version.py), with Qt's version as loaded."""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app import version


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Relais"))
        title = QLabel(f"<b>Relais {version.version()}</b>")
        title.setObjectName("aboutTitle")
        summary = QLabel(self.tr("Encrypted case files for mental-health, addiction and social-care networks. "
                                 "Works without any network."))
        summary.setWordWrap(True)
        names = {
            "Build": self.tr("Build date"),
            "Platform": self.tr("Platform"),
        }
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, value in version.version_lines(qt_runtime=qVersion())[1:]:
            if key == "Build" and value == version.SOURCE:
                value = self.tr("none (run from source)")
            label = QLabel(value)
            label.setObjectName(f"about{key}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(names.get(key, key), label)
            self.values[key] = label
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def text(self) -> str:
        """Everything the box shows, for a support request (and the tests)."""
        return "\n".join([f"Relais {version.version()}",
                          *(f"{key}: {label.text()}" for key, label in self.values.items())])
