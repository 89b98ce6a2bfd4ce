"""Consolidation of the knowledge base: facts from many documents become entities.

:func:`consolidate_kb` rebuilds the entity tables (:mod:`caspian.store.entities`) from
every stored fact, in one transaction, with the pure rules of :mod:`caspian.lifecycle`.
It streams the facts sorted by party set (memberships by group, projects by host), so
memory holds one group of facts at a time plus a batch of rows being written; only the
one-party ratifications (see :mod:`caspian.lifecycle.core`) are read all at once.

It is a full recompute: deterministic (the same facts give the same entities, in any
order of ingestion) and idempotent (running it twice changes nothing). ``ingest_paths``
calls it after storing new documents; ``caspian consolidate`` runs it on demand.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy.exc import SQLAlchemyError

from caspian.errors import StoreError
from caspian.lifecycle.core import Parties, consolidate_groups, orphan_targets
from caspian.lifecycle.model import FactRecord
from caspian.store import KnowledgeBase
from caspian.store import entity_build as db
from caspian.store.entities import split_parties


@dataclass(frozen=True, slots=True)
class ConsolidationReport:
    """What a consolidation run wrote: rows per entity table, and how long it took."""

    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    skipped: bool = False

    @property
    def agreements(self) -> int:
        return self.rows.get("agreements", 0)

    @property
    def conflicts(self) -> int:
        return self.rows.get("conflicts", 0)

    def to_dict(self) -> dict[str, object]:
        return {"rows": dict(self.rows), "seconds": round(self.seconds, 3), "skipped": self.skipped}


#: version of the consolidation rules; a change makes `if_changed` runs rebuild
RULES_VERSION = "1"


def consolidate_kb(kb: KnowledgeBase, *, if_changed: bool = False) -> ConsolidationReport:
    """Rebuild every entity from the stored facts (one transaction).

    With `if_changed`, nothing is done (and an empty report returned, `skipped` true)
    when the stored facts are those the entities were last built from.
    """
    started = time.perf_counter()
    try:
        with kb.engine.begin() as conn:
            fingerprint = db.facts_fingerprint(conn, RULES_VERSION)
            if if_changed and db.stored_fingerprint(conn) == fingerprint:
                return ConsolidationReport(skipped=True)
            orphans = db.orphan_facts(conn)
            targets = orphan_targets(
                sorted(orphans, key=lambda r: r.canonical),
                lambda party, instrument: db.party_set_counts(conn, party, instrument),
            )
            # orphans sent to another party set leave their own one-party group
            adopted: dict[Parties, list[FactRecord]] = {}
            for parties, group in targets.items():
                away = [r for r in group if r.parties != parties]
                if away:
                    adopted[parties] = away
            moved = {r.ref for group in adopted.values() for r in group}

            def agreement_groups() -> Iterator[tuple[Parties, list[FactRecord]]]:
                pending = dict(adopted)
                for key, group in db.grouped_facts(conn, "agreement"):
                    parties = split_parties(key)
                    kept = [r for r in group if r.ref not in moved]
                    yield parties, kept + pending.pop(parties, [])
                for late in sorted(pending):  # (party sets are chosen among stored ones)
                    yield late, pending.pop(late)

            def membership_groups() -> Iterator[tuple[str, list[FactRecord]]]:
                yield from db.grouped_facts(conn, "membership", by="group")

            def by_parties(fact_type: str) -> Iterator[tuple[Parties, list[FactRecord]]]:
                for key, group in db.grouped_facts(conn, fact_type):
                    yield split_parties(key), group

            db.clear_entities(conn)
            rows = db.write_entities(
                conn,
                consolidate_groups(
                    agreements=agreement_groups(),
                    memberships=membership_groups(),
                    commitments_by_parties=by_parties("commitment"),
                    projects_by_host=db.project_facts_by_host(conn),
                    figures_by_parties=by_parties("trade_figure"),
                ),
            )
            db.store_fingerprint(conn, fingerprint)
    except SQLAlchemyError as err:
        reason = getattr(err, "orig", None) or err
        raise StoreError(f"consolidation failed: {reason}") from None
    return ConsolidationReport(rows=rows, seconds=time.perf_counter() - started)
