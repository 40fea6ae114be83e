from datetime import date
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.name_matching import (
    VARIANT_GROUPS,
    MatchKind,
    NameRecord,
    blocking_keys,
    candidate_pairs,
    fold,
    match_reasons,
    name_keys,
    prepare,
    search_matches,
    search_terms,
    search_text,
)
from app.models.niss import niss_checksum

BIRTH = date(1985, 7, 30)
NISS_A = "85073003328"
NISS_B = "850730035" + niss_checksum("850730035", False)


def kinds(a: NameRecord, b: NameRecord) -> list[MatchKind]:
    return [reason.kind for reason in match_reasons(a, b)]


# -- fold -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, folded", [
    ("Оксана Коваленко", "oksana kovalenko"),           # Ukrainian Cyrillic
    ("Олександр Шевченко", "oleksandr shevchenko"),
    ("Γιώργος Παπαδόπουλος", "giorgos papadopoulos"),   # Greek, ου -> ou as on passports
    ("Ευάγγελος Οικονόμου", "evangelos oikonomou"),
    ("Ελευθέριος", "eleftherios"),                      # ευ before a voiceless consonant
    ("محمد", "mhmd"),                                    # Arabic script, with or without vowel signs
    ("مُحَمَّد", "mhmd"),
    ("Şükrü Yıldırım", "sukru yildirim"),
    ("Łukasz Wiśniewski", "lukasz wisniewski"),
    ("Jean-Pierre D’Hondt", "jean pierre d hondt"),     # hyphen and typographic apostrophe
    ("  O'Brien,  Mary-Ann.  ", "o brien mary ann"),
    ("Straße", "strasse"),
    ("Zaza 🙂", "zaza"),
    ("", ""),
])
def test_fold_transliterates_lowercases_and_splits_on_punctuation(text, folded):
    assert fold(text) == folded


@given(st.text())
def test_fold_is_idempotent_and_plain_ascii(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert folded == " ".join(folded.split())
    assert all(ch.isascii() and (ch.isalnum() or ch == " ") and not ch.isupper() for ch in folded)


# -- name_keys ------------------------------------------------------------------------------

@pytest.mark.parametrize("family", ["Van den Berg", "Vanden Berg", "Vandenberg", "van den berg", "VAN DEN BERG"])
def test_dutch_particles_are_joined(family):
    assert name_keys("Jan", family, "") & name_keys("Jan", "Vandenberg", "")


@pytest.mark.parametrize("left, right", [
    ("De Smet", "Desmet"), ("El Amrani", "Elamrani"), ("D'Hondt", "Dhondt"), ("El-Amrani", "Elamrani"),
    ("In 't Veld", "Intveld"), ("Op de Beeck", "Opdebeeck"), ("Van der Linden", "Vanderlinden"),
])
def test_particles_joined_compare_equal(left, right):
    assert name_keys("Marie", left, "") & name_keys("Marie", right, "")


def test_particles_may_be_left_out():
    assert name_keys("Karim", "El Amrani", "") & name_keys("Karim", "Amrani", "")
    assert name_keys("Jan", "Van den Berg", "") & name_keys("Jan", "Berg", "")
    # A particle is never dropped when it is the whole name.
    assert name_keys("Jan", "De", "") != name_keys("Jan", "", "")


@pytest.mark.parametrize("spelling", ["Mohamed", "Mohammed", "Muhammad", "Mohammad", "Muhammed", "Mohamad", "محمد"])
def test_mohamed_variants_share_one_key(spelling):
    assert name_keys(spelling, "Benali", "") == name_keys("Mohamed", "Benali", "")


@pytest.mark.parametrize("left, right", [("Youssef", "Yusuf"), ("Youssef", "Youssouf"),
                                         ("Aleksandr", "Alexander"), ("Oleksandr", "Alexander"),
                                         ("Олександр", "Alexander")])
def test_other_transliteration_variants_share_one_key(left, right):
    assert name_keys(left, "Peeters", "") == name_keys(right, "Peeters", "")


def test_swapped_given_and_family_names_compare_equal():
    assert name_keys("Jan", "Peeters", "") == name_keys("Peeters", "Jan", "")
    assert name_keys("Oksana", "Kovalenko", "") == name_keys("Коваленко", "Оксана", "")


def test_hyphenated_and_spaced_given_names_compare_equal():
    assert name_keys("Jean-Pierre", "Dubois", "") == name_keys("Jean Pierre", "Dubois", "")
    assert name_keys("Jean-Pierre", "Dubois", "") & name_keys("Jeanpierre", "Dubois", "")


def test_different_names_do_not_share_keys():
    assert not name_keys("Jan", "Peeters", "") & name_keys("Jan", "Janssens", "")
    assert not name_keys("Ahmed", "Benali", "") & name_keys("Mohamed", "Benali", "")
    assert not name_keys("Jean-Pierre", "Dubois", "") & name_keys("Jean-Marc", "Dubois", "")


# -- search ---------------------------------------------------------------------------------

def test_search_text_finds_cyrillic_names_by_their_latin_spelling_and_back():
    text = search_text("Оксана", "Коваленко", "")
    assert text == text.lower()
    assert " oksana" in text and " kovalenko" in text and " оксана" in text
    assert search_matches(text, "oksana kovalenko")
    assert search_matches(text, "Коваленко")
    assert search_matches(search_text("Oksana", "Kovalenko", ""), "Оксана")


def test_search_text_finds_every_spelling_of_a_variant():
    text = search_text("Mohamed", "El Amrani", "")
    for query in ("mohammed", "Muhammad", "MOHAMAD", "moham", "elamrani", "el amrani", "amrani"):
        assert search_matches(text, query), query
    assert not search_matches(text, "ahmed")


def test_search_text_joins_particles_and_parts():
    for family in ("Van den Berg", "Vandenberg"):
        text = search_text("Jan", family, "")
        assert search_matches(text, "vandenberg") and search_matches(text, "van den berg")
        assert search_matches(text, "van d")  # typed so far
    assert search_matches(search_text("Jean-Pierre", "Dubois", ""), "jeanpierre")
    assert search_matches(search_text("Jean-Pierre", "Dubois", ""), "jean-pierre")
    assert search_matches(search_text("Jürgen", "Müller", ""), "mueller")
    assert search_matches(search_text("Jürgen", "Müller", ""), "muller")
    assert search_matches(search_text("", "", "Le Grand"), "grand")


def test_search_terms_are_folded_words():
    assert search_terms("  Jean-Pierre   VAN den Berg ") == ["jean", "pierre", "vandenberg"]
    assert search_terms("Muhammad") == ["mohamed"]
    assert search_terms("") == []


# -- match_reasons --------------------------------------------------------------------------

def test_same_niss_is_a_candidate_whatever_the_names():
    a = NameRecord("Jan", "Peeters", niss=NISS_A)
    b = NameRecord("Oksana", "Kovalenko", niss="85.07.30-033.28")
    assert kinds(a, b) == [MatchKind.SAME_NISS]


def test_different_valid_niss_blocks_even_identical_names():
    a = NameRecord("Jan", "Peeters", birth=BIRTH, niss=NISS_A)
    b = NameRecord("Jan", "Peeters", birth=BIRTH, niss=NISS_B)
    reasons = match_reasons(a, b)
    assert [r.kind for r in reasons] == [MatchKind.DIFFERENT_NISS] and reasons[0].blocks
    # An invalid number on one side is no evidence either way.
    assert kinds(a, NameRecord("Jan", "Peeters", birth=BIRTH, niss="85073003329")) == [
        MatchKind.SAME_BIRTH_CLOSE_NAMES]


@pytest.mark.parametrize("left, right", [
    (("Mohamed", "Benali"), ("Muhammad", "Benali")),
    (("Mohammed", "El Amrani"), ("Mohamed", "Elamrani")),
    (("Jan", "Van den Berg"), ("Jan", "Vanden Berg")),
    (("Jan", "Van den Berg"), ("Jan", "Vandenberg")),
    (("Jean-Pierre", "Dubois"), ("Jean Pierre", "Dubois")),
    (("Оксана", "Коваленко"), ("Oksana", "Kovalenko")),
    (("Oksana", "Kovalenko"), ("Oksana", "Kowalenko")),        # one letter, 9 letters
    (("Mohamed Amine", "Benali"), ("Mohamed", "Benali")),      # one given name left out
    (("Γιώργος", "Παπαδόπουλος"), ("Giorgos", "Papadopoulos")),
    (("Youssef", "Yildirim"), ("Yusuf", "Yıldırım")),
])
def test_same_birth_and_close_names(left, right):
    a, b = NameRecord(*left, birth=BIRTH), NameRecord(*right, birth=BIRTH)
    assert kinds(a, b) == [MatchKind.SAME_BIRTH_CLOSE_NAMES]


def test_close_names_report_the_distance_and_whether_only_the_year_agreed():
    exact = match_reasons(NameRecord("Jan", "Peeters", birth=BIRTH), NameRecord("Jan", "Peeters", birth=1985))
    assert exact[0].params == {"distance": 0, "year_only": True}
    typo = match_reasons(NameRecord("Oksana", "Kovalenko", birth=BIRTH), NameRecord("Oksana", "Kowalenko", birth=BIRTH))
    assert typo[0].params == {"distance": 1, "year_only": False}


def test_a_typo_in_a_short_name_is_not_close():
    # Damerau-Levenshtein 1 counts only from 5 letters: Jan/Jana, Ali/Alia are other people.
    assert kinds(NameRecord("Jan", "Peeters", birth=BIRTH), NameRecord("Jana", "Peeters", birth=BIRTH)) == []
    assert kinds(NameRecord("Marie", "Dubois", birth=BIRTH), NameRecord("Marie", "Dubosi", birth=BIRTH)) == [
        MatchKind.SAME_BIRTH_CLOSE_NAMES]  # transposition


def test_birth_must_agree():
    a = NameRecord("Jan", "Peeters", birth=BIRTH)
    assert kinds(a, NameRecord("Jan", "Peeters", birth=date(1985, 7, 31))) == []
    assert kinds(a, NameRecord("Jan", "Peeters", birth=1986)) == []
    assert kinds(a, NameRecord("Jan", "Peeters", birth=1985)) == [MatchKind.SAME_BIRTH_CLOSE_NAMES]


def test_a_missing_name_part_needs_the_full_birth_date():
    only_given = NameRecord("Mohamed", "", birth=BIRTH)
    assert kinds(only_given, NameRecord("Mohamed", "Benali", birth=BIRTH)) == [MatchKind.SAME_BIRTH_CLOSE_NAMES]
    assert kinds(NameRecord("Mohamed", "", birth=1985), NameRecord("Mohamed", "Benali", birth=1985)) == []


def test_the_birth_encoded_in_the_niss_counts_when_none_was_written():
    a = NameRecord("Jan", "Peeters", niss=NISS_A)          # no birth written, NISS says 1985-07-30
    assert kinds(a, NameRecord("Jan", "Peeters", birth=BIRTH)) == [MatchKind.SAME_BIRTH_CLOSE_NAMES]
    assert kinds(a, NameRecord("Jan", "Peeters", birth=date(1990, 1, 1))) == []


def test_swapped_names():
    a = NameRecord("Jan", "Peeters", birth=BIRTH)
    b = NameRecord("Peeters", "Jan", birth=BIRTH)
    assert kinds(a, b) == [MatchKind.SWAPPED_NAMES]
    assert kinds(NameRecord("Оксана", "Коваленко", birth=1985), NameRecord("Kovalenko", "Oksana", birth=BIRTH)) == [
        MatchKind.SWAPPED_NAMES]
    assert match_reasons(a, b)[0].params == {"year_only": False}
    # A swap and a typo at once is not enough.
    assert kinds(NameRecord("Oksana", "Kovalenko", birth=BIRTH), NameRecord("Kowalenko", "Oksana", birth=BIRTH)) == []


def test_alias_matching_a_name():
    street = NameRecord("", "", "Oksana Kovalenko")                 # birth unknown
    named = NameRecord("Оксана", "Коваленко", birth=BIRTH)
    reasons = match_reasons(street, named)
    assert [r.kind for r in reasons] == [MatchKind.ALIAS_MATCHES_NAME]
    assert reasons[0].params == {"alias": "oksana kovalenko"}
    # A single-word alias is evidence only with the same birth date.
    assert kinds(NameRecord("", "", "Mohamed"), NameRecord("Mohamed", "Benali", birth=BIRTH)) == []
    assert kinds(NameRecord("", "", "Mohamed", birth=BIRTH), NameRecord("Mohammed", "Benali", birth=BIRTH)) == [
        MatchKind.ALIAS_MATCHES_NAME]
    # A birth that disagrees rules it out.
    assert kinds(NameRecord("", "", "Oksana Kovalenko", birth=1990), named) == []


def test_same_full_names_with_an_unknown_birth():
    assert kinds(NameRecord("Oksana", "Kovalenko"), NameRecord("Оксана", "Коваленко", birth=BIRTH)) == [
        MatchKind.SAME_NAMES_BIRTH_UNKNOWN]
    assert kinds(NameRecord("Oksana", ""), NameRecord("Oksana", "Kovalenko")) == []


def test_no_candidate_between_clearly_different_people_born_the_same_year():
    people = [
        NameRecord("Jan", "Peeters", birth=1985), NameRecord("Marie", "Peeters", birth=1985),
        NameRecord("Mohamed", "Benali", birth=1985), NameRecord("Ahmed", "Benali", birth=1985),
        NameRecord("Oksana", "Kovalenko", birth=1985), NameRecord("Iryna", "Shevchenko", birth=1985),
        NameRecord("Jean-Pierre", "Dubois", birth=1985), NameRecord("Jean-Marc", "Dubois", birth=1985),
        NameRecord("Fatima", "El Amrani", birth=1985), NameRecord("Khadija", "El Amrani", birth=1985),
        NameRecord("", "", "Le Grand", birth=1985), NameRecord("", "", "Mimi", birth=1985),
    ]
    for a, b in combinations(people, 2):
        assert match_reasons(a, b) == [], (a, b)


# -- blocking ---------------------------------------------------------------------------------

def test_blocking_keys_are_bucketed_by_birth_year():
    keys = blocking_keys(NameRecord("Jan", "Van den Berg", birth=BIRTH, niss=NISS_A))
    assert f"niss|{NISS_A}" in keys
    assert "1985|vandenberg" in keys and "1985|berg" in keys and "1985-07-30|jan" in keys
    assert "1985~vandenbrg" in keys  # one letter left out: finds typing slips
    assert "*|jan|vandenberg" in keys
    assert not any(key.startswith("1986") for key in keys)
    # A given name alone is bucketed per day, never per year (hundreds of Mohameds a year).
    assert "1985|jan" not in keys
    assert blocking_keys(NameRecord("", "", "Zaza")) == set()  # nothing that could ever match


def test_candidate_pairs_find_the_examples_and_skip_strangers():
    records = [
        NameRecord("Mohamed", "Benali", birth=BIRTH),          # 0
        NameRecord("Muhammad", "Benali", birth=1985),          # 1  same person, year only
        NameRecord("Oksana", "Kovalenko", birth=BIRTH),        # 2
        NameRecord("Kovalenko", "Oksana", birth=BIRTH),        # 3  swapped
        NameRecord("", "", "Оксана Коваленко"),                # 4  alias, birth unknown
        NameRecord("Jan", "Peeters", birth=1960),              # 5  a stranger
        NameRecord("Oksana", "Kowalenko", birth=1985),         # 6  one letter off, year only
        NameRecord("Mohamed", "", birth=BIRTH),                # 7  given name only, same day as 0
        NameRecord("Mohamd", "", birth=BIRTH),                 # 8  ... and with a letter left out
    ]
    prepared = [prepare(r) for r in records]
    pairs = candidate_pairs(prepared)
    assert pairs == sorted(set(pairs))
    assert not any(5 in pair for pair in pairs)
    found = {(i, j) for i, j in pairs if match_reasons(prepared[i], prepared[j])}
    assert found == {(0, 1), (2, 3), (2, 4), (3, 4), (2, 6), (0, 7), (0, 8), (7, 8)}
    brute_force = {(i, j) for i, j in combinations(range(len(records)), 2) if match_reasons(records[i], records[j])}
    assert found == brute_force


# -- properties -------------------------------------------------------------------------------

GIVEN = ["Jan", "Marie", "Jean-Pierre", "Jean Pierre", "Mohamed", "Muhammad", "Mohamed Amine", "Ahmed",
         "Оксана", "Oksana", "Oxana", "Youssef", "Yusuf", "Γιώργος", "Giorgos", "Fatima", "Fatma", ""]
FAMILY = ["Peeters", "Peters", "Van den Berg", "Vandenberg", "Berg", "De Smet", "Desmet", "El Amrani",
          "Elamrani", "Amrani", "Kovalenko", "Kowalenko", "Коваленко", "Benali", "Ben Ali", "Dubois", ""]
ALIAS = ["", "", "", "Mimi", "Le Grand", "Oksana Kovalenko", "Jan Peeters", "Mohamed", "Peeters Jan"]
BIRTHS = [None, 1985, 1986, BIRTH, date(1985, 3, 7), date(1986, 7, 30)]
NISSES = [None, None, None, NISS_A, NISS_B, "85073003329"]

records = st.builds(NameRecord, st.sampled_from(GIVEN), st.sampled_from(FAMILY), st.sampled_from(ALIAS),
                    st.sampled_from(BIRTHS), st.sampled_from(NISSES))


def _slip(word: str, position: int, kind: int, letter: str) -> str:
    """One typing slip: a letter left out, added, replaced, or two letters swapped."""
    if not word:
        return word
    i = position % len(word)
    return [word[:i] + word[i + 1:], word[:i] + letter + word[i:], word[:i] + letter + word[i + 1:],
            word[:i] + word[i + 1:i + 2] + word[i] + word[i + 2:]][kind]


@st.composite
def look_alikes(draw):
    """A record and a second one written down differently: the pairs duplicate detection
    is for (typing slips, swapped fields, year only, alias, another spelling)."""
    a = draw(records)
    given_, family, alias, birth = a.given, a.family, a.alias, a.birth
    for change in draw(st.lists(st.integers(0, 5), max_size=3)):
        if change == 0:
            given_, family = family, given_
        elif change == 1:
            family = _slip(family, draw(st.integers(0, 20)), draw(st.integers(0, 3)), draw(st.sampled_from("aekvw")))
        elif change == 2:
            given_ = _slip(given_, draw(st.integers(0, 20)), draw(st.integers(0, 3)), draw(st.sampled_from("aekvw")))
        elif change == 3:
            birth = birth.year if isinstance(birth, date) else birth
        elif change == 4:
            given_, family, alias = "", "", f"{given_} {family}"
        else:
            given_ = draw(st.sampled_from(GIVEN))
    b = NameRecord(given_, family, alias, birth, draw(st.sampled_from(NISSES)))
    return (a, b) if draw(st.booleans()) else (b, a)


@settings(max_examples=400)
@given(records, records)
def test_match_reasons_is_symmetric(a, b):
    assert match_reasons(a, b) == match_reasons(b, a)


@settings(max_examples=400)
@given(look_alikes())
def test_look_alikes_are_symmetric_and_paired_by_blocking(pair):
    a, b = pair
    reasons = match_reasons(a, b)
    assert reasons == match_reasons(b, a)
    if reasons and not reasons[0].blocks:
        assert candidate_pairs([a, b]) == [(0, 1)], (a, b, reasons)


@settings(max_examples=400)
@given(records, records)
def test_every_candidate_is_paired_by_blocking(a, b):
    reasons = match_reasons(a, b)
    if reasons and not reasons[0].blocks:
        assert candidate_pairs([a, b]) == [(0, 1)], (a, b, reasons)


@given(st.text(max_size=20), st.text(max_size=20), st.text(max_size=20), st.sampled_from(BIRTHS))
def test_any_text_prepares_and_is_symmetric_with_itself(given_, family, alias, birth):
    a = NameRecord(given_, family, alias, birth)
    b = NameRecord(family, given_, alias, birth)
    assert match_reasons(a, b) == match_reasons(b, a)
    assert name_keys(given_, family, alias) == name_keys(family, given_, alias)
    assert search_text(given_, family, alias) == search_text(given_, family, alias).lower()


def test_variant_groups_do_not_overlap():
    seen: dict[str, str] = {}
    for group in VARIANT_GROUPS:
        for spelling in group:
            assert seen.setdefault(spelling, group[0]) == group[0], spelling
            assert fold(spelling) == spelling
