"""Agreements: the story's principal pair as parties when the sentence names none.

"Officials also signed a protocol on customs cooperation.", "A memorandum on transit was
signed by the delegations.": an instrument at a completed stage whose clause has no
named subject or agent (a passive with no agent, or a generic subject: "officials", "the
delegations", "the sides", "the governments", "the two ministers") is between the
story's two principals. They are the actors of the nearest preceding sentences of the
same or the previous paragraph, or else of the headline and lead — only when those
stretches name exactly two actors (one at least a state) and no third one competes.
A similar instrument of other countries ("a similar deal", "with other partners") and a
sentence naming an actor outside the pair are left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from caspian.extract.base import text_of
from caspian.extract.references import party_mentions
from caspian.facts import Stage

if TYPE_CHECKING:
    from caspian.extract.agreement_parties import _Sentences
    from caspian.extract.stages import Cue

#: The stages a story states of its principals' own instruments.
_STAGES = frozenset({Stage.SIGNED, Stage.INITIALED, Stage.CONCLUDED, Stage.RATIFIED})
#: A subject that names nobody: officials or the sides of the talks.
_GENERIC_SUBJECT = re.compile(
    r"(?:^|\b(?:also|then|later|subsequently|further|additionally|and)\s+|,\s*)"
    r"(?:the\s+)?(?:(?:two|both)\s+)?(?:officials|delegations|sides|parties|governments"
    r"|ministers|ministries|negotiators|representatives|heads\s+of\s+(?:delegation|state)s?"
    r"|(?:foreign|prime|trade|economy|energy|transport)\s+ministers|deputy\s+ministers"
    r"|agencies|leaders|presidents)\b",
    re.I,
)
#: The words that make the instrument another one than the principals' own.
_OTHER = re.compile(
    r"\b(?:similar|such|another|other\s+(?:countries|states|partners|nations|members)"
    r"|third\s+countries|elsewhere|previous(?:ly)?|former|earlier\s+(?:deal|agreement)s?"
    r"|companies|firms|private|reportedly|rumou?red|meanwhile|separately"
    r"|member\s+(?:states|countries)|participants|participating|all\s+(?:the\s+)?\w+)\b",
    re.I,
)
_AGENT = re.compile(r"\bby\s+(?!the\s+(?:two|both)\b|both\b)(?:the\s+)?(?P<word>[\w-]+)", re.I)
_GENERIC_AGENT = re.compile(
    r"(?:officials|delegations|sides|parties|governments|ministers|negotiators"
    r"|representatives|heads|leaders|presidents|foreign|prime|deputy|trade|energy)$",
    re.I,
)
#: Sentences looked back at for the pair.
_BACK = 4


def _new_paragraph(text: str, end: int, start: int) -> bool:
    return "\n" in text[end:start]


def _nearby(cache: _Sentences, index: int) -> list[str] | None:
    """The actors of the preceding sentences of this and the previous paragraph (up to
    :data:`_BACK` sentences), or None when they name none."""
    text = text_of(cache.doc)
    found: dict[str, None] = {}
    breaks = 0
    for back in range(index - 1, max(-1, index - 1 - _BACK), -1):
        if _new_paragraph(text, cache.bounds[back][1], cache.bounds[back + 1][0]):
            breaks += 1
            if breaks > 2 or (breaks == 2 and found):
                break
        found.update(dict.fromkeys(cache.parties(back)))
    return list(found) or None


def _lead(cache: _Sentences, index: int) -> list[str]:
    """The actors named anywhere before the sentence, when headline and lead name them."""
    found: dict[str, None] = {}
    for where in range(index):
        found.update(dict.fromkeys(cache.parties(where)))
    return list(found)


def _unnamed_clause(text: str, sent: tuple[int, int], cue: Cue, lo: int) -> bool:
    """Whether the cue's clause names no one: a passive without an agent (or with a
    generic one), or an active verb whose subject is generic."""
    if cue.after:
        agent = _AGENT.search(text, cue.end, sent[1])
        return agent is None or bool(_GENERIC_AGENT.match(agent.group("word")))
    subject = text[sent[0] : cue.start]
    return bool(_GENERIC_SUBJECT.search(subject)) and lo >= sent[0]


def story_pair(
    cache: _Sentences, index: int, cue: Cue | None, lo: int, current: list[str], after: int
) -> list[str]:
    """The story's principal pair for an instrument (ending at `after`) whose clause names
    fewer than two parties and no one else (see the module docstring), else `current`."""
    if len(current) >= 2 or cue is None or index == 0:
        return current
    owned = _owner_and_partner(cache, index, cue, current, after)
    if owned is not None:
        return owned
    if cue.stage not in _STAGES:
        return current
    text = text_of(cache.doc)
    sent = cache.bounds[index]
    if _OTHER.search(text, *sent) or not _unnamed_clause(text, sent, cue, lo):
        return current
    from caspian.extract.agreement_parties import _non_actor_partner

    if _non_actor_partner(cache.doc, after, sent[1]):
        return current  # "a contract with Boeing": a company's deal
    own = cache.parties(index)
    pair = _nearby(cache, index)
    if pair is None:
        pair = _lead(cache, index)
    if len(pair) != 2 or not all(p in pair for p in own):
        return current
    from caspian.extract.references import _kind

    if not any(_kind(p) == "state" for p in pair):
        return current
    if _member_and_bloc(pair, cache):
        return current  # a summit's host and its organisation: the members sign
    return pair


#: An instrument that opens its sentence as "Its / Their / The ... agreement".
_OWNED_OPENING = re.compile(
    r"\s*(?:[A-Z]:\s*|[-–—•*]\s*)?(?P<det>Its|Their|The)\s+[\w\s'’-]{0,80}", re.I
)
_WITH = re.compile(r"\s+with\s+(?:the\s+)?")


def _owner_and_partner(
    cache: _Sentences, index: int, cue: Cue, current: list[str], after: int
) -> list[str] | None:
    """ "Its agreement with the United Kingdom entered into force on 31 May", "The
    partnership and cooperation agreement with the European Union was signed in 2013": an
    instrument that opens its sentence with a possessive or definite determiner and names
    only its partner ("with X") is the story's principal's: the one state the sentence
    before names (for "Its", "Their"), or the state the story has named most so far, by a
    clear margin, and in one of the two sentences before (for "The")."""
    if len(current) != 1 or cue.stage not in _OWNED_STAGES:
        return None
    text = text_of(cache.doc)
    sent = cache.bounds[index]
    opening = _OWNED_OPENING.fullmatch(text, sent[0], after)
    if opening is None or _OTHER.search(text, *sent):
        return None
    named = party_mentions(cache.doc, after, sent[1])
    if not named or named[0].actor_id != current[0]:
        return None
    if not _WITH.fullmatch(text, after, named[0].start):
        return None
    partner = current[0]

    if opening.group("det").lower() in ("its", "their"):
        owner = _previous_subject(cache, index, partner)
    else:
        owner = _principal(cache, index, partner)
    if owner is None:
        return None
    pair = [owner, partner]
    return None if _member_and_bloc(pair, cache) else pair


_SUBJECT_OPENING = re.compile(
    r"\s*(?:[A-Z]:\s*)?(?:(?:In|On|By|Since|After|Last|This|Earlier|Later)\b[^,;]{0,40},\s*)?"
    r"(?:The\s+)?"
)


def _previous_subject(cache: _Sentences, index: int, partner: str) -> str | None:
    """The state "Its" stands for: the one that opens the sentence before, else the only
    state it names (the partner aside)."""
    from caspian.extract.references import _kind

    start, end = cache.bounds[index - 1]
    named = [
        m
        for m in party_mentions(cache.doc, start, end)
        if m.actor_id != partner and _kind(m.actor_id) == "state"
    ]
    if not named:
        return None
    if _SUBJECT_OPENING.fullmatch(text_of(cache.doc), start, named[0].start):
        return named[0].actor_id
    states = {m.actor_id for m in named}
    return named[0].actor_id if len(states) == 1 else None


#: The stages of an instrument named with its partner only.
_OWNED_STAGES = _STAGES | {Stage.IN_FORCE}


def _principal(cache: _Sentences, index: int, partner: str) -> str | None:
    """The state the story has named most before the sentence, if it leads the next one
    and is named in one of the two sentences before."""
    from caspian.extract.references import _kind

    counts: dict[str, int] = {}
    for where in range(index):
        for mention in party_mentions(cache.doc, *cache.bounds[where]):
            if mention.actor_id != partner and _kind(mention.actor_id) == "state":
                counts[mention.actor_id] = counts.get(mention.actor_id, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    top = ranked[0][0]
    near = {p for where in range(max(0, index - 2), index) for p in cache.parties(where)}
    return top if top in near else None


def _member_and_bloc(pair: list[str], cache: _Sentences) -> bool:
    """Whether one of the pair is an organisation or format the other belongs to."""
    from caspian.actors import load_registry

    registry = load_registry()
    one, other = pair
    on = cache.doc._.published
    return other in registry.members(one, on=on) or one in registry.members(other, on=on)
