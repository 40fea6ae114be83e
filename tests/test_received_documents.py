"""Documents received: recognised by content, size-capped, hostile files refused or kept
without preview, audited when viewed or exported; the `documents` command line."""

from __future__ import annotations

import io
import struct
import zlib
from datetime import date

import pytest
from reportlab.pdfgen import canvas
from sqlalchemy import select

from app.errors import RelaisError
from app.models.received import MAX_FILE_BYTES
from app.services.persons.records import PersonService
from app.services.received import (
    FileRefused,
    add_received,
    export_received,
    list_received,
    received_bytes,
)
from app.store.audit import AuditEvent


def a_pdf(text: str = "Lettre de sortie") -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.drawString(100, 750, text)
    c.showPage()
    c.save()
    return buffer.getvalue()


def a_png(width: int = 2, height: int = 2, body: bool = True) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height)) if body else b""
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def a_jpeg(width: int = 640, height: int = 480) -> bytes:
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + sof + b"\xff\xd9"


@pytest.fixture
def pid(ws):
    return PersonService(ws).create({"alias": "Rivière"})


def audited(ws) -> list[str]:
    with ws.read() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_a_pdf_png_and_jpeg_are_kept_with_sender_date_and_kind(ws, pid, tmp_path):
    pdf = tmp_path / "sortie.pdf"
    pdf.write_bytes(a_pdf())
    first = add_received(ws, pid, pdf, kind="discharge_letter", sender="Clinique", received_on=date(2026, 11, 2))
    add_received(ws, pid, a_png(), file_name="scan.png")
    add_received(ws, pid, a_jpeg(), file_name="photo.JPG")
    rows = {r.file_name: r for r in list_received(ws, pid)}
    assert rows["sortie.pdf"].content_type == "application/pdf" and rows["sortie.pdf"].pages == 1
    assert rows["sortie.pdf"].sender == "Clinique" and rows["sortie.pdf"].kind == "discharge_letter"
    assert rows["scan.png"].content_type == "image/png" and rows["scan.png"].previewable
    assert rows["photo.JPG"].content_type == "image/jpeg" and rows["photo.JPG"].previewable
    assert received_bytes(ws, first) == pdf.read_bytes()
    out = export_received(ws, first, tmp_path / "out.pdf")
    assert out.read_bytes() == pdf.read_bytes()
    actions = audited(ws)
    assert actions.count("received.added") == 3
    assert "received.viewed" in actions and "received.exported" in actions


def test_a_200_mb_file_is_refused_before_it_is_read(ws, pid, tmp_path):
    big = tmp_path / "huge.pdf"
    with open(big, "wb") as fh:
        fh.write(b"%PDF-1.7\n")
        fh.truncate(200 * 1024 * 1024)        # sparse: no 200 MB written on the test disk
    with pytest.raises(RelaisError) as caught:
        add_received(ws, pid, big)
    assert caught.value.code == "received.too_large"
    with pytest.raises(RelaisError):
        add_received(ws, pid, b"%PDF-" + b"\0" * MAX_FILE_BYTES)
    assert list_received(ws, pid) == []


def test_an_executable_named_pdf_is_refused_by_its_content(ws, pid, tmp_path):
    fake = tmp_path / "lettre.pdf"
    fake.write_bytes(b"MZ\x90\x00" + b"\x00" * 200 + b"This program cannot be run in DOS mode")
    with pytest.raises(FileRefused) as caught:
        add_received(ws, pid, fake)
    assert "Windows executable" in caught.value.message()
    elf = tmp_path / "rapport.pdf"
    elf.write_bytes(b"\x7fELF\x02\x01\x01" + b"\x00" * 100)
    with pytest.raises(FileRefused):
        add_received(ws, pid, elf)
    with pytest.raises(FileRefused) as caught:
        add_received(ws, pid, b"plain text pretending\n", file_name="x.pdf")
    assert caught.value.code == "received.type_unknown"
    assert list_received(ws, pid) == []


def test_a_truncated_or_damaged_pdf_is_kept_without_preview(ws, pid):
    whole = a_pdf()
    truncated = add_received(ws, pid, whole[: len(whole) // 2], file_name="cut.pdf")
    damaged = add_received(ws, pid, b"%PDF-1.4\n garbage garbage\n%%EOF\n", file_name="bad.pdf")
    rows = {r.id: r for r in list_received(ws, pid)}
    assert not rows[truncated].previewable and rows[truncated].preview_note == "received.pdf_truncated"
    assert not rows[damaged].previewable and rows[damaged].preview_note == "received.pdf_damaged"
    assert received_bytes(ws, truncated) == whole[: len(whole) // 2]   # still there, exportable


def test_an_image_bomb_is_refused_without_decoding(ws, pid):
    bomb = a_png(100_000, 100_000, body=False)     # 10 billion pixels claimed in a few bytes
    with pytest.raises(FileRefused) as caught:
        add_received(ws, pid, bomb, file_name="scan.png")
    assert caught.value.code == "received.image_too_large"
    with pytest.raises(FileRefused):
        add_received(ws, pid, a_jpeg(65_000, 65_000), file_name="scan.jpg")
    damaged = add_received(ws, pid, b"\x89PNG\r\n\x1a\n" + b"\x00" * 8, file_name="half.png")
    assert not list_received(ws, pid)[0].previewable and list_received(ws, pid)[0].id == damaged


def test_the_kind_and_date_are_checked(ws, pid):
    with pytest.raises(RelaisError) as caught:
        add_received(ws, pid, a_pdf(), kind="rootkit")
    assert caught.value.code == "received.kind_invalid"
    with pytest.raises(RelaisError):
        add_received(ws, pid, a_pdf(), received_on=date(2999, 1, 1))


def test_documents_command_line(tmp_path):
    from tests.test_cli import relais

    vault = tmp_path / "vault"
    assert relais("init", "--vault", str(vault), "--user", "alice", stdin="pw-long-enough-1\npw-long-enough-1\n",
                  env={"RELAIS_INSECURE_FAST_KDF": "1"}).returncode == 0
    assert relais("demo", "--vault", str(vault), "--persons", "1", stdin="pw-long-enough-1\n").returncode == 0
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(a_pdf())
    done = relais("documents", "add", "--vault", str(vault), "--person", "1", "--kind", "discharge_letter",
                  str(letter), stdin="pw-long-enough-1\n")
    assert done.returncode == 0, done.stderr
    exe = tmp_path / "evil.pdf"
    exe.write_bytes(b"MZ" + b"\0" * 64)
    refused = relais("documents", "add", "--vault", str(vault), "--person", "1", str(exe), stdin="pw-long-enough-1\n")
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1
    listed = relais("documents", "list", "--vault", str(vault), "--person", "1", "--json", stdin="pw-long-enough-1\n")
    assert listed.returncode == 0, listed.stderr
    import json

    [row] = json.loads(listed.stdout)
    assert row["kind"] == "discharge_letter" and row["content_type"] == "application/pdf"
    usage = relais("documents", "add", "--vault", str(vault), stdin="pw-long-enough-1\n")
    assert usage.returncode == 2
