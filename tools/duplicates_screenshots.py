"""Screenshots of the possible-duplicates page and the merge dialog, for docs/screenshots.

    QT_QPA_PLATFORM=offscreen python tools/duplicates_screenshots.py --vault DEMO_VAULT --user alice \
        --out docs/screenshots   (the passphrase is read from standard input)

The demo vault comes from `main.py init` + `main.py demo --persons 300`: the demo holds a few
duplicate files (app/devtools/demo/duplicates.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vault", type=Path, required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    passphrase = sys.stdin.readline().rstrip("\n")
    tmp = Path(tempfile.mkdtemp())
    os.environ["RELAIS_SETTINGS"] = str(tmp / "settings.ini")
    os.environ.setdefault("RELAIS_STATE_DIR", str(tmp / "state"))

    from app.ui import features, i18n, tasks
    from app.ui.app import application
    from app.ui.duplicates.merge_dialog import MergeDialog
    from app.ui.main_window import MainWindow

    tasks.SYNCHRONOUS = True
    app = application()
    features.register_all()
    args.out.mkdir(parents=True, exist_ok=True)

    def shot(widget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(args.out / f"{name}.png"))

    from app.texts import set_language

    i18n.install("fr")
    set_language("fr")
    window = MainWindow(args.vault)
    window.resize(1280, 720)
    window.show()
    window.unlock_page.user.setCurrentText(args.user)
    window.unlock_page.passphrase.setText(passphrase)
    window.unlock_page.unlock()
    page = window.shell.show_page("duplicates")
    page.table.selectRow(0)
    shot(window, "duplicates-candidates-fr")
    spelled = next((c for c in page.candidates if c.first.birth_year), page.candidates[0])
    for lang in ("nl", "fr"):
        i18n.install(lang)
        set_language(lang)
        dialog = MergeDialog(window.ws, spelled.first.id, spelled.second.id, window)
        dialog.show()
        shot(dialog, f"duplicates-merge-{lang}")
        dialog.close()
    window.lock("idle")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
