"""Agreement-driven scenarios: TRIPP opens only once the knowledge base holds the
Armenia–Azerbaijan peace agreement as signed (a real SQLite knowledge base)."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.corridor import KnowledgeBaseStages, analyse
from caspian.corridor.scenarios import stage_from_events
from caspian.documents import Document
from caspian.facts import AgreementFact, Instrument, Stage
from caspian.store import KnowledgeBase


def store_agreement(kb: KnowledgeBase, doc_id: str, stage: Stage, when: str | None,
                    *, parties: tuple[str, ...] = ("ARM", "AZE"),
                    instrument: Instrument = Instrument.PEACE_AGREEMENT,
                    published: date | None = None) -> None:
    text = f"Report {doc_id}: the two governments moved their accord to the {stage.value} stage."
    fact = AgreementFact(doc_id=doc_id, parties=parties, date=when, evidence=text,
                         instrument=instrument, stage=stage)
    assert kb.add_document(Document(doc_id=doc_id, text=text, published=published), [fact])


def tripp_answer(kb: KnowledgeBase, year: int, as_of: date | None = None):  # type: ignore[no-untyped-def]
    return analyse(year=year, scenarios=["agreements"],
                   stage_source=KnowledgeBaseStages(kb), as_of=as_of,
                   origins="baku-alat", destinations="turkey")


def tripp_state(answer) -> tuple[bool, str | None, bool]:  # type: ignore[no-untyped-def]
    state = answer.network.conditions["arm-aze-peace-signed"]
    stage = state.stage.value if state.stage else None
    return state.holds, stage, "tripp" in answer.network.segments


def test_corridor_kb_empty_keeps_tripp_closed(db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb:
        answer = tripp_answer(kb, 2030)
    assert tripp_state(answer) == (False, None, False)
    assert answer.network.conditions["arm-aze-peace-signed"].basis == "knowledge base"


def test_corridor_kb_stages_open_tripp_only_when_signed(db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb:
        store_agreement(kb, "d1", Stage.NEGOTIATING, "2024-03")
        store_agreement(kb, "d2", Stage.INITIALED, "2025-08-08")
        initialed = tripp_answer(kb, 2030)
        assert tripp_state(initialed) == (False, "initialed", False)
        store_agreement(kb, "d3", Stage.SIGNED, "2027-05")
        signed = tripp_answer(kb, 2030)
        assert tripp_state(signed) == (True, "signed", True)
        # the same knowledge base read as of a date before the signature
        before = tripp_answer(kb, 2030, as_of=date(2027, 5, 30))
        assert tripp_state(before) == (False, "initialed", False)
        # TRIPP is built for 2029: signed but not yet built in 2028
        assert tripp_state(tripp_answer(kb, 2028))[2] is False
    # from Alat to Turkey: BTK (5 Mt) alone, then BTK plus the TRIPP route (15 Mt)
    assert initialed.capacity_kt == 5000
    assert signed.capacity_kt == 15000  # Alat port (15 Mt) now binds
    assert signed.capacity_kt - initialed.capacity_kt == 10000
    assert any(a["key"] == "condition:arm-aze-peace-signed" for a in signed.assumptions)


def test_corridor_kb_suspension_and_other_instruments(db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb:
        store_agreement(kb, "e1", Stage.SIGNED, "2026-02")
        store_agreement(kb, "e2", Stage.SUSPENDED, "2026-09")
        # a transit arrangement between the same parties is another instrument
        store_agreement(kb, "e3", Stage.IN_FORCE, "2026-10",
                        instrument=Instrument.TRANSIT_ARRANGEMENT)
        assert tripp_state(tripp_answer(kb, 2030)) == (False, "suspended", False)
        store_agreement(kb, "e4", Stage.RATIFIED, "2027-01")
        assert tripp_state(tripp_answer(kb, 2030)) == (True, "ratified", True)


def test_corridor_kb_third_party_and_undated_facts(db_url: str) -> None:
    with KnowledgeBase.open(db_url) as kb:
        # signed with a witness as third party; no fact date, the publication date counts
        store_agreement(kb, "f1", Stage.SIGNED, None, parties=("ARM", "AZE", "USA"),
                        published=date(2026, 4, 2))
        source = KnowledgeBaseStages(kb)
        assert source.stage_of(["ARM", "AZE"], "peace_agreement", as_of=date(2026, 4, 1)) is None
        assert source.stage_of(["ARM", "AZE"], "peace_agreement",
                               as_of=date(2026, 4, 2)) is Stage.SIGNED
        assert source.stage_of(["ARM", "TUR"], "peace_agreement", as_of=date(2030, 1, 1)) is None


def test_corridor_kb_stage_folding() -> None:
    d = date
    assert stage_from_events([]) is None
    assert stage_from_events([(d(2025, 1, 1), Stage.SIGNED),
                              (d(2024, 1, 1), Stage.RATIFIED)]) is Stage.RATIFIED
    assert stage_from_events([(d(2025, 1, 1), Stage.SIGNED),
                              (d(2025, 6, 1), Stage.REAFFIRMED)]) is Stage.SIGNED
    assert stage_from_events([(d(2025, 1, 1), Stage.IN_FORCE),
                              (d(2025, 6, 1), Stage.TERMINATED)]) is Stage.TERMINATED


def test_corridor_kb_scenario_needs_a_source() -> None:
    from caspian.errors import InputError

    with pytest.raises(InputError, match="knowledge base"):
        analyse(year=2030, scenarios=["agreements"])


def test_corridor_kb_transit_arrangement_opens_a_crossing(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from caspian.corridor import load_data, load_scenarios
    from caspian.corridor.data import DATA_DIR

    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    segments = folder / "segments.csv"
    segments.write_text(segments.read_text(encoding="utf-8").replace(
        ",arm-aze-peace-signed,", ",arm-aze-peace-signed;arm-aze-transit,"), encoding="utf-8")
    scenarios = folder / "scenarios.toml"
    scenarios.write_text(scenarios.read_text(encoding="utf-8") + (
        '\n[conditions.arm-aze-transit]\nparties = ["AZE", "ARM"]\n'
        'instrument = "transit_arrangement"\nstage_at_least = "in_force"\n'), encoding="utf-8")
    data = load_data(folder)
    book = load_scenarios(data)

    def tripp_open(kb: KnowledgeBase) -> bool:
        answer = analyse(year=2030, scenarios=["agreements"], stage_source=KnowledgeBaseStages(kb),
                         origins="baku-alat", destinations="turkey", data=data, book=book)
        return "tripp" in answer.network.segments

    with KnowledgeBase.open(db_url) as kb:
        store_agreement(kb, "t1", Stage.SIGNED, "2026-06")
        assert not tripp_open(kb)  # peace signed, no transit arrangement yet
        store_agreement(kb, "t2", Stage.SIGNED, "2026-08",
                        instrument=Instrument.TRANSIT_ARRANGEMENT)
        assert not tripp_open(kb)  # signed is not yet in force
        store_agreement(kb, "t3", Stage.IN_FORCE, "2027-01",
                        instrument=Instrument.TRANSIT_ARRANGEMENT)
        assert tripp_open(kb)
