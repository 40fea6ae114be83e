"""Fill unfinished Qt Linguist entries from translations that already exist elsewhere.

    python tools/fill_translations.py [--from-git REV]

When a string moves between catalogues (a feature folder split in two, a widget moved), lupdate
marks it unfinished in its new .ts file. This copies the translation from any .ts file of the
same language (the working tree, and optionally a git revision) with the same context and
source, then prints what is still untranslated so a person translates it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
I18N = REPO / "resources" / "i18n"


def entries(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def known_translations(lang: str, rev: str | None) -> dict[tuple[str, str], ET.Element]:
    texts: list[str] = [p.read_text("utf-8") for p in I18N.glob(f"*_{lang}.ts")]
    if rev:
        listing = subprocess.run(["git", "-C", str(REPO), "ls-tree", "--name-only", rev, "resources/i18n/"],
                                 capture_output=True, text=True).stdout.split()
        for path in listing:
            if path.endswith(f"_{lang}.ts"):
                texts.append(subprocess.run(["git", "-C", str(REPO), "show", f"{rev}:{path}"],
                                            capture_output=True, text=True).stdout)
    found: dict[tuple[str, str], ET.Element] = {}
    for text in texts:
        for context, message in entries(ET.fromstring(text)):
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished") \
                    and (translation.text or translation.findall("numerusform")):
                found.setdefault((context, message.findtext("source") or ""), translation)
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--from-git", metavar="REV")
    args = parser.parse_args()
    missing = 0
    for lang in ("fr", "nl"):
        known = known_translations(lang, args.from_git)
        for path in sorted(I18N.glob(f"*_{lang}.ts")):
            tree = ET.parse(path)
            changed = False
            for context, message in entries(tree.getroot()):
                translation = message.find("translation")
                if translation is None or translation.get("type") != "unfinished":
                    continue
                source = message.findtext("source") or ""
                donor = known.get((context, source))
                if donor is not None:
                    message.remove(translation)
                    message.append(donor)
                    changed = True
                else:
                    missing += 1
                    print(f"{path.name}: [{context}] {source!r}")
            if changed:
                tree.write(path, encoding="utf-8", xml_declaration=True)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
