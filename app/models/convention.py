"""Convention session limits (data in resources/instruments/convention.json) and the pure
rule that counts a person's sessions over a rolling window against them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from app.models.instruments import load_instrument


@dataclass(frozen=True)
class FunctionRule:
    id: str
    convention: str
    labels: dict[str, str]
    limits: dict[str, dict[str, int | None]]      # setting -> age group -> max per window (None: no limit)
    transition_only: bool = False

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels["en"]

    def limit(self, setting: str, age_group: str) -> int | None:
        return self.limits.get(setting, {}).get(age_group)


@dataclass(frozen=True)
class ConventionRules:
    current: str
    window_days: int
    warn_before_limit: int
    functions: tuple[FunctionRule, ...]
    children_max_age: int

    def function(self, function_id: str) -> FunctionRule | None:
        return next((f for f in self.functions if f.id == function_id), None)


def _labels(entry: dict) -> dict[str, str]:
    return {lang: entry[lang] for lang in ("en", "fr", "nl") if lang in entry}


@lru_cache(maxsize=1)
def convention_rules() -> ConventionRules:
    data = load_instrument("convention")
    children = next(g for g in data["age_groups"] if g["id"] == "children_adolescents")
    return ConventionRules(
        current=data["current"], window_days=int(data["window_days"]),
        warn_before_limit=int(data["warn_before_limit"]),
        functions=tuple(FunctionRule(f["id"], f["convention"], _labels(f), f["limits"], bool(f.get("transition_only")))
                        for f in data["functions"]),
        children_max_age=int(children["max_age"]),
    )


def convention_labels(kind: str) -> dict[str, dict[str, str]]:
    """Labels of "age_groups" or "settings" by id."""
    return {e["id"]: _labels(e) for e in load_instrument("convention")[kind]}


def age_group_for(age: int | None) -> str | None:
    """The category a person's age suggests; between 15 and 23 only a suggestion (see
    age_group_choice_needed): the professional chooses."""
    if age is None:
        return None
    return "children_adolescents" if age <= convention_rules().children_max_age else "adults"


@dataclass(frozen=True)
class SessionRecord:
    occurred_at: datetime
    function: str
    setting: str
    age_group: str


@dataclass(frozen=True)
class SessionCounter:
    function: str
    setting: str
    age_group: str             # of the latest session in the window: it sets the limit
    used: int
    limit: int | None
    level: str                 # "ok", "approaching", "reached", "exceeded", "unlimited"
    window_start: datetime     # exclusive
    window_end: datetime       # inclusive
    frees_on: date | None      # when the oldest session in the window leaves it

    @property
    def remaining(self) -> int | None:
        return None if self.limit is None else max(self.limit - self.used, 0)


def level_for(used: int, limit: int | None, warn_before: int) -> str:
    if limit is None:
        return "unlimited"
    if used > limit:
        return "exceeded"
    if used == limit:
        return "reached"
    if used >= limit - warn_before:
        return "approaching"
    return "ok"


def count_sessions(sessions: list[SessionRecord], as_of: datetime,
                   rules: ConventionRules | None = None) -> list[SessionCounter]:
    """Sessions in the rolling window (as_of - window_days, as_of], per function and setting.

    A session exactly `window_days` before `as_of` has left the window: over 365 days, a
    session on 1 March 2025 at 10:00 no longer counts on 1 March 2026 at 10:00."""
    rules = rules or convention_rules()
    start = as_of - timedelta(days=rules.window_days)
    inside = sorted((s for s in sessions if start < s.occurred_at <= as_of), key=lambda s: s.occurred_at)
    counters: list[SessionCounter] = []
    for rule in rules.functions:
        for setting in ("individual", "group"):
            mine = [s for s in inside if s.function == rule.id and s.setting == setting]
            if not mine:
                continue
            age_group = mine[-1].age_group
            limit = rule.limit(setting, age_group)
            frees = (mine[0].occurred_at + timedelta(days=rules.window_days)).date()
            counters.append(SessionCounter(rule.id, setting, age_group, len(mine), limit,
                                           level_for(len(mine), limit, rules.warn_before_limit),
                                           start, as_of, frees))
    return counters


# -- who writes a bilan, and which function it indicates (convention.json) ---------------------

@dataclass(frozen=True)
class Profession:
    id: str
    registration: str              # "visa", "inami" or ""
    writes_bilan: bool             # a conventioned psychologist or orthopedagogue
    labels: dict[str, str]

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels["en"]


@lru_cache(maxsize=1)
def professions() -> dict[str, Profession]:
    return {p["id"]: Profession(p["id"], p.get("registration", ""), bool(p.get("writes_bilan")), _labels(p))
            for p in load_instrument("convention")["professions"]}


def registration_label(kind: str, lang: str) -> str:
    labels = load_instrument("convention")["registration_labels"].get(kind, {})
    return labels.get(lang) or labels.get("en", "")


@dataclass(frozen=True)
class IndicatedFunction:
    id: str
    session_functions: tuple[str, ...]   # session functions (FunctionRule ids) this indication opens
    needs_physician: bool
    labels: dict[str, str]

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels["en"]


@lru_cache(maxsize=1)
def indicated_functions() -> dict[str, IndicatedFunction]:
    return {f["id"]: IndicatedFunction(f["id"], tuple(f["session_functions"]), bool(f.get("needs_physician")),
                                       _labels(f))
            for f in load_instrument("convention")["indicated_functions"]}


def indicated_function_for_session(function_id: str) -> str | None:
    """The bilan indication a session of this function belongs to."""
    return next((f.id for f in indicated_functions().values() if function_id in f.session_functions), None)


def author_fit_problems(profession: str, indicated_function: str, physician_named: bool) -> list[str]:
    """Why the bilan's author (and physician) do not fit the function it indicates, as message
    codes. The 2021 slides: a bilan is written by a conventioned clinical psychologist or
    orthopedagogue; for specialised care, with a physician. No indication, no requirement."""
    if indicated_function in ("", "none"):
        return []
    problems: list[str] = []
    found = professions().get(profession)
    if found is None or not found.writes_bilan:
        problems.append("bilan.author_not_conventioned")
    spec = indicated_functions().get(indicated_function)
    if spec is not None and spec.needs_physician and not physician_named:
        problems.append("bilan.specialised_needs_physician")
    return problems


# -- rules the slides state, as data (convention.json; sources under "source") -----------------

def window_reading(lang: str) -> str:
    """Which reading of "per period of 12 months" the counters use, and that it is a reading."""
    labels = load_instrument("convention")["window_reading"]
    return labels.get(lang) or labels["en"]


def default_duration(setting: str) -> int:
    """Minutes a new session of this setting starts with (group: 90 to 120 minutes)."""
    return int(load_instrument("convention")["session_durations"][setting]["default"])


def transition_cutoff() -> date:
    return date.fromisoformat(load_instrument("convention")["transition_cutoff"])


def transition_problem(function_id: str, earliest_session: datetime | None) -> str | None:
    """A transition-only function (2021-2023 specialised care) continues only for trajectories
    started before the 2024 convention: the person needs a session of it before the cut-off."""
    rule = convention_rules().function(function_id)
    if rule is None or not rule.transition_only:
        return None
    if earliest_session is not None and earliest_session.date() < transition_cutoff():
        return None
    return "counters.transition_only"


def age_category_problem(age: int | None, chosen: str, window_groups: set[str]) -> str | None:
    """One age category per 12-month period, chosen by the professional between 15 and 23:
    the children's category runs to 23 included, the adults' starts at 15; a session cannot
    switch the category of a period that already has sessions."""
    rules = load_instrument("convention")["age_category"]
    if age is not None:
        if chosen == "children_adolescents" and age > rules["children_until"]:
            return "counters.age_category_out_of_range"
        if chosen == "adults" and age < rules["adults_from"]:
            return "counters.age_category_out_of_range"
    if rules["one_per_window"] and window_groups and chosen not in window_groups:
        return "counters.age_category_switch"
    return None


def age_group_choice_needed(age: int | None) -> bool:
    """Between 15 and 23 the category is the professional's choice, not automatic."""
    rules = load_instrument("convention")["age_category"]
    return age is not None and rules["adults_from"] <= age <= rules["children_until"]
