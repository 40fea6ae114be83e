"""The desktop interface (PySide6 only)."""
