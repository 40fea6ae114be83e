"""What a received file is, from its bytes (never its name), and whether it can be
previewed safely. Pure functions: no decoding of image data, no Qt.

- PDF: "%PDF-" in the first 1024 bytes (as readers accept it). It is opened with pikepdf
  (qpdf) only to count pages; a file that qpdf cannot open, or that has no "%%EOF" near its
  end (truncated in transit), is kept without preview.
- PNG and JPEG: the dimensions are read from the header (IHDR, SOF marker) without
  decoding; an image claiming more than MAX_IMAGE_PIXELS (a decompression bomb) is refused.
  The interface decodes a previewable image with Qt's QImageReader under the same cap.
- Anything else (an executable, a ZIP, an Office file) is refused, whatever its name.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass

from app.errors import RelaisError
from app.models.received import MAX_IMAGE_PIXELS, ContentType

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"

# Recognised only to name them in the refusal.
_REFUSED_MAGIC = (
    (b"MZ", "Windows executable"),
    (b"\x7fELF", "ELF executable"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"\xca\xfe\xba\xbe", "Mach-O executable"),
    (b"#!", "script"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0", "Office 97 document"),
    (b"GIF8", "GIF image"),
    (b"RIFF", "RIFF file"),
    (b"%!PS", "PostScript"),
)


class FileRefused(RelaisError):
    code = "received.type_refused"


@dataclass(frozen=True)
class Sniffed:
    content_type: ContentType
    previewable: bool
    preview_note: str = ""            # message code saying why there is no preview
    pages: int | None = None
    width: int | None = None
    height: int | None = None


def sniff(data: bytes) -> Sniffed:
    head = data[:1024]
    if b"%PDF-" in head:
        return _pdf(data)
    if data.startswith(PNG_MAGIC):
        return _image(ContentType.PNG, _png_size(data))
    if data.startswith(JPEG_MAGIC):
        return _image(ContentType.JPEG, _jpeg_size(data))
    what = next((name for magic, name in _REFUSED_MAGIC if data.startswith(magic)), "")
    if what:
        raise FileRefused("received.type_refused", what=what)
    raise FileRefused("received.type_unknown")


def _pdf(data: bytes) -> Sniffed:
    if b"%%EOF" not in data[-2048:]:
        return Sniffed(ContentType.PDF, False, "received.pdf_truncated")
    try:
        import pikepdf

        with pikepdf.open(io.BytesIO(data)) as pdf:
            pages = len(pdf.pages)
            encrypted = pdf.is_encrypted
    except Exception:  # noqa: BLE001 - any failure of the parser means "no preview", never a crash
        return Sniffed(ContentType.PDF, False, "received.pdf_damaged")
    if encrypted:
        return Sniffed(ContentType.PDF, False, "received.pdf_encrypted", pages)
    if pages == 0:
        return Sniffed(ContentType.PDF, False, "received.pdf_damaged", 0)
    return Sniffed(ContentType.PDF, True, "", pages)


def _image(kind: ContentType, size: tuple[int, int] | None) -> Sniffed:
    if size is None:
        return Sniffed(kind, False, "received.image_damaged")
    width, height = size
    if width <= 0 or height <= 0:
        return Sniffed(kind, False, "received.image_damaged")
    if width * height > MAX_IMAGE_PIXELS:
        raise FileRefused("received.image_too_large", width=width, height=height,
                          max=MAX_IMAGE_PIXELS // 1_000_000)
    return Sniffed(kind, True, width=width, height=height)


def _png_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Walk the JPEG segments up to the first start-of-frame marker."""
    pos = 2
    end = len(data)
    while pos + 4 <= end:
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:              # fill byte
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        if marker in (0xD9, 0xDA):      # end of image, or scan data before any frame
            return None
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        if length < 2:
            return None
        if marker in _SOF:
            if pos + 9 > end:
                return None
            height, width = struct.unpack(">HH", data[pos + 5:pos + 9])
            return width, height
        pos += 2 + length
    return None
