"""Folding names to comparable ASCII (split from app.models.name_matching, which re-exports
`fold`): any script transliterated, Greek digraphs as on Greek passports, Arabic vowel marks
dropped, punctuation to spaces. Pure functions."""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

# -- Folding --------------------------------------------------------------------------------

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Arabic vowel signs, shadda, sukun, dagger alef and tatweel: written on some names and not
# on others ("مُحَمَّد" and "محمد"), so they are dropped before transliteration.
_ARABIC_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")
_COMBINING = "[\u0300-\u036f]*+"  # possessive: never give back a mark to a lookahead
_GREEK_VOICELESS = "θκξπστφχψς"
# Greek digraphs that letter-by-letter transliteration gets wrong (ELOT 743, as on Greek
# passports): ου -> ou (not "oy"), αυ/ευ/ηυ -> av/ev/iv, or af/ef/if before a voiceless
# consonant or at the end of a word, γγ -> ng, initial μπ/ντ -> b/d. Applied to lower-case
# NFD text; a diaeresis on the υ (ϋ) means no digraph.
_GREEK_DIGRAPHS = (
    (re.compile(f"ο{_COMBINING}υ(?!\u0308)"), "ou"),
    (re.compile(f"([αεη]){_COMBINING}υ(?!\u0308){_COMBINING}(?=[{_GREEK_VOICELESS}]|[^\u0370-\u03ff\u1f00-\u1fff]|$)"),
     lambda m: {"α": "af", "ε": "ef", "η": "if"}[m.group(1)]),
    (re.compile(f"([αεη]){_COMBINING}υ(?!\u0308)"), lambda m: {"α": "av", "ε": "ev", "η": "iv"}[m.group(1)]),
    (re.compile("γγ"), "ng"),
    (re.compile("(?<![\u0300-\u036f\u0370-\u03ff\u1f00-\u1fff])μπ"), "b"),
    (re.compile("(?<![\u0300-\u036f\u0370-\u03ff\u1f00-\u1fff])ντ"), "d"),
)
_GREEK_OR_ARABIC = re.compile("[\u0370-\u03ff\u1f00-\u1fff\u0600-\u06ff]")
# Emoji and other pictographs would otherwise be spelt out (":slight_smile:").
_DROPPED_CATEGORIES = {"So", "Co", "Cn", "Cs"}


def _greek(text: str) -> str:
    for pattern, replacement in _GREEK_DIGRAPHS:
        text = pattern.sub(replacement, text)
    return text


def fold(text: str | None) -> str:
    """Lower-case ASCII letters and digits separated by single spaces.

    Diacritics are removed and every script is transliterated to Latin ("Оксана
    Коваленко" -> "oksana kovalenko", "Παπαδόπουλος" -> "papadopoulos", "محمد" -> "mhmd");
    hyphens, apostrophes and other punctuation become spaces. fold(fold(x)) == fold(x)."""
    if not text:
        return ""
    text = text.lower()
    if not text.isascii():
        text = unicodedata.normalize("NFD", text)
        if any(ord(ch) >= 0x2000 for ch in text):
            text = "".join(ch for ch in text if unicodedata.category(ch) not in _DROPPED_CATEGORIES)
        if _GREEK_OR_ARABIC.search(text):
            text = _greek(_ARABIC_MARKS.sub("", text))
        text = anyascii(text).lower()
    return " ".join(_NON_ALNUM.sub(" ", text).split())


def _fold_keeping_script(text: str | None) -> str:
    """Lower-case without diacritics but in the original script: what a worker who types
    Cyrillic into the search box expects to find."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(_ARABIC_MARKS.sub("", kept).split())
