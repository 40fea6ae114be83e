"""Update the Qt Linguist sources and compile them, one catalogue per interface feature.

    python tools/i18n.py            lupdate + lrelease for every catalogue
    python tools/i18n.py --release  lrelease only (after translating the .ts files)

Catalogues: `ui` holds the shell (app/ui/*.py and app/ui/persons); every other package
app/ui/<feature>/ gets its own resources/i18n/<feature>_fr.ts and _nl.ts, so helpers working
on different features never edit the same file. English is the source language.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
UI = REPO / "app" / "ui"
I18N = REPO / "resources" / "i18n"
LANGS = ("fr", "nl")
SHELL_PACKAGES = ("persons",)


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def catalogues() -> dict[str, list[Path]]:
    shell = sorted(UI.glob("*.py")) + [p for pkg in SHELL_PACKAGES for p in sorted((UI / pkg).rglob("*.py"))]
    out = {"ui": shell}
    for folder in sorted(p for p in UI.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        if folder.name not in SHELL_PACKAGES:
            out[folder.name] = sorted(folder.rglob("*.py"))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--release", action="store_true", help="only compile .ts into .qm")
    args = parser.parse_args()
    for name, sources in catalogues().items():
        ts_files = [I18N / f"{name}_{lang}.ts" for lang in LANGS]
        if not args.release:
            subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", *map(str, sources),
                            "-ts", *map(str, ts_files)], check=True, cwd=REPO)
        for ts in ts_files:
            if ts.exists():
                subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                               check=True, cwd=REPO)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
