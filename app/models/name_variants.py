"""Name variants and family-name particles (data for app.models.name_matching)."""

from __future__ import annotations

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
