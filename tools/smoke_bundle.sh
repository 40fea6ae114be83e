#!/usr/bin/env bash
# Smoke test of the packaged bundle, as on a machine that has never seen the repository:
#
#     bash tools/smoke_bundle.sh dist/relais-<version>-linux-<arch>.tar.gz [VERSION]
#
# The archive is unpacked in a fresh temporary folder and everything runs there under `env -i`:
# a new HOME, no repository, no virtual environment, and a PATH holding only the few system
# tools this script uses (no Python at all). It checks `--version`, then `init`, `demo --persons 50`,
# `check`, `persons`, `pdf bilan` of a demo person (pdftotext finds the name), a FHIR export, the
# indicators workbook and a backup; then starts the desktop app offscreen on that vault and on a
# first run, each until its first window is shown (RELAIS_SMOKE_QUIT_AFTER_SHOWN=1), and installs
# the desktop entry into the fresh HOME. Exit 0 only when every step passed. Run by tools/package.sh.
set -euo pipefail

if [ "${1:-}" != "--inside" ]; then
  [ $# -ge 1 ] || { echo "usage: bash tools/smoke_bundle.sh ARCHIVE.tar.gz [VERSION]" >&2; exit 2; }
  archive=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
  version=${2:-}
  root=$(mktemp -d "${TMPDIR:-/tmp}/relais-smoke.XXXXXX")
  mkdir -p "$root/bin" "$root/home" "$root/work" "$root/unpacked"
  tar -C "$root/unpacked" -xzf "$archive"
  for tool in bash sh env cat cut grep head tail mkdir rm cp mv sed basename dirname timeout date wc \
              pdftotext desktop-file-validate; do
    found=$(command -v "$tool" || true)
    [ -n "$found" ] && ln -s "$found" "$root/bin/$tool"
  done
  cp "$0" "$root/smoke.sh"
  echo "Smoke test of $(basename "$archive") in $root (env -i, HOME=$root/home, PATH=$root/bin)"
  status=0
  (cd "$root/work" && env -i HOME="$root/home" PATH="$root/bin" TMPDIR="$root/work" \
      "$root/bin/bash" "$root/smoke.sh" --inside "$root/unpacked/relais" "$version") || status=$?
  if [ "$status" -eq 0 ]; then
    rm -rf "$root"
    echo "Smoke test passed."
  else
    echo "Smoke test FAILED (exit $status); its files are kept in $root" >&2
  fi
  exit "$status"
fi

# -- inside the clean environment -----------------------------------------------------------------
bundle=$2
version=$3
relais="$bundle/relais"
pass="smoke test passphrase"
vault=$PWD/vault
LIMIT=300          # seconds for any one command: a hang fails the test instead of blocking it

fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }
step() { echo "  - $*"; }
run() { printf '%s\n' "$pass" | timeout "$LIMIT" "$relais" "$@"; }

if command -v python3 >/dev/null 2>&1 || command -v python >/dev/null 2>&1; then
  fail "a Python is on PATH; the smoke test must run without one"
fi
[ -x "$relais" ] || fail "no executable $relais in the archive"

step "relais --version"
out=$(timeout "$LIMIT" "$relais" --version) || fail "--version exited non-zero"
for word in "Relais ${version}" "Qt: " "SQLCipher: " "Python: " "Build: "; do
  grep -qF "$word" <<<"$out" || fail "--version lacks '$word': $out"
done
grep -q "^Build: source" <<<"$out" && fail "--version says 'source': the bundle lacks its build information"
grep -E "^(Build|Qt|SQLCipher|Python):" <<<"$out" | sed 's/^/      /'

step "init"
run init --vault "$vault" --user smoke > init.txt 2> init.err || fail "init: $(cat init.err)"
grep -qi "recovery key" init.txt || fail "init printed no recovery key"

step "demo --persons 50"
run demo --vault "$vault" --persons 50 > demo.txt 2> demo.err || fail "demo: $(cat demo.err)"

step "check"
run check --vault "$vault" > check.txt 2> check.err || fail "check: $(cat check.err) $(cat check.txt)"
grep -q "^FAILED" check.txt && fail "check reported failures: $(cat check.txt)"

step "persons"
run persons --vault "$vault" > persons.txt 2> persons.err || fail "persons: $(cat persons.err)"
[ "$(wc -l < persons.txt)" -ge 50 ] || fail "persons listed $(wc -l < persons.txt) rows, expected 50"

step "pdf bilan (the first demo person who has one)"
person="" name=""
while IFS=$'\t' read -r id display status; do
  if run pdf bilan --vault "$vault" --person "$id" --out bilan.pdf > pdf.txt 2> pdf.err; then
    person=$id name=$display
    break
  fi
done < persons.txt
[ -n "$person" ] || fail "no demo person's bilan could be produced: $(cat pdf.err)"
pdftotext bilan.pdf bilan.txt || fail "pdftotext could not read the bilan"
grep -qF "$name" bilan.txt || fail "the bilan of person $person does not name '$name'"
echo "      person $person, '$name', found in the PDF text"

step "export --format fhir"
run export --vault "$vault" --person "$person" --format fhir --out person.fhir.json > export.txt 2> export.err \
  || fail "export: $(cat export.err)"
grep -q '"resourceType"' person.fhir.json || fail "the FHIR export has no resourceType"

step "indicators (xlsx)"
run indicators --vault "$vault" --out indicators.xlsx > indicators.txt 2> indicators.err \
  || fail "indicators: $(cat indicators.err)"
[ -s indicators.xlsx ] || fail "indicators.xlsx is empty"

step "backup"
run backup --vault "$vault" --user smoke --out vault.backup > backup.txt 2> backup.err || fail "backup: $(cat backup.err)"
[ -s vault.backup ] || fail "the backup is empty"

app_until_shown() {   # $1: label; the rest: arguments for relais
  local label=$1
  shift
  local started ended status=0
  started=$(date +%s%N)
  QT_QPA_PLATFORM=offscreen RELAIS_SMOKE_QUIT_AFTER_SHOWN=1 timeout 120 "$relais" "$@" > app.txt 2> app.err || status=$?
  ended=$(date +%s%N)
  [ "$status" -eq 0 ] || fail "the desktop app ($label) exited with $status: $(tail -5 app.err)"
  grep -qF "relais: first window shown" app.txt || fail "the desktop app ($label) never showed its window"
  echo "      window shown and closed, exit 0 ($(( (ended - started) / 1000000 )) ms from launch to exit)"
}

step "desktop app, offscreen, on the demo vault (unlock screen)"
app_until_shown "unlock" --vault "$vault"

step "desktop app, offscreen, first run (no vault in the fresh HOME)"
app_until_shown "first run"

step "install-desktop-entry.sh into the fresh HOME"
"$bundle/install-desktop-entry.sh" > entry.txt || fail "install-desktop-entry.sh failed"
entry="$HOME/.local/share/applications/relais.desktop"
[ -f "$entry" ] || fail "no $entry"
grep -qF "Exec=\"$relais\"" "$entry" || fail "the entry does not start $relais: $(grep Exec "$entry")"
[ -f "$HOME/.local/share/icons/hicolor/256x256/apps/relais.png" ] || fail "no 256 px icon installed"
[ -f "$HOME/.local/share/icons/hicolor/scalable/apps/relais.svg" ] || fail "no SVG icon installed"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$entry" || fail "desktop-file-validate rejects $entry"
fi
"$bundle/install-desktop-entry.sh" --remove > /dev/null || fail "install-desktop-entry.sh --remove failed"
[ ! -f "$entry" ] || fail "--remove left $entry"

echo "  all steps passed"
