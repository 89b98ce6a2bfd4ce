"""Sentence templates of the Year in Review, one per kind of entity and stage.

Everything here turns typed values (actor ids, vocabulary values, ISO partial dates,
amounts) into English; nothing reads the knowledge base. Actor names come from the
actor registry (:mod:`caspian.actors`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from caspian.actors import load_registry
from caspian.errors import UnknownActorError

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip

#: the instrument with its indefinite article, as a sentence's object
INSTRUMENT_PHRASES: dict[str, str] = {
    "strategic_partnership": "a strategic partnership",
    "comprehensive_strategic_partnership": "a comprehensive strategic partnership",
    "alliance": "an alliance",
    "comprehensive_partnership": "a comprehensive partnership",
    "partnership_cooperation_agreement": "a Partnership and Cooperation Agreement",
    "enhanced_partnership_cooperation_agreement": (
        "an Enhanced Partnership and Cooperation Agreement"
    ),
    "peace_agreement": "a peace agreement",
    "joint_declaration": "a joint declaration",
    "cooperation_agreement": "a cooperation agreement",
    "memorandum_of_understanding": "a memorandum of understanding",
    "trade_agreement": "a trade agreement",
    "investment_deals": "a package of investment deals",
    "transit_arrangement": "a transit arrangement",
    "other": "an agreement",
}

#: short names of instruments (headings, tables, charts)
INSTRUMENT_NAMES: dict[str, str] = {
    "strategic_partnership": "strategic partnership",
    "comprehensive_strategic_partnership": "comprehensive strategic partnership",
    "alliance": "alliance",
    "comprehensive_partnership": "comprehensive partnership",
    "partnership_cooperation_agreement": "PCA",
    "enhanced_partnership_cooperation_agreement": "EPCA",
    "peace_agreement": "peace agreement",
    "joint_declaration": "joint declaration",
    "cooperation_agreement": "cooperation agreement",
    "memorandum_of_understanding": "memorandum of understanding",
    "trade_agreement": "trade agreement",
    "investment_deals": "investment deals",
    "transit_arrangement": "transit arrangement",
    "other": "agreement",
}

#: the verb phrase of a stage, taking the instrument as its object
STAGE_VERBS: dict[str, str] = {
    "proposed": "proposed",
    "negotiating": "were negotiating",
    "concluded": "concluded the negotiation of",
    "initialed": "initialled",
    "signed": "signed",
    "ratified": "ratified",
    "in_force": "brought into force",
    "implemented": "began to implement",
    "reaffirmed": "reaffirmed",
    "upgraded": "upgraded their relations to",
    "superseded": "replaced",
    "suspended": "suspended",
    "terminated": "terminated",
}

#: the noun of a stage ("what is still pending")
STAGE_NOUNS: dict[str, str] = {
    "proposed": "proposal",
    "negotiating": "negotiation",
    "concluded": "conclusion of talks",
    "initialed": "initialling",
    "signed": "signature",
    "ratified": "ratification",
    "in_force": "entry into force",
    "implemented": "implementation",
    "reaffirmed": "reaffirmation",
    "upgraded": "upgrade",
    "superseded": "replacement",
    "suspended": "suspension",
    "terminated": "termination",
}

#: the stage as a participle ("stage at the end of the year: initialled")
STAGE_NAMES: dict[str, str] = {
    "proposed": "proposed",
    "negotiating": "under negotiation",
    "concluded": "concluded",
    "initialed": "initialled",
    "signed": "signed",
    "ratified": "ratified",
    "in_force": "in force",
    "implemented": "implemented",
    "reaffirmed": "reaffirmed",
    "upgraded": "upgraded",
    "superseded": "superseded",
    "suspended": "suspended",
    "terminated": "terminated",
}

MEMBERSHIP_VERBS: dict[str, str] = {
    "invited": "was invited to join",
    "applied": "applied to join",
    "joined": "joined",
    "observer": "became an observer of",
    "left": "left",
    "suspended": "was suspended from",
}

METRIC_NAMES: dict[str, str] = {
    "trade_turnover": "trade turnover",
    "freight_volume": "freight volume",
    "energy_supply": "energy supplies",
    "investment": "investment",
    "capacity": "capacity",
    "other": "a target",
}

SECTOR_NAMES: dict[str, str] = {"critical_minerals": "critical minerals", "ai": "AI",
                                 "green_energy": "green energy"}

_THE_PREFIXES = ("United ", "European ", "Republic ", "Democratic ", "Czech ", "Central ")
_THE_NAMES = frozenset({"Philippines", "Netherlands", "Gambia", "Bahamas", "Maldives",
                        "Comoros", "Seychelles", "Marshall Islands", "Solomon Islands"})


def actor_name(actor_id: str, *, start: bool = False) -> str:
    """The actor's display name, with "the" where English wants it ("the United States")."""
    try:
        actor = load_registry().get(actor_id)
    except UnknownActorError:
        return actor_id
    name = actor.name
    if actor.id == "C5":
        return "the C5" if not start else "The C5"
    needs_the = (
        actor.kind == "organisation"
        or name.startswith(_THE_PREFIXES)
        or name in _THE_NAMES
    )
    if needs_the:
        return ("The " if start else "the ") + name
    return name


def short_name(actor_id: str) -> str:
    """A name for charts and headings (no article)."""
    try:
        actor = load_registry().get(actor_id)
    except UnknownActorError:
        return actor_id
    if actor.kind != "state" and len(actor.name) > 18:
        return actor.id
    return actor.name


def join_names(actor_ids: Sequence[str], *, start: bool = False) -> str:
    """"Kazakhstan and Armenia", "Armenia, Azerbaijan and the United States"; the five C5
    states together are "the five Central Asian states"."""
    c5 = load_registry().members("C5") if "C5" in load_registry() else frozenset()
    names: list[str] = []
    if c5 and c5 <= set(actor_ids) and "C5" not in actor_ids:
        names.append(("The" if start else "the") + " five Central Asian states")
        actor_ids = [a for a in actor_ids if a not in c5]
    names += [actor_name(a, start=start and not names and n == 0)
              for n, a in enumerate(actor_ids)]
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def format_date(value: str | date | None) -> str | None:
    """"8 August 2025", "August 2025", "2025" from an ISO partial date."""
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, date) else str(value)
    parts = text.split("-")
    try:
        if len(parts) == 1:
            return parts[0]
        month = MONTHS[int(parts[1]) - 1]
        if len(parts) == 2:
            return f"{month} {parts[0]}"
        return f"{int(parts[2])} {month} {parts[0]}"
    except (ValueError, IndexError):
        return text


def format_usd(value: float | None) -> str | None:
    if value is None:
        return None
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"${value / size:,.3g} {word}"
    return f"${value:,.0f}"


def format_amount(value: float | None, unit: str | None) -> str | None:
    if value is None:
        return None
    if unit in (None, "USD"):
        return format_usd(value)
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:,.3g} million {unit}".replace("million", word)
    return f"{value:,.0f} {unit}"


def cost_range(low: float | None, high: float | None) -> str | None:
    if low is None and high is None:
        return None
    if low is None or high is None or low == high:
        return format_usd(low if low is not None else high)
    return f"{format_usd(low)} to {format_usd(high)}"


_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH_NAMES = "(?:" + "|".join(MONTHS) + ")"
#: time adjuncts an extracted title can drag along at its end ("... Cooperation on Tuesday")
_TRAILING_TIME = re.compile(
    r"(?:,?\s+(?:"
    rf"(?:on|last|this|next)\s+{_WEEKDAYS}"
    r"|today|yesterday|tomorrow|tonight"
    r"|(?:earlier|later)?\s*(?:this|last|next|that)\s+(?:week|month|year|spring|summer"
    r"|autumn|fall|winter)"
    rf"|(?:on|in)\s+(?:\d{{1,2}}\s+)?{_MONTH_NAMES}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?"
    r"|on\s+\d{4}-\d{2}-\d{2}"
    r"))+\s*$",
    re.IGNORECASE,
)
#: words that make a title the name of a document ("the Treaty on ...")
_DOCUMENT_WORDS = frozenset({
    "treaty", "agreement", "convention", "declaration", "charter", "memorandum", "protocol",
    "accord", "pact", "communique", "roadmap", "programme", "program", "statement",
})  # fmt: skip
_FILLER = frozenset({"a", "an", "the", "and", "of", "on", "for", "in"})


def safe_title(title: str | None) -> str | None:
    """A stored title fit to quote: a time adjunct the extraction left at its end ("on
    Tuesday", "in June 2025", "this week") is not part of a name and is left out of the
    sentence (the note quotes the full evidence); None when nothing is left."""
    if not title:
        return None
    shown = _TRAILING_TIME.sub("", title.strip()).strip(" ,;")
    return shown or None


def _title_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in _FILLER}


def instrument_phrase(instrument: str, title: str | None) -> str:
    """The instrument as an object: "a strategic partnership", "a joint declaration
    (“Astana Declaration”)", "the “Treaty on ...”" (a titled document of no listed kind);
    a title that only repeats the instrument's name is not repeated."""
    phrase = INSTRUMENT_PHRASES.get(instrument, "an agreement")
    shown = safe_title(title)
    if not shown:
        return phrase
    named = _title_words(shown)
    if named <= _title_words(phrase) | {"agreement"}:
        return phrase
    if instrument == "other" and named & _DOCUMENT_WORDS:
        return f"the “{shown}”"
    return f"{phrase} (“{shown}”)"


def agreement_sentence(
    parties: Sequence[str],
    instrument: str,
    title: str | None,
    steps: Sequence[tuple[str, str | None]],
) -> str:
    """"Kazakhstan and Armenia upgraded their relations to a strategic partnership
    (August 2025)." — `steps`: (stage, date) of the year, in order."""
    subject = join_names(parties, start=True)
    thing = instrument_phrase(instrument, title)
    if len(steps) == 1:
        stage, when = steps[0]
        verb = STAGE_VERBS.get(stage, stage)
        if len(parties) == 1 and verb.startswith("were "):
            verb = "was " + verb[5:]
        shown = date_note(when)
        return f"{subject} {verb} {thing}{f' ({shown})' if shown else ''}."
    if not steps:
        return f"{subject} were reported to have {thing}."
    nouns = []
    for stage, when in steps:
        shown = date_note(when)
        noun = STAGE_NOUNS.get(stage, stage)
        nouns.append(f"{noun} ({shown})" if shown else noun)
    listed = ", ".join(nouns[:-1]) + " and " + nouns[-1]
    capital = thing[0].upper() + thing[1:]
    return f"{capital} between {join_names(parties)} went through {listed}."


def step_clause(parties: Sequence[str], instrument: str, title: str | None, stage: str,
                when: str | None) -> str:
    """A step as a noun phrase: "the signature of a trade agreement between Armenia and
    Georgia (1 February 2024)", "the upgrade of relations between Georgia and Türkiye to
    a strategic partnership (May 2024)"."""
    thing = instrument_phrase(instrument, title)
    shown = date_note(when)
    dated = f" ({shown})" if shown else ""
    between = join_names(parties) if len(parties) > 1 else actor_name(parties[0])
    link = "between" if len(parties) > 1 else "by"
    if stage == "upgraded":
        return f"the upgrade of relations {link} {between} to {thing}{dated}"
    noun = STAGE_NOUNS.get(stage, stage)
    of = "on" if stage in ("concluded", "negotiating") else "of"
    return f"the {noun} {of} {thing} {link} {between}{dated}"


def list_clauses(clauses: Sequence[str]) -> str:
    """"a", "a and b", "a; b; and c" (semicolons: the clauses hold commas)."""
    if len(clauses) <= 1:
        return "".join(clauses)
    if len(clauses) == 2:
        return f"{clauses[0]} and {clauses[1]}"
    return "; ".join(clauses[:-1]) + "; and " + clauses[-1]


def date_note(when: str | None) -> str | None:
    """A date for a sentence; "reported D" when the date only repeats the report's own
    (marked by a leading "~" from the builder)."""
    if when and when.startswith("~"):
        shown = format_date(when[1:])
        return f"reported {shown}" if shown else None
    return format_date(when)


def party_step_sentence(
    party: str, others: Sequence[str], instrument: str, title: str | None, stage: str,
    when: str | None,
) -> str:
    """A step one party took alone: "Kazakhstan ratified a treaty with China (May 2025)"."""
    verb = STAGE_VERBS.get(stage, stage)
    shown = date_note(when)
    dated = f" ({shown})" if shown else ""
    with_others = f" with {join_names(others)}" if others else ""
    return (
        f"{actor_name(party, start=True)} {verb} {instrument_phrase(instrument, title)}"
        f"{with_others}{dated}."
    )


def membership_sentence(member: str, group: str, change: str, when: str | None) -> str:
    verb = MEMBERSHIP_VERBS.get(change, change)
    shown = date_note(when)
    dated = f" ({shown})" if shown else ""
    return f"{actor_name(member, start=True)} {verb} {actor_name(group)}{dated}."


def commitment_sentence(
    parties: Sequence[str],
    metric: str,
    target: str | None,
    factor: float | None,
    deadline: str | None,
    subject: str | None,
) -> str:
    what = subject or METRIC_NAMES.get(metric, metric)
    verb = {2.0: "double", 3.0: "triple", 4.0: "quadruple"}.get(float(factor or 0))
    multiply = f"to {verb} {what}" if verb else f"to multiply {what} by {factor or 0:g}"
    if factor and target:
        aim = f"{multiply}, to {target}"
    elif factor:
        aim = multiply
    elif target:
        aim = f"to bring {what} to {target}"
    else:
        aim = f"to raise {what}"
    by = f" by {format_date(deadline)}" if deadline else ""
    return f"{join_names(parties, start=True)} set themselves a target {aim}{by}."


def project_sentence(
    name: str, host: str, parties: Sequence[str], sector: str | None, stage: str | None,
    cost: str | None,
) -> str:
    others = [p for p in parties if p != host]
    stage_text = {
        "proposed": "was proposed",
        "planned": "is planned",
        "under_construction": "is under construction",
        "operational": "is in operation",
    }.get(stage or "", "was reported")
    sector_text = f" ({SECTOR_NAMES.get(sector, sector)})" if sector else ""
    with_text = f", with {join_names(others)}" if others else ""
    cost_text = f"; its cost is put at {cost}" if cost else ""
    return (
        f"In {actor_name(host)}, {name}{sector_text} {stage_text}{with_text}{cost_text}."
    )


def pending_text(stages: Sequence[str]) -> str:
    return ", ".join(STAGE_NOUNS.get(s, s) for s in stages)
