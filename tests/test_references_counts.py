"""Plural references and who they stand for: "the two sides", "both countries", "the
three states", "the two governments", "the parties".

A number must match the count of principal actors; a mediator or host is not a side, a
venue or a thing a demonym describes only completes a set; the nearest sentence naming
that many actors wins, the set of the story's lead is preferred among more actors and
when no set is named nearby; and when the candidates tie or conflict, nothing."""

from __future__ import annotations

from datetime import date

import pytest

from caspian.documents import Document
from caspian.extract import extract_doc, extract_facts
from caspian.extract.base import get_ext
from caspian.facts import AgreementFact

ON = date(2025, 6, 1)


def resolved(text: str, reference: str, *, on: date = ON) -> tuple[str, ...]:
    """The actors the last occurrence of `reference` in `text` resolves to."""
    doc = extract_doc(Document("r", text, on))
    start = text.rindex(reference)
    return tuple(
        sorted(
            {
                m.actor_id
                for m in get_ext(doc, "actors")
                if m.via == "reference" and m.start == start
            }
        )
    )


# ------------------------------------------------------------ a mediator or host is no side


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        (
            "Saudi Arabia and Iran agreed to restore ties in a deal brokered by China. "
            "The two sides will reopen their embassies within two months.",
            "The two sides",
            ("IRN", "SAU"),
        ),
        (
            "Markets were calm on Monday. Envoys of Armenia and Azerbaijan met in Doha, with "
            "Qatar mediating. The two sides agreed to exchange detainees.",
            "The two sides",
            ("ARM", "AZE"),
        ),
        (
            "Talks between Ethiopia and Somalia, hosted by Turkey, ended on Wednesday. Both "
            "countries agreed to restore trade links.",
            "Both countries",
            ("ETH", "SOM"),
        ),
        (
            "Rwanda and the Democratic Republic of the Congo signed a framework under the "
            "mediation of Qatar. The two governments will set up a joint committee.",
            "The two governments",
            ("COD", "RWA"),
        ),
        (
            # the host's diplomat named in an absolute phrase after the two envoys
            "Riyadh and Tehran agreed on Friday to reopen embassies. The deal was reached by "
            "Iran's security chief and Saudi national security adviser Musaed al-Aiban, with "
            "senior Chinese diplomat Wang Yi hosting the last round. Under the statement, the "
            "two sides also revived an old security pact.",
            "the two sides",
            ("IRN", "SAU"),
        ),
        (
            # seats of power stand for their states
            "Ankara and Mogadishu signed a defence and economic framework in February. The "
            "two governments will review it in a year.",
            "The two governments",
            ("SOM", "TUR"),
        ),
    ],
)
def test_a_mediator_or_host_is_not_a_side(
    text: str, reference: str, expected: tuple[str, ...]
) -> None:
    assert resolved(text, reference) == expected


def test_a_venue_only_completes_a_set() -> None:
    text = (
        "The European Union opened accession talks with Ukraine and Moldova on Tuesday at "
        "two conferences held in Luxembourg.\n\nUkraine's delegation was led by its deputy "
        "prime minister.\n\nFor Moldova, the talks were opened by the government.\n\nBoth "
        "countries asked to join the bloc days after Russia's invasion of Ukraine."
    )
    assert resolved(text, "Both countries") == ("MDA", "UKR")


def test_a_witness_of_the_signing_is_a_side() -> None:
    text = (
        "Gas talks went on for a year. The memorandum was signed in the presence of the "
        "Turkish President and the president of Turkmenistan. Officials said supplies "
        "between the two countries would start in March."
    )
    assert resolved(text, "the two countries") == ("TKM", "TUR")


# ------------------------------------------------------------ the number must match


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        (
            "Kazakhstan, Kyrgyzstan and Uzbekistan met in Bishkek. The two countries signed "
            "a water deal.",
            "The two countries",
        ),
        (
            "Georgia and Armenia met in Tbilisi on Monday. The three states adopted a "
            "statement on transit.",
            "The three states",
        ),
        (
            # blocs, not states
            "Kazakhstan and Uzbekistan met in Tashkent. The two blocs signed a memorandum.",
            "The two blocs",
        ),
    ],
)
def test_a_number_that_does_not_fit_resolves_to_nothing(text: str, reference: str) -> None:
    assert resolved(text, reference) == ()


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        (
            "Work began on the China-Kyrgyzstan-Uzbekistan railway on Friday.\n\nDelegations "
            "and residents attended the ceremony.\n\nThe parties noted the new southern "
            "route.\n\nThe agreement on the line was signed by the three states in June, "
            "while the presidents of Kyrgyzstan and Uzbekistan joined by video link.",
            "the three states",
            ("CHN", "KGZ", "UZB"),
        ),
        (
            "India and Britain signed a free trade agreement on Thursday.\n\nTariffs on "
            "whisky and cars will fall over ten years.\n\nAnalysts called the deal modest."
            "\n\nBusiness groups welcomed it.\n\nCompanies from both countries announced new "
            "investments around the visit.",
            "both countries",
            ("GBR", "IND"),
        ),
    ],
)
def test_with_no_set_named_nearby_the_lead_set_of_that_size(
    text: str, reference: str, expected: tuple[str, ...]
) -> None:
    assert resolved(text, reference) == expected


def test_the_lead_set_does_not_serve_another_number() -> None:
    text = (
        "India and Britain signed a free trade agreement on Thursday.\n\nTariffs will fall."
        "\n\nAnalysts called the deal modest.\n\nBusiness groups welcomed it.\n\nThe three "
        "countries will meet again next year."
    )
    assert resolved(text, "The three countries") == ()


# ------------------------------------------------------------ the lead among other actors


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        (
            "Japan-Philippines troop access pact enters into force\n\nThe pact lets forces "
            "of each country train on the other's soil. It reflects shared concern in Tokyo "
            "and Manila about Chinese activity near disputed shoals, where Philippine vessels "
            "met the Chinese coast guard. China has said such cooperation should not target "
            "third parties. The two governments are also negotiating a supply-sharing deal.",
            "The two governments",
            ("JPN", "PHL"),
        ),
        (
            "Saudi Arabia and Iran restore ties\n\nSaudi Arabia and Iran agreed to reopen "
            "embassies, according to a statement issued by the two countries and China after "
            "talks in Beijing. Officials said the two sides would meet again within weeks.",
            "the two sides",
            ("IRN", "SAU"),
        ),
    ],
)
def test_the_lead_set_wins_among_more_actors(
    text: str, reference: str, expected: tuple[str, ...]
) -> None:
    assert resolved(text, reference) == expected


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        (
            # the pair before is named in two clauses and is not the story's pair
            "EU opens accession talks with Ukraine and Moldova\n\nThe talks opened on "
            "Tuesday. Officials in Kyiv hope to finish within years, but diplomats are more "
            "cautious, and Hungary has signalled it could slow the process. The two "
            "countries are already tied to the EU by association agreements.",
            "The two countries",
        ),
        (
            # more actors than the number, none of them the story's set
            "Russia and North Korea ratify defence treaty\n\nThe treaty takes effect once "
            "instruments are exchanged. Seoul has warned it could send weapons to Ukraine "
            "in response to the growing ties between its northern neighbour and Moscow. "
            "Trade between "
            "the two countries remains small.",
            "the two countries",
        ),
        (
            # a side named by a group the registry does not know
            "China and Kazakhstan traded a record amount last year. China's trade with the "
            "former Soviet republics of the region rose by a quarter, after the two sides "
            "held their first summit.",
            "the two sides",
        ),
    ],
)
def test_conflicting_or_tied_candidates_resolve_to_nothing(text: str, reference: str) -> None:
    assert resolved(text, reference) == ()


# ------------------------------------------------------------ the sentence's own actors


def test_the_sentence_names_one_side_and_the_other_after_the_reference() -> None:
    text = (
        "Australia and Vietnam raised their ties to the top tier on Thursday. In September "
        "President Joe Biden lifted relations between Hanoi and Washington. Japan followed "
        "in November, when the two governments announced the same status during a visit by "
        "Vietnam's president."
    )
    assert resolved(text, "the two governments") == ("JPN", "VNM")


def test_an_earlier_set_without_the_side_the_sentence_names_is_not_taken() -> None:
    text = (
        "Australia and Vietnam raised their ties to the top tier on Thursday. In September "
        "the United States and Vietnam lifted their relations two levels. Japan followed in "
        "November, when the two governments announced the same status."
    )
    assert resolved(text, "the two governments") == ()


def test_a_partner_named_with_with_is_left_out_but_not_another_actor() -> None:
    text = (
        "Kazakhstan and Uzbekistan met Japanese officials in Tashkent. Both countries later "
        "signed memorandums with Japan."
    )
    assert resolved(text, "Both countries") == ("KAZ", "UZB")
    text = (
        "Moldova and Ukraine met the EU's envoys on Monday. Both countries asked to join the "
        "bloc after Russia's invasion of Ukraine."
    )
    assert resolved(text, "Both countries") == ("MDA", "UKR")


# ------------------------------------------------------------ witnesses of a signing


@pytest.mark.parametrize(
    "text",
    [
        "The prime ministers of Thailand and Cambodia signed a joint declaration on the "
        "border, witnessed by Anwar and United States President Donald Trump.",
        "The prime ministers of Thailand and Cambodia signed a joint declaration on the "
        "border, mediated by Malaysia and the United States.",
    ],
)
def test_coordinated_witnesses_or_mediators_are_not_parties(text: str) -> None:
    facts = extract_facts(Document("w", text, ON))
    assert sorted(f.parties for f in facts if isinstance(f, AgreementFact)) == [("KHM", "THA")]


def test_a_signer_after_a_witness_is_still_a_party() -> None:
    text = (
        "In a ceremony witnessed by the Chinese president, Kazakhstan and Uzbekistan signed "
        "a transit agreement."
    )
    facts = extract_facts(Document("w", text, ON))
    assert sorted(f.parties for f in facts if isinstance(f, AgreementFact)) == [("KAZ", "UZB")]


def test_the_sides_with_no_set_nearby_are_the_pair_of_the_lead() -> None:
    text = (
        "Azerbaijan and Uzbekistan sign treaty on allied relations\n\nThe talks were held in "
        "narrow and expanded formats.\n\nA press statement followed.\n\nThe ceremony ended "
        "at noon.\n\nThe sides attached importance to transport links."
    )
    assert resolved(text, "The sides") == ("AZE", "UZB")
    text = text.replace("Azerbaijan and Uzbekistan", "Azerbaijan, Kazakhstan and Uzbekistan")
    assert resolved(text, "The sides") == ()


# ------------------------------------------------------------ the leaders of the story's meeting


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        (
            "Tajikistan and Uzbekistan sign allied treaty\n\nThe talks took place in narrow "
            "and expanded formats. The document was signed by the heads of state afterwards.",
            "the heads of state",
            ("TJK", "UZB"),
        ),
        (
            "Presidents of Azerbaijan and Turkey open gas pipeline\n\nA ceremony was held on "
            "Monday. The leaders also stressed the importance of trade.",
            "The leaders",
            ("AZE", "TUR"),
        ),
    ],
)
def test_the_leaders_of_a_two_state_story_are_its_pair(
    text: str, reference: str, expected: tuple[str, ...]
) -> None:
    assert resolved(text, reference) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another state is named just before
        "Tajikistan and Uzbekistan sign allied treaty\n\nThe talks took place in Dushanbe. "
        "Afghanistan's envoy attended as a guest. The leaders also discussed water.",
        # an organisation is named just before
        "Tajikistan and Uzbekistan sign allied treaty\n\nThe talks took place on Monday. "
        "The European Union welcomed the treaty. The leaders also discussed water.",
    ],
)
def test_the_leaders_resolve_to_nothing_when_the_lead_is_not_clearly_the_meeting(
    text: str,
) -> None:
    assert resolved(text, "The leaders") == ()


def test_capitalised_presidents_are_the_pair_too() -> None:
    text = (
        "Tajikistan and Uzbekistan sign allied treaty\n\nTalks were held in narrow format. "
        "Also, in the presence of the Presidents a package of documents was signed."
    )
    assert resolved(text, "the Presidents") == ("TJK", "UZB")
    text = "Day two of the World Leaders Climate Summit opens in Baku with Georgia and Turkey."
    assert resolved(text, "the World Leaders") == ()


def test_two_presidents_after_by_is_a_reference() -> None:
    text = (
        "Azerbaijan and Turkey open a gas pipeline\n\nThe ceremony was held on Monday. "
        "Aliyev recalled that the alliance declaration was signed by two presidents in Shusha."
    )
    assert resolved(text, "two presidents") == ("AZE", "TUR")


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        (
            "Azerbaijan and Turkey open a gas pipeline\n\nTrade between two countries is "
            "rarely balanced, analysts said.",
            "two countries",
        ),
        (
            "Azerbaijan and Turkey open a gas pipeline\n\nTwo presidents met in Ankara.",
            "Two presidents",
        ),
    ],
)
def test_a_bare_number_elsewhere_is_no_reference(text: str, reference: str) -> None:
    assert resolved(text, reference) == ()


def test_labels_and_datelines_are_not_the_lead() -> None:
    text = (
        "PRESS RELEASE\n\nSharm el-Sheikh, 7 November 2022\n\nEU and Kazakhstan launch a "
        "partnership on raw materials\n\nThe partnership covers five areas:\n\n- value "
        "chains;\n\n- research;\n\n- skills.\n\nWithin six months the two sides intend to "
        "agree on a roadmap."
    )
    assert resolved(text, "the two sides") == ("EU", "KAZ")
