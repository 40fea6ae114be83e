"""Interface translations: Qt's own (qtbase_<lang>) and every resources/i18n/*_<lang>.qm,
one per feature, installed with QTranslator. References are kept: a QTranslator that is
garbage-collected silently stops translating (Vorta and Anki keep theirs the same way)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import texts
from app.paths import I18N
from app.ui.instance import qapp

_installed: list[QTranslator] = []


def install(lang: str) -> str:
    """Switch the interface (and the core's messages) to `lang`; returns the language used."""
    lang = lang if lang in texts.LANGUAGES else "en"
    app = qapp()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _load(app, f"qtbase_{lang}", qt_dir)
        for qm in sorted(I18N.glob(f"*_{lang}.qm")):
            _load(app, qm.stem, str(I18N))
    QLocale.setDefault(locale_for(lang))
    texts.set_language(lang)
    return lang


def _load(app: QCoreApplication, name: str, folder: str) -> None:
    translator = QTranslator(app)
    if translator.load(name, folder):
        app.installTranslator(translator)
        _installed.append(translator)


def locale_for(lang: str) -> QLocale:
    """Belgian conventions for French and Dutch (dates as 26/11/2026)."""
    return {
        "fr": QLocale(QLocale.Language.French, QLocale.Country.Belgium),
        "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium),
    }.get(lang, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def installed_files() -> list[str]:
    return [t.filePath() for t in _installed]
