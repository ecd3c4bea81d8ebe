"""The lexicons of the quantity extractor, loaded once from loaders/lexicons/*.toml."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_DIR = Path(__file__).parent / "lexicons"


@dataclass(frozen=True)
class QuantityLexicon:
    scales: dict[str, int]
    units: frozenset[str]
    counters: frozenset[str]  # the "things" group: a metric over them is a count (…数)
    unit_aliases: dict[str, str]
    composite_numerators: frozenset[str]
    composite_denominators: tuple[str, ...]
    restricted_units: dict[str, tuple[str, ...]]
    continuation_stop: dict[str, frozenset[str]]
    person_counters: dict[str, tuple[str, ...]]
    structure_nouns: tuple[str, ...]
    class_units: dict[str, tuple[str, ...]]  # a unit and the works it classes when they follow (110kV变电站)
    unitless_metric_words: tuple[str, ...]
    unitless_verbs: tuple[str, ...]
    prefix_comparators: dict[str, str]
    suffix_comparators: dict[str, str]
    infix_comparators: dict[str, str]
    range_connectors: tuple[str, ...]
    level_verbs: tuple[str, ...]
    modality_words: tuple[str, ...]
    target_cues: tuple[str, ...]
    observation_cues: tuple[str, ...]
    observation_cues_outside_reports: tuple[str, ...]
    observation_cues_in_replies: tuple[str, ...]
    allocation_cues: tuple[str, ...]  # a notice's allocating money (下达, 拨付)
    goal_words: tuple[str, ...]  # target cues, modality words, next-step openings and future markers together
    month_range_is_observation: bool
    le_exclusions: tuple[str, ...]
    breakdown_cues: tuple[str, ...]
    review_headings: tuple[str, ...]
    plan_headings: tuple[str, ...]
    address_words: tuple[str, ...]
    review_five: tuple[str, ...]
    review_one: tuple[str, ...]
    plan_five: tuple[str, ...]
    plan_one: tuple[str, ...]
    reply_status_headings: tuple[str, ...]
    reply_plan_headings: tuple[str, ...]
    reply_status_openings: tuple[str, ...]
    reply_plan_openings: tuple[str, ...]
    relative_years: dict[str, int]
    comparison_words: tuple[str, ...]
    plans: dict[str, tuple[int, int]]
    change_start: tuple[str, ...]
    change_end_verbs: tuple[str, ...]
    excluded_before: tuple[str, ...]
    excluded_before_exceptions: tuple[str, ...]
    max_quoted_name: int
    min_chinese_value: int
    magnitude_verbs: tuple[str, ...]
    money_words: tuple[str, ...]

    def units_longest_first(self) -> list[str]:
        return sorted(self.units | set(self.restricted_units) | set(self.person_counters), key=len, reverse=True)


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def load_lexicon() -> QuantityLexicon:
    with open(_DIR / "units.toml", "rb") as f:
        units = tomllib.load(f)
    with open(_DIR / "quantity_cues.toml", "rb") as f:
        cues = tomllib.load(f)
    all_units = frozenset(u for group in units["units"].values() for u in group)
    comp = cues["comparators"]
    sec = cues["sections"]
    return QuantityLexicon(
        scales=dict(units["scales"]),
        units=all_units,
        counters=frozenset(units["units"]["things"]),
        unit_aliases=dict(units["aliases"]),
        composite_numerators=frozenset(units["composite"]["numerators"]),
        composite_denominators=_longest_first(units["composite"]["denominators"]),
        restricted_units={k: tuple(v) for k, v in units["restricted"].items()},
        continuation_stop={k: frozenset(v) for k, v in units["continuation_stop"].items()},
        person_counters={k: tuple(v) for k, v in units.get("person_counters", {}).items()},
        structure_nouns=tuple(units.get("structure_nouns", {}).get("words", ())),
        class_units={k: tuple(v) for k, v in units.get("class_units", {}).items()},
        unitless_metric_words=tuple(units.get("unitless", {}).get("metric_words", ())),
        unitless_verbs=_longest_first(units.get("unitless", {}).get("verbs_before", ())),
        prefix_comparators=dict(comp["prefix"]),
        suffix_comparators=dict(comp["suffix"]),
        infix_comparators=dict(comp["infix"]),
        range_connectors=tuple(comp["range_connectors"]),
        level_verbs=tuple(comp.get("level_verbs", ())),
        modality_words=_longest_first(cues["modality"]["words"]),
        target_cues=_longest_first(cues["kind"]["target"]),
        observation_cues=_longest_first(cues["kind"]["observation"]),
        observation_cues_outside_reports=tuple(cues["kind"].get("observation_outside_reports", ())),
        observation_cues_in_replies=tuple(cues["kind"].get("observation_in_replies", ())),
        allocation_cues=tuple(cues["kind"].get("observation_allocations", ())),
        goal_words=(*cues["kind"]["target"], *cues["modality"]["words"],
                    *sec.get("reply_plan_openings", ()), *cues["kind"].get("future", ())),
        month_range_is_observation=bool(cues["kind"].get("month_range", False)),
        le_exclusions=tuple(cues["kind"]["le_exclusions"]),
        breakdown_cues=tuple(cues["kind"]["breakdown"]),
        review_headings=tuple(sec["review"]),
        plan_headings=tuple(sec["plan"]),
        address_words=tuple(sec.get("address", ())),
        review_five=tuple(sec["review_five"]),
        review_one=tuple(sec["review_one"]),
        plan_five=tuple(sec["plan_five"]),
        plan_one=tuple(sec["plan_one"]),
        reply_status_headings=tuple(sec.get("reply_status_headings", ())),
        reply_plan_headings=tuple(sec.get("reply_plan_headings", ())),
        reply_status_openings=tuple(sec.get("reply_status_openings", ())),
        reply_plan_openings=tuple(sec.get("reply_plan_openings", ())),
        relative_years=dict(cues["years"]["relative"]),
        comparison_words=tuple(cues["years"]["comparison"]),
        plans={k: (v[0], v[1]) for k, v in cues["years"]["plans"].items()},
        change_start=tuple(cues["changes"]["start_markers"]),
        change_end_verbs=_longest_first(cues["changes"]["end_verbs"]),
        excluded_before=tuple(cues["exclusions"]["before"]),
        excluded_before_exceptions=tuple(cues["exclusions"].get("before_exceptions", ())),
        max_quoted_name=int(cues["exclusions"]["max_quoted_name"]),
        min_chinese_value=int(cues["exclusions"]["min_chinese_value"]),
        magnitude_verbs=_longest_first(cues["exclusions"]["magnitude_verbs"]),
        money_words=tuple(cues["money_context"]["words"]),
    )
