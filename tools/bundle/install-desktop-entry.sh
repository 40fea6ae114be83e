#!/bin/sh
# Put Relais in this user's application menu: a .desktop entry that starts the `relais` beside
# this script, and the icon in every size. No root needed; nothing outside ~/.local/share.
#
#     ./install-desktop-entry.sh            add (or update, after moving this folder)
#     ./install-desktop-entry.sh --remove   take the entry and the icons away again
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/relais.desktop"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry"
  for png in "$here"/icons/relais-*.png; do
    size=$(basename "$png" .png); size=${size#relais-}
    rm -f "$data/icons/hicolor/${size}x${size}/apps/relais.png"
  done
  rm -f "$data/icons/hicolor/scalable/apps/relais.svg"
  echo "Relais removed from the application menu (this folder is left as it is)."
  exit 0
fi

case "$here" in
  *[\"\`\$\\]*) echo "Move this folder to a path without quotes, backquotes, \$ or backslashes first." >&2; exit 1 ;;
esac

for png in "$here"/icons/relais-*.png; do
  size=$(basename "$png" .png); size=${size#relais-}
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$data/icons/hicolor/${size}x${size}/apps/relais.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps" "$data/applications"
cp "$here/icons/relais.svg" "$data/icons/hicolor/scalable/apps/relais.svg"
sed -e "s|^Exec=.*|Exec=\"$here/relais\"|" -e "s|^Icon=.*|Icon=relais|" "$here/relais.desktop" > "$entry.tmp"
mv "$entry.tmp" "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
echo "Relais added to the application menu: $entry"
