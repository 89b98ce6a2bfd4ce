"""Which agreement facts of one set of parties speak of the same agreement.

Facts are first split by instrument; the instrument's *kind* then decides identity:

- **one per party set** (the partnership family — comprehensive partnership, strategic
  partnership, comprehensive strategic partnership, alliance — and PCA, EPCA, peace
  agreement, trade agreement): the parties have one such instrument at a time, so all
  facts are one agreement, except that titled facts whose titles differ (see
  :mod:`caspian.lifecycle.text`) are different agreements. An untitled fact joins the
  only titled agreement, else the first titled one with a compatible date, else the
  untitled one.
- **one per year** (investment deals): one bundle per year of the fact's date (its report
  date when undated).
- **many per party set** (memorandum, cooperation agreement, joint declaration, transit
  arrangement, other): titled facts group by title. Untitled facts group by occasion:
  facts dated to the month or day join when their dates are compatible and their topics
  compatible (one list empty, or a topic in common); a fact dated only to the year joins
  the first such group it is compatible with; an undated fact joins the latest group
  that began by its report date. An untitled group joins a titled one when exactly one
  titled group is compatible with it.

Every grouping is a connected-components computation or a choice among groups already
fixed by the earlier step, over facts in a content order: the result does not depend on
the order the facts arrive in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from caspian.lifecycle import dates
from caspian.lifecycle.model import FactRecord
from caspian.lifecycle.text import similar_titles, title_key, title_tokens

PARTNERSHIP_RANK = {
    "comprehensive_partnership": 1,
    "strategic_partnership": 2,
    "comprehensive_strategic_partnership": 3,
    "alliance": 4,
}
ONE_PER_PARTIES = frozenset(PARTNERSHIP_RANK) | {
    "partnership_cooperation_agreement",
    "enhanced_partnership_cooperation_agreement",
    "peace_agreement",
    "trade_agreement",
}
ONE_PER_YEAR = frozenset({"investment_deals"})
#: instruments that replace another one of the same parties even when no fact says so
IMPLICIT_SUCCESSOR = {
    "enhanced_partnership_cooperation_agreement": "partnership_cooperation_agreement"
}


@dataclass(slots=True)
class Cluster:
    instrument: str
    disc: str
    records: list[FactRecord] = field(default_factory=list)

    @property
    def topics(self) -> frozenset[str]:
        return frozenset(t for r in self.records for t in (r.get("topics") or ()))

    def dates(self) -> list[str]:
        return sorted({r.date for r in self.records if r.date})


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return [out[k] for k in sorted(out)]


def _topics(record: FactRecord) -> frozenset[str]:
    return frozenset(record.get("topics") or ())


def _topics_compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or bool(a & b)


def _date_compatible_with(cluster: Cluster, value: str) -> bool:
    return any(dates.compatible(d, value) for d in cluster.dates())


def _title_clusters(instrument: str, records: list[FactRecord]) -> list[Cluster]:
    by_tokens: dict[frozenset[str], list[FactRecord]] = defaultdict(list)
    for record in records:
        by_tokens[title_tokens(record.get("title"))].append(record)
    token_sets = sorted(by_tokens, key=title_key)
    uf = _UnionFind(len(token_sets))
    for i, a in enumerate(token_sets):
        for j in range(i + 1, len(token_sets)):
            if similar_titles(a, token_sets[j]):
                uf.union(i, j)
    clusters = []
    for members in uf.groups():
        cluster = Cluster(instrument, "t:" + title_key(token_sets[members[0]]))
        for i in members:
            cluster.records.extend(by_tokens[token_sets[i]])
        clusters.append(cluster)
    return clusters


def _one_per_parties(instrument: str, records: list[FactRecord]) -> list[Cluster]:
    titled = [r for r in records if title_tokens(r.get("title"))]
    untitled = [r for r in records if not title_tokens(r.get("title"))]
    clusters = _title_clusters(instrument, titled)
    rest = Cluster(instrument, "")
    for record in untitled:
        if len(clusters) == 1:
            clusters[0].records.append(record)
            continue
        target = None
        if record.date is not None:
            target = next((c for c in clusters if _date_compatible_with(c, record.date)), None)
        (target or rest).records.append(record)
    # with titled clusters fixed before any untitled fact joins, the result is order-free
    if rest.records:
        clusters.append(rest)
    return clusters


def _one_per_year(instrument: str, records: list[FactRecord]) -> list[Cluster]:
    by_year: dict[str, Cluster] = {}
    for record in records:
        anchor = record.anchor
        key = "y:" + (dates.year(anchor) if anchor else "?")
        by_year.setdefault(key, Cluster(instrument, key)).records.append(record)
    return [by_year[k] for k in sorted(by_year)]


def _components(records: list[FactRecord], instrument: str, prefix: str) -> list[Cluster]:
    """Connected components of untitled facts under (compatible date, compatible topics)."""
    uf = _UnionFind(len(records))
    for i, a in enumerate(records):
        for j in range(i + 1, len(records)):
            b = records[j]
            same_time = (a.date is None and b.date is None) or (
                a.date is not None and b.date is not None and dates.compatible(a.date, b.date)
            )
            if same_time and _topics_compatible(_topics(a), _topics(b)):
                uf.union(i, j)
    clusters = []
    for members in uf.groups():
        group = [records[i] for i in members]
        first = min((r.date for r in group if r.date), default="?")
        topics = sorted({t for r in group for t in (r.get("topics") or ())})
        clusters.append(Cluster(instrument, f"{prefix}:{first}:{','.join(topics)}", group))
    return clusters


def _many_per_parties(instrument: str, records: list[FactRecord]) -> list[Cluster]:
    titled = [r for r in records if title_tokens(r.get("title"))]
    untitled = [r for r in records if not title_tokens(r.get("title"))]
    titled_clusters = _title_clusters(instrument, titled)
    precise = [r for r in untitled if r.date and dates.precision(r.date) >= dates.PRECISION_MONTH]
    yearly = [r for r in untitled if r.date and dates.precision(r.date) == dates.PRECISION_YEAR]
    undated = [r for r in untitled if not r.date]

    untitled_clusters = _components(precise, instrument, "u")
    # a year-only fact joins the first fixed group it is compatible with
    fixed = sorted(titled_clusters + untitled_clusters, key=lambda c: c.disc)
    leftover_yearly = []
    for record in yearly:
        assert record.date is not None
        target = next(
            (
                c
                for c in fixed
                if _date_compatible_with(c, record.date)
                and _topics_compatible(c.topics, _topics(record))
            ),
            None,
        )
        if target is None:
            leftover_yearly.append(record)
        else:
            target.records.append(record)
    untitled_clusters += _components(leftover_yearly, instrument, "u")
    fixed = sorted(titled_clusters + untitled_clusters, key=lambda c: c.disc)
    starts = {id(c): min(c.dates(), default=None) for c in fixed}
    leftover_undated = []
    for record in undated:
        candidates = [
            c
            for c in fixed
            if starts[id(c)] is not None
            and (record.reported is None or dates.first_day(starts[id(c)] or "") <= record.reported)
            and _topics_compatible(c.topics, _topics(record))
        ]
        if candidates:
            latest = max(candidates, key=lambda c: (starts[id(c)] or "", c.disc))
            latest.records.append(record)
        else:
            leftover_undated.append(record)
    untitled_clusters += _components(leftover_undated, instrument, "u")

    # an untitled group joins the one titled group it is compatible with
    result = list(titled_clusters)
    later = [c for c in untitled_clusters if all(r.get("stage") in LATER_STAGES for r in c.records)]
    for cluster in untitled_clusters:
        if any(cluster is c for c in later):
            continue
        matches = [t for t in titled_clusters if _may_join(cluster, t)]
        if len(matches) == 1:
            matches[0].records.extend(cluster.records)
        else:
            result.append(cluster)
    # a group of later steps only (ratified, in force, ...) continues the agreement that
    # began most recently before it; all choices are made before any group grows
    choices = []
    for cluster in later:
        candidates = [
            c
            for c in result
            if _may_join(cluster, c) and any(r.get("stage") not in LATER_STAGES for r in c.records)
        ]
        target = max(candidates, key=lambda c: (min(c.dates(), default=""), c.disc), default=None)
        choices.append((cluster, target))
    for cluster, target in choices:
        if target is None:
            result.append(cluster)
        else:
            target.records.extend(cluster.records)
    return result


#: stages that follow a signature: an untitled fact of these speaks of an existing instrument
LATER_STAGES = frozenset(
    {"ratified", "in_force", "implemented", "reaffirmed", "suspended", "superseded", "terminated"}
)
_ORDER = {
    "proposed": 1,
    "negotiating": 2,
    "concluded": 3,
    "initialed": 4,
    "signed": 5,
    "ratified": 6,
    "in_force": 7,
}


def _contradicts(a: FactRecord, b: FactRecord) -> bool:
    """True when the two facts cannot be steps of one agreement: an earlier stage surely
    after a later one."""
    ra, rb = _ORDER.get(str(a.get("stage"))), _ORDER.get(str(b.get("stage")))
    if ra is None or rb is None or ra == rb or not a.date or not b.date:
        return False
    low, high = (a, b) if ra < rb else (b, a)
    assert low.date is not None and high.date is not None
    return dates.before(high.date, low.date)


def _may_join(untitled: Cluster, titled: Cluster) -> bool:
    """Whether an untitled group may be the titled agreement: compatible topics; no
    document naming both at the same stage (the spec makes distinct instruments distinct
    facts); no stage order contradiction; and a compatible date, or only later stages
    (ratified, in force, ...) that do not precede the titled agreement's first date."""
    if not _topics_compatible(titled.topics, untitled.topics):
        return False
    steps = {(r.doc_id, r.get("stage")) for r in titled.records}
    if any((r.doc_id, r.get("stage")) in steps for r in untitled.records):
        return False
    if any(_contradicts(u, t) for u in untitled.records for t in titled.records):
        return False
    if any(_date_compatible_with(titled, d) for d in untitled.dates()):
        return True
    if all(r.get("stage") in LATER_STAGES for r in untitled.records):
        first_titled = min(titled.dates(), default=None)
        first_untitled = min(untitled.dates(), default=None)
        return (
            first_titled is None
            or first_untitled is None
            or not dates.before(first_untitled, first_titled)
        )
    return False


def cluster_agreements(records: Iterable[FactRecord]) -> list[Cluster]:
    """Group the agreement facts of one party set into agreements (sorted, deterministic)."""
    by_instrument: dict[str, list[FactRecord]] = defaultdict(list)
    for record in sorted(records, key=lambda r: r.canonical):
        by_instrument[str(record.get("instrument"))].append(record)
    clusters: list[Cluster] = []
    for instrument in sorted(by_instrument):
        group = by_instrument[instrument]
        if instrument in ONE_PER_PARTIES:
            found = _one_per_parties(instrument, group)
        elif instrument in ONE_PER_YEAR:
            found = _one_per_year(instrument, group)
        else:
            found = _many_per_parties(instrument, group)
        seen: dict[str, int] = {}
        for cluster in sorted(found, key=lambda c: (c.disc, min(r.canonical for r in c.records))):
            n = seen.get(cluster.disc, 0)
            seen[cluster.disc] = n + 1
            if n:
                cluster.disc = f"{cluster.disc}#{n}"
            cluster.records.sort(key=lambda r: r.canonical)
            clusters.append(cluster)
    return clusters
