"""The gate words of the membership cue table: every cue match holds them, so skipping
the sentences without them never loses a change."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from spacy.tokens import Doc

from caspian.extract.membership_cues import CUES, CUES_OF_STEM, GATE_STEMS, STEM_EXCLUDES
from caspian.extract.memberships import _memberships_in, memberships_in, names_a_group
from caspian.extract.pipeline import build_pipeline

_CORPUS = Path(__file__).resolve().parent.parent / "corpus"
_SENTENCES = [
    "Finland joined NATO in April 2023 and Sweden in March 2024.",
    "Sweden became NATO's 32nd member on Thursday.",
    "Indonesia became BRICS' 10th member.",
    "Hungary has been an observer in the Organization of Turkic States since 2018.",
    "ASEAN granted Timor-Leste observer status in 2022.",
    "Bosnia has long wanted to join the EU. Sarajevo filed its application in February 2016.",
    "Nigeria became a BRICS partner country in January.",
    "Ukraine submitted its application for EU membership on February 28, 2022.",
    "Malaysia has submitted a formal application to join BRICS.",
    "BRICS leaders invited Argentina, Egypt and Iran to join the bloc.",
    "Indonesia accepted an invitation to join BRICS.",
    "Kazakhstan acceded to the WTO in November 2015.",
    "Armenia's accession to the EAEU took effect on January 2, 2015.",
    "The accession of Bulgaria and Romania to the EU was completed in 2007.",
    "Belarus was admitted to the SCO at the summit.",
    "Uzbekistan withdrew from the CSTO in 2012.",
    "The withdrawal of Mali, Burkina Faso and Niger from ECOWAS took effect on Jan. 29.",
    "Russia was expelled from the Council of Europe in March 2022.",
    "Armenia's participation in the CSTO has been frozen since February 2024.",
    "The African Union suspended Gabon following the coup.",
    "BRICS expanded to include Iran, Egypt, Ethiopia and the United Arab Emirates.",
    "Hungary and Turkmenistan attended as observers, a status Hungary has held since 2018.",
    "GEORGIA QUIT THE CIS IN 2009, AND UKRAINE WITHDREW FROM IT LATER.",
    "Turkmenistan obtained observer status in the OTS in 2021.",
    "ASEAN formally admitted Timor-Leste as its 11th member.",
    "The OTS granted observer status to Hungary in 2018.",
    "Uzbekistan holds observer status in the EAEU.",
    "Mongolia became an observer in the SCO in 2004.",
    "Kazakhstan joined BRICS as a partner country.",
    "Turkmenistan was invited to join the SCO.",
    "The bloc extended an invitation to Serbia to join.",
    "Thailand submitted its BRICS membership application in 2024.",
    "NATO celebrated the accession of Finland to the alliance.",
    "Indonesia became a BRICS member on January 6.",
    "Belarus was accepted as a full member of the SCO.",
    "The accession of Armenia to the EAEU took effect in 2015.",
    "Bolivia was welcomed into Mercosur.",
    "Bolivia gained full membership of Mercosur.",
    "Iran became a full member of the SCO in 2023.",
    "Laos received dialogue partner status.",
    "Mongolia, an observer in the SCO, attended.",
    "Croatia took its seat in the EU Council in 2013.",
    "Ten states entered as new members in 2004.",
    "Saudi Arabia was invited in 2023 to join BRICS.",
    "Saudi Arabia, invited to the summit, attended.",
    "Cambodia was added as a partner country.",
    "ECOWAS suspended Mali's membership in the bloc.",
    "Uzbekistan completed its accession to the WTO.",
    "Britain completed its withdrawal from the EU.",
    "Niger was suspended from the AU.",
    "Azerbaijan formally requested to join BRICS.",
    "Mali's withdrawal from ECOWAS took effect in January.",
    "Kazakhstan, a member of the WTO since 2015, hosted the conference.",
    "Kazakhstan, a WTO member since 2015, hosted the conference.",
    "BRICS, formed by Brazil, Russia, India and China and later joined by South Africa, grew.",
    "Iran's membership of the SCO took effect on July 4.",
    "Brazil announced Indonesia's entry into BRICS on Monday.",
    "The SCO admitted Belarus on Thursday.",
    "ASEAN leaders welcomed Timor-Leste into the bloc.",
    "NATO allies welcomed Finland into NATO on Tuesday.",
    "The EAEU expanded in 2015 with the accession of Armenia and Kyrgyzstan.",
    "Laos was accepted as a dialogue partner of the SCO.",
    "Laos became the SCO's newest dialogue partner.",
    "Uzbekistan's observer status in the EAEU, obtained in December 2020, matters.",
    "Azerbaijan, a dialogue partner of the SCO since 2016, applied.",
    "Turkey has formally asked to join BRICS.",
    "Thailand submitted a letter of intent to join BRICS.",
    "Azerbaijan's application to join BRICS was submitted in August.",
    "Azerbaijan's application for BRICS membership was submitted in August.",
    "Armenia has put its membership of the CSTO on hold.",
    "Russia ceased to be a member of the Council of Europe.",
    "Sweden formally entered NATO on Thursday.",
    "Indonesia became part of BRICS in January.",
    "Iran is now a full member of the SCO.",
    "Kazakhstan was granted membership in the WTO.",
    "Uzbekistan upgraded its status in the OTS to full member in 2019.",
    "Turkey, an SCO dialogue partner since 2013, attended.",
    "Azerbaijan was granted SCO dialogue partner status in 2016.",
    "Egypt and Iran became BRICS members on January 1.",
    "Bolivia was incorporated as a full member of Mercosur.",
    "Since joining the WTO in 2015, Kazakhstan has cut tariffs.",
    "Turkmenistan joined as an observer on Friday.",
    "Hungary has been an observer since 2018.",
    "The EU took in Croatia in 2013.",
    "India and Pakistan were admitted at the Astana summit in June 2017.",
    "Georgia terminated its membership of the CIS.",
    "Mali's exit from ECOWAS was finalised in January.",
    "ECOWAS suspended Mali's membership on Friday.",
    "Timor-Leste became the bloc's newest member.",
    "The SCO upgraded Belarus from observer to full member.",
    "Uzbekistan became the union's third observer.",
    "The entry of Bolivia into Mercosur took effect on Monday.",
    "Uzbekistan suspended its membership again in 2012.",
    "Mali and Niger said their exit from ECOWAS became effective.",
    "The country was formally admitted on Monday.",
    "Kyrgyzstan joined the WTO in 1998. Tajikistan followed in 2013.",
    "The EAEU approved observer status for Uzbekistan in December.",
    "Observer status in the EAEU was granted to Uzbekistan and Cuba in December.",
    "Angola is leaving OPEC, its oil minister said.",
    "Armenia announced its withdrawal from the CSTO.",
    "Qatar quit OPEC in 2019, and Ecuador left in January 2020.",
    "Ukraine wants to join the EU. Kyiv applied on 28 February 2022.",
    "The ministers voted to readmit Syria to the Arab League.",
    "Guinea was reinstated in the African Union in March 2024.",
    "The AU restored Guinea's membership of the African Union.",
    "Syria's membership of the Arab League was restored in May 2023.",
    "The latest enlargement was the accession of Croatia in 2013.",
    "NATO grew after Finland's accession in 2023.",
    "NATO grew after the accession of Finland in 2023.",
    "Angola quits OPEC.",
    "Angola has decided to leave OPEC.",
    "Syria returned to the Arab League in May 2023.",
    "Indonesia joins BRICS.",
    "The Arab League lifted Syria's suspension.",
    "Mali's suspension from the African Union was lifted in 2024.",
    "OPEC shrank after Qatar's exit from OPEC in 2019.",
    "OPEC shrank after the exit of Qatar from OPEC in 2019.",
    "The WTO grew after Kazakhstan's entry into the WTO in 2015.",
    "The League met after the return of Syria to the Arab League in 2023.",
    "Ministers met after Russia's suspension from the Council of Europe in 2022.",
    "Ministers met after the suspension of Russia from the Council of Europe in 2022.",
    "Mongolia was unanimously elected as a full member of the organisation.",
    "The SCO grew when Laos became its eleventh member in 2026.",
    "Laos was elected as observer of the OTS.",
    "Bolivia became a full State Party of MERCOSUR in 2024.",
    "Members are still studying the membership bid that Ankara filed in September.",
    "Chile was invited in May 2024.",
    "Peru and Chile are members of the Pacific Alliance, Peru since 2011.",
    "Peru and Chile belong to the Pacific Alliance, Peru since 2011.",
    "The Pacific Alliance welcomed new members Chile and Peru.",
    "Chile acceded in May 2024.",
    "Invited to join the Pacific Alliance in 2011, Peru has yet to decide.",
    "Admitted to the Pacific Alliance in 2011, Peru has cut tariffs.",
    "Vietnam waited eleven years, eventually joining the World Trade Organization in 2007.",
    "Croatia waited ten years, becoming the 28th member of the European Union in 2013.",
    "The leaders voted to start the process of admitting Bolivia as a full member.",
    "President Maia Sandu signed Moldova's application for membership of the EU.",
    "The bloc enlarged twice, with Croatia joining the European Union in 2013.",
]


def _texts() -> list[str]:
    texts = list(_SENTENCES)
    for path in sorted(_CORPUS.glob("*.md")):
        texts.append(path.read_text(encoding="utf-8"))
    for path in sorted(_CORPUS.glob("*.jsonl")):
        if path.name.endswith(".gold.jsonl"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(str(json.loads(line).get("text", "")))
    return texts


def test_the_sample_texts_exercise_every_cue() -> None:
    matched = {index for text in _texts() for index, cue in enumerate(CUES) if cue[0].search(text)}
    assert matched == set(range(len(CUES)))


@pytest.mark.parametrize("index", range(len(CUES)))
def test_every_match_of_a_cue_holds_its_gate_words(index: int) -> None:
    pattern, _, _, gates = CUES[index]
    for text in _texts():
        for match in pattern.finditer(text):
            found = match.group().lower()
            # the words may lie in a look-ahead: read them up to the end of the sentence
            reach = text[match.start() : match.end() + 120].lower()
            for clause in gates:
                assert any(word in found or word in reach for word in clause), (clause, found)
            first = [w for w in gates[0] if w in reach]
            assert any(
                re.search(r"(?<!\w)" + re.escape(w), text[match.start() :].lower()) for w in first
            )


def test_every_first_gate_word_is_found_by_a_stem() -> None:
    for *_, gates in CUES:
        for word in gates[0]:
            assert any(stem in word for stem in GATE_STEMS), word


def test_a_stem_opens_every_cue_whose_first_gate_words_hold_it() -> None:
    for index, (*_, gates) in enumerate(CUES):
        for word in gates[0]:
            stems = [stem for stem in GATE_STEMS if stem in word]
            assert all(index in CUES_OF_STEM[stem] for stem in stems)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan received the partnership award from the EU.",
        "Kazakhstan became a strategic partnership country of the EU.",
        "Uzbekistan submitted a request to jointly host the SCO summit.",
        "Georgia was added as a partnership member of the bloc.",
    ],
)
def test_an_excluded_continuation_opens_no_cue_of_its_stem(text: str) -> None:
    for stem, continuations in STEM_EXCLUDES.items():
        for index in CUES_OF_STEM[stem]:
            lowered = text.lower()
            for match in CUES[index][0].finditer(text):
                position = lowered.find(stem, match.start(), match.end())
                while position >= 0:
                    after = position + len(stem)
                    assert not lowered.startswith(continuations, after), (index, text)
                    position = lowered.find(stem, position + 1, match.end())


# --------------------------------------------------------------------------- group check


def _processed(text: str) -> Doc:
    nlp = build_pipeline()
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "memberships":
            return doc
        doc = component(doc)
    raise AssertionError("no memberships component")


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan joined it in 2015. Uzbekistan followed in 2020.",
        "Georgia applied to join in 2024 and was invited to join in 2025.",
        "Both countries asked to join. The two states became members in 2020.",
        "Armenia froze its participation in 2024, and Serbia was suspended.",
    ],
)
def test_a_doc_naming_no_group_states_no_change(text: str) -> None:
    doc = _processed(text)
    assert not names_a_group(doc)
    assert _memberships_in(doc) == [] == memberships_in(doc)


def test_the_group_check_skips_no_change() -> None:
    """A doc that names no organisation or format yields no change even when searched
    in full; one that names one is searched in full."""
    checked = named = 0
    for text in _texts():
        doc = _processed(text)
        full = _memberships_in(doc)
        if names_a_group(doc):
            named += 1
            assert memberships_in(doc) == full
        else:
            checked += 1
            assert full == [] == memberships_in(doc)
    assert checked and named
