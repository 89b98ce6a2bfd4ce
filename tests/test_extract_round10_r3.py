"""Round 10 (r3): membership changes read along general linguistic dimensions (probe
sentences written for each kind, none taken from an evaluation set), with the negative
cases of each guard:

- a change stated without its group is to the group of the changes already found in
  the document, even when another group was named more often in between;
"""

from __future__ import annotations

import pytest

from fact_rows import membership_rows


def _changes(text: str) -> set[tuple[str, str, str]]:
    return {(party, group, change) for party, group, change, _ in membership_rows(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia became a member of the World Trade Organization in 2000. A customs union "
            "of Russia and Belarus later became the Eurasian Economic Union, and the union set "
            "the union's tariffs. Armenia only gained observer status in 2001.",
            {("GEO", "WTO", "joined"), ("ARM", "WTO", "observer")},
        ),
        (
            "Estonia joined NATO in 2004. Its trade is shaped by the European Union: the "
            "union's rules and the union's market. Latvia, which applied in 1996, followed.",
            {("EST", "NATO", "joined"), ("LVA", "NATO", "applied")},
        ),
    ],
)
def test_object_less_changes_take_the_group_of_the_story(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _changes(text) == expected


def test_without_an_earlier_change_the_most_named_group_stands() -> None:
    assert _changes(
        "NATO met in Vilnius. The European Union sent observers, and the European Union's "
        "envoy spoke of membership. Albania, which applied in 2009, attended."
    ) == {("ALB", "EU", "applied")}
