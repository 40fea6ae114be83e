"""The author of a document as a Belgian reader expects to see them: full name, profession
with its registration (visa, INAMI-RIZIV number), role and organisation."""

from __future__ import annotations

from app.models.convention import professions, registration_label


def profession_text(profession: str, registration: str, lang: str) -> str:
    """« Psychologue clinicien·ne (visa 123456) », or "" when no profession is known."""
    found = professions().get(profession)
    if found is None:
        return ""
    text = found.label(lang)
    if registration and found.registration:
        text += f" ({registration_label(found.registration, lang)} {registration})"
    return text


def author_line(name: str, profession: str, registration: str, title: str, organisation: str, lang: str) -> str:
    parts = [name, profession_text(profession, registration, lang), title, organisation]
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return " — ".join(seen)
