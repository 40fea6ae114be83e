"""Names compared across spellings, scripts and field orders: possible duplicates and search.

People accompanied are written down by several workers, from what they say, from an
identity document in another script, or only by a nickname. The same person may be
"Оксана Коваленко" on one file and "Oksana Kovalenko" on another, "Mohammed El Amrani"
and "Mohamed Elamrani", "Van den Berg Jan" with the fields swapped. This module turns
names into comparable forms; it never decides that two records are the same person, it
only says why a worker might want to look (see `match_reasons`).

- `fold`: lower-case ASCII, any script transliterated (anyascii, plus the usual Greek
  digraphs), punctuation to spaces.
- `name_keys`: the forms under which a person's name compares equal: particles joined or
  dropped ("Van den Berg" = "Vanden Berg" = "Vandenberg"), common transliteration
  variants reduced to one spelling (Mohamed/Mohammed/Muhammad), given and family name in
  either order.
- `search_text` / `search_terms`: a string to store and the terms to look for in it, so
  that "oksana" finds "Оксана" and "mohammed" finds "Mohamed".
- `match_reasons`, `blocking_keys`, `candidate_pairs`: duplicate candidates without
  comparing every person with every other one.

Pure functions: no database, no Qt.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from app.models.name_folding import (  # noqa: F401
    _ARABIC_MARKS,
    _NON_ALNUM,
    _fold_keeping_script,
    fold,
)
from app.models.name_variants import _CANONICAL, _GROUP_OF, PARTICLES, VARIANT_GROUPS  # noqa: F401
from app.models.niss import NissInvalid, parse_niss


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

@dataclass(frozen=True)
class NameRecord:
    """What duplicate detection looks at. `birth` is a date, a year, or None; `niss` is the
    stored number (or anything typed: invalid numbers are ignored)."""

    given: str = ""
    family: str = ""
    alias: str = ""
    birth: date | int | None = None
    niss: str | None = None


@dataclass(frozen=True, slots=True)
class PreparedName:
    """A NameRecord with every form computed once: prepare 100,000 persons, then compare."""

    record: NameRecord
    given_forms: frozenset[str]
    family_forms: frozenset[str]
    given_tokens: frozenset[str]
    family_tokens: frozenset[str]
    alias_forms: frozenset[str]
    alias_tokens: frozenset[str]
    full_keys: frozenset[str]     # given and family, in either order, and all their words
    alias_keys: frozenset[str]    # the alias as one word and as its words
    alias_folded: str
    birth_year: int | None
    birth_date: date | None
    niss: str | None              # eleven digits of a well-formed NISS, else None


def _valid_niss(text: str | None) -> str | None:
    """The digits of a well-formed NISS. date.max: a stored number is judged on its own
    digits here, not on today's date (parse_niss already refused future ones on entry)."""
    if not text:
        return None
    try:
        return parse_niss(text, today=date.max).digits
    except NissInvalid:
        return None


def prepare(record: NameRecord) -> PreparedName:
    alias_folded = fold(record.alias)
    given, family, alias = _tokens(record.given), _tokens(record.family), _tokens(None, alias_folded)
    given_forms, family_forms, alias_forms = _part_forms(given), _part_forms(family), _part_forms(alias)
    given_glued, family_glued, alias_glued = _glued(given), _glued(family), _glued(alias)
    niss = _valid_niss(record.niss)
    birth_date: date | None = None
    birth_year: int | None = None
    if isinstance(record.birth, date):
        birth_date, birth_year = record.birth, record.birth.year
    elif isinstance(record.birth, int):
        birth_year = record.birth
    if niss and birth_date is None:  # what the NISS encodes completes a missing or year-only birth
        info = parse_niss(niss, today=date.max)
        if birth_year is None or birth_year == info.birth_year:
            birth_date, birth_year = info.birth_date, info.birth_year or birth_year
    return PreparedName(
        record=record,
        given_forms=given_forms,
        family_forms=family_forms,
        given_tokens=frozenset(given_glued),
        family_tokens=frozenset(family_glued),
        alias_forms=alias_forms,
        alias_tokens=frozenset(alias_glued),
        full_keys=frozenset(_combined(given_forms, family_forms) | _bag(given_glued + family_glued)),
        alias_keys=frozenset(alias_forms | _bag(alias_glued)),
        alias_folded=alias_folded,
        birth_year=birth_year,
        birth_date=birth_date,
        niss=niss,
    )


def _prepared(record: NameRecord | PreparedName) -> PreparedName:
    return record if isinstance(record, PreparedName) else prepare(record)


def name_keys(given: str | None, family: str | None, alias: str | None = "") -> frozenset[str]:
    """Every form under which this name compares equal to another one.

    Two names share a key when they are the same once folded, particles joined or dropped
    and transliteration variants reduced ("Van den Berg" / "Vandenberg", "De Smet" /
    "Desmet", "Mohammed" / "Muhammad"), in either order of given and family name. The alias
    adds its own forms. Keys are plain strings: store them, index them, compare sets."""
    prepared = prepare(NameRecord(given or "", family or "", alias or ""))
    return prepared.full_keys | prepared.alias_keys


# -- Search -------------------------------------------------------------------------------

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

class MatchKind(StrEnum):
    SAME_NISS = "same_niss"
    SAME_BIRTH_CLOSE_NAMES = "same_birth_close_names"
    SWAPPED_NAMES = "swapped_names"
    ALIAS_MATCHES_NAME = "alias_matches_name"
    SAME_NAMES_BIRTH_UNKNOWN = "same_names_birth_unknown"
    DIFFERENT_NISS = "different_niss"  # a blocker: both have a valid NISS and they differ


@dataclass(frozen=True)
class MatchReason:
    """Why two records may be one person. `params` (never hashed):
    SAME_BIRTH_CLOSE_NAMES: distance (0 = equal names once folded, 1 or 2 = that many
    names with one letter typed differently), year_only (True when only the birth year
    agrees); SWAPPED_NAMES: year_only;
    ALIAS_MATCHES_NAME: alias (the folded alias or aliases that matched, " / "-joined)."""

    kind: MatchKind
    params: dict[str, int | bool | str] = field(default_factory=dict, hash=False)

    @property
    def blocks(self) -> bool:
        return self.kind is MatchKind.DIFFERENT_NISS


def _one_edit_apart(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance exactly 1 (substitution, insertion, deletion or the
    transposition of two neighbouring letters)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    if a[i + 1:] == b[i + 1:]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]


MIN_LETTERS_FOR_ONE_EDIT = 5


def _part_distance(forms_a: frozenset[str], tokens_a: frozenset[str],
                   forms_b: frozenset[str], tokens_b: frozenset[str]) -> int | None:
    """0: the same part (a shared form, or every word of one is a word of the other:
    "Mohamed" / "Mohamed Amine"); 1: one typing slip in a name of 5 letters or more;
    None: different."""
    if forms_a & forms_b:
        return 0
    if tokens_a and tokens_b and (tokens_a <= tokens_b or tokens_b <= tokens_a):
        return 0
    for a in forms_a:
        for b in forms_b:
            if min(len(a), len(b)) >= MIN_LETTERS_FOR_ONE_EDIT and _one_edit_apart(a, b):
                return 1
    return None


def _parts_distance(pairs: Iterable[tuple[tuple[frozenset[str], frozenset[str]],
                                          tuple[frozenset[str], frozenset[str]]]]) -> tuple[int, int] | None:
    """Summed distance over the parts present on both sides, and how many were compared."""
    total = compared = 0
    for (forms_a, tokens_a), (forms_b, tokens_b) in pairs:
        if not forms_a or not forms_b:
            continue
        distance = _part_distance(forms_a, tokens_a, forms_b, tokens_b)
        if distance is None:
            return None
        total += distance
        compared += 1
    return (total, compared) if compared else None


class _Birth(StrEnum):
    SAME_DATE = "same_date"
    SAME_YEAR = "same_year"
    UNKNOWN = "unknown"
    DIFFERENT = "different"


def _birth(a: PreparedName, b: PreparedName) -> _Birth:
    if a.birth_year is None or b.birth_year is None:
        return _Birth.UNKNOWN
    if a.birth_year != b.birth_year:
        return _Birth.DIFFERENT
    if a.birth_date and b.birth_date:
        return _Birth.SAME_DATE if a.birth_date == b.birth_date else _Birth.DIFFERENT
    return _Birth.SAME_YEAR


def _has_both_parts(p: PreparedName) -> bool:
    return bool(p.given_forms and p.family_forms)


def _alias_matches(a: PreparedName, b: PreparedName, birth: _Birth) -> list[str]:
    """Folded aliases of either side that name the other side. A single word ("Mohamed",
    "Le Grand") needs the same full birth date; a full name (two words or more) needs only
    a birth that does not disagree."""
    matched = []
    for x, y in ((a, b), (b, a)):
        if not x.alias_keys:
            continue
        if birth is _Birth.SAME_DATE:
            hit = bool(x.alias_keys & (y.full_keys | y.given_forms | y.family_forms | y.alias_keys))
        else:
            hit = any("|" in key for key in x.alias_keys & y.full_keys)
        if hit:
            matched.append(x.alias_folded)
    return sorted(set(matched))


def match_reasons(a: NameRecord | PreparedName, b: NameRecord | PreparedName) -> list[MatchReason]:
    """Why `a` and `b` may be the same person; [] when nothing suggests it.

    [DIFFERENT_NISS] alone when both carry a valid NISS and the numbers differ: they are
    two people whatever their names. Otherwise, in this order, any of:
    SAME_NISS; SAME_BIRTH_CLOSE_NAMES (same birth date, or the same year when one side
    knows only the year, and close names; when one side lacks a given or a family name the
    full birth date must agree); SWAPPED_NAMES (same birth, given and family name swapped,
    each equal once folded);
    ALIAS_MATCHES_NAME (one side's alias is the other's name; with an unknown birth only a
    full name counts); SAME_NAMES_BIRTH_UNKNOWN (both full names equal once folded, birth
    unknown on one side). Symmetric: match_reasons(a, b) == match_reasons(b, a)."""
    pa, pb = _prepared(a), _prepared(b)
    if pa.niss and pb.niss and pa.niss != pb.niss:
        return [MatchReason(MatchKind.DIFFERENT_NISS)]
    reasons: list[MatchReason] = []
    if pa.niss and pa.niss == pb.niss:
        reasons.append(MatchReason(MatchKind.SAME_NISS))
    birth = _birth(pa, pb)
    if birth in (_Birth.SAME_DATE, _Birth.SAME_YEAR):
        year_only = birth is _Birth.SAME_YEAR
        ordered = _parts_distance((((pa.given_forms, pa.given_tokens), (pb.given_forms, pb.given_tokens)),
                                   ((pa.family_forms, pa.family_tokens), (pb.family_forms, pb.family_tokens))))
        complete = _has_both_parts(pa) and _has_both_parts(pb)
        # Swapped fields are matched only on equal forms: a swap and a typo at once is too
        # weak a sign, and exact forms keep blocking_keys() small.
        swapped = complete and bool(pa.given_forms & pb.family_forms and pa.family_forms & pb.given_forms)
        if ordered and (ordered[1] == 2 or (not year_only and not complete)):
            reasons.append(MatchReason(MatchKind.SAME_BIRTH_CLOSE_NAMES,
                                       {"distance": ordered[0], "year_only": year_only}))
        elif swapped:
            reasons.append(MatchReason(MatchKind.SWAPPED_NAMES, {"year_only": year_only}))
        elif pa.full_keys & pb.full_keys and not (year_only and not complete):
            # The whole name in one field on one side ("Jan Peeters" as family name).
            reasons.append(MatchReason(MatchKind.SAME_BIRTH_CLOSE_NAMES, {"distance": 0, "year_only": year_only}))
    if birth is not _Birth.DIFFERENT:
        aliases = _alias_matches(pa, pb, birth)
        if aliases:
            reasons.append(MatchReason(MatchKind.ALIAS_MATCHES_NAME, {"alias": " / ".join(aliases)}))
    if (birth is _Birth.UNKNOWN and _has_both_parts(pa) and _has_both_parts(pb)
            and any("|" in key for key in pa.full_keys & pb.full_keys)):
        reasons.append(MatchReason(MatchKind.SAME_NAMES_BIRTH_UNKNOWN))
    return reasons


def _deletions(word: str) -> set[str]:
    """The word with one letter left out: two words one edit apart always share one of
    these or the word itself (the "symmetric delete" trick)."""
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def blocking_keys(record: NameRecord | PreparedName) -> set[str]:
    """Bucket keys: two records for which match_reasons() gives any reason (other than the
    DIFFERENT_NISS blocker) always share a key, so a service compares only records within
    a bucket (candidate_pairs() does it).

    - "niss|<digits>";
    - with a birth year: "<year>|<family name, full name or alias form>" and
      "<year>~<family name with one letter left out>" (typing slips);
    - with a full birth date: the same for the given name, per day ("<date>|", "<date>~"):
      a given name alone is compared only between records born the same day, and per-year
      buckets of "Mohamed" would hold hundreds of people;
    - "*|<full name or alias of two words or more>", whatever the birth. Within these
      buckets only pairs where one side has no birth year can give a reason: pair the
      others through their year keys (candidate_pairs() skips them)."""
    p = _prepared(record)
    keys: set[str] = set()
    if p.niss:
        keys.add(f"niss|{p.niss}")
    if p.birth_year is not None:
        year = p.birth_year
        keys.update(f"{year}|{word}" for word in (p.family_forms | p.family_tokens | p.full_keys
                                                  | p.alias_keys | p.alias_tokens))
        keys.update(f"{year}~{d}" for d in _near_forms(p.family_forms))
    if p.birth_date is not None:
        day = p.birth_date.isoformat()
        keys.update(f"{day}|{word}" for word in (p.given_forms | p.given_tokens | p.alias_keys | p.alias_tokens))
        keys.update(f"{day}~{d}" for d in _near_forms(p.given_forms))
    keys.update(f"{_ANY_BIRTH}{key}" for key in p.full_keys | p.alias_keys if "|" in key)
    return keys


_ANY_BIRTH = "*|"


def _near_forms(forms: frozenset[str]) -> set[str]:
    near: set[str] = set()
    for form in forms:
        if len(form) >= MIN_LETTERS_FOR_ONE_EDIT:
            near.add(form)
            near.update(_deletions(form))
    return near


def candidate_pairs(records: Sequence[NameRecord | PreparedName]) -> list[tuple[int, int]]:
    """Index pairs (i < j) of records sharing a blocking key, each pair once, sorted: the
    only pairs worth passing to match_reasons(). In the any-birth buckets only pairs with
    a record of unknown birth year are formed."""
    prepared = [_prepared(record) for record in records]
    buckets: dict[str, list[int]] = defaultdict(list)
    for index, p in enumerate(prepared):
        for key in blocking_keys(p):
            buckets[key].append(index)
    pairs: set[tuple[int, int]] = set()
    seen: set[tuple[bool, tuple[int, ...]]] = set()
    for key, members in buckets.items():
        if len(members) < 2:
            continue
        # The same people often share many keys (a name and each of its one-letter-less forms).
        signature = (key.startswith(_ANY_BIRTH), tuple(members))
        if signature in seen:
            continue
        seen.add(signature)
        if key.startswith(_ANY_BIRTH):
            unknown = [i for i in members if prepared[i].birth_year is None]
            for left in unknown:
                pairs.update((min(left, right), max(left, right)) for right in members if right != left)
        else:
            for i, left in enumerate(members):
                pairs.update((left, right) for right in members[i + 1:])
    return sorted(pairs)
