"""A project named in one sentence and described in the next.

News often names a project bare ("Kazakhstan has chosen a site for Hyrasia One.") and
says what it is in the next sentence, through a common noun ("The scheme, developed by
Svevind, would cost about USD 50 bln and install 40 GW of wind and solar capacity."). The
bare name holds no project noun, so :mod:`caspian.extract.project_names` does not find it;
this module reads it back from the description:

- the describing sentence opens on "the", "this" or "that" and a project noun ("scheme",
  "project", "venture", "facility", "plant", "hub", ...), up to three words in between
  ("The green hydrogen scheme");
- it says what the project costs (a cost word and an amount) or who develops or builds it
  ("developed by", "built by", "backed by");
- the sentence before holds exactly one candidate name: a run of capitalised words that is
  not an actor, not the sentence's opening words (after a dateline, "ASTANA - "), not a
  month or a common opener, not a company (a company word after it, "firm X", "with X",
  the developer named "by X" in the describing sentence) and not a region ("Mangystau
  region").

The name is returned with the offsets of the sentence before, where the project is named;
the caller reads its host and parties from both sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from caspian.extract.base import text_of
from caspian.extract.fact_context import (
    direct_mentions,
    is_company_mention,
    is_state,
    main_state,
    party_mentions,
    span_text,
)
from caspian.extract.factoring import any_of
from caspian.extract.project_names import Name, not_name_word

_I = re.IGNORECASE

# "The scheme, developed by ...", "The green hydrogen project would cost ..."
_DESCRIBED = re.compile(
    r"\W*(?:The|This|That)\s+(?:[\w-]+\s+){0,3}?(?:scheme|project|venture|facility|initiative|"
    r"complex|plant|hub|park|farm|development)\b"
)
_COST_OR_BUILDER = re.compile(
    r"\b(?:cost\w*|worth|valued\s+at|price\s+tag|investment\s+of|capital\s+expenditure|"
    r"(?:developed|built|backed|led|financed|funded|operated|designed)\s+by)\b",
    _I,
)
_AMOUNT_CUE = re.compile(r"\d")
# a capitalised run: words (hyphens inside) and numbers after the first word
_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d+))*")
_COMPANY_BEFORE = re.compile(
    r"\b(?:with|by|firm|company|companies|developer|group|giant|operator|minister|president|"
    r"chief|CEO|head|of|from|at|'s|’s)\s+$"
)
_COMPANY_WORD = re.compile(
    r"\b(?:Energy|Power|Group|Holding|Holdings|Corp|Corporation|Company|Inc|Ltd|LLC|JSC|PLC|"
    r"Capital|Partners|Investments?|Bank|Fund|Ministry|Agency|Authority|Council|Government)\b"
)
_COMPANY_WORD = any_of(_COMPANY_WORD)  # (speed: factored; read as a test)
_PLACE_AFTER = re.compile(
    r"\s+(?:region|province|oblast|district|city|town|village|sea|river|valley|mountains?|"
    r"desert|lake|basin|steppe|area|county)\b",
    _I,
)
# what follows a bare name: punctuation, the end, or a function word or auxiliary
_NAME_END = re.compile(
    r"\s*(?:[.,;:!?)\"”’]|$)|\s+(?:to|in|on|at|for|with|by|from|and|as|which|that|is|was|are|"
    r"were|will|would|has|had|have|near|into|under|after|before|since|this|last|next)\b"
)
# the sentence's start, after a dateline ("ASTANA - ", "TASHKENT, May 3 - ")
_OPENING = re.compile(
    r"\W*(?:[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?\s*(?:,[^\n]{0,40}?)?\s+[—–-]{1,2}\s+)?"
)
_BY_WHOM = re.compile(r"\bby\s+(?:[\w-]+\s+){0,3}?(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")


def _candidates(doc: Doc, prev: Span, developers: set[str]) -> list[Name]:
    text = span_text(doc, prev)
    base = prev.start_char
    actors = [(m.start, m.end) for m in direct_mentions(doc, prev.start_char, prev.end_char)]
    first = _OPENING.match(text)
    opening = first.end() if first else 0
    found: list[Name] = []
    for match in _RUN.finditer(text):
        if match.start() <= opening:
            continue  # the sentence's subject, not the project it speaks of
        words = match.group(0).split()
        if all(not_name_word(w) for w in words if not w.isdigit()):
            continue
        start, end = base + match.start(), base + match.end()
        if any(not (a_end <= start or a_start >= end) for a_start, a_end in actors):
            continue  # an actor ("Kazakhstan", "Kazakh") or a run holding one
        if {w.lower() for w in words} & developers:
            continue  # the developer named in the describing sentence
        if _COMPANY_BEFORE.search(text, 0, match.start()) or _COMPANY_WORD.search(match.group(0)):
            continue
        if _PLACE_AFTER.match(text, match.end()):
            continue  # "the Mangystau region": a place
        if not _NAME_END.match(text, match.end()):
            continue  # "37 Boeing aircraft": a word qualifying a noun, not a name
        found.append(Name(start, end, match.group(0), "anaphoric"))
    return found


_OWNER_OF_NAME = re.compile(r"['’]s\s+[A-Z][\w-]*")


def anaphoric_host(doc: Doc, sents: Sequence[Span], index: int) -> str | None:
    """The host of a project named bare in sentence `index` and described in the next
    one, when its location is not stated: the one state the two sentences name (not as
    the owner of a company or person: "Germany's Svevind"), else the state the story is
    about, when the sentence names it."""
    spans = sents[index : index + 2]
    states: list[str] = []
    for span in spans:
        for mention in party_mentions(doc, span.start_char, span.end_char):
            if not is_state(mention.actor_id) or is_company_mention(mention):
                continue  # "built by Masdar": a builder
            owner = _OWNER_OF_NAME.match(text_of(doc), mention.end)
            if owner is not None and not _PLACE_AFTER.match(text_of(doc), owner.end()):
                continue  # "Germany's Svevind": a company's nationality
            if mention.actor_id not in states:
                states.append(mention.actor_id)
    if len(states) == 1:
        return states[0]
    state = main_state(doc, len(text_of(doc)), margin=2)
    return state if state in states else None


def anaphoric_name(doc: Doc, sents: Sequence[Span], index: int) -> Name | None:
    """The project named bare in the sentence before `index` and described in sentence
    `index` (see the module docstring), or None."""
    if index == 0:
        return None
    text = span_text(doc, sents[index])
    if not _DESCRIBED.match(text):
        return None
    cue = _COST_OR_BUILDER.search(text)
    if cue is None or (cue.group(0).lower().startswith(("cost", "worth", "valued", "price"))
                       and not _AMOUNT_CUE.search(text, cue.end())):  # fmt: skip
        return None
    developers = {w.lower() for match in _BY_WHOM.finditer(text) for w in match["who"].split()}
    candidates = _candidates(doc, sents[index - 1], developers)
    if len(candidates) != 1:
        return None
    name = candidates[0]
    if text_of(doc)[name.start : name.end] != name.name:
        return None
    return name


__all__ = ["anaphoric_host", "anaphoric_name"]
