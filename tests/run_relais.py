"""The test suite's way to run `python main.py ...` in a child process: the same command line,
with the cheap Argon2id parameters of the test vaults allowed (which the app itself never
allows, whatever its environment).

    python tests/run_relais.py ARGS...
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from app.store.keyslots import allow_insecure_test_kdf  # noqa: E402

allow_insecure_test_kdf()

from app.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
