"""Which Relais this is, and what it runs on: for `relais --version` and the About box.

The version has one source, pyproject.toml. From a source checkout it is read there; the
frozen bundle (tools/package.sh) carries BUILD_INFO, written at package time with the same
version, the build date and the Qt it bundles. Sits below every layer and never imports Qt,
so the command line can tell the Qt version without loading it.
"""

from __future__ import annotations

import json
import platform
import sys
import tomllib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
BUILD_INFO = "relais_build.json"       # at the root of the frozen bundle (sys._MEIPASS)
SOURCE = "source"                      # the build date of a run from a source checkout


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


@lru_cache(maxsize=1)
def build_info() -> dict:
    """The file tools/relais.spec writes into the bundle; empty when running from source."""
    if not is_frozen():
        return {}
    base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    try:
        return json.loads((base / BUILD_INFO).read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def project_version(pyproject: Path = PYPROJECT) -> str:
    with open(pyproject, "rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def version() -> str:
    if build_info().get("version"):
        return str(build_info()["version"])
    try:
        return project_version()
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        try:   # an installed (non-editable) copy without its pyproject.toml
            return metadata.version("relais")
        except metadata.PackageNotFoundError:
            return "unknown"


def build_date() -> str:
    return str(build_info().get("build_date") or SOURCE)


def qt_version(runtime: str | None = None) -> str:
    """Qt's version: `runtime` (qVersion(), passed by the interface) when Qt is loaded; else the
    one recorded in the bundle, or from source the PySide6 wheel's, which ships that same Qt."""
    if runtime:
        return runtime
    if build_info().get("qt"):
        return str(build_info()["qt"])
    try:
        return metadata.version("PySide6")
    except metadata.PackageNotFoundError:
        try:
            return metadata.version("PySide6_Essentials")
        except metadata.PackageNotFoundError:
            return "unknown"


def sqlcipher_version() -> str:
    """SQLCipher's and SQLite's versions as the bundled driver reports them."""
    try:
        import sqlcipher3

        conn = sqlcipher3.connect(":memory:")
        try:
            row = conn.execute("PRAGMA cipher_version").fetchone()
        finally:
            conn.close()
        cipher = row[0] if row and row[0] else "unknown"
        return f"{cipher} (SQLite {sqlcipher3.sqlite_version})"
    except Exception as exc:  # noqa: BLE001 - a version line must never stop the program
        return f"unavailable ({type(exc).__name__})"


def python_version() -> str:
    return f"{platform.python_version()} ({platform.python_implementation()})"


def version_lines(qt_runtime: str | None = None) -> list[tuple[str, str]]:
    """(label, value) pairs, in the order both the command line and the About box show them."""
    return [
        ("Relais", version()),
        ("Build", build_date()),
        ("Qt", qt_version(qt_runtime)),
        ("SQLCipher", sqlcipher_version()),
        ("Python", python_version()),
        ("Platform", f"{platform.system()} {platform.machine()}"),
    ]


def version_text(qt_runtime: str | None = None) -> str:
    (name, number), *rest = version_lines(qt_runtime)
    return "\n".join([f"{name} {number}", *(f"{label}: {value}" for label, value in rest)])
