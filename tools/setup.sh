#!/usr/bin/env bash
# Everything Relais needs on a fresh machine, installed once and re-checked cheaply:
# system libraries for Qt and the PDF tools (Debian/Ubuntu, when run as root or with sudo),
# then a virtual environment in .venv with the project and its test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
                 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
                 libxcb-randr0 libxcb-render-util0 libxcb-image0 libnss3 libasound2
                 poppler-utils xvfb
                 postgresql)   # the team hub's tests start a throwaway PostgreSQL server

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=()
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Relais needs these system packages: ${missing[*]} (install them, then run again)" >&2; return 0
    fi
  fi
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq || true
  # Package names differ slightly across Debian/Ubuntu releases: install what exists.
  local available=()
  for pkg in "${missing[@]}"; do
    apt-cache show "$pkg" >/dev/null 2>&1 && available+=("$pkg")
  done
  [ ${#available[@]} -gt 0 ] && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${available[@]}" >/dev/null
}

install_python_packages() {
  local python="${PYTHON:-python3}"
  if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
  fi
  local stamp=.venv/.relais-installed
  local want
  want=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[test]"
    echo "$want" > "$stamp"
  fi
}

install_system_packages
install_python_packages
