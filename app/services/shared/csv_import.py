"""Reading CSV files as Belgian spreadsheets export them: UTF-8 (with or without BOM),
`;` or `,` separators. Shared by every importer: all rows or none, and each bad row named."""

from __future__ import annotations

import csv
import dataclasses
import io
from dataclasses import dataclass
from pathlib import Path

from app.errors import RelaisError
from app.texts import message

MAX_IMPORT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class RowError:
    line: int          # line number in the file, header = 1
    field: str         # column name, or "" for the whole row
    code: str
    params: dict = dataclasses.field(default_factory=dict)  # `field` is a column here

    def message(self, lang: str | None = None) -> str:
        where = message("import.line", lang, line=self.line)
        column = f" [{self.field}]" if self.field else ""
        return f"{where}{column}: {message(self.code, lang, **self.params)}"


class ImportRefused(RelaisError):
    """Nothing was imported; `errors` names every bad row."""

    code = "import.refused"

    def __init__(self, errors: list[RowError]) -> None:
        super().__init__(count=len(errors))
        self.errors = errors

    def message(self, lang: str | None = None) -> str:
        head = message(self.code, lang, count=len(self.errors))
        lines = [e.message(lang) for e in self.errors[:200]]
        if len(self.errors) > 200:
            lines.append("…")
        return "\n".join([head, *lines])


@dataclass
class CsvTable:
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]  # (line number, values by column)


def read_capped(path: Path | str, limit: int | None = None) -> bytes | None:
    """The file's bytes, or None when it holds more than `limit` (default MAX_IMPORT_BYTES).

    The cap is enforced while reading, never trusted to the file's reported size: a pipe, a
    device or a file that grows as it is read stops one chunk past the limit."""
    limit = MAX_IMPORT_BYTES if limit is None else limit
    chunks: list[bytes] = []
    size = 0
    with open(path, "rb") as stream:
        while size <= limit:
            chunk = stream.read(min(1 << 20, limit + 1 - size))
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
    return None


def read_csv(path: Path | str, accepted: tuple[str, ...], required_any: tuple[str, ...] = ()) -> CsvTable:
    """Decode and split a CSV file; raises ImportRefused for file-level problems."""
    path = Path(path)
    try:
        raw = read_capped(path)
    except FileNotFoundError:
        raise RelaisError("file.missing", path=str(path)) from None
    except OSError as exc:
        raise RelaisError("file.unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    if raw is None:
        raise ImportRefused([RowError(0, "", "import.too_large", {"max_mb": MAX_IMPORT_BYTES // 2**20})])
    text = _decode(raw)
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise ImportRefused([RowError(1, "", "import.empty")]) from None
    except csv.Error:
        raise ImportRefused([RowError(1, "", "import.malformed")]) from None
    errors = [RowError(1, h, "import.unknown_column", {"accepted": ", ".join(accepted)})
              for h in header if h and h not in accepted]
    if len(set(header)) != len(header):
        errors.append(RowError(1, "", "import.duplicate_column"))
    if required_any and not set(required_any) & set(header):
        errors.append(RowError(1, "", "import.missing_columns", {"columns": " / ".join(required_any)}))
    if errors:
        raise ImportRefused(errors)
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        for values in reader:
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue
            if len(values) > len(header):
                errors.append(RowError(line, "", "import.too_many_values", {"expected": len(header)}))
                continue
            rows.append((line, {h: v for h, v in zip(header, values, strict=False) if h}))
    except csv.Error:
        errors.append(RowError(reader.line_num, "", "import.malformed"))
    if errors:
        raise ImportRefused(errors)
    return CsvTable(header, rows)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Name the first line that is not UTF-8, so the user can find it in the spreadsheet.
        for number, line in enumerate(raw.split(b"\n"), start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                raise ImportRefused([RowError(number, "", "import.not_utf8")]) from None
        raise ImportRefused([RowError(1, "", "import.not_utf8")]) from None
