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
