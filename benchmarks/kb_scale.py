"""Knowledge-base scale benchmark: consolidation and query latency on synthetic facts.

    .venv/bin/python benchmarks/kb_scale.py --facts 1000000 --db /tmp/kb-1m.sqlite

1. **Generate** a synthetic knowledge base of N facts, written in bulk straight into the
   store's tables (documents, facts, fact_parties) in the spec's JSON format. Actors are
   real registry ids, weighted towards Central Asia, the South Caucasus and their main
   partners; agreements follow stage progressions (proposed → negotiating → initialed →
   signed → ratified → in force, some upgraded, superseded or suspended) with dates from
   2015 to 2025; each stage is reported by several articles, at day, month or year
   precision or undated, some with a wrong date; about 15% of the facts are memberships,
   commitments, projects and trade figures.
2. **Consolidate** it in a fresh process (its peak resident memory is that process's own).
3. **Query**: p50 and p95 latency (wall clock, and the process's CPU time) of
   ``agreements(kb, parties=[X], as_of=D)`` (the whole listing, and its first page of
   ``--page`` agreements) and ``status(kb, X, Y)`` over random actors and dates (the
   library calls behind ``caspian agreements --party X --as-of D`` and
   ``caspian status X Y``); then how the agreements spread over actors, pairs, years and
   instruments, to judge how large the answers are.

Results are printed as JSON (and appended to --out if given).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

REGION = ["KAZ", "UZB", "KGZ", "TJK", "TKM", "AZE", "ARM", "GEO"]
PARTNERS = [
    "RUS",
    "CHN",
    "USA",
    "EU",
    "TUR",
    "IRN",
    "IND",
    "JPN",
    "KOR",
    "ARE",
    "SAU",
    "DEU",
    "FRA",
    "GBR",
    "PAK",
    "AFG",
    "MNG",
    "QAT",
    "ITA",
    "HUN",
    "POL",
    "BLR",
    "UKR",
    "ISR",
    "EGY",
    "SGP",
    "MYS",
    "IDN",
    "VNM",
    "BRA",
    "AUT",
    "NLD",
    "ESP",
    "CHE",
    "CZE",
    "ROU",
    "BGR",
    "GRC",
    "SRB",
    "MDA",
    "LTU",
    "LVA",
    "EST",
    "FIN",
    "SWE",
    "NOR",
    "DNK",
    "BEL",
    "CAN",
    "AUS",
    "THA",
    "PHL",
    "BGD",
    "LKA",
    "NPL",
    "OMN",
    "KWT",
    "BHR",
    "JOR",
    "IRQ",
    "SYR",
    "AZE",
    "GEO",
    "ZAF",
    "NGA",
]
ORGS = [
    "SCO",
    "EAEU",
    "CIS",
    "CSTO",
    "OTS",
    "ADB",
    "WB",
    "EBRD",
    "AIIB",
    "UN",
    "OSCE",
    "IMF",
    "EIB",
    "ISDB",
    "CAREC",
    "ECO",
    "NATO",
    "WTO",
]
INSTRUMENTS = [
    ("memorandum_of_understanding", 30),
    ("cooperation_agreement", 25),
    ("joint_declaration", 10),
    ("strategic_partnership", 6),
    ("comprehensive_strategic_partnership", 3),
    ("trade_agreement", 4),
    ("investment_deals", 6),
    ("transit_arrangement", 4),
    ("other", 6),
    ("peace_agreement", 1),
    ("partnership_cooperation_agreement", 2),
    ("enhanced_partnership_cooperation_agreement", 2),
    ("alliance", 1),
]
TOPICS = [
    "trade",
    "energy",
    "transport",
    "logistics",
    "digital",
    "ai",
    "critical_minerals",
    "mining",
    "nuclear",
    "defense",
    "security",
    "education",
    "agriculture",
    "green_energy",
    "investment",
    "infrastructure",
    "technology",
]
WORDS = [
    "water",
    "river",
    "customs",
    "border",
    "rail",
    "port",
    "grain",
    "cotton",
    "uranium",
    "gas",
    "oil",
    "power",
    "grid",
    "solar",
    "wind",
    "hydro",
    "road",
    "bridge",
    "tunnel",
    "fibre",
    "satellite",
    "science",
    "health",
    "tourism",
    "culture",
    "visa",
    "labour",
    "banking",
    "finance",
    "insurance",
    "standards",
    "statistics",
    "metrology",
    "aviation",
    "shipping",
    "ferry",
    "pipeline",
    "refinery",
    "fertiliser",
    "textile",
    "leather",
    "fruit",
    "dairy",
    "meat",
    "wheat",
    "copper",
    "gold",
    "silver",
    "lithium",
    "rare",
    "earth",
    "steel",
    "cement",
    "glass",
    "chemicals",
    "pharma",
    "vaccine",
    "archive",
    "museum",
    "sport",
    "youth",
    "women",
    "media",
    "cyber",
    "space",
    "weather",
    "climate",
    "forest",
    "desert",
    "lake",
    "sea",
    "mountain",
    "glacier",
]
PROGRESSION = ["proposed", "negotiating", "initialed", "signed", "ratified", "in_force"]
FACTS_PER_DOC = 5
#: mean number of extra articles reporting one stage event
MENTIONS = 9.0
ONE_PER_PARTIES = frozenset(
    {
        "strategic_partnership",
        "comprehensive_strategic_partnership",
        "alliance",
        "trade_agreement",
        "peace_agreement",
        "partnership_cooperation_agreement",
        "enhanced_partnership_cooperation_agreement",
    }
)
MANY_PER_PARTIES = frozenset(
    {
        "memorandum_of_understanding",
        "cooperation_agreement",
        "other",
        "joint_declaration",
        "transit_arrangement",
    }
)


def _weighted_actor(rng: random.Random) -> str:
    """A partner of a regional state: another regional state (25%), a state from further
    afield (60%: the big partners are drawn more often) or an organisation (15%)."""
    roll = rng.random()
    if roll < 0.25:
        return rng.choice(REGION)
    if roll < 0.85:
        return PARTNERS[min(int(rng.expovariate(1 / 15)), len(PARTNERS) - 1)]
    return rng.choice(ORGS)


def _parties(rng: random.Random) -> tuple[str, ...]:
    first = rng.choice(REGION)
    size = 2 if rng.random() < 0.88 else rng.randint(3, 6)
    chosen = {first}
    while len(chosen) < size:
        chosen.add(_weighted_actor(rng))
    return tuple(sorted(chosen))


def _partial(rng: random.Random, day: date) -> str | None:
    roll = rng.random()
    if roll < 0.5:
        return day.isoformat()
    if roll < 0.8:
        return day.isoformat()[:7]
    if roll < 0.95:
        return day.isoformat()[:4]
    return None


def _random_day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange(max(1, (end - start).days)))


def generate_mentions(n_facts: int, seed: int) -> list[tuple[date, dict[str, Any]]]:
    """(report date, fact without doc_id) for about `n_facts` facts."""
    rng = random.Random(seed)
    instruments = [name for name, w in INSTRUMENTS for _ in range(w)]
    mentions: list[tuple[date, dict[str, Any]]] = []
    start, end = date(2015, 1, 1), date(2025, 12, 31)
    n_agreement_facts = int(n_facts * 0.85)
    used: set[tuple[tuple[str, ...], str]] = set()
    while len(mentions) < n_agreement_facts:
        parties = _parties(rng)
        instrument = rng.choice(instruments)
        if instrument in ONE_PER_PARTIES:
            if (parties, instrument) in used:
                continue  # the parties have one such instrument
            used.add((parties, instrument))
        title = None
        if instrument in MANY_PER_PARTIES and rng.random() < 0.6:
            title = f"Agreement on {' '.join(rng.sample(WORDS, 3))} cooperation"
        topics = rng.sample(TOPICS, rng.randint(0, 3))
        if instrument in MANY_PER_PARTIES and title is None:
            first = last = 3  # an untitled memorandum is reported when signed
        else:
            first = rng.randint(0, 3)
            last = rng.randint(first, len(PROGRESSION) - 1)
        day = _random_day(rng, start, end)
        stages: list[tuple[str, date]] = []
        for stage in PROGRESSION[first : last + 1]:
            stages.append((stage, day))
            day += timedelta(days=rng.randint(20, 400))
        if rng.random() < 0.15:
            stages.append((rng.choice(["reaffirmed", "suspended", "implemented"]), day))
        for stage, when in stages:
            for _ in range(1 + int(rng.expovariate(1 / MENTIONS))):
                told = _partial(rng, when)
                if told is not None and rng.random() < 0.02:  # a source with a wrong date
                    told = (when + timedelta(days=rng.randint(40, 300))).isoformat()
                reported = when + timedelta(days=rng.randint(0, 45))
                fact: dict[str, Any] = {
                    "type": "agreement",
                    "parties": list(parties),
                    "instrument": instrument,
                    "stage": stage,
                    "date": told,
                    "title": title,
                    "topics": topics,
                    "evidence": f"Synthetic report of a {instrument} {stage}.",
                }
                mentions.append((reported, fact))
    while len(mentions) < n_facts:
        kind = rng.random()
        parties = _parties(rng)
        reported = _random_day(rng, start, end)
        year = reported.isoformat()[:4]
        fact = {
            "parties": list(parties),
            "date": _partial(rng, reported),
            "evidence": "Synthetic report.",
        }
        if kind < 0.3:
            member = rng.choice(REGION + PARTNERS)
            fact.update(
                type="membership",
                parties=[member],
                group=rng.choice(ORGS),
                change=rng.choice(["invited", "applied", "joined", "observer", "left"]),
            )
        elif kind < 0.55:
            fact.update(
                type="commitment",
                metric="trade_turnover",
                target_value=float(rng.choice([1, 2, 3, 5, 10]) * 1e9),
                target_unit="USD",
                deadline=str(int(year) + rng.randint(1, 5)),
                subject="bilateral trade",
            )
        elif kind < 0.8:
            fact.update(
                type="trade_figure",
                metric="bilateral_trade",
                value=float(rng.randint(1, 400) * 1e8),
                unit="USD",
                year=str(int(year) - 1),
            )
        else:
            host = parties[0]
            fact.update(
                type="project",
                host=host,
                name=f"{rng.choice(WORDS).title()} {rng.choice(['port', 'railway', 'plant'])}",
                stage=rng.choice(["proposed", "planned", "under_construction"]),
            )
        mentions.append((reported, fact))
    rng.shuffle(mentions)
    mentions.sort(key=lambda m: m[0])
    return mentions


def build(db_path: Path, n_facts: int, seed: int) -> dict[str, Any]:
    from sqlalchemy import insert

    from caspian.store import KnowledgeBase
    from caspian.store.schema import documents, fact_parties, facts

    started = time.perf_counter()
    mentions = generate_mentions(n_facts, seed)
    generated = time.perf_counter() - started
    if db_path.exists():
        db_path.unlink()
    kb = KnowledgeBase.open(f"sqlite:///{db_path}")
    now = datetime.now(UTC)
    fact_id = 0
    with kb.engine.begin() as conn:
        for start in range(0, len(mentions), 50_000):
            doc_rows: list[dict[str, Any]] = []
            fact_rows: list[dict[str, Any]] = []
            party_rows: list[dict[str, Any]] = []
            chunk = mentions[start : start + 50_000]
            for offset in range(0, len(chunk), FACTS_PER_DOC):
                group = chunk[offset : offset + FACTS_PER_DOC]
                number = (start + offset) // FACTS_PER_DOC
                doc_id = f"synthetic-{number:07d}"
                published = max(m[0] for m in group)
                doc_rows.append(
                    {
                        "content_id": f"{number:064d}",
                        "doc_id": doc_id,
                        "title": None,
                        "url": None,
                        "published": published,
                        "source": "synthetic",
                        "source_path": None,
                        "meta_json": "{}",
                        "text": f"synthetic {number}",
                        "ingested_at": now,
                    }
                )
                for index, (_reported, raw) in enumerate(group):
                    fact_id += 1
                    data = {"doc_id": doc_id, **raw}
                    fact_rows.append(
                        {
                            "fact_id": fact_id,
                            "content_id": f"{number:064d}",
                            "doc_id": doc_id,
                            "fact_key": f"{index:032d}",
                            "type": raw["type"],
                            "parties": ",".join(raw["parties"]),
                            "date": raw.get("date"),
                            "sort_date": raw.get("date") or published.isoformat(),
                            "instrument": raw.get("instrument"),
                            "stage": raw.get("stage"),
                            "group_id": raw.get("group"),
                            "change": raw.get("change"),
                            "metric": raw.get("metric"),
                            "optional": False,
                            "evidence": raw["evidence"],
                            "fact_json": json.dumps(data),
                        }
                    )
                    party_rows.extend({"fact_id": fact_id, "actor_id": p} for p in raw["parties"])
            conn.execute(insert(documents), doc_rows)
            conn.execute(insert(facts), fact_rows)
            conn.execute(insert(fact_parties), party_rows)
    kb.close()
    return {
        "facts": fact_id,
        "generate_s": round(generated, 1),
        "build_s": round(time.perf_counter() - started, 1),
        "db_mb": round(db_path.stat().st_size / 1e6, 1),
    }


def consolidate(db_path: Path) -> dict[str, Any]:
    from caspian.consolidate import consolidate_kb
    from caspian.store import KnowledgeBase

    kb = KnowledgeBase.open(f"sqlite:///{db_path}")
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = consolidate_kb(kb)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kb.close()
    return {
        "consolidate_s": round(report.seconds, 1),
        "rows": report.rows,
        "rss_before_mb": round(base / 1024, 1),
        "rss_peak_mb": round(peak / 1024, 1),
    }


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(p95 * 1000, 2),
        "n": len(ordered),
    }


def distribution(db_path: Path) -> dict[str, Any]:
    """How the agreements spread over actors and pairs (to judge the answers' sizes)."""
    from sqlalchemy import func, select

    from caspian.store import KnowledgeBase
    from caspian.store.entities import agreements, entity_pairs, party_agreements

    kb = KnowledgeBase.open(f"sqlite:///{db_path}")
    with kb.engine.connect() as conn:
        per_actor = conn.execute(
            select(party_agreements.c.actor_id, func.count())
            .group_by(party_agreements.c.actor_id)
            .order_by(func.count().desc(), party_agreements.c.actor_id)
        ).all()
        per_pair = conn.execute(
            select(entity_pairs.c.actor_id, entity_pairs.c.other_id, func.count())
            .where(entity_pairs.c.kind == "agreement")
            .group_by(entity_pairs.c.actor_id, entity_pairs.c.other_id)
            .order_by(func.count().desc())
        ).all()
        years = conn.execute(
            select(func.substr(party_agreements.c.first_date, 1, 4), func.count())
            .where(party_agreements.c.actor_id == per_actor[0][0])
            .group_by(func.substr(party_agreements.c.first_date, 1, 4))
            .order_by(func.substr(party_agreements.c.first_date, 1, 4))
        ).all()
        instruments = conn.execute(
            select(agreements.c.instrument, func.count())
            .group_by(agreements.c.instrument)
            .order_by(func.count().desc())
        ).all()
    kb.close()
    counts = sorted(n for _actor, n in per_actor)
    pairs = sorted(n for _a, _b, n in per_pair)
    return {
        "actors_with_agreements": len(counts),
        "agreements_per_actor_top": {a: n for a, n in per_actor[:12]},
        "agreements_per_actor_median": statistics.median(counts),
        "agreements_per_pair_top": {f"{a}-{b}": n for a, b, n in per_pair[:5]},
        "agreements_per_pair_median": statistics.median(pairs),
        "pairs_with_agreements": len(pairs),
        "busiest_actor_by_first_year": {y: n for y, n in years},
        "instruments": {i: n for i, n in instruments},
    }


def query(db_path: Path, n_queries: int, seed: int, page: int) -> dict[str, Any]:
    from caspian import queries
    from caspian.store import KnowledgeBase

    rng = random.Random(seed)
    kb = KnowledgeBase.open(f"sqlite:///{db_path}")
    actors = REGION + PARTNERS[:10]
    queries.agreements(kb, parties=["KAZ"], as_of="2020-01-01")  # warm the page cache
    names = ("agreements", f"agreements_limit_{page}", "status")
    timings: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    sizes: dict[str, list[int]] = {name: [] for name in names}
    load_before = os.getloadavg()
    for _ in range(n_queries):
        actor = rng.choice(actors)
        as_of = _random_day(rng, date(2015, 1, 1), date(2026, 1, 1)).isoformat()
        a, b = rng.choice(REGION), rng.choice(actors)
        while b == a:
            b = rng.choice(actors)
        for name in names:
            c0, t0 = time.process_time(), time.perf_counter()
            if name == "status":
                found = len(queries.status(kb, a, b).agreements)
            else:
                limit = page if name != "agreements" else None
                found = len(queries.agreements(kb, parties=[actor], as_of=as_of, limit=limit))
            timings[name].append(time.perf_counter() - t0)
            cpu[name].append(time.process_time() - c0)
            sizes[name].append(found)
    kb.close()
    out: dict[str, Any] = {
        name: {
            **_percentiles(values),
            "cpu_p50_ms": _percentiles(cpu[name])["p50_ms"],
            "cpu_p95_ms": _percentiles(cpu[name])["p95_ms"],
            "mean_results": round(statistics.mean(sizes[name]), 1),
            "max_results": max(sizes[name]),
        }
        for name, values in timings.items()
    }
    out["load_average_before_after"] = [round(load_before[0], 2), round(os.getloadavg()[0], 2)]
    return out


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def _phase(args: list[str]) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/caspian-kb-scale.sqlite"))
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--page", type=int, default=100, help="limit of the paged listing")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--phase", choices=["build", "consolidate", "query", "all"], default="all")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    if args.phase == "build":
        print(json.dumps(build(args.db, args.facts, args.seed)))
        return
    if args.phase == "consolidate":
        print(json.dumps(consolidate(args.db)))
        return
    if args.phase == "query":
        measured = query(args.db, args.queries, args.seed, args.page)
        measured["distribution"] = distribution(args.db)
        print(json.dumps(measured))
        return
    common = ["--db", str(args.db), "--facts", str(args.facts), "--seed", str(args.seed)]
    result: dict[str, Any] = {
        "machine": {
            "nproc": os.cpu_count(),
            "cpu": _cpu_model(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "facts_requested": args.facts,
    }
    result["build"] = _phase(["--phase", "build", *common])
    result["consolidate"] = _phase(["--phase", "consolidate", *common])
    result["query"] = _phase(
        ["--phase", "query", "--queries", str(args.queries), "--page", str(args.page), *common]
    )
    text = json.dumps(result, indent=2)
    print(text)
    if args.out is not None:
        with args.out.open("a", encoding="utf-8") as stream:
            stream.write(text + "\n")


if __name__ == "__main__":
    main()
