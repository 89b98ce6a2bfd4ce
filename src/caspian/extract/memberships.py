"""Membership changes: who applies to, is invited to, joins, observes, leaves or is
suspended from an organisation or format (``caspian.memberships.v1``).

The cues are the table of :mod:`caspian.extract.membership_cues`. Each cue has gate
words every match of it holds; one plain string search of the lower-cased document per
gate stem finds the sentences that may hold a cue, and a sentence is searched only for
the cues whose gate words it holds (every other sentence is skipped before any
Python-level work). Cues, by change:

- applied: "applied to join X", "applied for (X) membership (of X)", "submitted a (formal)
  application / request / bid to join X", "submitted its application for X membership",
  "submitted / filed a membership bid / application (to X)", "requested to join X";
- invited: "was invited to join (X)", "X invited / decided to invite A, B and C to join",
  "extended an invitation to A to join", "received / accepted an invitation to join X",
  "were both invited last month to join X", "have both been invited to join X" (dated by
  the invitation: "to join X from January" is when membership would begin);
- joined: "joined X", "became a (full) member / members of X", "became a X member",
  "became X's Nth member", "was admitted / accepted / formally welcomed (as the Nth
  member) to X", "X admitted / welcomed A as its (Nth / a full) member", "acceded to
  X", "completed its accession to X", "the accession of A to X was completed / took
  effect", "A's accession to X took effect", "gained / was granted full membership of
  X", "X expanded to include A, B and C", "X, ... later joined by A", "A, a member of X
  since 2015" / "has been a member of X since 1992" (dated by "since");
- observer: "was granted observer status in X", "X granted observer status to A", "X
  granted A observer / dialogue partner status", "became / has been / is an observer
  (state) of X", "holds / has observer status in X", "joined X as an observer / a
  partner country", "became a X partner country / a dialogue partner of X", "took part
  as observers, a status A has held since 2018 and B since 2021", and "A and B have held
  the same status since 2020" after a sentence stating one status;
- left: "withdrew from X", "left X", "quit X", "pulled out of X", "completed its
  withdrawal from X", "the withdrawal of A from X / A's exit from X took effect", "was
  expelled from X";
- suspended: "suspended its (X) membership/participation (in X)", "was suspended from
  X", "X suspended A", "froze its participation in X", "A's participation in X has been
  frozen".

More cues, in :mod:`caspian.extract.membership_cues_more`, read nominal, possessive and
passive statements ("Iran's membership of the SCO took effect", "Brazil announced
Indonesia's entry into BRICS", "The SCO admitted Belarus", "was accepted as a dialogue
partner", "Azerbaijan's application to join BRICS was submitted", "put its membership on
hold", "ceased to be a member of", "terminated its membership", "Since joining the WTO in
2015, Kazakhstan ..."). A sentence that follows ("Tajikistan followed in 2013, and
Kazakhstan in 2015") takes the one change of the sentence before, like one that takes
"the same status".

The member is the actor right before the cue in its clause with the states coordinated
with it ("Bulgaria, Romania and Cyprus became members"), or the object list for "X
invited A, B and C to join" (a list of actors and nothing else); "It", "The country"
or a description ("The half-island nation") stands for the state the passage is
about; an apposition right before the cue names no subject ("Azerbaijan, a dialogue
partner of the SCO since 2016, applied"), and a second coordinated verb has the clause's
first state for subject ("Uzbekistan rejoined the CSTO in 2006 and suspended its
membership"). The group is the first organisation or format after the cue with nothing
between them but words that let it be the cue's object ("joined the leaders of the
OTS", "joined other CSTO leaders", "pulled out of the CSTO summit" name no group
joined or left), the subject for "NATO welcomed A", else the only one in the sentence,
else the one the document is about (also for a group named by its kind: "left the bloc",
"joined the alliance", "quit the group", "the League"). An elliptical conjunct takes the
same change with its own date, every one of a list ("Croatia joined the EU in 2013 and
Bulgaria in 2007", "Laos joined ASEAN in 1997, Cambodia two years later";
:mod:`caspian.extract.membership_elision`). News phrasings of
:mod:`caspian.extract.membership_cues_news` ("Angola is leaving OPEC", "voted to readmit
Syria to the Arab League", "Ecuador left in January 2020", "Kyiv applied on 28 February
2022", "was the accession of Croatia in 2013") and the checks of
:mod:`caspian.extract.membership_context`: a member found through a reference ("Both
countries asked to join") must be plausible by the registry's dated memberships (no
state already a member applies or joins), and "ended a suspension that the League had
imposed in 2011" dates the suspension of the member just reported readmitted. A group
named by a capital ("left Brussels on Friday") is a place, not the group left. A group by a
description ("applied to join the trade bloc") is the one just named; a state owning the
subject's head ("Kazakhstan's athletes") or a leader alone ("Lukashenko joined on 4 July")
is no member of an object-less change (:mod:`caspian.extract.membership_adjuncts` holds
the shared time, "since" and kind fragments). Candidate
status and accession talks are no change of the spec's vocabulary and yield nothing.
Hedged, future, negated and denied statements ("plans to join", "may apply", "aspires to
join", "has not joined", "denied reports that A had applied", "has all but left") yield
nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from caspian.extract.agreements import lead_date
from caspian.extract.base import actors_in, add_facts, dates_in, get_ext, make_fact, text_of
from caspian.extract.fact_context import lower_text
from caspian.extract.factoring import any_of
from caspian.extract.membership_adjuncts import KIND_MODIFIERS
from caspian.extract.membership_context import actor_kind as _kind
from caspian.extract.membership_context import (
    ended_suspension,
    not_after_published,
    plausible,
    speaks_of_membership,
    subject_head,
)
from caspian.extract.membership_cues import CUES as _CUES
from caspian.extract.membership_cues import CUES_OF_STEM as _CUES_OF_STEM
from caspian.extract.membership_cues import GATE_STEMS as _GATE_STEMS
from caspian.extract.membership_cues import STEM_EXCLUDES as _STEM_EXCLUDES
from caspian.extract.membership_elision import elided as _elided
from caspian.extract.membership_lists import counted_object, counted_subject, listed_after
from caspian.extract.membership_lists import object_list as _object_list
from caspian.extract.membership_story import previous_group as _previous_group
from caspian.extract.membership_story import previous_state as _previous_state
from caspian.extract.membership_story import recent_group as _recent_group
from caspian.extract.membership_story import story_group as _story_group
from caspian.extract.membership_story import topic_state as _topic_state
from caspian.extract.references import party_mentions
from caspian.extract.stages import MONTH_MAY
from caspian.extract.vocab import CLAUSE_HEDGE
from caspian.facts import MembershipChange, MembershipFact

if TYPE_CHECKING:
    from caspian.extract.mentions import ActorMention

COMPONENT = "caspian.memberships.v1"
VERSION = "10"

_NEAR_HEDGE = re.compile(
    r"\b(?:to|will|would|may|might|could|should|can|must|not|n't|never|plans?|planning"
    r"|intends?|wants?|seeks?|hopes?|aims?|aspires?|wishes|considering|expected|likely"
    r"|ready|eager|keen|unlikely|refused|declined|yet|nearly|almost)\s+(?:\w+\s+){0,1}$",
    re.I,
)


#: (after a fronted adjunct of time: "In 2004 it became", "Two years later, the country
#: joined")
_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:(?:(?:In|By|On|Since|Later\s+in|Early\s+in|Late\s+in)\s+(?:[\w-]+\s+){0,2}?\d{4}"
    r"|Later|Then|Soon\s+after(?:wards)?|Afterwards|Subsequently|That\s+year"
    r"|The\s+(?:following|next)\s+year|(?:A|One|Two|Three|Four|Five|Six|\d+)\s+(?:years?|months?)"
    r"\s+later)\s*,?\s+)?"
    r"(?:[Ii]t|[Tt]he\s+country|[Tt]he\s+state|[Tt]he\s+republic|[Tt]he\s+((?:[\w-]+\s+){1,2})"
    r"(?:country|state|nation|republic|kingdom))\b(?![’'-])"
)
#: "granted it observer status": the object pronoun of an object-list cue.
_PRONOUN_OBJECT = re.compile(r"\s*(?:it|the\s+country|the\s+(?:[\w-]+\s+){0,2}(nation))\s*", re.I)
_NO_OBJECT = re.compile(
    r"\s*(?:in\s+(?:\w+\s+)?\d{4}|in\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April"
    r"|May|June|July|August|September|October|November|December)\b"
    r"|at\b|on\b|,|\.|$|together\b|as\b|last\b|this\b|too\b|since\b"
    # a list of the members after a colon or dash: "invited six countries to join: A, B"
    r"|:|[–—]|-\s"
    r"|(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+later\b"
    # the start of a membership to come: "invited A to become members from 1 January"
    r"|from\s+(?:\d|(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b|next\s+year\b)"
    r"|(?:soon|shortly)\s+after)"
)
#: "..., together with A, B and C", "alongside A and B": co-members of the same change (the
#: group and the date may lie between: "became a full member of BRICS on 1 January this
#: year, together with Egypt, Ethiopia and the United Arab Emirates"; not across another
#: clause: "..., and Russia, together with China, ...")
_TOGETHER = re.compile(
    r"(?:(?!\b(?:and|but|while|which|who|whom|whose|where|when|said|says)\b)[^.;:]){0,70}?"
    r"\b(?:(?:together|along)\s+with|alongside|as\s+did|as\s+have|as\s+has)\s+"
    # a list "A, B and C": it ends with its "and" item ("..., and Russia chairs" is a clause)
    r"(?P<who>(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}"
    r"(?:,\s*(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})*"
    r"(?:,?\s+and\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})?)"
)
#: Where the clause of a cue ends for its date ("..., arguing that ... in 2021").
#: A comma and a finite verb: the main clause resumes after an apposition ("BRICS, ...
#: later joined by South Africa, grew sharply this year").
_DATE_CLAUSE_END = re.compile(
    r",\s+(?:\w+ing|which|who|when|after|because|since|as|although|though|but|while|grew|rose"
    r"|fell|became|was|were|is|are|has|have|had)\b|;|:"
)
#: "left the bloc", "joined the alliance", "applied to join the trade bloc": a group named
#: by its kind, the one the sentence or the document is about.
_GENERIC_GROUP = re.compile(
    r"\s+(?:formally\s+|officially\s+)?(?:the|its|their)\s+(?P<mod>"
    + KIND_MODIFIERS
    + r")(?:bloc|alliance|organi[sz]ation|union|grouping|group|club|association|community|cartel"
    r"|[Ll]eague)\b(?![’'-]|\s+(?:of|for)\b)"
)
#: a modifier of a group's kind that describes it (not "Russian-led", "six-nation")
_DESCRIPTIVE = re.compile(r"(?:^|\s)[A-Za-z]+\s")
_CLAUSE_END = re.compile(r",\s+(?:but|and|while|which|who)\b|;|\s+but\s+")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)\s*(?:the\s+)?")


#: An apposition right before a cue ("Azerbaijan, a dialogue partner of the SCO since 2016,
#: applied"): what it names is not the subject.
_APPOSITION = re.compile(
    r",\s+(?:an?|the|which|who|whose|one\s+of)\s[^,;:]{0,120},\s*(?:(?:has|have|had|formally"
    r"|officially|also|then|later|finally)\s+)*$"
)


#: A second verb coordinated with the first after its object and adjuncts ("... in 2006
#: and suspended"): its subject is the clause's.
_SECOND_VERB = re.compile(r"\b(?:and|but|then)\s+(?:later\s+|then\s+|also\s+|subsequently\s+)?$")


def _subjects(doc: Doc, mentions: list[ActorMention], start: int, cue: int) -> list[ActorMention]:
    """The member(s) before a cue: the last state named in the clause, with the states
    coordinated with it ("Mali, Burkina Faso and Niger left ...")."""
    text = text_of(doc)
    aside = _APPOSITION.search(text, start, cue)
    before = [
        m
        for m in mentions
        if start <= m.start
        and m.end <= cue
        and not re.search(r"[;:]", text[m.end : cue])
        and not (aside and aside.start() <= m.start)
    ]
    if not before:
        return []
    if _kind(before[-1].actor_id) != "state" and _SECOND_VERB.search(text, before[-1].end, cue):
        # "Uzbekistan rejoined the CSTO in 2006 and suspended its membership": the subject
        # of the coordinated verbs, the first state of the clause (with those listed with it)
        states = [m for m in before if _kind(m.actor_id) == "state"]
        if not states:
            return []
        first = before.index(states[0])
        chain = [states[0]]
        for mention in before[first + 1 :]:
            if (
                _LIST_GAP.fullmatch(text[chain[-1].end : mention.start])
                and _kind(mention.actor_id) == "state"
            ):
                chain.append(mention)
            else:
                break
        return chain
    chain = [before[-1]]
    for mention in reversed(before[:-1]):
        if mention.actor_id == chain[0].actor_id:
            continue
        if (mention.start, mention.end) == (chain[0].start, chain[0].end):
            chain.insert(0, mention)  # "Both countries": every state the reference stands for
            continue
        gap = text[mention.end : chain[0].start]
        if _PLACE_OF.search(text, max(start, mention.start - 24), mention.start):
            break  # "held in Cairo, capital of Egypt, Azerbaijan was elected": a place
        if chain[0].via in ("person", "office") and re.fullmatch(r"\s*,\s*", gap):
            break  # "..., a week after the invasion of Ukraine, Prime Minister X signed"
        if _LIST_GAP.fullmatch(gap) or re.fullmatch(r",\s*represented\s+[^,]{0,60},\s*and\s+", gap):
            chain.insert(0, mention)
        else:
            break
    return chain


#: a state named as a place, not as a subject in a list: "in Egypt", "capital of Egypt"
_PLACE_OF = re.compile(r"\b(?:in|at|near|capital\s+of|city\s+of|held\s+in)\s+(?:the\s+)?$", re.I)


def _tight(text: str, member: ActorMention, match: re.Match[str]) -> bool:
    """Whether a state named by name, short name or capital stands right before a cue."""
    return (
        member.via in ("name", "short", "capital")
        and _kind(member.actor_id) == "state"
        and _TIGHT_GAP.fullmatch(text, member.end, match.start()) is not None
    )


#: what may stand between a tight subject and its verb: nothing, a relative pronoun
#: ("Costa Rica, which applied in August 2022"), or a floating "both" / "all" after a
#: coordinated subject ("China and Taiwan both applied in September 2021")
_TIGHT_GAP = re.compile(r"\s*(?:,\s*which\s+|(?P<all>both|all)\s+)?")


#: "joined the EU's sanctions": a group owning the object is not the group joined.
_POSSESSIVE = re.compile(r"[’']s\b")
#: "admitted as ASEAN's 11th member": the possessive group is the one joined.
_MEMBER_AFTER = re.compile(
    r"(?:[’']s|(?<=S)[’'])\s+(?:[\w-]+\s+)?(?:full(?:-fledged)?\s+|new(?:est)?\s+|permanent\s+)?"
    r"members?\b"
)
#: "pulled out of the CSTO summit", "joined the EU sanctions": an event or programme of
#: the group, not the group.
_EVENT_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:summits?|meetings?|talks|exercises?|drills?|games|forum|sessions?"
    r"|consultations|ministerial|conference|declaration|statement|sanctions?|mission|operations?"
    r"|initiatives?|projects?|programmes?|programs?|platform|fund|troops|peacekeep\w*|forces?"
    r"|deal|agreements?|treaty|regime|tariffs?|rules|standards|leaders?|heads|ministers"
    r"|counterparts|colleagues|partners|allies|members|member\s+(?:states|countries|nations)"
    r"|delegations?|officials|secretariat|chair\w*|presidency|envoys?|markets?|airspace|waters"
    r"|territory|customs|zone|space|grid|networks?|conventions?|charter|protocols?|statute)\b",
    re.I,
)
#: What may stand between a cue and the group it governs: no preposition, clause word or
#: determiner of others ("joined the leaders of the OTS", "joined other CSTO leaders",
#: "left Astana's seat at the OSCE"), except a bare preposition ("partner of the") and
#: "(as) a (full) member of the".
_GAP_STOP = re.compile(
    r"\b(?:of|from|with|at|for|to|and|in|on|by|as|alongside|behind|after|before|during|when"
    r"|while|which|who|that|other|fellow|his|her|its|their)\b",
    re.I,
)
# (speed) read only for whether it matches: factored by first letter
_GAP_STOP = any_of(_GAP_STOP)
_GAP_AS_MEMBER = re.compile(
    r"(?:\s*(?:of|in|at|to|into|with|from)\s+(?:the\s+)?|\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:full(?:-fledged)?\s+|new\s+|permanent\s+)?"
    r"members?\s+(?:states?\s+|countr(?:y|ies)\s+)?(?:of|in)\s+(?:the\s+)?)",
    re.I,
)
_GRP_BEFORE = re.compile(r"\s*(?:the\s+)?", re.I)


#: a group the member left or was expelled from, named after the cue
_LEFT_BEFORE = re.compile(
    r"\b(?:leav\w*|left|quit\w*|exit\w*(?:\s+from)?|withdr[ae]w\w*\s+from|withdrawal\s+from|"
    r"departure\s+from|expelled\s+from|expulsion\s+from)\s+(?:the\s+)?$",
    re.I,
)
#: the start of a membership to come ("to join BRICS from 1 January", "as of next year")
_FROM_START = re.compile(r"\b(?:from|as\s+of|starting(?:\s+(?:from|on|in))?|effective)\s+$", re.I)


#: a subordinate clause of a change still to come: "the last step before it becomes a full
#: member", "until it joins", "once it accedes" (a past "a year before Finland joined" is one)
_NOT_YET = re.compile(r"\b(?:before|until|till|unless|once|if)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_PRESENT_CUE = re.compile(
    r"(?:becomes?|joins?|gains?|accedes?|enters?|(?:is|are)\s+admitted|(?:is|are)\s+accepted)\b",
    re.I,
)
#: an object relative clause ending at an object-less cue: "the flagship that more than 140
#: countries have joined", "the SCO, which Iran joined in 2023" (what was joined is the noun
#: before "that" / "which")
_RELATIVE_OBJECT = re.compile(
    r"(?P<ante>[\w'’-]+)\s*,?\s+(?:that|which|whom)\s+(?!(?:has|have|had|is|was|were|are|will"
    r"|would|also|then|later|in|on|at|by|since|after|before)\b)[^;:.]{1,140}?\s*$",
    re.I,
)
#: a sentence that speaks of membership
_OF_MEMBERSHIP = re.compile(
    r"\b(?:members?|membership|join\w*|accession|admi(?:t|tting|ssion))\b", re.I
)


def _group_antecedent(doc: Doc, groups: list[ActorMention], relative: re.Match[str]) -> bool:
    """Whether the noun a relative clause hangs on is a group: a named one ("the SCO,
    which") or one named by its kind ("a bloc that")."""
    if any(g.start < relative.end("ante") <= g.end for g in groups):
        return True
    if _COMPLEMENT.search(relative.string, max(0, relative.start() - 60), relative.end("ante")):
        return True  # "said on Monday that Tbilisi applied": a reported clause, not a relative
    return re.fullmatch(_GENERIC_NOUN, relative["ante"], re.I) is not None


#: "that" after a verb of saying or a noun of content opens a reported clause
_COMPLEMENT = re.compile(
    r"\b(?:sa(?:id|ys?)|announc\w*|not(?:ed|es)|add(?:ed|s)|stat(?:ed|es)|confirm\w*|report\w*"
    r"|told|tells|believ\w*|thinks?|thought|argu\w*|insist\w*|claim\w*|explain\w*|recall\w*"
    r"|stress\w*|warn\w*|wrote|writes|show\w*|know\w*|knew|learn\w*|recogni[sz]\w*"
    r"|fact|news|statement|sign|signal|hope\w*|view|assurances?|evidence|proof)"
    r"(?:\s+[\w,'’-]+){0,4}?\s*$",
    re.I,
)
_GENERIC_NOUN = (
    r"(?:bloc|alliance|organi[sz]ation|union|grouping|group|club|association|community|cartel"
    r"|league|format|forum|partnership|pact)"
)


def _object_gap(text: str, cue_end: int, group_start: int) -> bool:
    """Whether the text between a cue and a group after it lets the group be the cue's
    object."""
    if group_start <= cue_end:
        return True
    gap = text[cue_end:group_start]
    return not _GAP_STOP.search(gap) or bool(_GAP_AS_MEMBER.fullmatch(gap))


#: The subject group right before its verb ("The African Union on Friday suspended").
_TIGHT_SUBJECT = re.compile(
    r"(?:[’']s(?:\s+[A-Z][\w-]*){1,4})?(?:\s+[\w-]+){0,4}\s+|,\s+(?:which|that)(?:\s+[\w-]+){0,2}\s+"
)
#: A denial or report of others before the cue ("denied reports that A had applied").
_DENIAL = re.compile(
    r"\b(?:den(?:ied|ies|y)|dismiss(?:ed|es)?|refut(?:ed|es)?|rul(?:ed|es)\s+out"
    r"|rumou?rs?|speculation|allegations?|claims?\s+that|reports?\s+that)\b",
    re.I,
)
# (speed) read only for whether it matches: factored by first letter
_DENIAL = any_of(_DENIAL)


#: "joined the EU in condemning the attack": a group joined in an act, a co-actor.
_IN_ACT = re.compile(
    r"\s+in\s+(?:\w+ing\b|(?:its|their)\s+(?:calls?|condemnation|criticism|support|efforts?)\b)"
)


def _joint_with(text: str, group: ActorMention) -> bool:
    """ "together with the EU", "joined the EU in condemning": a group named as a
    co-actor, not the one joined."""
    return bool(
        re.search(
            r"\b(?:together\s+with|along\s+with|alongside)\s+(?:the\s+)?$",
            text[max(0, group.start - 20) : group.start],
        )
        or _IN_ACT.match(text, group.end)
    )


def _gates_hold(gates: tuple[tuple[str, ...], ...], sentence: str) -> bool:
    """Whether the lower-cased sentence holds a word of each clause of a cue's gates."""
    for clause in gates:
        for word in clause:
            if word in sentence:
                break
        else:
            return False
    return True


def _facts_in_sentence(
    doc: Doc, start: int, end: int, cues: list[int], story: str | None = None
) -> list[MembershipFact]:
    """The changes the cues (indices in the cue table, in order) find in the sentence;
    ``story`` is the group of the changes found before it (see :func:`_story_group`)."""
    text = text_of(doc)
    facts: list[MembershipFact] = []
    if not cues:
        return facts
    mentions: list[ActorMention] = []
    groups_all: list[ActorMention] = []
    read = False  # the mentions are read at the first cue found
    seen: set[tuple[str, str, str]] = set()
    span = None
    for index in cues:
        pattern, change, passive, _ = _CUES[index]
        for match in pattern.finditer(text, start, end):
            if not read:
                read = True
                mentions = party_mentions(doc, start, end)
                # groups as objects of joining are filtered from parties: every mention here
                groups_all = [m for m in actors_in(doc, start, end) if _kind(m.actor_id) != "state"]
            before = text[max(start, match.start() - 90) : match.start()]
            clause = re.split(r"[;:]|\bbut\b|\bwhile\b|\bwhereas\b", before)[-1]
            clause = MONTH_MAY.sub("Month", clause)
            if (
                _NEAR_HEDGE.search(clause)
                or (_NOT_YET.search(clause) and _PRESENT_CUE.match(text, match.start()))
                or CLAUSE_HEDGE.search(clause)
                or _DENIAL.search(clause)
                or before.endswith(("all but ", "all but\n"))
            ):
                continue
            pronoun = None
            if "obj" in (pattern.groupindex or {}):
                members = _object_list(
                    doc,
                    match.start("obj"),
                    match.end("obj"),
                    organisations="org" in (pattern.groupindex or {}),
                )
                pronoun = _PRONOUN_OBJECT.fullmatch(text, match.start("obj"), match.end("obj"))
                if not members and counted_object(text, match.start("obj"), match.end("obj")):
                    # "invited six countries to join: Argentina, Egypt, ..."
                    members = listed_after(doc, match.end(), end)
            else:
                members = _subjects(doc, mentions, start, match.start())
                if members and not subject_head(text, start, members):
                    continue  # "Kazakhstan's athletes became members", "Banks from Poland"
                pronoun = _PRONOUN_SUBJECT.match(text, start, match.start())
                if not members and counted_subject(text, start, match.start()):
                    # "Four states joined the bloc in 2024: Egypt, Ethiopia, ..."
                    members = listed_after(doc, match.end(), end)
            if "tight" in (pattern.groupindex or {}):
                # "Ecuador left in January 2020": a state named right before the verb
                tight = bool(members) and _tight(text, members[-1], match)
                if tight and all(
                    m.via in ("name", "short", "capital") and _kind(m.actor_id) == "state"
                    for m in members
                ):
                    # "China and Taiwan both applied", "Georgia, Azerbaijan and Uzbekistan
                    # left in 1999": every state coordinated in the subject
                    pass
                else:
                    members = members[-1:] if tight else []
                if not members or not speaks_of_membership(doc, start, match.span()):
                    continue
            if "named" in (pattern.groupindex or {}):
                members = [m for m in members if m.via in ("name", "short", "capital", "reference")]
            referred = {m.actor_id for m in members if m.via == "reference"}
            member_ids = [m.actor_id for m in members]
            if not member_ids and pronoun:
                member_ids = _previous_state(doc, start, topic_first=pronoun.group(1) is not None)
                if not member_ids and "obj" in (pattern.groupindex or {}):
                    member_ids = _topic_state(doc, start, lead=True)
            together = _TOGETHER.match(text, match.end(), end)
            if member_ids and together:
                member_ids += [
                    m.actor_id
                    for m in mentions
                    if together.start("who") <= m.start < together.end("who")
                    and _kind(m.actor_id) == "state"
                ]
            if not member_ids:
                continue
            if "sgt" in (pattern.groupindex or {}):
                groups = [
                    g
                    for g in groups_all
                    if g.end <= match.start()
                    and _TIGHT_SUBJECT.fullmatch(text, g.end, match.start())
                ][-1:]
            elif "sg" in (pattern.groupindex or {}):
                groups = [
                    g
                    for g in groups_all
                    if g.end <= match.start()
                    and not re.search(r"[;:]", text[g.end : match.start()])
                ][-1:]
            elif "grp" in (pattern.groupindex or {}) and match.start("grp") >= 0:
                groups = [
                    g
                    for g in groups_all
                    if match.start("grp") <= g.start
                    and g.end <= match.end("grp")
                    # the span names the group and nothing else ("joined the EU monitoring
                    # mission as a partner" is no partnership of the EU)
                    and _GRP_BEFORE.fullmatch(text, match.start("grp"), g.start)
                    and not text[g.end : match.end("grp")].strip()
                    and g.via != "capital"  # "returned to Brussels": a place
                ]
            else:
                obj_end = match.end("obj") if "obj" in (pattern.groupindex or {}) else match.start()
                groups = [
                    g
                    for g in groups_all
                    if g.start >= obj_end
                    and g.start - match.end() <= 40
                    and not _joint_with(text, g)
                    and not (
                        _POSSESSIVE.match(text, g.end) and not _MEMBER_AFTER.match(text, g.end)
                    )
                    and not _EVENT_AFTER.match(text, g.end)
                    and _object_gap(text, match.end(), g.start)
                    and g.via != "capital"  # "left Brussels on Friday": a place
                ]
            group_id: str | None = None
            if "recent" in (pattern.groupindex or {}):
                # a bare "filed its application": the group named just before, if any
                group_id = groups[0].actor_id if groups else _recent_group(doc, start)
                if (
                    group_id is None
                    and "topic" in (pattern.groupindex or {})
                    and _OF_MEMBERSHIP.search(text, start, end)
                ):
                    group_id = _previous_group(doc, start, story)  # the document's group
                if group_id is None:
                    continue
            elif groups:
                group_id = groups[0].actor_id
            elif "sgt" in (pattern.groupindex or {}):
                continue  # "suspended Gabon": only the subject group suspends
            elif "grp" in (pattern.groupindex or {}) and match.start("grp") >= 0:
                continue  # the span where the group is named names something else
            elif (relative := _RELATIVE_OBJECT.search(text, start, match.start())) and not (
                _group_antecedent(doc, groups_all, relative)
            ):
                continue  # "the scheme that 140 countries have joined": no group joined
            elif _NO_OBJECT.match(text, match.end(), end) or (
                (generic := _GENERIC_GROUP.match(text, match.end(), end))
                and not _EVENT_AFTER.match(text, generic.end())
            ):
                generic = _GENERIC_GROUP.match(text, match.end(), end)
                if members and all(m.via in ("person", "office") for m in members):
                    continue  # "Lukashenko joined on 4 July": a leader at a meeting
                if (
                    "story" in (pattern.groupindex or {})
                    and story is None
                    and not speaks_of_membership(doc, start, match.span())
                ):
                    continue  # "NATO leaders met, with Sweden joining on Tuesday"
                stop = _CLAUSE_END.search(text, match.end(), end)
                clause_end = stop.start() if stop else end
                others = {
                    g.actor_id
                    for g in groups_all
                    if g.actor_id not in member_ids
                    and g.end <= clause_end
                    # "applied to join in 2021, a year after leaving the EU": not its object
                    and not _LEFT_BEFORE.search(text, max(start, g.start - 40), g.start)
                    and g.via != "capital"  # "... and is talking to Brussels": a place
                }
                if len(others) == 1:
                    group_id = others.pop()
                elif not others and generic and _DESCRIPTIVE.search(generic["mod"]):
                    # "the trade bloc", "the Russian-led security bloc": a description, of
                    # the group just named (the document's may be another; "the Russian-led
                    # bloc", "the six-nation bloc" keep the document's)
                    group_id = _recent_group(doc, start)
                elif not others and "story" in (pattern.groupindex or {}):
                    # "..., joining on 20 December 1998": the story's group, else the one
                    # group of the sentences just before in a passage on membership
                    group_id = (
                        _previous_group(doc, start, story) if story else _recent_group(doc, start)
                    )
                elif not others:
                    group_id = _previous_group(doc, start, story)
            if group_id is None:
                continue
            if span is None:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None:
                    return facts
            turn = _DATE_CLAUSE_END.search(text, match.end(), end)
            dated = [
                d
                for d in dates_in(doc, match.start(), turn.start() if turn else end)
                if d.kind in ("point", "since")
                # "invited to join X from January": when membership would begin, not when
                # the invitation was made
                and not (
                    change is MembershipChange.INVITED
                    and _FROM_START.search(text, max(start, d.start - 24), d.start)
                )
            ]
            if not dated:
                dated = [
                    d for d in dates_in(doc, start, match.start()) if d.kind in ("point", "since")
                ][-1:]
            date = dated[0].value if dated else lead_date(doc)
            if "past" in (pattern.groupindex or {}) and not not_after_published(doc, date):
                continue  # "with Ukraine's accession in 2030": no change yet
            dates_of: dict[str, str | None] = dict.fromkeys(member_ids, date)
            for member, when in _elided(doc, mentions, match.end(), end, member_ids, base=date):
                dates_of.setdefault(member, when or date)
            for member, member_date in dates_of.items():
                if group_id == member or (member, group_id, change.value) in seen:
                    continue
                if member in referred and (
                    not dated or not plausible(member, group_id, change, member_date)
                ):
                    continue  # "Both countries asked to join": a reference, undated or to a member
                seen.add((member, group_id, change.value))
                facts.append(
                    make_fact(
                        MembershipFact,
                        doc,
                        span,
                        component=COMPONENT,
                        version=VERSION,
                        rule=f"membership.{change.value}{'.passive' if passive else ''}",
                        parties=[member],
                        group=group_id,
                        change=change,
                        date=member_date,
                    )
                )
    return facts


def memberships_in(doc: Doc) -> list[MembershipFact]:
    """Every membership change stated in the doc."""
    if not names_a_group(doc):
        return []  # every change is to a group the doc names (see names_a_group)
    return _memberships_in(doc)


def names_a_group(doc: Doc) -> bool:
    """Whether the doc names an organisation or format (an actor mention, a resolved
    reference included, of any kind but "state"). Every change :func:`memberships_in`
    finds is to such a group: the group of a cue is a mention of the sentence, or the
    group named most often before it, and the follow-up rules ("followed in 2013", "the
    same status", "ended a suspension") take the group of a change found before; a doc
    naming none states no change, and is not searched."""
    return any(_kind(m.actor_id) != "state" for m in get_ext(doc, "actors") or ())


def _memberships_in(doc: Doc) -> list[MembershipFact]:
    """:func:`memberships_in` without the check of :func:`names_a_group`."""
    from caspian.extract.membership_followups import followed, same_status

    text = text_of(doc)
    bounds: list[tuple[int, int]] = doc._.sentences or [(0, len(text))]
    starts = [b[0] for b in bounds]
    # the sentences holding a gate word of some cue, found with plain string search in
    # the lower-cased text (far faster than a case-insensitive pattern)
    lowered = lower_text(doc)
    opened: dict[int, set[int]] = {}  # sentence index -> the cues its gate words may open
    if len(lowered) == len(text):
        for stem in _GATE_STEMS:
            excluded = _STEM_EXCLUDES.get(stem, ())
            position = lowered.find(stem)
            while position >= 0:
                if excluded and lowered.startswith(excluded, position + len(stem)):
                    position = lowered.find(stem, position + 1)
                    continue
                index = max(0, bisect_right(starts, position) - 1)
                opened.setdefault(index, set()).update(_CUES_OF_STEM[stem])
                position = lowered.find(stem, max(position + 1, bounds[index][1]))
    else:  # lower-casing moved offsets (rare non-ASCII letters): sentence by sentence
        for index, (start, end) in enumerate(bounds):
            sentence = text[start:end].lower()
            for stem in _GATE_STEMS:
                if stem in sentence:
                    opened.setdefault(index, set()).update(_CUES_OF_STEM[stem])
    facts: list[MembershipFact] = []
    found: dict[int, list[MembershipFact]] = {}
    aligned = len(lowered) == len(text)
    for index in sorted(opened):
        start, end = bounds[index]
        sentence = lowered[start:end] if aligned else text[start:end].lower()
        found[index] = _facts_in_sentence(
            doc,
            start,
            end,
            [i for i in sorted(opened[index]) if _gates_hold(_CUES[i][3], sentence)],
            _story_group(facts),
        )
        if index - 1 in found and found[index - 1]:
            found[index] += same_status(doc, *bounds[index], found[index - 1])
            found[index] += followed(doc, *bounds[index], found[index - 1])
        recent = found.get(index - 1, []) or found.get(index - 2, [])
        if recent and "suspension" in sentence:
            found[index] += ended_suspension(
                doc, *bounds[index], recent, component=COMPONENT, version=VERSION
            )
        facts.extend(found[index])
    return facts


@Language.component(
    COMPONENT.replace(".", "_"),
    requires=["doc._.actors", "doc._.dates"],
    assigns=["doc._.facts"],
)
def memberships_component(doc: Doc) -> Doc:
    """Append the membership changes of the doc to ``doc._.facts``."""
    add_facts(doc, memberships_in(doc))
    return doc


__all__ = ["COMPONENT", "VERSION", "memberships_in"]
