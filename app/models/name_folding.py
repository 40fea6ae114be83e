"""Names folded for comparison and search: any script to Latin, particles, spelling variants.

- `fold`: lower-case ASCII, any script transliterated (anyascii, plus the usual Greek
  digraphs), punctuation to spaces.
- the token helpers `name_matching` builds its keys from: particles joined or dropped ("Van den
  Berg" = "Vanden Berg" = "Vandenberg"), common transliteration variants reduced to one
  spelling (Mohamed/Mohammed/Muhammad).
- `search_text` / `search_terms`: a string to store and the terms to look for in it, so
  that "oksana" finds "Оксана" and "mohammed" finds "Mohamed".

Pure functions: no database, no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

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


# -- Variants and particles -----------------------------------------------------------------

# Spellings of one name that transliteration produces from the same original; the first of
# each group is the form used in keys. Extend a group rather than adding fuzzy rules: a
# wrong equivalence here makes different people look alike.
VARIANT_GROUPS: tuple[tuple[str, ...], ...] = (
    ("mohamed", "mohammed", "muhammad", "mohammad", "muhammed", "mohamad", "muhamad", "muhamed",
     "mouhamed", "mohamet", "mhmd"),
    ("ahmed", "ahmad", "ahmet", "ahmadou"),
    ("youssef", "yusuf", "youssouf", "yousef", "yousif", "yusef", "youcef", "yussuf", "yousouf",
     "yousuf", "jusuf", "ywsf"),
    ("mustafa", "moustafa", "mostafa", "mustapha", "moustapha"),
    ("hussein", "hussain", "husein", "hosein", "hossein", "houssein", "husain", "huseyin"),
    ("hassan", "hasan"),
    ("abdallah", "abdullah", "abdellah", "abdulla"),
    ("abdelkader", "abdulkadir", "abdelkadir", "abdelqader", "abdulqadir"),
    ("ibrahim", "ebrahim", "brahim", "ibrahima"),
    ("omar", "umar", "oumar"),
    ("yassine", "yassin", "yasin", "yacine"),
    ("karim", "kareem"),
    ("khalid", "khaled"),
    ("said", "saeed", "saied"),
    ("fatima", "fatma", "fatimah", "fatema", "ftmh"),
    ("aisha", "aicha", "aysha", "ayesha", "aichah"),
    ("khadija", "khadidja", "khadijah", "kadija", "hadija"),
    ("mariam", "maryam", "meryem", "meriem"),
    ("zineb", "zaynab", "zeynab", "zainab"),
    ("alexander", "aleksandr", "oleksandr", "alexandr", "aleksander", "alexandre"),
    ("oleksii", "oleksiy", "alexei", "alexey", "aleksei", "aleksey"),
    ("sergei", "sergey", "serhii", "serhiy", "sergiy", "sergii"),
    ("andrii", "andriy", "andrei", "andrey"),
    ("dmytro", "dmitri", "dmitry", "dmitrii"),
    ("yurii", "yuriy", "yuri", "yury", "iurii"),
    ("mykola", "nikolai", "nikolay", "mikola"),
    ("mykhailo", "mikhail", "mykhaylo", "michail"),
    ("volodymyr", "vladimir"),
    ("olha", "olga"),
    ("tetiana", "tatiana", "tatyana", "tatjana"),
    ("nataliia", "natalia", "natalya", "nataliya"),
    ("kateryna", "ekaterina", "yekaterina", "katerina"),
    ("iryna", "irina"),
    ("yuliia", "yulia", "yuliya", "julia", "iuliia"),
    ("anastasiia", "anastasia", "anastasiya"),
    ("oksana", "oxana"),
    ("kseniia", "ksenia", "kseniya", "xenia"),
    ("giorgos", "georgios", "yorgos"),
)
_CANONICAL: dict[str, str] = {spelling: group[0] for group in VARIANT_GROUPS for spelling in group}
_GROUP_OF: dict[str, tuple[str, ...]] = {group[0]: group for group in VARIANT_GROUPS}

# Particles of Dutch, French, German, Italian, Spanish, Portuguese and Arabic family names
# (after fold: "D'Hondt" -> "d hondt", "In 't Veld" -> "in t veld"). They are glued to the
# next word ("van den berg" -> "vandenberg") and may be left out ("berg").
PARTICLES = frozenset({
    "van", "vanden", "vander", "vande", "von", "vom", "zu", "de", "den", "der", "des", "du", "d",
    "da", "di", "do", "dos", "das", "del", "della", "dei", "la", "le", "les", "l", "lo", "t",
    "ter", "ten", "te", "het", "in", "op", "el", "al", "ul",
})


def _tokens(text: str | None, folded: str | None = None) -> list[str]:
    words = (fold(text) if folded is None else folded).split()
    return [_CANONICAL.get(word, word) for word in words]


def _glued(tokens: Sequence[str]) -> list[str]:
    """Particles joined to the word after them: [van, den, berg] -> [vandenberg]."""
    out: list[str] = []
    pending = ""
    for token in tokens:
        if token in PARTICLES:
            pending += token
        else:
            out.append(_CANONICAL.get(pending + token, pending + token))
            pending = ""
    if pending:
        out.append(pending)
    return out


def _part_forms(tokens: Sequence[str]) -> frozenset[str]:
    """The whole part written as one word, with and without its leading particles."""
    if not tokens:
        return frozenset()
    joined = "".join(tokens)
    forms = {_CANONICAL.get(joined, joined)}
    rest = list(tokens)
    while len(rest) > 1 and rest[0] in PARTICLES:
        rest.pop(0)
    if len(rest) < len(tokens):
        dropped = "".join(rest)
        forms.add(_CANONICAL.get(dropped, dropped))
    return frozenset(forms)


def _combined(first: frozenset[str], second: frozenset[str]) -> set[str]:
    """Order-free keys of two parts: {"jan|peeters"} for (jan, peeters) and (peeters, jan)."""
    if first and second:
        return {"|".join(sorted((a, b))) for a in first for b in second}
    return set(first or second)


def _bag(tokens: Sequence[str]) -> set[str]:
    return {"|".join(sorted(tokens))} if tokens else set()


# -- Public records -------------------------------------------------------------------------


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def search_text(given: str | None, family: str | None, alias: str | None = "") -> str:
    """One lower-case string for substring search, with a space before every word.

    It holds the names as typed (lower-case, without diacritics, original script), their
    transliteration, the German "ue" spelling of umlauts, each part written as one word
    ("vandenberg") and every spelling of a known name variant: "oksana" and "kovalenko"
    find "Оксана Коваленко", "mohammed" finds "Mohamed", "mueller" finds "Müller"."""
    pieces: list[str] = []
    for part in (given, family, alias):
        if not part:
            continue
        pieces.append(_fold_keeping_script(part))
        pieces.append(fold(part))
        pieces.append(fold(part.translate(_UMLAUTS)))
        tokens = _tokens(part)
        pieces.extend(_part_forms(tokens))
        pieces.extend(_glued(tokens))
        for token in tokens:
            pieces.extend(_GROUP_OF.get(token, ()))
    words: dict[str, None] = {}
    for piece in pieces:
        for word in piece.split():
            words.setdefault(word, None)
    # Words, not whole pieces, are de-duplicated: a phrase search ("jean pierre") is not
    # promised; search_terms() splits the query into words.
    return " " + " ".join(words) + " " if words else ""


def search_terms(query: str | None) -> list[str]:
    """The words to look for in search_text(): transliterated (a query typed in Cyrillic or
    with accents finds the Latin spelling and vice versa), name variants in their key
    spelling, particles glued to the next word ("van den berg" -> "vandenberg", which
    search_text() holds for "Van den Berg" as well as for "Vandenberg")."""
    return _glued(_tokens(query))


def search_matches(text: str, query: str | None) -> bool:
    """Every query word occurs in `text` (a search_text() value), where a word may start."""
    return all(f" {term}" in text for term in search_terms(query))


# -- Duplicate candidates -------------------------------------------------------------------
