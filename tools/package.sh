#!/usr/bin/env bash
# Build the installable Relais bundle and smoke-test it:
#
#     bash tools/package.sh
#
# Makes dist/relais/ (a self-contained folder: no Python or network needed where it runs) and
# dist/relais-<version>-<os>-<arch>.tar.gz (.zip on Windows and macOS), then, on Linux, runs
# tools/smoke_bundle.sh on the archive in a clean environment and times the start-up.
# Installs what it needs on first use: tools/setup.sh when there is no usable .venv yet, and
# PyInstaller (pyproject.toml's `package` group) when it is missing. See docs/PACKAGING.md.
#
# Options: --no-smoke (build and archive only), --no-timing (skip the start-up timing).
set -euo pipefail
cd "$(dirname "$0")/.."

SMOKE=1 TIMING=1
for arg in "$@"; do
  case "$arg" in
    --no-smoke) SMOKE=0 ;;
    --no-timing) TIMING=0 ;;
    *) echo "usage: bash tools/package.sh [--no-smoke] [--no-timing]" >&2; exit 2 ;;
  esac
done

case "$(uname -s)" in
  Linux*) OS=linux ;;
  Darwin*) OS=macos ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows ;;
  *) echo "tools/package.sh: unknown system $(uname -s)" >&2; exit 1 ;;
esac
PY=.venv/bin/python
[ "$OS" = windows ] && PY=.venv/Scripts/python.exe

# -- 1. what the build needs ---------------------------------------------------------------------
if [ ! -x "$PY" ] || ! "$PY" -c "import PySide6, sqlcipher3, alembic, reportlab, pandas" >/dev/null 2>&1; then
  bash tools/setup.sh
fi
if ! "$PY" -c "import PyInstaller" >/dev/null 2>&1; then
  # The requirement itself lives in one place: pyproject.toml, [project.optional-dependencies] package.
  read -r -a wanted <<< "$("$PY" -c 'import tomllib; print(" ".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["package"]))')"
  echo "Installing ${wanted[*]} into .venv"
  "$PY" -m pip install -q "${wanted[@]}"
fi
if [ "$OS" = linux ] && [ "$SMOKE" = 1 ] && ! command -v pdftotext >/dev/null 2>&1; then
  bash tools/setup.sh      # poppler-utils, for the smoke test's PDF check
fi

VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(uname -m)
NAME="relais-$VERSION-$OS-$ARCH"

# -- 2. the frozen bundle ------------------------------------------------------------------------
echo "Building Relais $VERSION for $OS-$ARCH (a few minutes)"
started=$(date +%s)
rm -rf dist/relais dist/Relais.app
QT_QPA_PLATFORM=offscreen "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller tools/relais.spec
echo "Built in $(( $(date +%s) - started )) s"

# -- 3. desktop integration and the archive ------------------------------------------------------
case "$OS" in
  linux)
    cp tools/bundle/relais.desktop dist/relais/
    cp tools/bundle/install-desktop-entry.sh dist/relais/
    chmod +x dist/relais/install-desktop-entry.sh
    mkdir -p dist/relais/icons
    cp resources/icons/relais.svg resources/icons/relais-*.png dist/relais/icons/
    ARCHIVE="dist/$NAME.tar.gz"
    rm -f "$ARCHIVE"
    tar -C dist -czf "$ARCHIVE" relais
    ;;
  macos)
    ARCHIVE="dist/$NAME.zip"
    rm -f "$ARCHIVE"
    ditto -c -k --keepParent dist/Relais.app "$ARCHIVE"
    ;;
  windows)
    ARCHIVE="dist/$NAME.zip"
    rm -f "$ARCHIVE"
    "$PY" -c "import shutil, sys; shutil.make_archive(sys.argv[1], 'zip', 'dist', 'relais')" "${ARCHIVE%.zip}"
    ;;
esac

bundle_dir=dist/relais
[ "$OS" = macos ] && bundle_dir=dist/Relais.app
echo "Bundle: $bundle_dir ($(du -sh "$bundle_dir" | cut -f1) unpacked)"
echo "Archive: $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1))"

# -- 4. smoke test in a clean environment, and the start-up time ----------------------------------
if [ "$OS" != linux ]; then
  echo "The smoke test runs on Linux only (see docs/PACKAGING.md); not run on $OS." >&2
  exit 0
fi
if [ "$SMOKE" = 1 ]; then
  bash tools/smoke_bundle.sh "$ARCHIVE" "$VERSION"
fi
if [ "$TIMING" = 1 ]; then
  "$PY" tools/startup_time.py --bundle dist/relais/relais
fi
