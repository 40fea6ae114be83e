"""The look of Relais: Fusion with a calm, light palette and generous spacing.

One stylesheet for the whole application so features inherit the same typography;
object names (setObjectName) pick the few special roles: page titles, hints, errors, flags.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.paths import ICONS

INK = "#1f2933"
MUTED = "#5f6b7a"
LINE = "#d5dbe1"
SURFACE = "#f6f7f9"
ACCENT = "#2f6f73"        # a muted teal: calm, readable, not clinical blue
ACCENT_SOFT = "#e3efef"
DANGER = "#a23b2a"
WARN_SOFT = "#fbf1e3"
WARN_INK = "#7a4b12"
FOCUS = ACCENT            # the keyboard focus ring
ARROW = (ICONS / "chevron-down.svg").as_posix()

STYLESHEET = f"""
QWidget {{ color: {INK}; }}
QMainWindow, QDialog {{ background: #ffffff; }}
QLabel#pageTitle {{ font-size: 17pt; font-weight: 600; }}
QLabel#sectionTitle {{ font-size: 12pt; font-weight: 600; margin-top: 6px; }}
QLabel#hint {{ color: {MUTED}; }}
QLabel#error {{ color: {DANGER}; }}
QLabel#fieldError {{ color: {DANGER}; font-size: 9pt; }}
QLabel#flag, QPushButton#flag {{ background: {WARN_SOFT}; color: {WARN_INK}; border: 1px solid {WARN_INK};
    border-radius: 9px; padding: 2px 9px; min-height: 0; }}
QPushButton#flag:hover, QPushButton#flag:focus {{ border-width: 2px; padding: 1px 8px; }}
QLabel#status {{ background: {ACCENT_SOFT}; color: {ACCENT}; border-radius: 9px; padding: 2px 9px; }}
QLabel#recoveryKey {{ font-family: "DejaVu Sans Mono", monospace; font-size: 15pt; font-weight: 600;
    background: {SURFACE}; border: 1px solid {LINE}; border-radius: 6px; padding: 14px; }}
QListView#navigation {{ background: {SURFACE}; border: none; border-right: 1px solid {LINE};
    padding-top: 8px; font-size: 11pt; outline: 0; }}
QListView#navigation::item {{ padding: 9px 16px; border-radius: 6px; margin: 1px 8px; }}
QListView#navigation::item:selected {{ background: {ACCENT_SOFT}; color: {ACCENT}; font-weight: 600; }}
QFrame#card {{ background: #ffffff; border: 1px solid {LINE}; border-radius: 10px; }}
QFrame#personHeader {{ background: {SURFACE}; border-bottom: 1px solid {LINE}; }}
QLineEdit, QComboBox, QSpinBox, QPlainTextEdit {{ border: 1px solid {LINE}; border-radius: 5px;
    padding: 5px 7px; background: #ffffff; selection-background-color: {ACCENT}; }}
QComboBox::drop-down {{ border: none; width: 24px; }}
QComboBox::down-arrow {{ image: url("{ARROW}"); width: 12px; height: 12px; }}
QComboBox:disabled {{ color: {MUTED}; background: {SURFACE}; }}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QSpinBox:focus, QDateEdit:focus {{
    border: 2px solid {FOCUS}; padding: 4px 6px; }}
QLineEdit[invalid="true"] {{ border: 1px solid {DANGER}; background: #fdf4f2; }}
QPushButton {{ border: 1px solid {LINE}; border-radius: 5px; padding: 6px 14px; background: #ffffff; }}
QPushButton:hover {{ background: {SURFACE}; }}
QPushButton:default, QPushButton#primary {{ background: {ACCENT}; color: #ffffff; border: 1px solid {ACCENT}; }}
QPushButton#primary:disabled, QPushButton:default:disabled, QPushButton:disabled {{
    color: {MUTED}; background: {SURFACE}; border: 1px dashed {LINE}; }}
/* A visible focus ring for the keyboard (WCAG 2.4.7), 3:1 against white and the surface. */
QPushButton:focus, QPushButton:default:focus, QPushButton#primary:focus, QToolButton:focus {{
    border: 2px solid {FOCUS}; padding: 5px 13px; }}
QPushButton:default:focus, QPushButton#primary:focus {{ border-color: {INK}; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {FOCUS}; border-radius: 4px; padding: 1px; }}
QTableView:focus, QListView:focus, QTreeView:focus, QGraphicsView:focus, QTextEdit:focus {{
    border: 2px solid {FOCUS}; }}
QListView#navigation:focus {{ border: none; border-right: 1px solid {LINE}; }}
QListView#navigation::item:focus {{ border: 2px solid {FOCUS}; }}
QTabBar::tab:focus {{ color: {INK}; border: 2px solid {FOCUS}; border-radius: 4px; }}
QToolBar {{ background: #ffffff; border-bottom: 1px solid {LINE}; spacing: 4px; padding: 4px 8px; }}
QToolBar QToolButton {{ padding: 5px 10px; border-radius: 5px; }}
QToolBar QToolButton:hover {{ background: {SURFACE}; }}
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {LINE}; color: {MUTED}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 8px; }}
QTableView {{ border: 1px solid {LINE}; border-radius: 6px; gridline-color: transparent;
    alternate-background-color: {SURFACE}; selection-background-color: {ACCENT_SOFT};
    selection-color: {INK}; }}
QHeaderView::section {{ background: #ffffff; border: none; border-bottom: 1px solid {LINE};
    padding: 6px 8px; font-weight: 600; color: {MUTED}; }}
QGroupBox {{ border: 1px solid {LINE}; border-radius: 8px; margin-top: 16px; padding: 14px 10px 10px 10px;
    background: #ffffff; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px; font-weight: 600; }}
QTabWidget::pane {{ border: none; border-top: 1px solid {LINE}; }}
QTabBar::tab {{ padding: 8px 16px; border: none; color: {MUTED}; }}
QTabBar::tab:selected {{ color: {ACCENT}; border-bottom: 2px solid {ACCENT}; font-weight: 600; }}
QProgressBar {{ border: 1px solid {LINE}; border-radius: 4px; background: {SURFACE}; max-height: 8px; }}
"""


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)


# -- Colours drawn in code (table models, charts, the network map, the passphrase meter) ----------
# Gathered here so tests/test_ui_contrast.py checks each against what it is drawn on (`drawn_pairs`);
# no other module of app/ui writes a colour literal (the same test checks).
ALERT_TEXT = "#b42318"      # late actions, urgent or expired referrals, in table text
DRAFT_TEXT = "#9a4308"      # a CANSAS draft in the history table
LIMIT_NEAR = "#8a5a00"      # a contact counter approaching its limit
LIMIT_REACHED = "#a40000"   # ... reached or exceeded
RATING_MET = "#dcefdc"      # CANSAS cell backgrounds, read with INK text (and the rating's words)
RATING_UNMET = "#f8d7d3"
RATING_UNKNOWN = "#e4e7eb"
DISAGREE = "#ffd8a8"        # staff and person disagree; agreement below the alert level
EXTRA_DOMAIN = "#f3f0fa"
NOTICE = "#fff4d6"          # a notice box (INK text), e.g. an open stay
WARNING_BOX = "#fff4e5"
CHART_UNMET = "#c53030"     # bars: 3:1 against the white chart
CHART_MET = "#2f855a"
CHART_MODES = ("#2b6cb0", "#38a169", "#805ad5", "#dd6b20", "#319795", "#b7791f")
MAP_INK = INK               # the network map: members, names, ties
MAP_GREY = MUTED            # rings, axes, spokes and the small ring names
MAP_SELECTED = "#1c64f2"
MAP_WASH_ALPHA = 110        # the sector colours (app.models.network_layout.SECTOR_FILL) behind the map
STRENGTH = ("#a23b2a", "#a23b2a", "#9a6700", "#3f7a4f", ACCENT)   # passphrase meter, weak to strong


def drawn_pairs() -> list[tuple[str, str, str, float]]:
    """(what, colour, what it is drawn on, ratio needed) for every colour above that carries text
    or meaning: 4.5:1 for text, 3:1 for bars, lines and marks (WCAG 1.4.3 and 1.4.11)."""
    from app.models.network_layout import SECTOR_FILL
    from app.ui.contrast import LARGE, TEXT, blend

    rows = ("#ffffff", SURFACE, ACCENT_SOFT)          # table rows, alternate rows, the selected row
    out = [(f"table text {name}", colour, row, TEXT) for name, colour in
           (("alert", ALERT_TEXT), ("draft", DRAFT_TEXT), ("muted", MUTED), ("limit near", LIMIT_NEAR),
            ("limit reached", LIMIT_REACHED)) for row in rows]
    out += [(f"text on {name}", INK, ground, TEXT) for name, ground in
            (("rating met", RATING_MET), ("rating unmet", RATING_UNMET), ("rating unknown", RATING_UNKNOWN),
             ("disagreement", DISAGREE), ("extra domain", EXTRA_DOMAIN), ("notice", NOTICE),
             ("warning box", WARNING_BOX))]
    out += [("chart bar unmet", CHART_UNMET, "#ffffff", LARGE), ("chart bar met", CHART_MET, "#ffffff", LARGE),
            ("chart bar label", INK, "#ffffff", TEXT)]
    out += [(f"chart mode {i}", colour, "#ffffff", LARGE) for i, colour in enumerate(CHART_MODES)]
    for sector, fill in SECTOR_FILL.items():
        wash = blend(fill, MAP_WASH_ALPHA)
        out += [(f"map {sector.value}: member and sector names", MAP_INK, wash, TEXT),
                (f"map {sector.value}: ring names", MAP_GREY, wash, TEXT),
                (f"map {sector.value}: rings and spokes", MAP_GREY, wash, LARGE),
                (f"map {sector.value}: selection", MAP_SELECTED, wash, LARGE)]
    out.append(("map: the person's name on the centre", "#ffffff", MAP_INK, TEXT))
    out += [(f"passphrase meter {i}", colour, SURFACE, LARGE) for i, colour in enumerate(STRENGTH)]
    return out
