"""The model's 2024 corridor capacity against the published figure (docs/corridor.md)."""

from __future__ import annotations

from caspian.corridor import analyse

#: Published Trans-Caspian route capacity at the end of 2024: about 6 Mt a year
#: (corridor-reference.md, TITR overall, refs 1-8).
PUBLISHED_2024_KT = 6000
#: Documented tolerance of the comparison (docs/corridor.md, "Validation").
TOLERANCE = 0.15


def test_corridor_validation_2024_capacity_within_tolerance() -> None:
    answer = analyse(year=2024)
    gap = (answer.capacity_kt - PUBLISHED_2024_KT) / PUBLISHED_2024_KT
    assert abs(gap) <= TOLERANCE, f"model {answer.capacity_kt} kt vs published 6,000 kt"
    # and the limit is the Caspian crossing, as the sources say
    assert {item.segment.mode for item in answer.bottleneck} == {"fleet"}


def test_corridor_validation_tripp_does_not_double_2030_capacity() -> None:
    base = analyse(year=2030)
    tripp = analyse(year=2030, scenarios=["tripp-open"])
    assert tripp.base is not None and tripp.base.capacity_kt == base.capacity_kt
    assert tripp.capacity_kt < 2 * base.capacity_kt
    fleet = analyse(year=2030, scenarios=["caspian-fleet-2x"])
    assert fleet.capacity_kt >= 2 * base.capacity_kt
