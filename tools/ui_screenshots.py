"""Screenshots of the main screens in French and Dutch (and English), for review and docs.

    QT_QPA_PLATFORM=offscreen python tools/ui_screenshots.py --vault DEMO_VAULT --user alice \
        --out /tmp/shots   (the passphrase is read from standard input)

The demo vault comes from `main.py init` + `main.py demo --persons 2000`. The first-run
screens use a throwaway folder in a temporary directory.
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
    parser.add_argument("--langs", default="fr,nl,en")
    parser.add_argument("--size", default="1280x720")
    args = parser.parse_args()
    passphrase = sys.stdin.readline().rstrip("\n")
    width, height = (int(x) for x in args.size.split("x"))
    tmp = Path(tempfile.mkdtemp())
    os.environ["RELAIS_SETTINGS"] = str(tmp / "settings.ini")
    os.environ.setdefault("RELAIS_STATE_DIR", str(tmp / "state"))

    from PySide6.QtWidgets import QApplication

    from app.ui import features, i18n, tasks
    from app.ui.app import application
    from app.ui.main_window import MainWindow

    tasks.SYNCHRONOUS = True
    app = application()
    features.register_all()
    args.out.mkdir(parents=True, exist_ok=True)

    def shot(window, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(args.out / f"{name}.png"))

    for lang in args.langs.split(","):
        i18n.install(lang)
        first = MainWindow(tmp / f"new-{lang}" / "vault")
        first.resize(width, height)
        first.show()
        form = first.first_run.form
        form.user.setText("alice")
        form.display_name.setText("Alice Martin")
        form.passphrase.setText("maison bleue sous la pluie")
        form.confirm.setText("maison bleue sous la pluie")
        shot(first, f"first-run-{lang}")
        first.first_run.create()
        shot(first, f"recovery-key-{lang}")
        first.close()

        window = MainWindow(args.vault)
        window.resize(width, height)
        window.show()
        window.unlock_page.user.setCurrentText(args.user)
        shot(window, f"unlock-{lang}")
        window.unlock_page.passphrase.setText(passphrase)
        window.unlock_page.unlock()
        page = window.persons_page()
        shot(window, f"person-list-{lang}")
        page.search.setText("ma")
        page.apply_filter()
        shot(window, f"person-search-{lang}")
        page.open_person(page.model.person_id(0))
        shot(window, f"person-file-{lang}")
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(window.ws, window)
        dialog.show()
        shot(dialog, f"settings-{lang}")
        dialog.close()
        window.lock("idle")
        shot(window, f"locked-{lang}")
        window.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
