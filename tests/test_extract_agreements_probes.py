"""Probe passages for agreement recall: signings, ratifications, entry into force,
negotiation, initialling, upgrades and terminations in the phrasings of wires, agencies,
press releases, Q&A and broadsheets, with state companies and organisations as parties;
a month named May is no modal hedge ("On 5 May X and Y signed"). Negatives (hedged,
future, negated, private companies, lookalike words) yield no agreement. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from fact_rows import agreement_keys as keys

POSITIVE = [
    (
        "TASHKENT, March 4 (Reuters) - Uzbekistan and South Korea signed a memorandum of "
        "understanding on critical minerals on Tuesday.",
        [(("KOR", "UZB"), "memorandum_of_understanding", "signed")],
    ),
    (
        "ASTANA (AP) — Kazakhstan's President Kassym-Jomart Tokayev and French President "
        "Emmanuel Macron inked an agreement on nuclear energy cooperation.",
        [(("FRA", "KAZ"), "cooperation_agreement", "signed")],
    ),
    (
        "BAKU, Azerbaijan (AP) — Azerbaijan and Georgia sealed a deal on a new railway link "
        "on Friday.",
        [(("AZE", "GEO"), "cooperation_agreement", "signed")],
    ),
    (
        "ANKARA, May 2 (Reuters) - Turkey and Hungary agreed to upgrade their ties to an "
        "enhanced strategic partnership, officials said.",
        [(("HUN", "TUR"), "strategic_partnership", "upgraded")],
    ),
    (
        "Astana, 5 May (Kazinform) - Kazakhstan and Qatar signed an intergovernmental "
        "agreement on mutual protection of investments.",
        [(("KAZ", "QAT"), "cooperation_agreement", "signed")],
    ),
    (
        "Tashkent, 12 April (UzA) - An agreement on cooperation in the field of education was "
        "signed between Uzbekistan and Malaysia.",
        [(("MYS", "UZB"), "cooperation_agreement", "signed")],
    ),
    (
        "Baku, 3 July (AZERTAC) - The signing of a memorandum of understanding between "
        "Azerbaijan and Saudi Arabia on renewable energy took place in Baku.",
        [(("AZE", "SAU"), "memorandum_of_understanding", "signed")],
    ),
    (
        "Dushanbe, 8 June (Khovar) - Tajikistan and Pakistan exchanged documents on "
        "cooperation in transport, including an agreement on international road transport.",
        [(("PAK", "TJK"), "cooperation_agreement", "signed")],
    ),
    (
        "Ashgabat, 14 February (TDH) - Turkmenistan and Afghanistan signed a memorandum on "
        "the construction of a power line.",
        [(("AFG", "TKM"), "memorandum_of_understanding", "signed")],
    ),
    (
        "The Ministry of Foreign Affairs of Mongolia and the Ministry of Foreign Affairs of "
        "Japan signed a memorandum of understanding on consultations today.",
        [(("JPN", "MNG"), "memorandum_of_understanding", "signed")],
    ),
    (
        "BRUSSELS, 10 October 2025 - The European Union and Uzbekistan have initialled the "
        "Enhanced Partnership and Cooperation Agreement.",
        [(("EU", "UZB"), "enhanced_partnership_cooperation_agreement", "initialed")],
    ),
    (
        "The Enhanced Partnership and Cooperation Agreement between the European Union and "
        "Kyrgyzstan entered into force on 1 June.",
        [(("EU", "KGZ"), "enhanced_partnership_cooperation_agreement", "in_force")],
    ),
    (
        "The European Union and Mongolia concluded negotiations on a partnership and "
        "cooperation agreement, the Commission announced.",
        [(("EU", "MNG"), "partnership_cooperation_agreement", "concluded")],
    ),
    (
        "Ministers of India and Oman put pen to paper on a comprehensive economic partnership "
        "agreement in Muscat.",
        [(("IND", "OMN"), "trade_agreement", "signed")],
    ),
    (
        "Asked about the talks, the minister said Armenia and Azerbaijan had agreed on the "
        "text of a peace agreement.",
        [(("ARM", "AZE"), "peace_agreement", "concluded")],
    ),
    (
        "Azerbaijan and Turkmenistan are negotiating an agreement on gas transit.",
        [(("AZE", "TKM"), "transit_arrangement", "negotiating")],
    ),
    (
        "China and Kyrgyzstan upgraded their relations to a comprehensive strategic partnership.",
        [(("CHN", "KGZ"), "comprehensive_strategic_partnership", "upgraded")],
    ),
    (
        "Turkmen and Iranian officials signed a swap agreement for gas deliveries to Azerbaijan.",
        [(("IRN", "TKM"), "transit_arrangement", "signed")],
    ),
    (
        "Kazakh Foreign Minister and his Indian counterpart signed an agreement on visa-free "
        "travel for diplomats.",
        [(("IND", "KAZ"), "other", "signed")],
    ),
    (
        "The ambassadors of Georgia and Bulgaria signed a memorandum on cooperation in energy.",
        [(("BGR", "GEO"), "memorandum_of_understanding", "signed")],
    ),
    (
        "A trade agreement was signed between Mongolia and Japan in 2015.",
        [(("JPN", "MNG"), "trade_agreement", "signed")],
    ),
    (
        "The two sides signed the agreement on establishing a free trade zone between "
        "Uzbekistan and Azerbaijan.",
        [(("AZE", "UZB"), "trade_agreement", "signed")],
    ),
    (
        "Kazakhstan Temir Zholy and Azerbaijan Railways signed an agreement on container transit.",
        [(("AZE", "KAZ"), "transit_arrangement", "signed")],
    ),
    (
        "KazMunayGas and SOCAR signed a memorandum of understanding on oil supplies.",
        [(("AZE", "KAZ"), "memorandum_of_understanding", "signed")],
    ),
    (
        "Uzbekistan Railways and Kazakhstan Temir Zholy inked a memorandum on the development "
        "of freight traffic.",
        [(("KAZ", "UZB"), "memorandum_of_understanding", "signed")],
    ),
    (
        "A memorandum on labour migration was signed by Kyrgyzstan and Russia.",
        [(("KGZ", "RUS"), "memorandum_of_understanding", "signed")],
    ),
    (
        "An agreement on avoidance of double taxation between Tajikistan and Turkey was ratified.",
        [(("TJK", "TUR"), "other", "ratified")],  # (a tax treaty: the gold's "other")
    ),
    (
        "The defence cooperation agreement between Azerbaijan and Pakistan was endorsed by "
        "the Milli Majlis.",
        [(("AZE", "PAK"), "cooperation_agreement", "ratified")],
    ),
    (
        "A comprehensive strategic partnership agreement between Vietnam and Kazakhstan was "
        "adopted at the summit.",
        [(("KAZ", "VNM"), "comprehensive_strategic_partnership", "signed")],
    ),
    (
        "Following the signing of the agreement on strategic partnership between Turkmenistan "
        "and Turkey, trade grew.",
        [(("TKM", "TUR"), "strategic_partnership", "signed")],
    ),
    (
        "The ratification of the free trade agreement between the EAEU and Mongolia by the "
        "Mongolian parliament was completed.",
        [(("EAEU", "MNG"), "trade_agreement", "ratified")],
    ),
    (
        "Russia suspended its participation in the New START treaty with the United States.",
        [(("RUS", "USA"), "other", "suspended")],
    ),
    (
        "Iran and Turkmenistan exchanged memorandums of understanding on trade and transit.",
        [(("IRN", "TKM"), "memorandum_of_understanding", "signed")],
    ),
    (
        "The EAEU and Indonesia concluded talks on a free trade agreement in June.",
        [(("EAEU", "IDN"), "trade_agreement", "concluded")],
    ),
    (
        "Uzbekistan proposed a free trade agreement to the Gulf Cooperation Council.",
        [(("GCC", "UZB"), "trade_agreement", "proposed")],
    ),
    (
        "The Asian Development Bank and Tajikistan signed a memorandum of understanding on "
        "energy sector reforms.",
        [(("ADB", "TJK"), "memorandum_of_understanding", "signed")],
    ),
    (
        "Azerbaijan and the European Bank for Reconstruction and Development signed a "
        "cooperation agreement on green energy.",
        [(("AZE", "EBRD"), "cooperation_agreement", "signed")],
    ),
    (
        "Leaders of Kazakhstan and Russia reaffirmed their commitment to the Treaty on "
        "Good-Neighbourliness and Alliance.",
        [(("KAZ", "RUS"), "alliance", "reaffirmed")],
    ),
    (
        "Kazakhstan, Azerbaijan and Georgia signed a joint declaration on the Middle Corridor.",
        [(("AZE", "GEO", "KAZ"), "joint_declaration", "signed")],
    ),
    (
        "The foreign ministers of Iran, Russia and Azerbaijan signed a memorandum on the "
        "North-South transport corridor.",
        [(("AZE", "IRN", "RUS"), "memorandum_of_understanding", "signed")],
    ),
    (
        "Kyrgyzstan and Kazakhstan have signed off on an agreement on water sharing.",
        [(("KAZ", "KGZ"), "cooperation_agreement", "signed")],
    ),
    (
        "Turkey and Azerbaijan struck a deal on natural gas supplies.",
        [(("AZE", "TUR"), "cooperation_agreement", "signed")],
    ),
    (
        "The agreement on a strategic partnership between Tajikistan and China took effect.",
        [(("CHN", "TJK"), "strategic_partnership", "in_force")],
    ),
    (
        "Serbia and Kazakhstan initialled an agreement on readmission.",
        [(("KAZ", "SRB"), "other", "initialed")],
    ),
    (
        "The treaty signed by Russia and China in 2001 was cited by the speaker as a model, "
        "but no new documents are planned.",
        [(("CHN", "RUS"), "other", "signed")],
    ),
    (
        "Uzbek President Shavkat Mirziyoyev arrived in Seoul on Monday. The two leaders "
        "signed a protocol on the exchange of customs data.",
        [(("KOR", "UZB"), "other", "signed")],
    ),
    (
        "Kazakhstan and Turkey held talks in Ankara. The two sides signed a roadmap on trade "
        "cooperation for 2025-2027.",
        [(("KAZ", "TUR"), "other", "signed")],
    ),
    (
        "Georgia and Poland signed a charter on strategic partnership in Warsaw.",
        [(("GEO", "POL"), "strategic_partnership", "signed")],
    ),
    (
        "Azerbaijan and Serbia signed a protocol on amendments to their agreement on air services.",
        [(("AZE", "SRB"), "other", "signed")],
    ),
    (
        "Tajik President Emomali Rahmon hosted his Kyrgyz counterpart in Dushanbe. Fourteen "
        "documents were signed during the visit.",
        [(("KGZ", "TJK"), "cooperation_agreement", "signed")],
    ),
    (
        "India and Kazakhstan signed an action plan on defence cooperation for 2025.",
        [(("IND", "KAZ"), "other", "signed")],
    ),
    (
        "The foreign ministers of Armenia and Georgia signed a programme of cooperation "
        "between the two ministries.",
        [(("ARM", "GEO"), "other", "signed")],
    ),
    (
        "Turkmenistan and Uzbekistan signed a treaty on strategic partnership in Khiva.",
        [(("TKM", "UZB"), "strategic_partnership", "signed")],
    ),
    (
        "Russia and Belarus signed a treaty on security guarantees within the Union State.",
        [(("BLR", "RUS"), "other", "signed")],
    ),
    (
        "Iran and Russia signed a comprehensive strategic partnership treaty in Moscow on Friday.",
        [(("IRN", "RUS"), "comprehensive_strategic_partnership", "signed")],
    ),
    (
        "President Tokayev and President Erdogan adopted a joint declaration on the results "
        "of their talks.",
        [(("KAZ", "TUR"), "joint_declaration", "signed")],
    ),
    (
        "Kyrgyzstan and Uzbekistan ratified the treaty on the state border.",
        [(("KGZ", "UZB"), "other", "ratified")],
    ),
    (
        "Tajikistan and Kyrgyzstan signed a treaty on the state border in Bishkek.",
        [(("KGZ", "TJK"), "other", "signed")],
    ),
    (
        "Azerbaijan and Kazakhstan signed a plan of joint actions for 2025-2026.",
        [(("AZE", "KAZ"), "other", "signed")],
    ),
    (
        "Qatar and Kyrgyzstan signed an agreement on the abolition of visa requirements.",
        [(("KGZ", "QAT"), "other", "signed")],
    ),
    (
        "Kazakhstan and Kuwait signed an agreement on the promotion and mutual protection of "
        "investments.",
        [(("KAZ", "KWT"), "cooperation_agreement", "signed")],
    ),
    (
        "Turkey and Azerbaijan signed a convention on the avoidance of double taxation.",
        [(("AZE", "TUR"), "other", "signed")],
    ),
    (
        "Kazakhstan, Kuwait sign trade pact",
        [(("KAZ", "KWT"), "trade_agreement", "signed")],
    ),
    (
        "Uzbekistan signs MoU with Saudi Arabia on water desalination",
        [(("SAU", "UZB"), "memorandum_of_understanding", "signed")],
    ),
    (
        "Georgia and Armenia have agreed a deal on electricity exchange, officials said.",
        [(("ARM", "GEO"), "cooperation_agreement", "signed")],
    ),
    (
        "Azerbaijan reached a deal with Turkmenistan on the disputed Caspian field.",
        [(("AZE", "TKM"), "cooperation_agreement", "concluded")],
    ),
    (
        "The accord between Tajikistan and Uzbekistan, signed on Tuesday, covers water and energy.",
        [(("TJK", "UZB"), "cooperation_agreement", "signed")],
    ),
    (
        "Both countries signed an accord on cultural exchange, Kazakhstan and Mongolia said "
        "in a joint statement.",
        [(("KAZ", "MNG"), "cooperation_agreement", "signed")],
    ),
    (
        "Kyrgyzstan signed a memorandum of understanding with the World Bank on digital "
        "infrastructure.",
        [(("KGZ", "WB"), "memorandum_of_understanding", "signed")],
    ),
    (
        "Mongolia signed an agreement with China on cross-border railways.",
        [(("CHN", "MNG"), "cooperation_agreement", "signed")],
    ),
    (
        "The Kazakh and Uzbek prime ministers signed six documents, including an agreement on "
        "industrial cooperation.",
        [(("KAZ", "UZB"), "cooperation_agreement", "signed")],
    ),
    (
        "Kazakhstan's parliament has ratified an agreement with Uzbekistan on the "
        "International Centre for Industrial Cooperation.",
        [(("KAZ", "UZB"), "cooperation_agreement", "ratified")],
    ),
    (
        "Turkmenistan and Azerbaijan signed MoUs on energy, transport and culture.",
        [(("AZE", "TKM"), "memorandum_of_understanding", "signed")],
    ),
    (
        "The Turkish and Georgian ministers signed a protocol on customs cooperation.",
        [(("GEO", "TUR"), "other", "signed")],
    ),
    (
        "A pact on military cooperation was inked by Armenia and India in Yerevan.",
        [(("ARM", "IND"), "cooperation_agreement", "signed")],
    ),
    (
        "Kyrgyzstan and Tajikistan ink historic border treaty",
        [(("KGZ", "TJK"), "other", "signed")],
    ),
    (
        "The presidents of Azerbaijan and Uzbekistan signed the Treaty on Allied Relations.",
        [(("AZE", "UZB"), "alliance", "signed")],
    ),
    (
        "The memorandum between Kazakhstan and the EU on critical raw materials is being "
        "implemented, officials said.",
        [(("EU", "KAZ"), "memorandum_of_understanding", "implemented")],
    ),
    (
        "Talks on a free trade deal between the United Kingdom and the Gulf Cooperation "
        "Council resumed in London.",
        [(("GBR", "GCC"), "trade_agreement", "negotiating")],
    ),
    (
        "Deals worth $2 billion were signed between Uzbekistan and China at a business forum.",
        [(("CHN", "UZB"), "investment_deals", "signed")],
    ),
    (
        "In Baku, the sides signed a memorandum on energy cooperation. Azerbaijan and Romania "
        "have been partners since 2009.",
        [(("AZE", "ROU"), "memorandum_of_understanding", "signed")],
    ),
    (
        "An intergovernmental agreement between Russia and Uzbekistan on the construction of "
        "a nuclear power plant was signed on Friday.",
        [(("RUS", "UZB"), "cooperation_agreement", "signed")],
    ),
    (
        "The Georgian parliament on Thursday ratified a memorandum with Azerbaijan on power "
        "exports.",
        [(("AZE", "GEO"), "memorandum_of_understanding", "ratified")],
    ),
    (
        "Kazakhstan and Kyrgyzstan signed a treaty on the demarcation of the state border.",
        [(("KAZ", "KGZ"), "other", "signed")],
    ),
    (
        "Tajikistan and Iran signed 18 documents, among them a memorandum on media cooperation.",
        [(("IRN", "TJK"), "memorandum_of_understanding", "signed")],
    ),
    (
        "Uzbekistan's Senate ratified the agreement with Turkey on military cooperation on Monday.",
        [(("TUR", "UZB"), "cooperation_agreement", "ratified")],
    ),
    (
        "Mongolia and India signed an MoU on the oil refinery project.",
        [(("IND", "MNG"), "memorandum_of_understanding", "signed")],
    ),
    (
        "Uzbekistan and Afghanistan signed a framework agreement on the Trans-Afghan railway.",
        [(("AFG", "UZB"), "cooperation_agreement", "signed")],
    ),
    (
        "The agreement between Kyrgyzstan and China on the railway project came into effect "
        "on 1 July.",
        [(("CHN", "KGZ"), "cooperation_agreement", "in_force")],
    ),
    (
        "Kazakhstan on Tuesday signed an agreement with Germany on green hydrogen.",
        [(("DEU", "KAZ"), "cooperation_agreement", "signed")],
    ),
    (
        "Turkey and Turkmenistan signed an agreement to supply gas through Iran.",
        [(("TKM", "TUR"), "other", "signed")],  # (a supply deal: the gold's "other")
    ),
    (
        "Georgia has signed a free trade agreement with the United Arab Emirates, the "
        "government said.",
        [(("ARE", "GEO"), "trade_agreement", "signed")],
    ),
    (
        "A memorandum was signed by the economy ministers of Kyrgyzstan and Turkey.",
        [(("KGZ", "TUR"), "memorandum_of_understanding", "signed")],
    ),
    (
        "The two presidents witnessed the signing of an agreement between Kazakhstan and "
        "Egypt on investment.",
        [(("EGY", "KAZ"), "cooperation_agreement", "signed")],
    ),
    (
        "In May, Kazakhstan and Kuwait signed an agreement on trade.",
        [(("KAZ", "KWT"), "trade_agreement", "signed")],
    ),
    (
        "On 5 May Armenia and India signed a memorandum of understanding on pharmaceuticals.",
        [(("ARM", "IND"), "memorandum_of_understanding", "signed")],
    ),
    (
        "Astana, 5 May (Kazinform) - Kazakhstan and Kuwait signed an agreement on trade.",
        [(("KAZ", "KWT"), "trade_agreement", "signed")],
    ),
    (
        "Mongolia and Japan in mid-May ratified an agreement on trade.",
        [(("JPN", "MNG"), "trade_agreement", "ratified")],
    ),
    (
        "The Turkish and Georgian ministers signed a protocol on customs cooperation.",
        [(("GEO", "TUR"), "other", "signed")],
    ),
    (
        "The Kazakh and Uzbek prime ministers signed six documents, including an agreement on "
        "industrial cooperation.",
        [(("KAZ", "UZB"), "cooperation_agreement", "signed")],
    ),
    (
        "Kazakh and Kyrgyz foreign ministers on Monday signed a treaty on the state border.",
        [(("KAZ", "KGZ"), "other", "signed")],
    ),
    (
        "The Azerbaijani and Turkish presidents inked a declaration on allied relations.",
        [(("AZE", "TUR"), "alliance", "signed")],
    ),
    (
        "Azerbaijan reached an agreement with Turkmenistan on gas supplies.",
        [(("AZE", "TKM"), "cooperation_agreement", "concluded")],
    ),
    (
        "Azerbaijan and Kazakhstan signed a plan of joint actions for 2025-2026.",
        [(("AZE", "KAZ"), "other", "signed")],
    ),
    (
        "Armenia and Iran adopted a plan of joint actions on transport cooperation.",
        [(("ARM", "IRN"), "other", "signed")],
    ),
    (
        "Agreements worth more than $500 million were signed by Turkey and Azerbaijan on Friday.",
        [(("AZE", "TUR"), "investment_deals", "signed")],
    ),
]

NEGATIVE = [
    "The signing of the peace treaty between Armenia and Azerbaijan is expected to take "
    "place next year.",
    "Kazakhstan and Italy may sign an agreement on energy cooperation next year.",
    "Uzbekistan has not signed the agreement with Russia on labour migration.",
    "Azerbaijan refused to sign the peace treaty with Armenia.",
    "Chevron and ExxonMobil signed a memorandum on the Tengiz project.",
    "The agreement was described by analysts as a sign of warming relations.",
    "Kazakhstan and Turkey plan to sign a strategic partnership agreement in the coming months.",
    "The minister signed the visitors' book at the Kyrgyz embassy.",
    "Critics said the deal with China was a mistake.",
    "Tajikistan hopes to conclude an agreement with Iran soon.",
    "The players signed a contract with the club in Almaty.",
    "Uzbekistan and Kazakhstan agree that water is a shared concern.",
    "A private bank in Baku signed a loan agreement with a Dubai investor.",
    "The two countries also signed a convention for the avoidance of double taxation.",
    "The EU-Central Asia joint declaration was adopted by the leaders in Samarkand.",
    "Azerbaijan and Central African Republic established diplomatic relations.",
    "Georgia and Azerbaijan on Monday agreed to set up a joint venture to operate the port.",
    "Kazakhstan May Sign Trade Agreement With Kuwait",
    "In 2025 Georgia and Armenia may sign an agreement on transit.",
    "Kazakh ministers praised the Russian gas deal.",
    "Kazakhstan has not reached an agreement with Russia on gas.",
    "Kazakhstan hopes to reach a deal with China on water.",
    "KazMunayGas reached an agreement with Chevron on the field.",
    "Kazakhstan's plan of action for 2025 includes new roads.",
    "Deals worth $2 billion may be signed between Uzbekistan and China.",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_probe_yields_fact(text: str, expected: list[tuple[tuple[str, ...], str, str]]) -> None:
    assert keys(text) == set(expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_probe_negative_yields_nothing(text: str) -> None:
    assert keys(text) == set()
