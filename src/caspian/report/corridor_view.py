"""The corridor model's answers for the review's year (issue 6): capacity, bottleneck and
routes with the knowledge base deciding the agreement conditions, and each scenario's
difference from the base case. These are model outputs, not facts of the knowledge base:
their sentences are of kind ``model`` and name the model's data instead of citing."""

from __future__ import annotations

from datetime import date

from caspian.corridor import (
    KB_SCENARIO,
    KnowledgeBaseStages,
    analyse,
    default_data,
    load_scenarios,
    network_geojson,
)
from caspian.corridor.analysis import CorridorAnswer
from caspian.errors import CaspianError
from caspian.report import phrasing as say
from caspian.report.geomap import corridor_map
from caspian.report.model import Chart, CorridorSummary, Sentence
from caspian.report.regions import Region
from caspian.store import KnowledgeBase


def _mt(kilotonnes: int) -> str:
    return f"{kilotonnes / 1000:g} Mt a year"


def corridor_answer(kb: KnowledgeBase, year: int) -> CorridorAnswer:
    """The model for `year` with the conditions read from the knowledge base at year end."""
    return analyse(year=year, scenarios=[KB_SCENARIO], stage_source=KnowledgeBaseStages(kb),
                   as_of=date(year, 12, 31))


def build_corridor(kb: KnowledgeBase, year: int, region: Region
                   ) -> tuple[CorridorSummary | None, Chart | None, str | None]:
    """The summary, the corridor map, and a warning when the model cannot answer."""
    try:
        answer = corridor_answer(kb, year)
    except CaspianError as err:
        return None, None, f"corridor model: {err}"
    data = answer.network.data
    origin, destination = data.sets[answer.origins].name, data.sets[answer.destinations].name
    sentences = [Sentence(
        f"The corridor model puts the capacity from {origin} to {destination} at "
        f"{_mt(answer.capacity_kt)} in {year}, with the agreement conditions as the "
        f"knowledge base stands on 31 December {year}.", kind="model")]
    sentences.append(Sentence(f"Its bottleneck: {answer.bottleneck_summary}.", kind="model"))
    if answer.fastest is not None:
        fastest = answer.fastest
        sentences.append(Sentence(
            f"The fastest route takes about {fastest.hours / 24:.1f} days over "
            f"{fastest.distance_km:,.0f} km"
            + (f"; the cheapest costs about ${answer.cheapest.cost_usd_per_t:,.0f} a tonne"
               if answer.cheapest is not None else "") + ".", kind="model"))
    for state in answer.network.conditions.values():
        condition = state.condition
        stage = say.STAGE_NOUNS.get(state.stage.value, state.stage.value) if state.stage \
            else None
        known = f"the knowledge base has reached {stage}" if stage and \
            state.basis == "knowledge base" else f"basis: {state.basis}"
        sentences.append(Sentence(
            f"The condition that {say.join_names(condition.parties)}'s "
            f"{say.INSTRUMENT_NAMES.get(condition.instrument.value, 'agreement')} be at least "
            f"{condition.stage_at_least.value.replace('_', ' ')} "
            f"{'holds' if state.holds else 'does not hold'} ({known}); "
            f"{condition.note}.", kind="model"))
    book = load_scenarios(default_data())
    rows: list[tuple[str, str]] = []
    for name, scenario in book.scenarios.items():
        try:
            other = analyse(year=year, scenarios=[name], data=answer.network.data, book=book)
        except CaspianError as err:
            rows.append((scenario.description, f"no answer ({err})"))
            continue
        base = other.base.capacity_kt if other.base is not None else answer.capacity_kt
        delta = other.capacity_kt - base
        change = "no change" if delta == 0 else f"{'+' if delta > 0 else '−'}{_mt(abs(delta))}"
        text = f"{_mt(other.capacity_kt)} ({change})"
        if other.bottleneck_summary != answer.bottleneck_summary:
            text += f"; bottleneck: {other.bottleneck_summary}"
        rows.append((scenario.description, text))
    chart = corridor_map(
        network_geojson(answer.network, answer=answer), region,
        title=f"The Middle Corridor in the model, {year}",
        caption=("Segments of the corridor model in service in the year, by mode; width: the "
                 "flow the model routes; red: the bottleneck. Data and sources: "
                 "src/caspian/corridor/data (docs/corridor.md)."),
    )
    return CorridorSummary(tuple(sentences), tuple(rows)), chart, None
