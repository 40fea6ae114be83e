#!/usr/bin/env bash
# Open Relais (installing what it needs on first use). Extra arguments go to main.py.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
exec .venv/bin/python main.py "$@"
