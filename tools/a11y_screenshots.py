"""Screenshots at 200 % text (QT_SCALE_FACTOR=2) on a 1366x768 screen, for docs/screenshots/a11y-*-200.png.

    .venv/bin/python tools/a11y_screenshots.py docs/screenshots [en|fr|nl]

A throwaway vault with 12 demo persons; the offscreen screen is described in a temporary JSON file.
"""
import os, sys, tempfile
from pathlib import Path
sys.path.insert(0, os.getcwd())
tmp = Path(tempfile.mkdtemp())
os.environ["RELAIS_SETTINGS"] = str(tmp / "settings.ini")
os.environ["RELAIS_STATE_DIR"] = str(tmp / "state")
os.environ["RELAIS_INSECURE_FAST_KDF"] = "1"
os.environ["QT_SCALE_FACTOR"] = "2"
screen = tmp / "screen.json"
screen.write_text('{"screens":[{"name":"s","x":0,"y":0,"width":1366,"height":768,"logicalDpi":96,"dpr":1}]}')
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
from PySide6.QtWidgets import QApplication
from app.services.shared.workspace import Workspace
from app.store.keyslots import INSECURE_TEST_KDF, allow_insecure_test_kdf
allow_insecure_test_kdf()
from app.devtools.demo import add_demo_data
from app.ui import features, i18n, tasks
from app.ui.app import application
from app.ui.main_window import MainWindow
tasks.SYNCHRONOUS = True
app = application()
features.register_all()
folder = tmp / "vault"
ws, _ = Workspace.create(folder, "alice", "pass phrase long enough", role="supervisor", display_name="Alice Martin", params=INSECURE_TEST_KDF)
ids = add_demo_data(ws, persons=12, seed=3)
ws.lock()
out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
def shot(w, name):
    for _ in range(6): app.processEvents()
    w.grab().save(str(out / f"{name}-200.png"))
i18n.install(sys.argv[2] if len(sys.argv) > 2 else "en")
win = MainWindow(folder)
win.showMaximized()
for _ in range(4): app.processEvents()
print("window", win.size(), "screen", app.primaryScreen().geometry(), app.primaryScreen().devicePixelRatio())
win.unlock_page.user.setCurrentText("alice"); win.unlock_page.passphrase.setText("pass phrase long enough"); win.unlock_page.unlock()
page = win.persons_page(); shot(win, "a11y-person-list")
page.open_person(ids[0]); shot(win, "a11y-person-file")
for key in ("careplan", "needs", "network"):
    page.file.select_tab(key); shot(win, f"a11y-person-{key}")
network = page.file.tab("network").stack.currentWidget()      # the map page scrolls to its hint
network.verticalScrollBar().setValue(network.verticalScrollBar().maximum()); shot(win, "a11y-person-network-hint")
from app.ui.network.link_dialog import LinkDialog        # "Link to…", the keyboard's way to tie members
LinkDialog.exec = lambda self: (self.show(), shot(self, "a11y-network-link"), self.reject(), 0)[-1]
net_tab = page.file.tab("network"); net_tab.table.selectRow(0); net_tab.link_selected()
dash = win.shell.show_page("dashboard"); shot(win, "a11y-dashboard")
from PySide6.QtWidgets import QScrollArea
for _ in range(6): app.processEvents()
area = dash.findChild(QScrollArea)
def scroll_to(widget):
    area.verticalScrollBar().setValue(widget.mapTo(area.widget(), widget.rect().topLeft()).y())
scroll_to(dash.needs_chart); shot(win, "a11y-dashboard-needs")
area.verticalScrollBar().setValue(dash.contacts_chart.mapTo(area.widget(), dash.contacts_chart.rect().bottomLeft()).y()
                                  - area.viewport().height() + 8); shot(win, "a11y-dashboard-contacts")
win.show_help(); shot(win.help_dialog, "a11y-shortcuts")
win.help_dialog.close()
win.close()
