"""The consolidated entities' tables and every SQL statement that reads or writes them.

Consolidation (:mod:`caspian.consolidate`) rebuilds these tables from the ``facts`` table
with the SQL of :mod:`caspian.store.entity_build`; the queries (:mod:`caspian.queries`)
read them with the ``select_*`` functions here. Lists are JSON text, as in
:mod:`caspian.store.schema`, so one schema serves SQLite and PostgreSQL. Migrations 0002
and 0003 create exactly these tables.

- ``agreements``: one row per agreement. So that a listing as of a date needs no join,
  ``stage_dates`` is a compact list of its events (``stage,party,date,valid_from;...``)
  and ``states`` its stage as a step function of time (``valid_from stage;...``): the
  stage as of a day is that of the last state whose ``valid_from`` is on or before it;
  ``exists_from`` is the first state's ``valid_from``.
- ``entity_parties``: (actor, kind, entity) for agreements, commitments, projects and
  trade figures, to find an actor's entities of one kind by the primary key alone.
- ``agreement_events``: every stage event with its dates and its facts and documents.
- ``agreement_links``: supersession and upgrade links (newer ``source_id`` → older
  ``target_id``).
- ``membership_events``, ``commitments``, ``projects``, ``trade_figure_values``,
  ``conflicts``.

Two lookup tables, derived by SQL from ``agreements`` and ``entity_parties`` once those
are written (:func:`caspian.store.entity_build.write_lookups`), serve the listings that
must answer in milliseconds on a million facts:

- ``party_agreements``: one row per (party, agreement) with the columns of
  :data:`AGREEMENT_ROW`, written in the order of its index (party, first date, entity), so
  one party's agreements are a single ordered range of adjacent rows: no join, no sort.
- ``entity_pairs``: (actor, other actor, kind, entity) for every two parties of an
  entity (``actor_id < other_id``), so everything two actors share is one key range.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    String,
    Table,
    Text,
    and_,
    bindparam,
    cast,
    func,
    or_,
    select,
)
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select

from caspian.store.schema import documents, facts, metadata

agreements = Table(
    "agreements",
    metadata,
    Column("entity_id", String(32), primary_key=True),
    Column("party_key", Text, nullable=False),
    Column("instrument", String(64), nullable=False),
    Column("title", Text, nullable=True),
    Column("titles_json", Text, nullable=False),
    Column("topics_json", Text, nullable=False),
    Column("replaces", String(64), nullable=True),
    Column("value_usd", Float, nullable=True),
    Column("n_facts", Integer, nullable=False),
    Column("n_sources", Integer, nullable=False),
    Column("first_reported", String(10), nullable=True),
    Column("first_date", String(10), nullable=True),
    Column("stage_dates", Text, nullable=False),
    Column("states", Text, nullable=False),
    Column("exists_from", String(10), nullable=True),
    Column("doc_ids_json", Text, nullable=False),
    Index("ix_agreements_party_key", "party_key"),
    Index("ix_agreements_instrument", "instrument"),
)

entity_parties = Table(
    "entity_parties",
    metadata,
    Column("actor_id", String(32), primary_key=True),
    Column("kind", String(16), primary_key=True),
    Column("entity_id", String(32), primary_key=True),
)

agreement_events = Table(
    "agreement_events",
    metadata,
    Column("event_id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", String(32), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("stage", String(32), nullable=False),
    Column("date", String(10), nullable=True),
    Column("party", String(32), nullable=True),
    Column("first_reported", String(10), nullable=True),
    Column("sort_date", String(10), nullable=True),
    Column("derived", Boolean, nullable=False),
    Column("fact_ids_json", Text, nullable=False),
    Column("doc_ids_json", Text, nullable=False),
    Index("ix_agreement_events_entity_id", "entity_id", "seq"),
    Index("ix_agreement_events_sort_date", "sort_date"),
)

agreement_links = Table(
    "agreement_links",
    metadata,
    Column("source_id", String(32), primary_key=True),
    Column("target_id", String(32), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("fact_ids_json", Text, nullable=False),
    Column("doc_ids_json", Text, nullable=False),
    Index("ix_agreement_links_target_id", "target_id"),
)

membership_events = Table(
    "membership_events",
    metadata,
    Column("event_id", Integer, primary_key=True, autoincrement=True),
    Column("group_id", String(32), nullable=False),
    Column("member_id", String(32), nullable=False),
    Column("change", String(32), nullable=False),
    Column("date", String(10), nullable=True),
    Column("first_reported", String(10), nullable=True),
    Column("sort_date", String(10), nullable=True),
    Column("fact_ids_json", Text, nullable=False),
    Column("doc_ids_json", Text, nullable=False),
    Index("ix_membership_events_group_id", "group_id"),
    Index("ix_membership_events_member_id", "member_id"),
    Index("ix_membership_events_sort_date", "sort_date"),
)

commitments = Table(
    "commitments",
    metadata,
    Column("entity_id", String(32), primary_key=True),
    Column("party_key", Text, nullable=False),
    Column("metric", String(32), nullable=False),
    Column("target_value", Float, nullable=True),
    Column("target_unit", String(32), nullable=True),
    Column("factor", Float, nullable=True),
    Column("deadline", String(10), nullable=True),
    Column("subject", Text, nullable=True),
    Column("date", String(10), nullable=True),
    Column("first_reported", String(10), nullable=True),
    Column("sort_date", String(10), nullable=True),
    Column("fact_ids_json", Text, nullable=False),
    Column("doc_ids_json", Text, nullable=False),
    Index("ix_commitments_party_key", "party_key"),
    Index("ix_commitments_sort_date", "sort_date"),
)

projects = Table(
    "projects",
    metadata,
    Column("entity_id", String(32), primary_key=True),
    Column("host", String(32), nullable=False),
    Column("name", Text, nullable=False),
    Column("names_json", Text, nullable=False),
    Column("party_key", Text, nullable=False),
    Column("sector", String(32), nullable=True),
    Column("value_min_usd", Float, nullable=True),
    Column("value_max_usd", Float, nullable=True),
    Column("stage", String(32), nullable=True),
    Column("events_json", Text, nullable=False),
    Column("first_reported", String(10), nullable=True),
    Column("fact_ids_json", Text, nullable=False),
    Column("doc_ids_json", Text, nullable=False),
    Index("ix_projects_host", "host"),
)

trade_figure_values = Table(
    "trade_figure_values",
    metadata,
    Column("value_id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", String(32), nullable=False),
    Column("party_key", Text, nullable=False),
    Column("metric", String(32), nullable=False),
    Column("year", String(4), nullable=False),
    Column("unit", String(32), nullable=False),
    Column("value", Float, nullable=False),
    Column("fact_id", Integer, nullable=False),
    Column("doc_id", String(255), nullable=False),
    Column("reported", String(10), nullable=True),
    Index("ix_trade_figure_values_entity_id", "entity_id"),
    Index("ix_trade_figure_values_party_key", "party_key"),
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("conflict_id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(32), nullable=False),
    Column("entity_kind", String(32), nullable=False),
    Column("entity_id", String(32), nullable=False),
    Column("stage", String(32), nullable=True),
    Column("party", String(32), nullable=True),
    Column("detail", Text, nullable=False),
    Column("a_value", Text, nullable=False),
    Column("a_fact_ids_json", Text, nullable=False),
    Column("a_doc_ids_json", Text, nullable=False),
    Column("b_value", Text, nullable=False),
    Column("b_fact_ids_json", Text, nullable=False),
    Column("b_doc_ids_json", Text, nullable=False),
    Index("ix_conflicts_entity_id", "entity_id"),
    Index("ix_conflicts_kind", "kind"),
)

# -- lookup tables (migration 0003): derived by SQL from the tables above ----------------

party_agreements = Table(
    "party_agreements",
    metadata,
    Column("actor_id", String(32), primary_key=True),
    Column("entity_id", String(32), primary_key=True),
    Column("first_date", String(10), nullable=True),
    Column("exists_from", String(10), nullable=True),
    Column("party_key", Text, nullable=False),
    Column("instrument", String(64), nullable=False),
    Column("title", Text, nullable=True),
    Column("n_sources", Integer, nullable=False),
    Column("first_reported", String(10), nullable=True),
    Column("stage_dates", Text, nullable=False),
    Column("states", Text, nullable=False),
    Index("ix_party_agreements_actor_id", "actor_id", "first_date", "entity_id"),
)

entity_pairs = Table(
    "entity_pairs",
    metadata,
    Column("actor_id", String(32), primary_key=True),
    Column("other_id", String(32), primary_key=True),
    Column("kind", String(16), primary_key=True),
    Column("entity_id", String(32), primary_key=True),
)

#: every table of this module, children before parents (the order of deletion)
ENTITY_TABLES = (
    party_agreements,
    entity_pairs,
    entity_parties,
    agreement_events,
    agreement_links,
    agreements,
    membership_events,
    commitments,
    projects,
    trade_figure_values,
    conflicts,
)
#: the lookup tables among them (derived from the others by SQL, never written row by row)
LOOKUP_TABLES = (party_agreements, entity_pairs)

Parties = tuple[str, ...]
#: a result row (attribute access by column name)
DbRow = Any


def party_key(parties: Iterable[str]) -> str:
    """Parties as the ``facts`` table writes them (sorted, comma-joined)."""
    return ",".join(parties)


def split_parties(key: str) -> Parties:
    return tuple(key.split(",")) if key else ()


# -- queries -------------------------------------------------------------------------------


def pair_ids(kinds: Sequence[str], actor_a: str, actor_b: str) -> Select[Any]:
    """Ids of the entities of `kinds` that have both (distinct) actors among their parties:
    key ranges of ``entity_pairs``."""
    low, high = sorted((actor_a, actor_b))
    kind = entity_pairs.c.kind
    return select(entity_pairs.c.entity_id).where(
        entity_pairs.c.actor_id == low,
        entity_pairs.c.other_id == high,
        kind == kinds[0] if len(kinds) == 1 else kind.in_(list(kinds)),
    )


def _having_parties(kind: str, parties: Sequence[str]) -> Any:
    """Ids of the entities of `kind` that have every one of `parties`: a key range of
    ``entity_parties`` for one party, of ``entity_pairs`` for the first two, narrowed by
    each further party's range."""
    wanted = list(dict.fromkeys(parties))
    if len(wanted) == 1:
        return select(entity_parties.c.entity_id).where(
            entity_parties.c.actor_id == wanted[0], entity_parties.c.kind == kind
        )
    query = pair_ids((kind,), wanted[0], wanted[1])
    for actor_id in wanted[2:]:
        query = query.where(
            entity_pairs.c.entity_id.in_(
                select(entity_parties.c.entity_id).where(
                    entity_parties.c.actor_id == actor_id, entity_parties.c.kind == kind
                )
            )
        )
    return query


def stage_on(states: str, day: str) -> str | None:
    """The stage on `day` (YYYY-MM-DD) from an agreement's ``states`` (None: not yet)."""
    stage = None
    for item in states.split(";"):
        if item[:10] > day:
            break
        stage = item[11:]
    return stage


#: the columns :func:`select_agreements` returns, in order
AGREEMENT_ROW = (
    "entity_id",
    "party_key",
    "instrument",
    "title",
    "n_sources",
    "first_reported",
    "stage_dates",
    "states",
)


def select_agreements(
    conn: Connection,
    *,
    as_of_day: str,
    parties: Sequence[str] = (),
    instrument: str | None = None,
    entity_ids: Sequence[str] | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[DbRow]:
    """Agreement rows that exist on `as_of_day` (their stage: :func:`stage_on`), with the
    columns of :data:`AGREEMENT_ROW` in that order, by first date then id (from `offset`,
    at most `limit`).

    One party's agreements are read from ``party_agreements`` (one ordered key range);
    those of several parties from ``entity_pairs`` and ``agreements``."""
    wanted = list(dict.fromkeys(parties))
    table = party_agreements if len(wanted) == 1 and entity_ids is None else agreements
    query = select(*(table.c[name] for name in AGREEMENT_ROW)).where(
        table.c.exists_from <= as_of_day
    )
    if table is party_agreements:
        query = query.where(party_agreements.c.actor_id == wanted[0])
    elif wanted:
        query = query.where(agreements.c.entity_id.in_(_having_parties("agreement", wanted)))
    if instrument is not None:
        query = query.where(table.c.instrument == instrument)
    if entity_ids is not None:
        query = query.where(table.c.entity_id.in_(list(entity_ids)))
    query = query.order_by(table.c.first_date, table.c.entity_id)
    if limit is not None or offset:
        query = query.limit(limit).offset(offset)
    return list(conn.execute(query).all())


#: the columns :func:`select_events` returns
EVENT_ROW = (
    "entity_id",
    "stage",
    "date",
    "party",
    "first_reported",
    "sort_date",
    "derived",
    "fact_ids_json",
    "doc_ids_json",
)


def select_events(conn: Connection, entity_ids: Sequence[str] | Select[Any]) -> list[DbRow]:
    """The stage events (columns :data:`EVENT_ROW`) of the agreements `entity_ids` (a
    list, or a query of ids such as :func:`pair_ids`), by agreement then order."""
    ids = entity_ids if isinstance(entity_ids, Select) else list(entity_ids)
    if not isinstance(ids, Select) and not ids:
        return []
    query = (
        select(*(agreement_events.c[name] for name in EVENT_ROW))
        .where(agreement_events.c.entity_id.in_(ids))
        .order_by(agreement_events.c.entity_id, agreement_events.c.seq)
    )
    return list(conn.execute(query).all())


def select_links(conn: Connection, entity_ids: Sequence[str] | Select[Any]) -> list[DbRow]:
    """Links from or to the agreements `entity_ids` (a list or a query of ids)."""
    ids = entity_ids if isinstance(entity_ids, Select) else list(entity_ids)
    if not isinstance(ids, Select) and not ids:
        return []
    query = (
        select(agreement_links)
        .where(or_(agreement_links.c.source_id.in_(ids), agreement_links.c.target_id.in_(ids)))
        .order_by(agreement_links.c.source_id, agreement_links.c.target_id)
    )
    return list(conn.execute(query).all())


class EvidenceRow(NamedTuple):
    fact_id: int
    doc_id: str
    date: str | None
    evidence: str
    title: str | None
    url: str | None
    published: str | None


_EVIDENCE = (
    select(
        facts.c.fact_id,
        facts.c.doc_id,
        facts.c.date,
        facts.c.evidence,
        documents.c.title,
        documents.c.url,
        cast(documents.c.published, String).label("published"),
    )
    .join(documents, documents.c.content_id == facts.c.content_id)
    .where(facts.c.fact_id.in_(bindparam("fact_ids", expanding=True)))
)


def select_evidence(conn: Connection, fact_ids: Iterable[int]) -> dict[int, DbRow]:
    """The evidence sentence and source document of each fact: rows with the fields of
    :class:`EvidenceRow`, in its order (the ids are sent as one expanding parameter per
    900, not as that many SQL literals to build)."""
    ids = sorted(set(fact_ids))
    out: dict[int, DbRow] = {}
    for start in range(0, len(ids), 900):
        for row in conn.execute(_EVIDENCE, {"fact_ids": ids[start : start + 900]}).all():
            out[row[0]] = row
    return out


def _year_range(column: Any, year: str) -> Any:
    return and_(column >= year, column < f"{int(year) + 1:04d}")


def select_timeline(
    conn: Connection, *, party: str | None = None, year: str | None = None
) -> list[DbRow]:
    """Stage events with their agreement, in date order (undated last)."""
    query = select(
        agreement_events.c.entity_id,
        agreement_events.c.stage,
        agreement_events.c.date,
        agreement_events.c.party,
        agreement_events.c.first_reported,
        agreement_events.c.sort_date,
        agreement_events.c.derived,
        agreement_events.c.doc_ids_json,
        agreements.c.party_key,
        agreements.c.instrument,
        agreements.c.title,
    ).join(agreements, agreements.c.entity_id == agreement_events.c.entity_id)
    if party is not None:
        query = query.where(agreements.c.entity_id.in_(_having_parties("agreement", [party])))
    if year is not None:
        query = query.where(_year_range(agreement_events.c.sort_date, year))
    query = query.order_by(
        agreement_events.c.sort_date.is_(None),
        agreement_events.c.sort_date,
        agreement_events.c.entity_id,
        agreement_events.c.seq,
    )
    return list(conn.execute(query).all())


def select_new_agreements(conn: Connection, year: str) -> list[DbRow]:
    query = (
        select(agreements)
        .where(_year_range(agreements.c.first_date, year))
        .order_by(agreements.c.first_date, agreements.c.entity_id)
    )
    return list(conn.execute(query).all())


def select_links_in_year(conn: Connection, year: str) -> list[DbRow]:
    """Links whose newer agreement has its first event in `year`."""
    query = (
        select(
            agreement_links,
            agreements.c.party_key,
            agreements.c.instrument,
            agreements.c.first_date,
        )
        .join(agreements, agreements.c.entity_id == agreement_links.c.source_id)
        .where(_year_range(agreements.c.first_date, year))
        .order_by(agreements.c.first_date, agreement_links.c.source_id)
    )
    return list(conn.execute(query).all())


def select_membership_events(
    conn: Connection, *, year: str | None = None, actor: str | None = None
) -> list[DbRow]:
    query = select(membership_events)
    if year is not None:
        query = query.where(_year_range(membership_events.c.sort_date, year))
    if actor is not None:
        query = query.where(
            or_(membership_events.c.member_id == actor, membership_events.c.group_id == actor)
        )
    query = query.order_by(
        membership_events.c.sort_date.is_(None),
        membership_events.c.sort_date,
        membership_events.c.group_id,
        membership_events.c.member_id,
        membership_events.c.change,
    )
    return list(conn.execute(query).all())


def select_commitments(
    conn: Connection, *, year: str | None = None, parties: Sequence[str] = ()
) -> list[DbRow]:
    query = select(commitments)
    if year is not None:
        query = query.where(_year_range(commitments.c.sort_date, year))
    if parties:
        query = query.where(commitments.c.entity_id.in_(_having_parties("commitment", parties)))
    query = query.order_by(commitments.c.sort_date, commitments.c.entity_id)
    return list(conn.execute(query).all())


def select_trade_values(conn: Connection, *, parties: Sequence[str] = ()) -> list[DbRow]:
    query = select(trade_figure_values)
    if parties:
        query = query.where(
            trade_figure_values.c.entity_id.in_(_having_parties("trade_figure", parties))
        )
    query = query.order_by(
        trade_figure_values.c.year,
        trade_figure_values.c.entity_id,
        trade_figure_values.c.value,
        trade_figure_values.c.doc_id,
    )
    return list(conn.execute(query).all())


def select_conflicts(
    conn: Connection,
    *,
    kind: str | None = None,
    entity_ids: Sequence[str] | Select[Any] | None = None,
) -> list[DbRow]:
    """Conflicts (of one `kind`; about the entities `entity_ids`, a list or a query of
    ids), by kind, entity and order of discovery."""
    query = select(conflicts)
    if kind is not None:
        query = query.where(conflicts.c.kind == kind)
    if entity_ids is not None:
        ids = entity_ids if isinstance(entity_ids, Select) else list(entity_ids)
        query = query.where(conflicts.c.entity_id.in_(ids))
    query = query.order_by(conflicts.c.kind, conflicts.c.entity_id, conflicts.c.conflict_id)
    return list(conn.execute(query).all())


def entity_counts(conn: Connection) -> dict[str, int]:
    return {
        table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
        for table in ENTITY_TABLES
    }
