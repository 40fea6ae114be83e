"""The one door through which user text reaches a Paragraph.

ReportLab's Paragraph parses a small XML markup: an unescaped `<`, `&` or a tag-like
string in a person's note would break the layout or inject formatting. Every piece of
user text goes through `safe()`.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

# Control characters other than tab and newline are invalid in PDF text and XML.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Zero-width and bidi controls: kept out so the printed text matches what is seen.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def clean(text: object) -> str:
    value = "" if text is None else str(text)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _INVISIBLE.sub("", _CONTROL.sub("", value))


def safe(text: object) -> str:
    """Escape user text for a Paragraph; line breaks are kept as <br/>."""
    return escape(clean(text)).replace("\n", "<br/>")


def paragraphs(text: object) -> list[str]:
    """Split user text on blank lines into escaped paragraphs, so a 20,000-character
    section flows across pages paragraph by paragraph."""
    return [safe(block.strip("\n")) for block in re.split(r"\n\s*\n", clean(text)) if block.strip()]
