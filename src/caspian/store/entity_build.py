"""The SQL of consolidation: reading the facts grouped for :mod:`caspian.lifecycle`,
writing the entities into the tables of :mod:`caspian.store.entities`, and the
fingerprint of the facts they were built from.

Facts are streamed sorted by party set (memberships by group, projects by host), so the
caller holds one group at a time; entities are inserted in batches.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Select, Table, and_, delete, func, insert, select
from sqlalchemy.engine import Connection

from caspian.lifecycle import dates
from caspian.lifecycle.model import Consolidation, FactRecord, Support
from caspian.store.entities import (
    AGREEMENT_ROW,
    ENTITY_TABLES,
    LOOKUP_TABLES,
    DbRow,
    Parties,
    agreement_events,
    agreement_links,
    agreements,
    commitments,
    conflicts,
    entity_pairs,
    entity_parties,
    membership_events,
    party_agreements,
    party_key,
    projects,
    split_parties,
    trade_figure_values,
)
from caspian.store.schema import documents, fact_parties, facts, kb_meta

_FLUSH_AT = 1000


# -- reading facts for consolidation -----------------------------------------------------


def _record(row: DbRow) -> FactRecord:
    raw = json.loads(row.fact_json)
    data = {
        k: v
        for k, v in raw.items()
        if k not in ("doc_id", "type", "parties", "date", "evidence", "optional")
        and k not in ("evidence_start", "evidence_end", "extractor", "extractor_version", "rule")
    }
    published = row.published
    return FactRecord(
        ref=row.fact_id,
        doc_id=row.doc_id,
        type=row.type,
        parties=split_parties(row.parties),
        date=row.date,
        reported=published.isoformat() if published is not None else None,
        data=data,
        evidence=raw.get("evidence", ""),
    )


def _record_select() -> Select[Any]:
    """The columns :func:`_record` reads: a fact with its document's publication date."""
    return select(
        facts.c.fact_id,
        facts.c.doc_id,
        facts.c.type,
        facts.c.parties,
        facts.c.date,
        facts.c.group_id,
        facts.c.fact_json,
        documents.c.published,
    ).join(documents, documents.c.content_id == facts.c.content_id)


def _fact_rows(conn: Connection, fact_type: str, order: Any) -> Iterator[FactRecord]:
    query = _record_select().where(facts.c.type == fact_type).order_by(order, facts.c.fact_id)
    result = conn.execute(query.execution_options(yield_per=2000))
    for row in result:
        yield _record(row)


def grouped_facts(
    conn: Connection, fact_type: str, *, by: str = "parties"
) -> Iterator[tuple[str, list[FactRecord]]]:
    """Facts of one type streamed in groups (by party set, or by membership group)."""
    column = facts.c.group_id if by == "group" else facts.c.parties
    current: str | None = None
    group: list[FactRecord] = []
    for record in _fact_rows(conn, fact_type, column):
        key = str(record.get("group")) if by == "group" else party_key(record.parties)
        if key != current:
            if group and current is not None:
                yield current, group
            current, group = key, []
        group.append(record)
    if group and current is not None:
        yield current, group


def project_facts_by_host(conn: Connection) -> Iterator[tuple[str, list[FactRecord]]]:
    """Project facts grouped by host, one host at a time (the host is not a column, but it
    is one of the parties: each party's projects are read and those it hosts kept). The
    rare facts whose host is not among their parties are found by a first pass and join
    their host's group."""
    strays: dict[str, list[FactRecord]] = {}
    for record in _fact_rows(conn, "project", facts.c.fact_id):
        host = str(record.get("host"))
        if host not in record.parties:
            strays.setdefault(host, []).append(record)
    actors = (
        conn.execute(
            select(fact_parties.c.actor_id)
            .join(facts, facts.c.fact_id == fact_parties.c.fact_id)
            .where(facts.c.type == "project")
            .distinct()
            .order_by(fact_parties.c.actor_id)
        )
        .scalars()
        .all()
    )
    for actor_id in actors:
        query = (
            _record_select()
            .join(fact_parties, fact_parties.c.fact_id == facts.c.fact_id)
            .where(facts.c.type == "project", fact_parties.c.actor_id == actor_id)
            .order_by(facts.c.fact_id)
        )
        hosted = []
        for row in conn.execute(query):
            record = _record(row)
            host = str(record.get("host"))
            if host == actor_id:
                hosted.append(record)
        if hosted or actor_id in strays:
            hosted.extend(strays.pop(actor_id, []))
            yield actor_id, hosted
    for host in sorted(strays):
        yield host, strays[host]


def orphan_facts(conn: Connection) -> list[FactRecord]:
    """One-party ratification facts (see :func:`caspian.lifecycle.core.is_orphan`)."""
    query = (
        _record_select()
        .where(
            facts.c.type == "agreement",
            facts.c.stage == "ratified",
            ~facts.c.parties.contains(","),
        )
        .order_by(facts.c.fact_id)
    )
    return [_record(row) for row in conn.execute(query)]


def party_set_counts(conn: Connection, party: str, instrument: str) -> dict[Parties, int]:
    """Per party set of two or more including `party`: its facts of `instrument`."""
    query = (
        select(facts.c.parties, func.count())
        .join(fact_parties, fact_parties.c.fact_id == facts.c.fact_id)
        .where(
            fact_parties.c.actor_id == party,
            facts.c.type == "agreement",
            facts.c.instrument == instrument,
            facts.c.parties.contains(","),
        )
        .group_by(facts.c.parties)
    )
    return {split_parties(key): int(n) for key, n in conn.execute(query)}


# -- writing entities ----------------------------------------------------------------------


def _ids(support: Support) -> tuple[str, str]:
    return json.dumps(list(support.fact_refs)), json.dumps(list(support.doc_ids))


def _stage_dates(part_events: Sequence[Any]) -> str:
    out = []
    for event in part_events:
        valid_from = dates.first_day(event.effective) if event.effective else ""
        out.append(f"{event.stage},{event.party or ''},{event.date or ''},{valid_from}")
    return ";".join(out)


_WRITTEN = tuple(t for t in ENTITY_TABLES if t not in LOOKUP_TABLES)


class _Writer:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in _WRITTEN}
        self.tables = {t.name: t for t in _WRITTEN}
        self.counts: dict[str, int] = {t.name: 0 for t in _WRITTEN}

    def add(self, table: Table, row: dict[str, Any]) -> None:
        rows = self.rows[table.name]
        rows.append(row)
        if len(rows) >= _FLUSH_AT:
            self.flush(table.name)

    def flush(self, name: str | None = None) -> None:
        for table_name in [name] if name else list(self.rows):
            rows = self.rows[table_name]
            if rows:
                self.conn.execute(insert(self.tables[table_name]), rows)
                self.counts[table_name] += len(rows)
                self.rows[table_name] = []


def clear_entities(conn: Connection) -> None:
    for table in ENTITY_TABLES:
        conn.execute(delete(table))


def write_lookups(conn: Connection) -> None:
    """Derive the lookup tables from ``agreements`` and ``entity_parties`` (both empty
    before): one party's agreements in (party, first date, entity) order, so that they
    lie in adjacent rows, and every two parties of each entity."""
    listing = (
        select(
            entity_parties.c.actor_id,
            agreements.c.first_date,
            agreements.c.exists_from,
            *(agreements.c[name] for name in AGREEMENT_ROW),
        )
        .join(agreements, agreements.c.entity_id == entity_parties.c.entity_id)
        .where(entity_parties.c.kind == "agreement")
        .order_by(entity_parties.c.actor_id, agreements.c.first_date, agreements.c.entity_id)
    )
    names = ["actor_id", "first_date", "exists_from", *AGREEMENT_ROW]
    conn.execute(insert(party_agreements).from_select(names, listing))
    other = entity_parties.alias("other")
    pairs = select(
        entity_parties.c.actor_id,
        other.c.actor_id,
        entity_parties.c.kind,
        entity_parties.c.entity_id,
    ).join(
        other,
        and_(
            other.c.entity_id == entity_parties.c.entity_id,
            other.c.kind == entity_parties.c.kind,
            other.c.actor_id > entity_parties.c.actor_id,
        ),
    )
    conn.execute(
        insert(entity_pairs).from_select(["actor_id", "other_id", "kind", "entity_id"], pairs)
    )


def write_entities(conn: Connection, parts: Iterable[Consolidation]) -> dict[str, int]:
    """Insert the entities of every part (after :func:`clear_entities`), then derive the
    lookup tables (:func:`write_lookups`); rows per written table."""
    writer = _Writer(conn)
    for part in parts:
        for agreement in part.agreements:
            key = party_key(agreement.parties)
            firsts = [e.effective for e in agreement.events if e.effective]
            writer.add(
                agreements,
                {
                    "entity_id": agreement.entity_id,
                    "party_key": key,
                    "instrument": agreement.instrument,
                    "title": agreement.title,
                    "titles_json": json.dumps(list(agreement.titles), ensure_ascii=False),
                    "topics_json": json.dumps(list(agreement.topics)),
                    "replaces": agreement.replaces,
                    "value_usd": agreement.value_usd,
                    "n_facts": len(agreement.support.fact_refs),
                    "n_sources": agreement.n_sources,
                    "first_reported": agreement.support.first_reported,
                    "first_date": min(firsts) if firsts else None,
                    "stage_dates": _stage_dates(agreement.events),
                    "states": ";".join(f"{st.valid_from} {st.stage}" for st in agreement.states),
                    "exists_from": agreement.states[0].valid_from if agreement.states else None,
                    "doc_ids_json": json.dumps(list(agreement.support.doc_ids), ensure_ascii=False),
                },
            )
            for actor_id in agreement.parties:
                writer.add(
                    entity_parties,
                    {"actor_id": actor_id, "kind": "agreement", "entity_id": agreement.entity_id},
                )
            for seq, event in enumerate(agreement.events):
                fact_ids, doc_ids = _ids(event.support)
                writer.add(
                    agreement_events,
                    {
                        "entity_id": agreement.entity_id,
                        "seq": seq,
                        "stage": event.stage,
                        "date": event.date,
                        "party": event.party,
                        "first_reported": event.first_reported,
                        "sort_date": event.effective,
                        "derived": event.derived,
                        "fact_ids_json": fact_ids,
                        "doc_ids_json": doc_ids,
                    },
                )
        for link in part.links:
            fact_ids, doc_ids = _ids(link.support)
            writer.add(
                agreement_links,
                {
                    "source_id": link.source,
                    "target_id": link.target,
                    "kind": link.kind,
                    "fact_ids_json": fact_ids,
                    "doc_ids_json": doc_ids,
                },
            )
        for history in part.memberships:
            for member_event in history.events:
                fact_ids, doc_ids = _ids(member_event.support)
                writer.add(
                    membership_events,
                    {
                        "group_id": member_event.group,
                        "member_id": member_event.member,
                        "change": member_event.change,
                        "date": member_event.date,
                        "first_reported": member_event.support.first_reported,
                        "sort_date": member_event.effective,
                        "fact_ids_json": fact_ids,
                        "doc_ids_json": doc_ids,
                    },
                )
        for commitment in part.commitments:
            for actor_id in commitment.parties:
                writer.add(
                    entity_parties,
                    {"actor_id": actor_id, "kind": "commitment", "entity_id": commitment.entity_id},
                )
            fact_ids, doc_ids = _ids(commitment.support)
            writer.add(
                commitments,
                {
                    "entity_id": commitment.entity_id,
                    "party_key": party_key(commitment.parties),
                    "metric": commitment.metric,
                    "target_value": commitment.target_value,
                    "target_unit": commitment.target_unit,
                    "factor": commitment.factor,
                    "deadline": commitment.deadline,
                    "subject": commitment.subject,
                    "date": commitment.date,
                    "first_reported": commitment.support.first_reported,
                    "sort_date": commitment.date or commitment.support.first_reported,
                    "fact_ids_json": fact_ids,
                    "doc_ids_json": doc_ids,
                },
            )
        for project in part.projects:
            for actor_id in project.parties:
                writer.add(
                    entity_parties,
                    {"actor_id": actor_id, "kind": "project", "entity_id": project.entity_id},
                )
            fact_ids, doc_ids = _ids(project.support)
            staged = [e for e in project.events if e.stage]
            writer.add(
                projects,
                {
                    "entity_id": project.entity_id,
                    "host": project.host,
                    "name": project.name,
                    "names_json": json.dumps(list(project.names), ensure_ascii=False),
                    "party_key": party_key(project.parties),
                    "sector": project.sector,
                    "value_min_usd": project.value_min_usd,
                    "value_max_usd": project.value_max_usd,
                    "stage": staged[-1].stage if staged else None,
                    "events_json": json.dumps(
                        [
                            {
                                "stage": e.stage,
                                "date": e.date,
                                "first_reported": e.support.first_reported,
                                "fact_ids": list(e.support.fact_refs),
                                "doc_ids": list(e.support.doc_ids),
                            }
                            for e in project.events
                        ],
                        ensure_ascii=False,
                    ),
                    "first_reported": project.support.first_reported,
                    "fact_ids_json": fact_ids,
                    "doc_ids_json": doc_ids,
                },
            )
        for figure in part.trade_figures:
            for actor_id in figure.parties:
                writer.add(
                    entity_parties,
                    {"actor_id": actor_id, "kind": "trade_figure", "entity_id": figure.entity_id},
                )
            for value in figure.values:
                writer.add(
                    trade_figure_values,
                    {
                        "entity_id": figure.entity_id,
                        "party_key": party_key(figure.parties),
                        "metric": figure.metric,
                        "year": figure.year,
                        "unit": figure.unit,
                        "value": value.value,
                        "fact_id": value.fact_ref,
                        "doc_id": value.doc_id,
                        "reported": value.reported,
                    },
                )
        for conflict in part.conflicts:
            a_facts, a_docs = _ids(conflict.a.support)
            b_facts, b_docs = _ids(conflict.b.support)
            writer.add(
                conflicts,
                {
                    "kind": conflict.kind,
                    "entity_kind": conflict.entity_kind,
                    "entity_id": conflict.entity_id,
                    "stage": conflict.stage,
                    "party": conflict.party,
                    "detail": conflict.detail,
                    "a_value": conflict.a.value,
                    "a_fact_ids_json": a_facts,
                    "a_doc_ids_json": a_docs,
                    "b_value": conflict.b.value,
                    "b_fact_ids_json": b_facts,
                    "b_doc_ids_json": b_docs,
                },
            )
    writer.flush()
    write_lookups(conn)
    return writer.counts


FINGERPRINT_KEY = "entities_fingerprint"


def facts_fingerprint(conn: Connection, rules_version: str) -> str:
    """What the entities were built from: the rules' version, the number and the last id
    of the stored facts (facts are only ever added or removed with their document)."""
    count, last = conn.execute(select(func.count(), func.max(facts.c.fact_id))).one()
    return f"{rules_version}:{count}:{last or 0}"


def stored_fingerprint(conn: Connection) -> str | None:
    query = select(kb_meta.c.value).where(kb_meta.c.key == FINGERPRINT_KEY)
    value = conn.execute(query).scalar_one_or_none()
    return None if value is None else str(value)


def store_fingerprint(conn: Connection, value: str) -> None:
    conn.execute(delete(kb_meta).where(kb_meta.c.key == FINGERPRINT_KEY))
    conn.execute(insert(kb_meta).values(key=FINGERPRINT_KEY, value=value))
