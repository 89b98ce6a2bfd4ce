"""Word lists of the agreement and membership rules: instruments, stages, hedges, topics.

Each list is a plain mapping from surface pattern (a regular expression fragment, matched
case-insensitively on word boundaries unless said otherwise) to a value of the spec's
vocabulary. They are data, kept apart from the matching code so that a reviewer can
read them as a glossary.
"""

from __future__ import annotations

import re

from caspian.extract.factoring import any_of
from caspian.facts import Instrument, Stage, Topic

#: Head nouns of an instrument noun phrase (lower case; matched case-insensitively).
INSTRUMENT_HEADS = (
    r"agreements?|deals?|accords?|pacts?|treat(?:y|ies)|contracts?|memorand(?:um|a|ums)"
    r"|declarations?|communiqu[eé]s?|protocols?|documents|partnerships?|alliances?"
    r"|allied\s+relations|arrangements?|charter|joint\s+(?:vision\s+|leaders['’]?\s+)?statements?"
    r"|conventions?|roadmaps?|letters?\s+of\s+intent"
    # a statement or regulations the parties sign: "a statement signed by the leaders of",
    # "signed joint regulations", "regulations on the joint work of the commissions"
    r"|(?:(?<=signed\sa\s)|(?<=signed\sthe\s))statement|statements?(?=\s+(?:was\s+|were\s+)?"
    r"(?:jointly\s+)?signed\b)|(?<=joint\s)regulations?|regulations?(?=\s+on\s+(?:the\s+)?"
    r"(?:joint|common)\s)"
)
#: Acronyms of instruments (case-sensitive) and what they are.
INSTRUMENT_ACRONYMS: dict[str, Instrument] = {
    "MoU": Instrument.MEMORANDUM_OF_UNDERSTANDING,
    "MoUs": Instrument.MEMORANDUM_OF_UNDERSTANDING,
    "MOU": Instrument.MEMORANDUM_OF_UNDERSTANDING,
    "MOUs": Instrument.MEMORANDUM_OF_UNDERSTANDING,
    "EPCA": Instrument.ENHANCED_PARTNERSHIP_COOPERATION_AGREEMENT,
    "PCA": Instrument.PARTNERSHIP_COOPERATION_AGREEMENT,
    "CEPA": Instrument.TRADE_AGREEMENT,
    "FTA": Instrument.TRADE_AGREEMENT,
    "FTAs": Instrument.TRADE_AGREEMENT,
    "TEPA": Instrument.TRADE_AGREEMENT,
    "EPA": Instrument.TRADE_AGREEMENT,
    "BIT": Instrument.OTHER,
    "CSP": Instrument.COMPREHENSIVE_STRATEGIC_PARTNERSHIP,
}

#: Kinds of relationship named inside an instrument's words, most specific first.
#: Used for partnerships and for treaties/declarations whose name states the relation.
RELATIONSHIP_KINDS: tuple[tuple[re.Pattern[str], Instrument], ...] = (
    (
        re.compile(
            r"comprehensive\s+(?:and\s+)?strategic\s+(?:[\w-]+\s+)?partnership"
            r"|strategic\s+and\s+comprehensive\s+(?:[\w-]+\s+)?partnership",
            re.I,
        ),
        Instrument.COMPREHENSIVE_STRATEGIC_PARTNERSHIP,
    ),
    (re.compile(r"strategic\s+partnership", re.I), Instrument.STRATEGIC_PARTNERSHIP),
    (re.compile(r"comprehensive\s+partnership", re.I), Instrument.COMPREHENSIVE_PARTNERSHIP),
    (re.compile(r"\balli(?:ance|ed)\b", re.I), Instrument.ALLIANCE),
)

#: Kinds of agreement named by the words of the phrase (checked in order).
AGREEMENT_KINDS: tuple[tuple[re.Pattern[str], Instrument], ...] = (
    (
        re.compile(
            r"collective\s+(?:security|defen[cs]e)|mutual\s+(?:defen[cs]e|assistance)", re.I
        ),
        Instrument.ALLIANCE,
    ),
    (
        re.compile(r"\benhanced\s+(?:partnership|agreements?\b|cooperation\s+agreement)", re.I),
        Instrument.ENHANCED_PARTNERSHIP_COOPERATION_AGREEMENT,
    ),
    (
        re.compile(r"enhanced\s+partnership\s+and\s+cooperation", re.I),
        Instrument.ENHANCED_PARTNERSHIP_COOPERATION_AGREEMENT,
    ),
    (
        re.compile(r"partnership\s+and\s+cooperation", re.I),
        Instrument.PARTNERSHIP_COOPERATION_AGREEMENT,
    ),
    (re.compile(r"\bpeace\b", re.I), Instrument.PEACE_AGREEMENT),
    # "the ceasefire agreement", "a truce deal": an end to fighting agreed
    (
        re.compile(
            r"\b(?:cease[\s-]?fire|truce|armistice)\s+(?:agreements?|deals?|accords?|pacts?"
            r"|statements?|declarations?|treat(?:y|ies)|arrangements?|protocols?)\b",
            re.I,
        ),
        Instrument.PEACE_AGREEMENT,
    ),
    # "a transit trade agreement" (goods of one state crossing the other): transit, not a
    # trade agreement
    (re.compile(r"\btransit(?:[\s-]+and)?[\s-]+trade\b", re.I), Instrument.TRANSIT_ARRANGEMENT),
    (
        re.compile(
            r"free[\s-]+trade|economic\s+partnership|\btariffs?\s+(?:agreement|deal|pact|accord)"
            r"|\btrade\s+(?:and\s+\w+\s+(?:partnership\s+)?)?"
            r"(?:agreement|deal|pact|accord|treaty)|preferential\s+trade|customs\s+union"
            r"|economic\s+and\s+trade\s+agreement|comprehensive\s+economic\s+cooperation\s+agreement",
            re.I,
        ),
        Instrument.TRADE_AGREEMENT,
    ),
    # a commercial contract of sale ("a 27-year sale and purchase agreement", "a gas supply
    # deal") or a central banks' currency swap: an instrument of its own kind
    (
        re.compile(
            r"\b(?:(?:supply|sales?|(?:sale\s+and\s+)?purchase|offtake)\s+(?:agreements?"
            r"|contracts?|deals?)|currency\s+swaps?)\b",
            re.I,
        ),
        Instrument.OTHER,
    ),
    (re.compile(r"\b(?:transit|swap)\b", re.I), Instrument.TRANSIT_ARRANGEMENT),
    (re.compile(r"\bassociation\s+agreements?\b", re.I), Instrument.OTHER),
    # visas and readmission: no sector of cooperation but an instrument of its own kind
    (re.compile(r"\b(?:visas?|readmission)\b", re.I), Instrument.OTHER),
    (
        re.compile(
            r"\binvestment\s+(?:protection\s+)?(?:treat|agreement|pact|accord)|\binvestment\s+protection\s+deal",
            re.I,
        ),
        Instrument.OTHER,
    ),
    (
        # (not a sector at the border: "border crossing", "border trade", "border markets")
        re.compile(
            r"\b(?:border|boundary|frontier|demarcation|delimitation)\b(?![\s-]+(?:crossings?"
            r"|checkpoints?|trade|markets?|regions?|areas?|towns?|infrastructure|bridges?"
            r"|posts?|points?)\b)",
            re.I,
        ),
        Instrument.OTHER,
    ),
    (re.compile(r"\bcomprehensive\s+(?:agreement|treaty|accord)", re.I), Instrument.OTHER),
)

#: Words in front of a head noun that make a generic phrase specific ("gas deal").
MODIFIER_WORDS = frozenset(
    [
        "supplementary",
        "amending",
        "amendatory",
        "strategic",
        "comprehensive",
        "enhanced",
        "cooperation",
        "partnership",
        "trade",
        "tariff",
        "free",
        "economic",
        "peace",
        "ceasefire",
        "truce",
        "armistice",
        "transit",
        "investment",
        "bilateral",
        "trilateral",
        "multilateral",
        "intergovernmental",
        "framework",
        "joint",
        "gas",
        "energy",
        "oil",
        "nuclear",
        "defense",
        "defence",
        "security",
        "military",
        "technical",
        "commercial",
        "business",
        "supply",
        "visa",
        "customs",
        "railway",
        "rail",
        "transport",
        "transportation",
        "logistics",
        "digital",
        "education",
        "cultural",
        "financial",
        "finance",
        "credit",
        "loan",
        "mining",
        "minerals",
        "mineral",
        "critical",
        "chain",
        "agricultural",
        "agriculture",
        "health",
        "scientific",
        "science",
        "climate",
        "water",
        "aviation",
        "space",
        "railroad",
        "road",
        "readmission",
        "extradition",
        "interim",
        "final",
        "landmark",
        "historic",
        "new",
        "major",
        "key",
        "several",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozen",
        "eternal",
        "friendship",
        "preliminary",
        "broad",
        "sweeping",
        "long-term",
        "long-delayed",
        "all-weather",
        "sectoral",
        "industrial",
        "tourism",
        "migration",
        "labour",
        "labor",
        "green",
        "renewable",
        "hydrogen",
        "power",
        "electricity",
        "pipeline",
        "port",
        "maritime",
        "shipping",
        "border",
        "boundary",
        "frontier",
        "demarcation",
        "delimitation",
        "technology",
        "ai",
        "artificial",
        "intelligence",
        "mutual",
        "collective",
        "reciprocal",
        "visiting",
        "allied",
        "access",
        "protection",
        "exemption",
        "facilitation",
        "waiver",
        "cooperative",
        "political",
        "tripartite",
        "quadrilateral",
        "export",
        "exports",
        "import",
        "imports",
        "procurement",
        "swap",
        "currency",
        "sale",
        "sales",
        "purchase",
        "offtake",
    ]
)

#: Stage verbs/nouns. Each pattern's stage applies to the instrument it governs.
#: "before" cues precede their object ("signed a treaty", "the signing of the treaty");
#: "after" cues follow it ("the treaty was signed", "the deal, agreed in principle").
_SIGN = r"sign(?:ed|s|ing)?|ink(?:ed|s|ing)?|forg(?:ed|es|e|ing)|struck|strikes?|sealed|seals?"
_SIGN += r"|clinch(?:ed|es)?|penned|conclud(?:ed|es|e|ing)|adopt(?:ed|s)?|exchang(?:ed|e)"
_SIGN += r"|agreed(?=\s+(?:a|an)\s)|put\s+(?:their|its|his|her)\s+(?:names|signatures?)\s+to"
_SIGN += r"|put\s+pen\s+to\s+paper\s+(?:on|to)"
_SIGN += r"|(?:set|affixed)\s+(?:their|its|his|her)\s+signatures?\s+(?:to|on)"
#: Legislatures whose approval of an instrument is its ratification.
LEGISLATURE = (
    r"(?:(?:the\s+)?(?:[\w-]+\s+){0,2}(?:[Pp]arliament|[Ss]enate|[Dd]uma|[Cc]ongress|[Aa]ssembly"
    r"|[Ll]egislature|[Ll]awmakers|[Ll]egislators|Rada|Majlis|Mazhilis|Kenesh|Khural|[Dd]eputies|MPs))"
)
STAGE_BEFORE: tuple[tuple[str, Stage], ...] = (
    (
        r"exchang(?:ed|e|es|ing)\s+(?:the\s+)?(?:(?:instruments|letters|notes)\s+of\s+ratification"
        r"|ratification\s+(?:instruments|documents|letters|notes))\s+(?:for|of|on)",
        Stage.IN_FORCE,
    ),
    (
        r"(?:[Pp]arliament|[Ss]enate|[Dd]uma|[Cc]ongress|[Aa]ssembly|[Ll]egislature|[Ll]awmakers"
        r"|Rada|Majlis|Mazhilis|Kenesh|[Dd]eputies|MPs|[Ll]egislators)(?:\s+\S+){0,4}?\s+(?:approved"
        r"|endorsed|passed|backed|voted\s+(?:for|to\s+(?:ratify|approve|endorse))"
        # "the Senate gave its advice and consent to ratification of", "the European
        # Parliament gave its consent to"
        r"|(?:gave|has\s+given|had\s+given)\s+(?:its|their)\s+(?:final\s+)?(?:advice\s+and\s+)?"
        r"consent\s+to(?:\s+(?:the\s+)?ratification\s+of)?)",
        Stage.RATIFIED,
    ),
    # "the Folketing adopted the bill that gives effect in Danish law to the agreement",
    # "MPs passed a bill giving effect to": the legislature's act is the ratification
    (
        r"(?:adopted|passed|approved|enacted)\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:bill|law|act)\s+"
        r"(?:(?:that|which)\s+gives|giving)\s+(?:legal\s+)?effect\s+(?:in\s+(?:[\w-]+\s+){1,2}"
        r"law\s+)?to",
        Stage.RATIFIED,
    ),
    (r"rubber[\s-]stamp(?:ed|s|ing)?", Stage.RATIFIED),
    (
        r"(?:conclud(?:ed|es|e|ing)|complet(?:ed|es|e|ing)|finali[sz](?:ed|es|ing)|wrapp?(?:ed)?\s+up)"
        r"\s+(?:the\s+|their\s+|its\s+)?(?:(?:bilateral|trilateral|formal|final|technical|official"
        r"|lengthy|long-running)\s+)?(?:negotiations|talks)\s+(?:on|over|for|about)",
        Stage.CONCLUDED,
    ),
    (
        r"(?:reach(?:ed|es)?|struck|strikes?|clinch(?:ed|es)?|sealed)\s+(?:an?\s+|the\s+)?"
        r"(?:final\s+)?(?:agreement|deal)\s+in\s+principle\s+on",
        Stage.CONCLUDED,
    ),
    # "announced the conclusion of the Bilateral Amendatory Agreements": the texts agreed
    (
        r"(?:the\s+)?conclusion\s+of(?!\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:negotiations"
        r"|talks))(?=\s+(?:the|an?|their|its)\s+(?:[\w-]+\s+){0,5}?"
        r"(?:agreements?|treat(?:y|ies)|accords?|deals?|protocols?)\b)",
        Stage.CONCLUDED,
    ),
    (  # "announced the conclusion of the negotiations on", "the completion of talks on"
        r"(?:conclusion|completion|finali[sz]ation)\s+of\s+(?:the\s+|their\s+|its\s+)?"
        r"(?:negotiations|talks)\s+(?:on|over|for|about|towards?)",
        Stage.CONCLUDED,
    ),
    # "reached a political agreement on trade", "agreed its own outline deal with": a deal
    # whose adjective says the text is agreed, not yet signed
    (
        r"(?:reach(?:ed|es)?|struck|strikes?|clinch(?:ed|es)?|seal(?:ed|s)?|agreed|announced)\s+"
        r"(?:an?\s+|the\s+|(?:its|their)\s+(?:own\s+)?)?(?=(?:political|outline|preliminary"
        r"|tentative)\s+(?:agreement|deal|accord)s?\b)",
        Stage.CONCLUDED,
    ),
    # "reached an agreement on the extension of ...", "agreed on the text of the treaty",
    # "reached a deal with Turkmenistan on gas"
    (
        r"reach(?:ed|es)?\s+(?:an?\s+|the\s+)?(?=(?:(?:final|staff[\s-]level|landmark|historic|new"
        r"|broad|preliminary|initial|framework|formal|trade|peace|ceasefire|transit|gas|loan)\s+){0,2}"
        # a time between: "reached an agreement in July 2022 that the border will open"
        r"(?:agreement|deal)\s+(?:(?:in|on|last|earlier|this)\s+[^,;.:()]{1,25}?\s+)?"
        r"(?:on|over|with|that)\s)",
        Stage.CONCLUDED,
    ),
    # "reached a staff-level agreement in December": the qualifier says the text is agreed
    (
        r"reach(?:ed|es)?\s+(?:an?\s+|the\s+)?(?=staff[\s-]level\s+(?:agreement|deal)s?\b)",
        Stage.CONCLUDED,
    ),
    # "the two sides had agreed on an implementation protocol", "agreed upon a ceasefire
    # deal": the text agreed (not "agreed on the need for a treaty")
    (
        r"agreed\s+(?:on|upon)(?=\s+(?:an?|the|their|its)\s+(?:(?!for\b|to\b|need\b)[\w-]+\s+)"
        r"{0,3}?(?:agreements?|deals?|accords?|treat(?:y|ies)|pacts?|protocols?|memorand\w*"
        r"|arrangements?|roadmaps?|declarations?|charter)\b)",
        Stage.CONCLUDED,
    ),
    # "reached an agreement in principle in November 2020": the deal itself, agreed
    (
        r"(?:reach(?:ed|es)?|struck|strikes?|clinch(?:ed|es)?|sealed)\s+(?:an?\s+|the\s+|(?:its|their)\s+)?"
        r"(?=(?:agreement|deal|accord)\s+in\s+principle\b)",
        Stage.CONCLUDED,
    ),
    (r"agree[ds]?\s+(?:on|upon)\s+the\s+(?:final\s+|full\s+)?text\s+of", Stage.CONCLUDED),
    # "finished negotiating the draft agreement", "completed negotiating a deal": the talks
    # done (not "negotiating" alone)
    (
        r"(?:finish(?:ed|es)|complet(?:ed|es)|conclud(?:ed|es))\s+negotiating"
        r"(?:\s+(?:on|over))?",
        Stage.CONCLUDED,
    ),
    (
        r"(?:finish(?:ed|es)|finali[sz](?:ed|es)|complet(?:ed|es)\s+(?:work\s+on\s+)?)"
        r"(?=\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}"
        r"(?:agreement|treaty|deal|accord|pact|text|memorand|MoU|protocol|declaration|charter))",
        Stage.CONCLUDED,
    ),
    (r"(?:ratif(?:ied|ies|y|ying)|the\s+ratification\s+of|ratification\s+of)", Stage.RATIFIED),
    (r"(?:the\s+)?entry\s+into\s+force\s+of", Stage.IN_FORCE),
    # "which brought the treaty into force", "bringing the agreement on X into force"
    (
        r"(?:brought|brings?|bringing)(?=\s+(?:the|this|that|its|their|both)\s+(?:[\w’'-]+\s+){0,9}?"
        r"into\s+(?:force|effect)\b)",
        Stage.IN_FORCE,
    ),
    (r"(?:initial(?:l)?(?:ed|ing)|the\s+initial(?:l)?ing\s+of)", Stage.INITIALED),
    (r"(?:the\s+)?signing\s+of", Stage.SIGNED),
    # "closed with the adoption of the Tokyo Declaration by Japan and the C5"
    (r"(?:the\s+)?adoption\s+of", Stage.SIGNED),
    (_SIGN, Stage.SIGNED),
    # "announced a strategic partnership", "declared a comprehensive partnership with the
    # US", "are proclaiming their alliance": the relationship set up; the determiner is
    # part of the cue (stages.cue_allowed: relationships only), and not "declared their
    # relations a ..." (upgraded, below) nor "declared the partnership dead"
    (
        r"(?:announc|declar|proclaim)(?:ed|es|ing)\s+(?:an?|the|their|its)(?=\s+(?:(?!(?:relations"
        r"|relationship|ties|plans?|intention|readiness|hopes?)\b)[\w-]+\s+){0,3}?(?:partnership"
        r"|alliance)\b(?![^.;,]{0,40}?\s(?:dead|over|void|null|finished|defunct|obsolete)\b))",
        Stage.SIGNED,
    ),
    (r"(?:announced|unveiled|secured)", Stage.SIGNED),  # only for bulk deals (checked)
    (r"(?:issu|releas)(?:ed|es|e)|publish(?:ed|es)?", Stage.SIGNED),  # declarations (checked)
    # "the leaders approved a joint statement": declarations only (checked)
    (r"(?:approved|endorsed)", Stage.SIGNED),
    (
        r"(?:upgrad|elevat|rais|lift|promot|tak|br[io]ng)(?:ed|es|e|ing|s)?\b[^.;]{0,80}?\bto\s+"
        r"(?:the\s+)?(?:new\s+)?(?:level|status|stage|rank)\s+of",
        Stage.UPGRADED,
    ),
    (r"(?:upgrad|elevat|rais|lift|promot)(?:ed|es|e|ing|s)?\b[^.;]{0,120}?\bto", Stage.UPGRADED),
    # "the two governments declared their relationship a strategic partnership"
    (
        r"declar(?:ed|es|ing)\s+(?:their|its|the|bilateral)\s+(?:bilateral\s+)?(?:relationship"
        r"|relations|ties)\s+(?:to\s+be\s+|as\s+)?",
        Stage.UPGRADED,
    ),
    (
        r"(?:reaffirm(?:ed|s)?|reiterat(?:ed|es)|renew(?:ed|s)|reconfirm(?:ed|s)?|extend(?:ed|s)"
        r"|strengthen(?:ed|s)|deepen(?:ed|s))",
        Stage.REAFFIRMED,
    ),
    (
        r"(?:establish(?:ed|es)?|launch(?:ed|es)?"
        # the act under way: "announced that Chile and Peru are establishing a partnership"
        r"|(?:(?<=\bare\s)|(?<=\bis\s)|(?<=\bwere\s)|(?<=\bwas\s))(?:establishing|launching)"
        r"|set\s+up(?=\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,3}(?:partnership|alliance))"
        r"|(?<!\bon\s)(?<!\bon\sthe\s)(?:the\s+)?(?:establishment|launch)\s+of)",
        Stage.SIGNED,
    ),  # relationships only (checked)
    # the act under way, announced: "Belarus is suspending its readmission agreement",
    # "Russia is terminating its participation in", "are pulling out of" (the progressive
    # right after its auxiliary: not "is considering suspending", "is not terminating")
    (
        r"(?:suspend(?:ed|s)?|(?:(?<=\bis\s)|(?<=\bare\s))suspending"
        r"|the\s+suspension\s+of|froze|freez(?:es|ing))",
        Stage.SUSPENDED,
    ),
    (
        r"(?:terminat(?:ed|es)|scrapp(?:ed)|annull?(?:ed)|revok(?:ed|es)|denounc(?:ed|es)"
        r"|(?:(?<=\bis\s)|(?<=\bare\s))(?:terminating|scrapping|annulling|revoking"
        r"|denouncing|withdrawing\s+from|pulling\s+out\s+of)"
        r"|withdr(?:ew|awn)\s+from|pull(?:ed)?\s+out\s+of|tore\s+up"
        r"|withdr(?:ew|awn)\s+(?:its|their|his|her)\s+signatures?\s+(?:from|to|on|of))",
        Stage.TERMINATED,
    ),
    # "have been implementing an interim agreement since October 2019", "has applied the
    # treaty since 2021": applied from a date on, the instrument is in force
    (
        r"(?:(?<=\bbeen\s)(?:implementing|applying)|(?:(?<=\bhave\s)|(?<=\bhas\s))(?:applied(?!\s+for\b)"
        r"|implemented))(?=[^.;]{0,120}?\bsince\s+(?:\d|[A-Z]|the\s+(?:start|beginning|end)))",
        Stage.IN_FORCE,
    ),
    (
        r"implement(?:ed|s)|put\s+into\s+(?:effect|practice)|(?<!re)activat(?:ed|es)",
        Stage.IMPLEMENTED,
    ),
    # "trading officially started under the free trade area", "shipments began under the
    # deal": the instrument in use
    (
        r"(?:started|starts|began|begins|commenced)\s+(?:(?:officially|formally|fully)\s+)?"
        r"under(?=\s+(?:the|a|an|its|their)\s)",
        Stage.IMPLEMENTED,
    ),
    (r"reactivat(?:ed|es)|revived|revives", Stage.REAFFIRMED),
    (
        r"(?:negotiat(?:ing|ed|es?)|(?:negotiations|talks)[\"”]?\s+(?:on|over|for|about|towards?))",
        Stage.NEGOTIATING,
    ),
    # "is in talks with Britain on a similar agreement", "negotiations with Turkey over a deal"
    (
        r"(?:negotiations|talks)\s+with\s+(?:the\s+)?[A-Z][^.;:()]{1,70}?\s+(?:on|over|for|about)",
        Stage.NEGOTIATING,
    ),
    # "talks between Armenia and Azerbaijan on a peace treaty"
    (
        r"(?:negotiations|talks)\s+between\s+[^.;:]{3,80}?\s+(?:on|over|for|about)",
        Stage.NEGOTIATING,
    ),
    (
        r"(?:propos(?:ed|es|e)|(?:discussed|mooted|floated)\s+(?:the\s+)?(?:creation|idea)\s+of"
        r"|(?:discussed|mooted|floated))",
        Stage.PROPOSED,
    ),
)
STAGE_AFTER: tuple[tuple[str, Stage], ...] = (
    (
        r"(?:approved|endorsed|passed|backed|adopted|rubber[\s-]stamped|voted\s+through|given\s+"
        r"(?:final\s+)?approval)\s+by\s+" + LEGISLATURE,
        Stage.RATIFIED,
    ),
    (r"rubber[\s-]stamped", Stage.RATIFIED),
    # "the treaty passed the Uzbek and Kyrgyz parliaments", "passed through both chambers"
    (
        r"passed\s+(?:through\s+)?(?:both\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:parliaments?|senates?"
        r"|legislatures?|chambers|houses\s+of\s+parliament|Duma|Rada|Majlis|Mazhilis|Kenesh"
        r"|Khural|Congress)\b",
        Stage.RATIFIED,
    ),
    (r"(?:signed|inked|sealed|concluded|adopted|forged|struck|penned)", Stage.SIGNED),
    (r"initial(?:l)?ed", Stage.INITIALED),
    (r"ratified", Stage.RATIFIED),
    (
        r"(?:entered|came|went)\s+(?:fully\s+)?into\s+(?:force|effect)|took\s+(?:full\s+)?effect"
        r"|bec(?:ame|omes)\s+(?:legally\s+)?(?:effective|operative|binding)"
        r"|(?:is|was|has\s+been|had\s+been|remains|remained)\s+(?:now\s+|still\s+)?(?:fully\s+)?"
        r"in\s+force|(?:has|have|had)\s+(?:been\s+)?applied(?:\s+in\s+full)?(?=\s+since\b)",
        Stage.IN_FORCE,
    ),
    # present tense: only with "today" / "now" right after it (stages.PRESENT_IN_FORCE)
    (
        r"(?:enters|comes|goes)\s+(?:fully\s+)?into\s+(?:force|effect)|takes\s+(?:full\s+)?effect",
        Stage.IN_FORCE,
    ),
    (
        r"agreed\s+(?:up)?on\s+in\s+principle|agreed\s+in\s+principle|(?:had\s+been\s+|were\s+)?agreed"
        r"\s+upon|finali[sz]ed|agreed(?=\s+(?:in|on|last|earlier)\s+(?:\d|[A-Z]|week|month|year))",
        Stage.CONCLUDED,
    ),
    (
        r"(?<=\bwhose\s)(?:negotiations|talks)\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
        r"(?:(?:formally|successfully|finally)\s+)?(?:concluded|completed|finali[sz]ed|wrapped\s+up"
        r"|agreed)",
        Stage.CONCLUDED,
    ),
    # "a staff-level agreement reached in December", "the deal reached with Iran": the
    # text agreed (the participle, not "reached the parliament")
    (
        r"(?:(?<=agreement\s)|(?<=agreements\s)|(?<=deal\s)|(?<=deals\s)|(?<=accord\s))reached"
        r"(?=\s+(?:in|on|last|earlier|this|with|between|at|by)\s)",
        Stage.CONCLUDED,
    ),
    (r"(?:established|launched)", Stage.SIGNED),
    (r"(?:announced|issued|released|unveiled|published)", Stage.SIGNED),  # declarations only
    (r"suspended", Stage.SUSPENDED),
    (
        r"(?:terminated|scrapped|annulled|revoked|lapsed|expired|ceased\s+to\s+(?:exist|be\s+in\s+force"
        r"|have\s+effect))|ended(?=\s+(?:in|on|at|when|after|last|this|\d))",
        Stage.TERMINATED,
    ),
    (r"implemented|put\s+into\s+(?:effect|practice)|(?<!re)activated", Stage.IMPLEMENTED),
    (r"reactivated|revived", Stage.REAFFIRMED),
    (
        r"(?:was|were|is|are)\s+(?:still\s+|now\s+|currently\s+|also\s+)?being\s+(?:drafted"
        r"|negotiated|prepared|discussed|finali[sz]ed)|(?:is|are|was|were|remains?|remained)\s+"
        r"(?:still\s+|now\s+|currently\s+)?under\s+negotiation",
        Stage.NEGOTIATING,
    ),
    # "have had a free trade agreement in force since 2006", "the FTA, in force since 2018,"
    (r"in\s+force(?=\s+since\b)", Stage.IN_FORCE),
    (r"(?:upgraded|elevated|raised)\s+to", Stage.UPGRADED),
    (r"(?:was|were|has\s+been|have\s+been)\s+superseded|replaced\s+by", Stage.SUPERSEDED),
)

#: Words that, before a stage verb in its clause, make the statement hedged, future,
#: conditional or negated: such a clause yields no signed/ratified/... fact.
HEDGE = re.compile(
    r"\b(?:may|might|could|would|will|shall|should|can|must|'ll|not|n't|never|no|nor|neither"
    r"|yet\s+to|fail(?:ed|s)?\s+to|refus(?:ed|es)?\s+to|declin(?:ed|es)\s+to|without"
    r"|plan(?:s|ned|ning)?|intend(?:s|ed)?|intention|expect(?:s|ed)?|hop(?:e|es|ed|ing)"
    r"|aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed)?|wish(?:es|ed)?|ready|prepared"
    r"|preparing|propos(?:e|es|ed|ing)|consider(?:s|ed|ing)?|discuss(?:es|ed|ing)?|set\s+to"
    r"|due\s+to|scheduled|slated|likely|possible|possibly|potential|prospective|upcoming"
    r"|future|if|unless|whether|once|until|before|ahead\s+of|pending|awaiting|await(?:s|ed)?"
    r"|subject\s+to|prerequisite|condition|need(?:s|ed)?|required?|for|towards?|pave[sd]?"
    r"|paving|call(?:s|ed)?\s+for|urg(?:e|es|ed)|push(?:es|ed)?\s+for|efforts?|bid|attempt"
    r"|hopes|process\s+of|road\s+to|path\s+to|move\s+to|moves\s+to|agreed\s+to|to)\s*$",
    re.I,
)
#: Hedges anywhere between the clause start and the stage word (not just adjacent).
CLAUSE_HEDGE_WORDS = re.compile(
    r"\b(?:may|might|could|would|will|shall|should|not|n't|never|no\s+(?:agreement|deal)"
    r"|yet\s+to|fail(?:ed|s)?\s+to|refus(?:ed|es)?\s+to|plan(?:s|ned)?\s+to|intends?\s+to"
    r"|intended\s+to|needs?\s+to|(?:has|have)\s+(?:yet\s+)?to\s+be|remains?\s+to\s+be"
    r"|(?:is|are|was|were)\s+expected|expects?\s+to|hope[sd]?\s+to|aim(?:s|ed)?\s+to"
    r"|seek(?:s|ing)?\s+to|want(?:s|ed)?\s+to|(?:is|are|was|were)\s+(?:set|due|scheduled|slated|"
    r"likely|ready|poised|going)\s+to|if|unless|whether|stalled|collapsed|broke\s+down"
    r"|abandon(?:ed|s)?|rejected|even\s+if)\b",
    re.I,
)
#: The same, factored by first letter (speed): its matches start where those of
#: CLAUSE_HEDGE_WORDS do; read only for whether there is one.
CLAUSE_HEDGE = any_of(CLAUSE_HEDGE_WORDS)
#: Hedges just after a nominal or passive stage ("signing expected by", "signing is planned").
AFTER_HEDGE = re.compile(
    r"[\s,]*(?:is\s+|was\s+|are\s+|were\s+)?(?:expected|planned|scheduled|slated|due|likely"
    r"|set|envisaged|foreseen|pending|postponed|delayed)\b",
    re.I,
)

#: Topic keywords (regular expressions) of the spec's topic vocabulary.
TOPIC_WORDS: dict[Topic, str] = {
    Topic.TRADE: r"trade|trading|commerce|commercial|market\s+access|tariffs?|exports?|imports?",
    Topic.ENERGY: r"energy|gas|oil|electricity|power\s+(?:plants?|generation|grid|cables?|lines?"
    r"|transmission|interconnect\w*)|interconnectors?|transmission\s+lines?|hydrocarbons?"
    r"|pipelines?|petroleum|lng",
    Topic.TRANSPORT: r"transport|transportation|railways?|rail|roads?|aviation|corridors?"
    r"|connectivity|shipping",
    Topic.LOGISTICS: r"logistics|freight|transit|cargo",
    Topic.DIGITAL: r"digital|digitali[sz]ation|telecom(?:munications)?|cyber",
    Topic.AI: r"artificial\s+intelligence|\bAI\b|machine\s+learning|language\s+models?",
    Topic.CRITICAL_MINERALS: (
        r"critical\s+(?:raw\s+)?minerals?|rare[\s-]+earths?|lithium|rare\s+metals"
    ),
    Topic.MINING: r"mining|mines?|exploration|mineral\s+resources|geolog\w*",
    Topic.NUCLEAR: r"nuclear|uranium|atomic",
    Topic.DEFENSE: r"defen[cs]e|military|arms|weapons?",
    Topic.SECURITY: r"security|counter-?terrorism|border\s+protection",
    Topic.EDUCATION: r"education|universit(?:y|ies)|students?|academic|schools?",
    Topic.AGRICULTURE: r"agricultur\w*|farming|wheat|grain|food\s+security",
    Topic.GOVERNANCE: r"governance|rule\s+of\s+law|human\s+rights|public\s+administration",
    Topic.GREEN_ENERGY: r"green\s+(?:energy|hydrogen)|renewables?|renewable\s+energy|solar|wind\s+"
    r"(?:power|energy|farms?)|hydropower|low-emission|climate|decarboni[sz]ation",
    Topic.INTELLECTUAL_PROPERTY: r"intellectual\s+property|patents?|copyright",
    Topic.INVESTMENT: r"investments?|investors?|financing|finance|financial",
    Topic.INFRASTRUCTURE: r"infrastructure|construction|construct|build\s+(?:a|an|the|new)",
    Topic.TECHNOLOGY: r"technolog(?:y|ies|ical)|innovation|high-tech|semiconductors?",
}
