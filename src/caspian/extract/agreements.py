"""Agreements: instruments, their stage and their parties (``caspian.agreements.v1``).

A sentence is looked at only if a cheap regular expression finds an instrument noun in
it. Then, per sentence:

1. instrument mentions (``instruments.py``) and stage cues (``vocab.STAGE_BEFORE`` /
   ``STAGE_AFTER``): verbs and nouns in active ("signed a treaty"), passive ("the treaty
   was signed"), participial ("a deal, agreed in principle in May") and nominal ("the
   signing of", "the entry into force of") forms, relationship upgrades ("elevated ties
   to a strategic partnership") and reaffirmations ("strengthened their strategic
   partnership");
2. each mention takes the nearest cue that governs it (a cue before it within a short
   gap, or a passive/participial cue right after it);
3. the clause before the cue is checked for hedges, modality and negation ("may sign",
   "plan to sign", "has yet to be signed", "if ... is signed", "a prerequisite for
   signing"): such mentions yield nothing, never ``signed``;
4. parties: the actors of the mention's stretch of the sentence (from the previous
   instrument to the next), filtered by ``references.party_mentions``; if fewer than
   two, the whole sentence; if still fewer and the sentence refers back ("their",
   "the summit", "the two sides", a bare "the agreement"), the nearest preceding
   sentence that names two or more; "bilateral ... with X" splits into one fact per pair;
   a venue ("signed in Egypt"), a destination ("power exports into the EU", "via
   Romania") and a mediator or host ("brokered by China", unless it "also signed") are
   no parties (``references.non_party_role``);
5. title, topics (the mention's own words, its sentence, and a next sentence that
   elaborates "The agreement covers ..."), value (money attached to the mention),
   ``replaces`` ("replacing the previous X") and date (a date right after the cue,
   else one in the sentence, else the day the story's lead names (:func:`lead_date`),
   else the publication date).

Stages chain: coordinated ("signed in 2015 and entered into force in 2020"), after an
appositive participle ("X, signed in 2019, entered into force in 2021") or a reduced
relative clause ("the pact inked in 2022 took effect"); each stage takes the date of
its own clause. "An earlier / previous agreement" beside a specific instrument is of
that kind. Documents listed under a header, relations broken off and transit in use are
read by ``agreement_lists.py``.

Speed: the sentences looked at are those where an instrument noun starts
(``agreement_scan.trigger_starts``) and a stage cue or a replacement phrase occurs; cue
patterns are tried only where a cue word starts (``agreement_scan.py``); a mention
without a stage cue is dropped before its amounts and antecedent are looked up; the
party ids of a range are found once per document (:func:`_parties`); the money, topics
and dates of a fact are read by ``agreement_details.py`` (the document's amounts only
where one can be attached to the instrument).

Parties are found by ``agreement_parties.py`` (scope, venues, "between", context, a
bloc standing for its members). A bare "deal" the next sentence names ("The memorandum
of understanding on X was signed") takes that instrument; "the interim arrangement",
"the earlier deal" point back at a replaced instrument; a negative determiner ("no other
documents") means none.

An acronym the story defined ("... Agreement (CEPA) ... The CEPA") is that instrument; a
document of a state's accession ("a memorandum of obligations") is no agreement; a
headline relationship that a same-day document names in its title is that document;
a gapped second owner ("Moldova's agreement entered into force in 2016 and Ukraine's in
2017") is split by ``agreement_gapping.py``.

Rules are named ``agreement.<form>`` (form: active, passive, nominal, upgrade,
reaffirm, bulk, transit, documentary, listed, relations), with ``+chain`` for a chained
stage and ``+earlier`` for "an earlier / previous X" or a specific X dated in a year before
the story's (not merged with this year's X),
and versioned with :data:`VERSION`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from caspian.extract.agreement_anaphora import followed_facts
from caspian.extract.agreement_antecedents import INDEFINITE, REPLACES, antecedent_of, named_next
from caspian.extract.agreement_both import split_both
from caspian.extract.agreement_coordination import (
    accompanying_cue,
    another_instrument,
    own_partners,
)
from caspian.extract.agreement_crossings import crossing_facts
from caspian.extract.agreement_details import (
    _bulk,
    _date,
    _date_superseded,
    _money,
    _topics,
    lead_date,
)
from caspian.extract.agreement_distributive import (
    accession_of_antecedent,
    accession_sides,
    each_partners,
)
from caspian.extract.agreement_enshrined import enshrined_relationship
from caspian.extract.agreement_followups import followup_facts
from caspian.extract.agreement_gapping import gapped_owners
from caspian.extract.agreement_guards import (
    finished_talks,
    no_instrument,
    restated_apposition,
    unsigned_conclusions,
    without_negated,
)
from caspian.extract.agreement_headings import heading_facts, is_heading
from caspian.extract.agreement_headlines import headline_duplicates
from caspian.extract.agreement_initiatives import initiative_exits
from caspian.extract.agreement_lending import lending_facts
from caspian.extract.agreement_likeness import same_kind
from caspian.extract.agreement_lists import (
    LIST_HEADER,
    RELATIONS,
    RESTORED,
    among_facts,
    header_spans,
    listed_facts,
    pronoun_facts,
    relation_facts,
    transit_facts,
)
from caspian.extract.agreement_merges import declared_upgrades, vague_bundles
from caspian.extract.agreement_objects import object_pronoun_facts
from caspian.extract.agreement_parties import (
    _PARTIES_KEY,
    _elaboration,
    _find_parties,
    _scope,
    _Sentences,
    _with_list,
)
from caspian.extract.agreement_partners import partner_facts
from caspian.extract.agreement_party_guards import checked_parties, each_subject
from caspian.extract.agreement_pronouns import (
    pronoun_sentences,
    pronoun_subject,
    same_parties,
)
from caspian.extract.agreement_replacements import carry_replaces, head_kind
from caspian.extract.agreement_scan import (
    any_within,
    has_stem,
    register,
    trigger_starts,
    word_starts,
)
from caspian.extract.agreement_subjects import meeting_clause, non_actor_subject
from caspian.extract.agreement_talks import concluded_talks
from caspian.extract.base import add_facts, make_fact, text_of
from caspian.extract.instruments import (
    ACRONYM,
    HEAD,
    RELATIONSHIPS,
    InstrumentMention,
    kind_of_likeness,
    likened,
    settles_territory,
    trade_with_bloc,
)
from caspian.extract.references import party_mentions
from caspian.extract.stages import (
    DOCUMENTARY,
    PRONOUN_CUE,
    PRONOUN_STAGES,
    Cue,
    attach_cue,
    cue_allowed,
    cue_chain,
    cue_windows,
    find_cues,
    has_cue_start,
    is_hedged,
)
from caspian.extract.vocab import INSTRUMENT_ACRONYMS
from caspian.facts import AgreementFact, Instrument, Stage

COMPONENT = "caspian.agreements.v1"
VERSION = "11"

_TRIGGER = re.compile(
    HEAD.pattern
    + "|"
    + ACRONYM.pattern.replace(r"\b(?:", r"\b(?-i:", 1)
    + r"|\b(?:allow(?:ed|s|ing)?|permit(?:ted|s)?)\b",
    re.I,
)
_WITH_COMPANIES = re.compile(
    r"\s+with\s+(?:[\w.’'-]+\s+){0,3}(?:companies|firms|businesses|investors|corporations)\b"
)
_WITH = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)
_NOMINAL_CUE = re.compile(
    r"(?:(?<!establish)(?<!launch)ing|ion|entry\s+into\s+force)(?:\s+of)?$", re.I
)
_BUSINESS = re.compile(r"\b(?:investment|business|commercial)\b")
_VAGUE = re.compile(r"\b(?:several|many|various|numerous|multiple|dozens?|some)\b")


def _earlier_year(doc: Doc, mention: InstrumentMention, date: str | None) -> bool:
    """Whether a specific instrument (not an anaphor: "the agreement") is dated in a year
    before the story's: another instrument than a same-kind one of the story's own year
    ("signed an agreement on a small plant on Monday ... the agreement on a large plant,
    which the two signed in 2018")."""
    published = doc._.published
    text = text_of(doc)
    return bool(
        mention.instrument is not None
        and not mention.generic
        and (
            mention.modifiers
            or mention.complement
            or INDEFINITE.search(text, max(0, mention.start - 30), mention.start)
        )  # "In July 2022 A and B signed a memorandum": not the one of this year's story
        and date
        and published is not None
        and date[:4] < str(published.year)
    )


def _rule(cue: Cue, mention: InstrumentMention, bulk: bool) -> str:
    if bulk:
        return "agreement.bulk"
    if DOCUMENTARY.match(cue.text):
        return "agreement.documentary"
    if cue.stage is Stage.UPGRADED:
        return "agreement.upgrade"
    if cue.stage is Stage.REAFFIRMED:
        return "agreement.reaffirm"
    if cue.after:
        return "agreement.passive"
    if _NOMINAL_CUE.search(cue.text):
        return "agreement.nominal"
    return "agreement.active"


#: A negative determiner: no instrument is meant ("No other documents were signed").
_NEGATED = re.compile(
    r"(?:\b[Zz]ero\s+|(?:^|[\s(])0\s*:?\s+)$|"  # "0: trade agreements signed by A with B"
    r"\b(?:[Nn]o|[Nn]either|without\s+(?:an?|any)|not\s+(?:an?|any))\s+(?:other\s+|further"
    r"\s+|more\s+|new\s+|formal\s+|such\s+)?$"
)
_RESTATED = re.compile(
    r"\b(?:in|(?<!\bwell\s)as|under)\s+(?:a|an|the)\s+$", re.I
)  # not "as well as a"
#: An appositive right after an instrument: "signed a CEPA, the first free trade deal
#: between Israel and an Arab state" (one instrument).
_APPOSITIVE = re.compile(
    r",\s+(?:the|its|their)\s+(?:first|only|largest|biggest|latest|second|third)\s+(?:such\s+)?",
    re.I,
)
#: A document of a state's accession to an organisation ("a memorandum of obligations to
#: obtain the status of SCO member state"): a step of membership, not an agreement.
_MEMBERSHIP_STEP = re.compile(
    r"\s+(?:of|on)\s+(?:the\s+)?obligations\b|\s+(?:to\s+(?:obtain|gain|acquire|receive)\s+"
    r"(?:the\s+|its\s+)?(?:status\s+of\s+(?:an?\s+)?(?:full\s+)?(?:[A-Z]\w*\s+)?(?:member"
    r"|dialogue\s+partner|observer)|full\s+membership|membership)|(?:for|on)\s+(?:its\s+"
    r"|their\s+)?full\s+membership)\b",
)
_OBLIGATIONS = re.compile(r"(?:(?:on|of)\s+)?(?:the\s+)?obligations\b")


def _org_descriptor(doc: Doc, mention: InstrumentMention) -> bool:
    """ "the BRICS alliance": an organisation's own name before "alliance" is no instrument."""
    if mention.instrument is not Instrument.ALLIANCE or not mention.head.lower().startswith(
        "allian"
    ):
        return False
    from caspian.extract.base import actors_in

    return any(m.via != "demonym" for m in actors_in(doc, mention.start, mention.end))


def _defined(cache: _Sentences, index: int, mention: InstrumentMention) -> InstrumentMention | None:
    """ "the Comprehensive and Enhanced Partnership Agreement (CEPA) ... The CEPA entered into
    force": the named instrument an acronym was defined as earlier in the document."""
    if (
        mention.head not in INSTRUMENT_ACRONYMS
        or mention.head.upper().startswith("MOU")
        or mention.complement
        or mention.plural
    ):
        return None  # (a memorandum is not the one defined before it)
    text = text_of(cache.doc)
    where = text.rfind(f"({mention.head})", 0, mention.start)
    if where < 0:
        return None
    starts = [b[0] for b in cache.bounds]
    sentence = max(0, bisect_right(starts, where) - 1)
    for candidate in cache.mentions(sentence):
        if (
            candidate.start < where < candidate.end
            and candidate.head != mention.head
            and candidate.instrument is not None
        ):
            return candidate
    return None


def _resolve(
    cache: _Sentences, index: int, mention: InstrumentMention
) -> tuple[Instrument | None, str | None, list[int]]:
    """Instrument, title and the sentences whose actors count, for a mention (anaphors
    take their antecedent's; an acronym, the name the document defined it as)."""
    defined = _defined(cache, index, mention)
    if defined is not None:
        return defined.instrument, defined.title, [index]
    alike = same_kind(cache, index, mention)  # "a charter of the same name"
    if alike is not None:
        return alike.instrument, None, [index]
    if mention.instrument is Instrument.COOPERATION_AGREEMENT and not mention.modifiers:
        # its sentence, the one before, then the story's lead (headline and first two
        # sentences): "an earlier agreement" is of the kind the story is about
        near = dict.fromkeys(i for i in (index, index - 1, 1, 2, 0) if 0 <= i <= index)
        neighbours = [cache.mentions(i) for i in near]
        kind = kind_of_likeness(text_of(cache.doc), mention, neighbours)
        if kind is not None:
            return kind, None, [index]
    if mention.instrument is not None:
        return mention.instrument, mention.title, [index]
    antecedent, where = antecedent_of(cache, index, mention)
    if antecedent is None:
        head = mention.head.lower()
        if head.startswith("declaration"):
            return Instrument.JOINT_DECLARATION, None, [index]
        if head.startswith("memorand"):
            return Instrument.MEMORANDUM_OF_UNDERSTANDING, None, [index]
        if head.startswith("treat"):
            return Instrument.OTHER, None, [index]
        return Instrument.COOPERATION_AGREEMENT, None, [index]
    return antecedent.instrument, antecedent.title, [index, where]


def sentence_facts(doc: Doc, cache: _Sentences, index: int) -> list[AgreementFact]:
    """The agreement facts of one sentence."""
    text = text_of(doc)
    sent = cache.bounds[index]
    every_cue = find_cues(text, *sent) if has_cue_start(text, *sent) else []
    if not (
        every_cue
        or has_stem(text, *sent, _REPLACE_STEMS)
        or (has_stem(text, *sent, _TALK_STEMS) and has_stem(text, *sent, _DONE_STEMS))
    ):
        return transit_facts(doc, cache, index)  # no stage cue, no replacement: no instrument
    mentions = cache.mentions(index)
    facts: list[AgreementFact] = []
    span = doc.char_span(*sent, alignment_mode="expand") if mentions else None
    if mentions and span is not None:
        near = [(m.start, m.end) for m in mentions]
        if cue_windows(*sent, near) == [(sent[0], sent[1])]:
            cues = every_cue  # the windows around the mentions cover the sentence
        else:
            cues = find_cues(text, *sent, near=near)
        replaced: set[int] = set()
        if has_stem(text, *sent, _REPLACE_STEMS):  # (a word every replacement phrase has)
            for i, mention in enumerate(mentions):
                if REPLACES.search(text[max(sent[0], mention.start - 60) : mention.start]):
                    replaced.add(i)
        replaces = next(
            (mentions[i].instrument or head_kind(mentions[i]) for i in sorted(replaced)), None
        )
        extra: dict[int, list[Cue]] = {}
        for pronoun in PRONOUN_CUE.finditer(text, *sent):
            before = [k for k, m in enumerate(mentions) if m.end <= pronoun.start()]
            if before:
                name = "cue" if pronoun.group("cue") else "force"
                extra.setdefault(before[-1], []).append(
                    Cue(
                        pronoun.start(name),
                        pronoun.end(name),
                        PRONOUN_STAGES[pronoun.group(name).lower()[:4]],
                        True,
                        pronoun.group(name),
                    )
                )
        headers = header_spans(text, *sent)
        if not headers and "\n" in text[sent[1] : sent[1] + 2] and is_heading(text, *sent):
            headers = [sent]  # a heading line: "Agreements signed during the visit"
        elaboration: tuple[int, int] | None = None  # (read once, if a fact needs it)
        elaborated = False
        for i, mention in enumerate(mentions):
            enshrined = enshrined_relationship(text, mentions, i)
            if i + 1 < len(mentions) and enshrined_relationship(text, mentions, i + 1):
                continue  # "the alliance established by the X Declaration": told by it
            if (
                i > 0
                and enshrined is None  # "the partnership set out in the treaty": a document
                and _RESTATED.search(text, max(sent[0], mention.start - 12), mention.start)
            ):
                continue  # "signed a memorandum ... in a deal brokered by": the same instrument
            if i > 0 and (
                _APPOSITIVE.fullmatch(text, mentions[i - 1].end, mention.start)
                or restated_apposition(text, mentions[i - 1].end, mention.start)
            ):
                continue  # "a CEPA, the first free trade deal between ...": the same one
            if _org_descriptor(doc, mention) or any(a <= mention.start for a, _b in headers):
                continue
            if _NEGATED.search(text, max(sent[0], mention.start - 24), mention.start):
                continue  # "no other documents were signed", "signed no agreement"
            if no_instrument(doc, mention, sent[1], sent[0]):
                continue  # "agreements with developed economies"; "... Treaty Organization"
            if _MEMBERSHIP_STEP.match(text, mention.end, sent[1]) or _OBLIGATIONS.match(
                mention.complement
            ):
                continue
            first = (
                concluded_talks(text, sent, mention)
                or attach_cue(text, mention, mentions, cues)
                or accompanying_cue(text, mention, mentions, cues)
            )
            if enshrined is not None and first is not None and DOCUMENTARY.match(first.text):
                first = attach_cue(text, mention, mentions, cues, after=True)  # "set out in"
            elif (
                first
                and not first.after
                and mention.instrument is not None
                and not cue_allowed(first, mention, mention.instrument)
            ):
                # "The launch of the dialogue builds on the agreements ..., which entered into
                # force": a cue of another kind of instrument; the instrument's own verb after
                first = attach_cue(text, mention, mentions, cues, after=True) or first
            if first is None and i not in replaced and i not in extra:
                continue  # no stage: no fact (the amounts and antecedent are not needed)
            if first is not None and non_actor_subject(doc, sent, first):
                continue  # "..., and several other states have since signed their own"
            bulk_q = _bulk(doc, mention, sent)
            instrument: Instrument | None
            if i in replaced and mention.instrument is None:
                instrument, title, sources = head_kind(mention), None, [index]  # not the new one
            else:
                instrument, title, sources = _resolve(cache, index, mention)
            if bulk_q or (
                mention.plural
                and (
                    _BUSINESS.search(mention.modifiers)
                    or _WITH_COMPANIES.match(text, mention.end, sent[1])
                )
            ):
                instrument = Instrument.INVESTMENT_DEALS
            if enshrined is not None:
                instrument = enshrined  # "the partnership set out in the treaty ... signed"
            if instrument is None:
                continue
            if instrument is Instrument.COOPERATION_AGREEMENT and settles_territory(
                text, mention, sent[1]
            ):
                instrument = Instrument.OTHER  # "an agreement that splits Hans Island"
            stages: list[Cue] = []
            if i in replaced:
                stages = [Cue(mention.start, mention.end, Stage.SUPERSEDED, False, "replacing")]
                newer = [
                    m.instrument
                    for k, m in enumerate(mentions)
                    if k not in replaced and m.instrument is not None
                ]
                if instrument is Instrument.COOPERATION_AGREEMENT and newer:
                    instrument = newer[0]
            elif first is not None:
                stages = cue_chain(text, first, mention, mentions, cues)
                other = attach_cue(text, mention, mentions, cues, after=not first.after)
                if (
                    other is not None
                    and other.stage is not first.stage
                    and all(c.stage is not other.stage for c in stages)
                    and other.stage not in (Stage.PROPOSED, Stage.NEGOTIATING)
                    and not (enshrined is not None and DOCUMENTARY.match(other.text))
                ):
                    stages.append(other)  # "exchanged ratifications for X, signed in 2023"
            for cue in extra.get(i, []):
                if all(c.stage is not cue.stage for c in stages):
                    stages.append(cue)
            stages = unsigned_conclusions(text, stages, sent[1])  # "... but not signed"
            stages = without_negated(text, stages, sent[0])  # "No border was discussed"
            stages = finished_talks(text, stages, sent[1])  # "talks had been completed"
            emitted: list[str] = []  # the parties of the first stage
            for cue in stages:
                if not cue_allowed(cue, mention, instrument) or (
                    cue.stage is not Stage.SUPERSEDED and is_hedged(text, sent[0], cue, mention)
                ):
                    if cue is stages[0] and cue not in extra.get(i, []):
                        break
                    continue
                lo, hi = _scope(text, mention, mentions, sent, stages[0].end)
                parties = []
                meeting = meeting_clause(text, lo, cue.end, hi)
                if meeting is not None:  # its participants: only if no one else is named
                    parties = _find_parties(
                        doc, cache, index, mention,
                        meeting[1] if meeting[0] == lo else lo,
                        meeting[0] if meeting[1] == hi else hi,
                        sources, instrument, cue, without=meeting,
                    )  # fmt: skip
                if len(parties) < 2:
                    parties = _find_parties(
                        doc, cache, index, mention, lo, hi, sources, instrument, cue
                    )
                parties = accession_sides(doc, mention) or accession_of_antecedent(
                    doc, mention, title, parties
                )
                parties = checked_parties(doc, sent, parties, mention.end)  # "X said A and B"
                coordination = own_partners(doc, sent, mention, cue) if len(parties) > 2 else None
                if coordination is not None:  # "a deal with A and an outline for one with B"
                    parties = coordination.parties
                if len(parties) == 1:  # "Iran joined the SCO. It also signed a deal with X"
                    subject = pronoun_subject(doc, cache, index, cue) or (
                        pronoun_subject(doc, cache, index, stages[0])  # "It signed X
                        if cue is not stages[0]  # with Y, which entered into force"
                        else None
                    )
                    if subject is not None and subject not in parties:
                        parties = [subject, *parties]
                if len(parties) < 2 and cue is not stages[0] and i not in replaced:
                    parties = emitted  # "X, signed in 2007 and in force since 2008": its own
                if len(parties) < 2:
                    break
                if (
                    i in replaced
                    and cue is not stages[0]
                    and not all(p in cache.parties(index) for p in parties)
                ):
                    continue  # the old instrument's own history: only with parties named
                groups = [parties, *(coordination.elided if coordination else [])]
                partners = _with_list(doc, mention, hi) or each_partners(doc, mention, hi)
                if mention.plural and len(partners) >= 2:
                    subjects = [p for p in parties if p not in partners]
                    if len(subjects) == 1:
                        if _VAGUE.search(mention.modifiers):
                            break  # "several deals with A, B and C": a summary, not instruments
                        groups = [[subjects[0], partner] for partner in partners]
                split = each_subject(mention.plural, mention.modifiers, parties, partners)
                groups = split or groups  # "A and B signed agreements with C": one each
                if "bilateral" in mention.modifiers and len(parties) > 2:
                    with_ids = [
                        m.actor_id
                        for m in party_mentions(doc, mention.end, hi)
                        if _WITH.search(text[max(lo, m.start - 12) : m.start])
                    ]
                    others = [p for p in parties if p not in with_ids]
                    if with_ids and others:
                        groups = [[o, w] for o in others for w in with_ids]
                topic_text = mention.text + " " + text[lo:hi]
                if not elaborated:
                    elaboration, elaborated = _elaboration(cache, index), True
                if elaboration:
                    topic_text += " " + text[elaboration[0] : elaboration[1]]
                value = bulk_q.usd if bulk_q else None
                if value is None:
                    money = _money(doc, mention, (lo, hi))
                    value = money.usd if money else None
                position = stages.index(cue)
                date = _date(
                    doc,
                    cue,
                    mention,
                    sent,
                    floor=cue.start if position else 0,
                    ceiling=stages[position + 1].start if position + 1 < len(stages) else None,
                    others=tuple(mentions),
                    cues=tuple(cues),
                )
                rule = (
                    "agreement.replaced"
                    if i in replaced
                    else _rule(cue, mention, bulk_q is not None)
                )
                named = named_next(cache, index, mention, cue.stage)
                if named is not None and named.instrument is not None:
                    instrument, title = named.instrument, named.title  # one instrument
                if cue is not stages[0]:
                    rule += "+chain"
                elif mention.generic is False and likened(text, mention):
                    rule += "+earlier"  # not one with the same kind of instrument later
                elif i not in replaced and _earlier_year(doc, mention, date):
                    rule += "+earlier"  # "the agreement on X, which A and B signed in 2018"
                elif another_instrument(text, sent[0], cue, mention):
                    rule += "+another"  # "SOCAR also signed an agreement": not one named before
                for group in groups:
                    facts.append(
                        make_fact(
                            AgreementFact,
                            doc,
                            span,
                            component=COMPONENT,
                            version=VERSION,
                            rule=rule,
                            parties=group,
                            instrument=trade_with_bloc(instrument, mention, group),
                            stage=cue.stage,
                            title=title,
                            topics=_topics(topic_text),
                            value_usd=value,
                            replaces=replaces if i not in replaced else None,
                            date=date,
                        )
                    )
                if cue is stages[0]:
                    emitted = parties
            del emitted
        facts = gapped_owners(doc, cache, index, _date_superseded(doc, facts))
        facts.extend(pronoun_facts(doc, cache, index, span))
    facts.extend(transit_facts(doc, cache, index))
    return facts


_REPLACE_STEMS = ("replac", "supersed", "successor", "place")
_TALK_STEMS = ("negotiat", "talks")  # "talks on X were completed" (agreement_talks.py)
_DONE_STEMS = ("complet", "finali", "wrap")
_LIST_TAIL = register(("including", "among", "notably", "namely"))
_RELATION_NOUNS = register(("ties", "relations"))
_RELATION_VERBS = register(
    ("severed", "cut", "broke", "suspended", "froze", "frozen", "agree", "decide")
)


def _sentences_with(
    starts: list[int], bounds: list[tuple[int, int]], first: list[int]
) -> dict[int, None]:
    """The indices of the sentences that contain one of `starts` (sorted), in order."""
    indices: dict[int, None] = {}
    for position in starts:
        indices.setdefault(max(0, bisect_right(first, position) - 1), None)
    return indices


def agreements_in(doc: Doc) -> list[AgreementFact]:
    """Every agreement fact stated in the doc."""
    doc.user_data[_PARTIES_KEY] = {}
    try:
        return _agreements_in(doc)
    finally:
        del doc.user_data[_PARTIES_KEY]


def _agreements_in(doc: Doc) -> list[AgreementFact]:
    cache = _Sentences(doc)
    text = text_of(doc)
    starts = [b[0] for b in cache.bounds]
    triggers = trigger_starts(text, _TRIGGER)
    if triggers is None:
        triggers = [m.start() for m in _TRIGGER.finditer(text)]
    facts: list[AgreementFact] = []
    visited = _sentences_with(triggers, cache.bounds, starts)
    for index in visited:
        facts.extend(sentence_facts(doc, cache, index))
    # "It entered into force" (also in a sentence whose only trigger word names no
    # instrument: "It was signed ... on the margins of the Eastern Partnership summit")
    read = {i for i in visited if cache.mentions(i)}
    for index in pronoun_sentences(doc, cache, read):
        span = doc.char_span(*cache.bounds[index], alignment_mode="expand")
        facts.extend(same_parties(pronoun_facts(doc, cache, index, span), facts))
    facts.extend(followup_facts(doc, cache, facts))  # "Negotiations began in 2019."
    facts.extend(followed_facts(doc, cache, facts))  # "A protocol followed in 2020."
    tails = word_starts(text, "list-tails", _LIST_TAIL)
    for index, (lo, hi) in enumerate(cache.bounds):
        if (
            tails is not None and (text.find(":", lo, hi) < 0 and not any_within(tails, lo, hi))
        ) or not has_cue_start(text, lo, hi):
            continue
        if LIST_HEADER.search(text, lo, hi):
            facts.extend(listed_facts(doc, cache, index))
    facts.extend(heading_facts(doc, cache))  # "Documents exchanged" above numbered lines
    if "mong" in text or "nclude" in text:
        facts.extend(among_facts(doc, cache))  # "Ten agreements were signed. Among them is"
    nouns = word_starts(text, "relation-nouns", _RELATION_NOUNS)
    verbs = word_starts(text, "relation-verbs", _RELATION_VERBS)
    for index, (lo, hi) in enumerate(cache.bounds):
        if (
            nouns is not None
            and verbs is not None
            and not (any_within(nouns, lo, hi) and any_within(verbs, lo, hi))
        ):
            continue
        if RELATIONS.search(text, lo, hi) or RESTORED.search(text, lo, hi):
            facts.extend(relation_facts(doc, cache, index))
    facts.extend(object_pronoun_facts(doc, cache, facts))
    facts.extend(initiative_exits(doc, cache))
    facts.extend(lending_facts(doc, cache))  # "the IMF's board approved a facility for X"
    facts.extend(crossing_facts(doc, cache))  # "A and B agreed to reopen the border"
    facts.extend(partner_facts(doc, cache))  # "have been strategic partners since 2017"
    facts = carry_replaces(doc, cache.bounds, facts)
    facts = split_both(text, cache.bounds, facts)  # "Both documents passed ...": each one
    return headline_duplicates(doc, _one_instrument(vague_bundles(declared_upgrades(facts))))


def _one_instrument(facts: list[AgreementFact]) -> list[AgreementFact]:
    """ "EU and Kazakhstan launch strategic partnership on raw materials" above "signed a
    Memorandum of Understanding on a strategic partnership on raw materials": the
    relationship is the document that states it, not a second instrument (dropped when a
    document of the same parties, stage and date names it in its title)."""
    titled = [f for f in facts if f.title is not None and f.instrument not in RELATIONSHIPS]
    if not titled:
        return facts
    kept: list[AgreementFact] = []
    for fact in facts:
        words = fact.instrument.value.replace("_", " ")
        if fact.instrument in RELATIONSHIPS and any(
            other.parties == fact.parties
            and (
                other.stage is fact.stage
                # "elevate relations to a Special Strategic Partnership" above "issued the
                # Joint Statement on establishing the Special Strategic Partnership"
                or (fact.stage is Stage.UPGRADED and other.stage is Stage.SIGNED)
            )
            and other.date == fact.date
            and words in (other.title or "").lower()
            for other in titled
        ):
            continue
        kept.append(fact)
    return kept


@Language.component(
    COMPONENT.replace(".", "_"),
    requires=["doc._.actors", "doc._.dates", "doc._.quantities"],
    assigns=["doc._.facts"],
)
def agreements_component(doc: Doc) -> Doc:
    """Append the agreements of the doc to ``doc._.facts``."""
    add_facts(doc, agreements_in(doc))
    return doc


__all__ = ["COMPONENT", "VERSION", "agreements_in", "lead_date", "sentence_facts"]
