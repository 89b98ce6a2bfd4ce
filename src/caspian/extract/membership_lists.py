"""Memberships: the members of a change given as a list of actors (for
:mod:`caspian.extract.memberships`): an object that is nothing but a list ("invited
Finland, Sweden and Norway to join"), and a counted noun standing for a list given after
a colon or a dash, as object or subject ("invited three countries to join: Chile, Peru
and Ghana", "Two states joined the alliance in 2023 and 2024: Finland and Sweden"). The
list runs to the end of the sentence and holds actors and nothing else."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from caspian.extract.base import actors_in, text_of
from caspian.extract.membership_context import actor_kind as _kind

if TYPE_CHECKING:
    from caspian.extract.mentions import ActorMention

_OBJ_GAP = re.compile(r"(?:\s|,|[’']s\b|\band\b|\bthe\b|\bas\s+well\s+as\b|\bboth\b)*")

#: A counted noun of states: "six countries", "three new members", "several states"
_COUNTED = (
    r"(?:the\s+|these\s+|another\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|\d+|several|a\s+(?:handful|number|group)\s+of)\s+(?:more\s+|new\s+|other\s+"
    r"|further\s+|additional\s+|candidate\s+|partner\s+|applicant\s+)?(?:countries|states|nations"
    r"|economies|governments|members|applicants|candidates|newcomers)"
)
_COUNTED_OBJECT = re.compile(r"\s*" + _COUNTED + r"\s*", re.I)
#: a counted subject right before its verb ("Six countries joined", "four states were")
_COUNTED_SUBJECT = re.compile(
    r"(?:^|(?<=[\s,]))" + _COUNTED + r"\s+(?:(?:have|has|had|were|was|formally|officially"
    r"|finally|all|also|then|later|been)\s+)*$",
    re.I,
)
#: where the list starts: a colon or a dash, with nothing of another clause before it
_LIST_START = re.compile(r"[^.;:!?–—]{0,120}?(?::|\s[–—-]\s)\s*")


def object_list(
    doc: Doc, start: int, end: int, *, organisations: bool = False
) -> list[ActorMention]:
    """The states of an object phrase that is nothing but a list of actors ("Finland,
    Sweden and Norway"); none if the phrase holds other words. With ``organisations``, an
    organisation named alone counts too ("admitted the African Union as a member")."""
    text = text_of(doc)
    found = actors_in(doc, start, end)
    position = start
    kept: list[ActorMention] = []
    for mention in found:
        if mention.start < position:
            continue
        if not _OBJ_GAP.fullmatch(text, position, mention.start):
            return []
        kept.append(mention)
        position = mention.end
    if not kept or not _OBJ_GAP.fullmatch(text, position, end):
        return []
    if organisations and len(kept) == 1:
        return kept  # "admitted the African Union as a permanent member"
    return [m for m in kept if _kind(m.actor_id) == "state"]


def listed_after(doc: Doc, after: int, end: int) -> list[ActorMention]:
    """The states of a list after a colon or dash that follows ``after`` in its sentence
    (ending at ``end``); none if the list holds other words or fewer than two."""
    text = text_of(doc)
    opened = _LIST_START.match(text, after, end)
    if opened is None:
        return []
    stop = end
    while stop > opened.end() and text[stop - 1] in " .\n\"”'’":
        stop -= 1
    listed = object_list(doc, opened.end(), stop)
    return listed if len(listed) >= 2 else []


def counted_object(text: str, start: int, end: int) -> bool:
    """Whether an object span is a counted noun of states ("six countries")."""
    return _COUNTED_OBJECT.fullmatch(text, start, end) is not None


def counted_subject(text: str, start: int, cue: int) -> bool:
    """Whether a counted noun of states is the subject right before a cue."""
    return _COUNTED_SUBJECT.search(text, start, cue) is not None


__all__ = ["counted_object", "counted_subject", "listed_after", "object_list"]
