"""The knowledge base: documents, their facts with evidence, and the actors.

:class:`KnowledgeBase` is the only door to the database; every SQL statement of the
documents, facts and actors lives here. It works on any SQLAlchemy URL: a SQLite file
(the default; opened in WAL mode with foreign keys on) or PostgreSQL.

Each document is stored in one transaction together with all its facts, so a crash or a
refused fact never leaves half a document; storing the same text again changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Any

from sqlalchemy import (
    Engine,
    and_,
    create_engine,
    delete,
    event,
    exists,
    func,
    insert,
    or_,
    select,
)
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from caspian.documents import Document
from caspian.errors import InputError, StoreError, UnknownActorError
from caspian.facts import Fact, FactBase, check_partial_date, fact_to_dict, parse_fact
from caspian.store import migrate
from caspian.store.schema import (
    actor_memberships,
    actors,
    documents,
    fact_parties,
    facts,
    kb_meta,
)

REGISTRY_KEY = "registry_fingerprint"


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A document as stored: its content hash, its metadata and its text."""

    content_id: str
    doc_id: str
    text: str
    title: str | None
    url: str | None
    published: date | None
    source: str | None
    source_path: str | None
    meta: dict[str, str]
    ingested_at: datetime

    def to_document(self) -> Document:
        return Document(
            doc_id=self.doc_id,
            text=self.text,
            published=self.published,
            title=self.title,
            url=self.url,
            source=self.source,
            source_path=self.source_path,
            meta=dict(self.meta),
        )


@dataclass(frozen=True, slots=True)
class StoredFact:
    """A stored fact with where it comes from."""

    fact: Fact
    fact_id: int
    content_id: str
    title: str | None
    url: str | None
    published: date | None
    ingested_at: datetime

    def to_dict(self) -> dict[str, Any]:
        """The fact in the spec's format (with provenance) plus its id and its source."""
        data = fact_to_dict(self.fact)
        data["fact_id"] = self.fact_id
        data["source"] = {
            "content_id": self.content_id,
            "title": self.title,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "ingested_at": self.ingested_at.isoformat(),
        }
        return data


@dataclass(frozen=True, slots=True)
class ActorRecord:
    actor_id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    source: str


@dataclass(frozen=True, slots=True)
class MembershipRecord:
    group: str
    member: str
    joined: date | None
    left: date | None
    role: str
    source: str


@dataclass(frozen=True, slots=True)
class ActorProfile:
    """One actor: its names, the groups it belongs to, its members, its facts by year."""

    actor: ActorRecord
    memberships: list[MembershipRecord]
    members: list[MembershipRecord]
    facts_by_year: dict[str, list[StoredFact]] = field(default_factory=dict)


def fact_key(fact: FactBase) -> str:
    """A hash of the fact's spec fields (no provenance): equal for the same fact."""
    canonical = json.dumps(fact_to_dict(fact, provenance=False), sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def _until_bound(until: str) -> str:
    """The smallest partial date after every date within `until` (exclusive bound)."""
    parts = until.split("-")
    if len(parts) == 1:
        return f"{int(parts[0]) + 1:04d}"
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        return f"{year + 1:04d}-01" if month == 12 else f"{year:04d}-{month + 1:02d}"
    return until + "~"  # "~" sorts after every digit and "-"


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _check_bound(name: str, value: str | None) -> None:
    if value is None:
        return
    try:
        check_partial_date(value)
    except ValueError as err:
        raise InputError(f"--{name}: {err}") from None


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


class KnowledgeBase:
    """Documents, facts and actors in one database (SQLite file or PostgreSQL)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # -- opening -------------------------------------------------------------------

    @classmethod
    def open(cls, url: str) -> KnowledgeBase:
        """Open (creating or upgrading the schema) the knowledge base at a SQLAlchemy URL."""
        try:
            parsed = make_url(url)
        except ArgumentError as err:
            raise StoreError(f"not a database URL: {url!r} ({err})") from None
        shown = parsed.render_as_string(hide_password=True)
        options: dict[str, Any] = {}
        if parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:"):
            options["poolclass"] = StaticPool
        try:
            engine = create_engine(parsed, **options)
        except (ArgumentError, ImportError) as err:
            raise StoreError(f"cannot open the knowledge base {shown}: {err}") from None
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _set_sqlite_pragmas)
        kb = cls(engine)
        try:
            with engine.begin() as conn:
                migrate.upgrade(conn)
            kb._sync_registry()
        except SQLAlchemyError as err:
            engine.dispose()
            reason = getattr(err, "orig", None) or err
            raise StoreError(f"cannot open the knowledge base {shown}: {reason}") from None
        except BaseException:
            engine.dispose()
            raise
        return kb

    @property
    def engine(self) -> Engine:
        return self._engine

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def schema_revision(self) -> str | None:
        with self._engine.connect() as conn:
            return migrate.current_revision(conn)

    # -- actors ----------------------------------------------------------------------

    def _sync_registry(self) -> None:
        """Copy the actor registry into the actors tables when it has changed."""
        from caspian.actors import load_registry

        registry = load_registry()
        actor_rows = [
            {
                "actor_id": actor.id,
                "kind": actor.kind,
                "name": actor.name,
                "aliases_json": json.dumps(list(actor.aliases), ensure_ascii=False),
                "demonyms_json": json.dumps(list(actor.demonyms), ensure_ascii=False),
                "capitals_json": json.dumps(list(actor.capitals), ensure_ascii=False),
                "source": actor.source,
            }
            for actor in sorted(registry.actors(), key=lambda a: a.id)
        ]
        membership_rows = [
            {
                "group_id": m.group,
                "member_id": m.member,
                "joined_on": m.joined,
                "left_on": m.left,
                "role": m.role,
                "source": m.source,
            }
            for actor in sorted(registry.actors(), key=lambda a: a.id)
            for m in registry.memberships(actor.id)
        ]
        fingerprint = hashlib.sha256(
            json.dumps([actor_rows, membership_rows], default=str, sort_keys=True).encode()
        ).hexdigest()
        with self._engine.begin() as conn:
            stored = conn.execute(
                select(kb_meta.c.value).where(kb_meta.c.key == REGISTRY_KEY)
            ).scalar_one_or_none()
            if stored == fingerprint:
                return
            conn.execute(delete(actor_memberships))
            conn.execute(delete(actors))
            if actor_rows:
                conn.execute(insert(actors), actor_rows)
            if membership_rows:
                conn.execute(insert(actor_memberships), membership_rows)
            if stored is None:
                conn.execute(insert(kb_meta).values(key=REGISTRY_KEY, value=fingerprint))
            else:
                conn.execute(
                    kb_meta.update().where(kb_meta.c.key == REGISTRY_KEY).values(value=fingerprint)
                )

    def actor(self, actor_id: str) -> ActorRecord:
        with self._engine.connect() as conn:
            row = conn.execute(select(actors).where(actors.c.actor_id == actor_id)).first()
        if row is None:
            raise UnknownActorError(actor_id)
        return ActorRecord(
            actor_id=row.actor_id,
            kind=row.kind,
            name=row.name,
            aliases=tuple(json.loads(row.aliases_json)),
            demonyms=tuple(json.loads(row.demonyms_json)),
            capitals=tuple(json.loads(row.capitals_json)),
            source=row.source,
        )

    def actor_ids(self) -> list[str]:
        with self._engine.connect() as conn:
            query = select(actors.c.actor_id).order_by(actors.c.actor_id)
            return list(conn.execute(query).scalars())

    def actor_profile(self, actor_id: str) -> ActorProfile:
        """Names, memberships (both ways) and stored facts by year of one actor."""
        actor = self.actor(actor_id)

        def record(row: Any) -> MembershipRecord:
            return MembershipRecord(
                group=row.group_id,
                member=row.member_id,
                joined=row.joined_on,
                left=row.left_on,
                role=row.role,
                source=row.source,
            )

        order = (actor_memberships.c.joined_on, actor_memberships.c.group_id,
                 actor_memberships.c.member_id)
        with self._engine.connect() as conn:
            groups = conn.execute(
                select(actor_memberships)
                .where(actor_memberships.c.member_id == actor_id)
                .order_by(*order)
            ).all()
            members = conn.execute(
                select(actor_memberships)
                .where(actor_memberships.c.group_id == actor_id)
                .order_by(*order)
            ).all()
        by_year: dict[str, list[StoredFact]] = defaultdict(list)
        for stored in self.facts(parties=[actor_id]):
            date_text = stored.fact.date or (
                stored.published.isoformat() if stored.published else None
            )
            by_year[date_text[:4] if date_text else "unknown"].append(stored)
        ordered = dict(sorted(by_year.items(), key=lambda item: (item[0] == "unknown", item[0])))
        return ActorProfile(
            actor=actor,
            memberships=[record(row) for row in groups],
            members=[record(row) for row in members],
            facts_by_year=ordered,
        )

    # -- documents -------------------------------------------------------------------

    def has_document(self, content_id: str) -> bool:
        with self._engine.connect() as conn:
            return self._has_document(conn, content_id)

    @staticmethod
    def _has_document(conn: Connection, content_id: str) -> bool:
        return (
            conn.execute(
                select(documents.c.content_id).where(documents.c.content_id == content_id)
            ).first()
            is not None
        )

    def add_document(
        self,
        doc: Document,
        facts: Sequence[Fact],
        *,
        ingested_at: datetime | None = None,
    ) -> bool:
        """Store a document and its facts in one transaction.

        Returns False (and changes nothing) if a document with the same text is already
        stored. A fact the database refuses raises :class:`StoreError`, and then nothing
        of the document is stored. Repeated facts (same spec fields) are stored once.
        """
        content_id = doc.content_hash
        where = doc.source_path or doc.doc_id
        if doc.source_line is not None:
            where = f"{where}, line {doc.source_line}"
        for fact in facts:
            if fact.doc_id != doc.doc_id:
                raise StoreError(
                    f"{where}: a fact of document {fact.doc_id!r} cannot be stored "
                    f"with document {doc.doc_id!r}"
                )
        stamp = _as_utc(ingested_at) if ingested_at is not None else datetime.now(UTC)
        published = doc.published.isoformat() if doc.published else None
        try:
            with self._engine.begin() as conn:
                if self._has_document(conn, content_id):
                    return False
                conn.execute(
                    insert(documents).values(
                        content_id=content_id,
                        doc_id=doc.doc_id,
                        title=doc.title,
                        url=doc.url,
                        published=doc.published,
                        source=doc.source,
                        source_path=doc.source_path,
                        meta_json=json.dumps(doc.meta, ensure_ascii=False, sort_keys=True),
                        text=doc.text,
                        ingested_at=stamp,
                    )
                )
                self._insert_facts(conn, content_id, facts, published)
        except IntegrityError as err:
            if self.has_document(content_id):  # stored meanwhile by another process
                return False
            raise StoreError(f"{where}: the database refused the document: {err.orig}") from None
        except SQLAlchemyError as err:
            reason = getattr(err, "orig", None) or err
            raise StoreError(f"{where}: cannot store the document: {reason}") from None
        return True

    @staticmethod
    def _insert_facts(
        conn: Connection, content_id: str, items: Sequence[Fact], published: str | None
    ) -> int:
        rows: list[dict[str, Any]] = []
        seen: set[str] = set()
        for fact in items:
            key = fact_key(fact)
            if key in seen:
                continue
            seen.add(key)
            rows.append(
                {
                    "content_id": content_id,
                    "doc_id": fact.doc_id,
                    "fact_key": key,
                    "type": fact.type,
                    "parties": ",".join(fact.parties),
                    "date": fact.date,
                    "sort_date": fact.date or published,
                    "instrument": _text(getattr(fact, "instrument", None)),
                    "stage": _text(getattr(fact, "stage", None)),
                    "group_id": getattr(fact, "group", None),
                    "change": _text(getattr(fact, "change", None)),
                    "metric": _text(getattr(fact, "metric", None)),
                    "optional": fact.optional,
                    "evidence": fact.evidence,
                    "evidence_start": fact.evidence_start,
                    "evidence_end": fact.evidence_end,
                    "extractor": fact.extractor,
                    "extractor_version": fact.extractor_version,
                    "rule": fact.rule,
                    "fact_json": json.dumps(fact_to_dict(fact), ensure_ascii=False),
                    "_parties": fact.parties,
                }
            )
        if not rows:
            return 0
        parties_of = [row.pop("_parties") for row in rows]
        ids = conn.execute(
            insert(facts).returning(facts.c.fact_id, sort_by_parameter_order=True), rows
        ).scalars().all()
        party_rows = [
            {"fact_id": fact_id, "actor_id": actor_id}
            for fact_id, parties in zip(ids, parties_of, strict=True)
            for actor_id in parties
        ]
        conn.execute(insert(fact_parties), party_rows)
        return len(rows)

    def documents(self) -> list[StoredDocument]:
        """Every stored document, in the order of ingestion."""
        return list(self.iter_documents())

    def iter_documents(self, *, batch_size: int = 1000) -> Iterator[StoredDocument]:
        """Stream the stored documents in a stable order (ingestion time, doc id, hash)."""
        order = (documents.c.ingested_at, documents.c.doc_id, documents.c.content_id)
        offset = 0
        while True:
            with self._engine.connect() as conn:
                rows = conn.execute(
                    select(documents).order_by(*order).limit(batch_size).offset(offset)
                ).all()
            for row in rows:
                yield StoredDocument(
                    content_id=row.content_id,
                    doc_id=row.doc_id,
                    text=row.text,
                    title=row.title,
                    url=row.url,
                    published=row.published,
                    source=row.source,
                    source_path=row.source_path,
                    meta=json.loads(row.meta_json),
                    ingested_at=_as_utc(row.ingested_at),
                )
            if len(rows) < batch_size:
                return
            offset += batch_size

    def document_facts(self, content_id: str) -> list[StoredFact]:
        """The facts of one stored document, in the order they were stored."""
        query = self._fact_query().where(facts.c.content_id == content_id)
        with self._engine.connect() as conn:
            rows = conn.execute(query.order_by(facts.c.fact_id)).all()
        return [self._stored_fact(row) for row in rows]

    # -- facts ------------------------------------------------------------------------

    @staticmethod
    def _fact_query() -> Any:
        return select(
            facts.c.fact_id,
            facts.c.content_id,
            facts.c.fact_json,
            documents.c.title,
            documents.c.url,
            documents.c.published,
            documents.c.ingested_at,
        ).join(documents, documents.c.content_id == facts.c.content_id)

    @staticmethod
    def _stored_fact(row: Any) -> StoredFact:
        try:
            fact = parse_fact(json.loads(row.fact_json))
        except (ValueError, InputError) as err:
            raise StoreError(f"stored fact {row.fact_id} no longer validates: {err}") from None
        return StoredFact(
            fact=fact,
            fact_id=row.fact_id,
            content_id=row.content_id,
            title=row.title,
            url=row.url,
            published=row.published,
            ingested_at=_as_utc(row.ingested_at),
        )

    def facts(
        self,
        *,
        type: str | None = None,
        parties: Sequence[str] = (),
        since: str | None = None,
        until: str | None = None,
    ) -> list[StoredFact]:
        """Stored facts, filtered.

        `type`: one fact type. `parties`: facts involving every one of these actors.
        `since`/`until` (ISO partial dates, inclusive): facts whose date (else their
        document's publication date) overlaps the range; a fact dated "2024" is within
        ``since="2024-06"``. Facts with neither date are left out when either is set.
        Ordered by that date, then document and storage order.
        """
        _check_bound("since", since)
        _check_bound("until", until)
        query = self._fact_query()
        conditions = []
        if type is not None:
            conditions.append(facts.c.type == type)
        for actor_id in dict.fromkeys(parties):
            conditions.append(
                exists().where(
                    and_(
                        fact_parties.c.fact_id == facts.c.fact_id,
                        fact_parties.c.actor_id == actor_id,
                    )
                )
            )
        if since is not None:
            # a fact dated "2024-02" overlaps --since 2024-02-10: compare with since's prefixes
            prefixes = [since[:4], since[:7]][: since.count("-")]
            conditions.append(or_(facts.c.sort_date >= since, facts.c.sort_date.in_(prefixes)))
        if until is not None:
            conditions.append(facts.c.sort_date < _until_bound(until))
        if conditions:
            query = query.where(and_(*conditions))
        query = query.order_by(
            facts.c.sort_date.is_(None), facts.c.sort_date, facts.c.doc_id, facts.c.fact_id
        )
        with self._engine.connect() as conn:
            rows = conn.execute(query).all()
        return [self._stored_fact(row) for row in rows]

    def iter_facts(self, *, batch_size: int = 10_000) -> Iterator[StoredFact]:
        """Stream every stored fact in storage order (keyset pagination on the fact id)."""
        last = 0
        while True:
            query = (
                self._fact_query()
                .where(facts.c.fact_id > last)
                .order_by(facts.c.fact_id)
                .limit(batch_size)
            )
            with self._engine.connect() as conn:
                rows = conn.execute(query).all()
            for row in rows:
                yield self._stored_fact(row)
            if len(rows) < batch_size:
                return
            last = rows[-1].fact_id

    def counts(self) -> dict[str, int]:
        """How many documents, facts, fact-party links and actors are stored."""
        with self._engine.connect() as conn:
            return {
                name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                for name, table in (
                    ("documents", documents),
                    ("facts", facts),
                    ("fact_parties", fact_parties),
                    ("actors", actors),
                )
            }


def _text(value: object) -> str | None:
    """A vocabulary value (a StrEnum) or None as plain text."""
    return None if value is None else str(value)
