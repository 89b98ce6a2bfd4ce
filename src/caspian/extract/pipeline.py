"""The extraction pipeline: a blank English spaCy pipeline plus rule components.

Order (each component declares what it requires and assigns)::

    caspian.sentences.v1    token.is_sent_start, doc._.sentences
    caspian.actors.v1       doc._.actors            (caspian.extract.mentions)
    caspian.references.v1   doc._.actors (+ "the two countries", "both sides", ...)
    caspian.dates.v1        doc._.dates             (found on demand: caspian.extract.base)
    caspian.quantities.v1   doc._.quantities        (found on demand: caspian.extract.base)
    caspian.agreements.v1   doc._.facts
    caspian.memberships.v1  doc._.facts
    caspian.commitments.v1  doc._.facts             (when extract/commitments.py provides it)
    caspian.trade_figures.v1 doc._.facts            (when extract/trade_figures.py provides it)
    caspian.projects.v1     doc._.facts             (when extract/projects.py provides it)
    caspian.finalize.v1     doc._.facts de-duplicated and sorted

No statistical model is loaded. The tokenizer is :class:`caspian.extract.base.ChunkTokenizer`
(a token per sentence: the rules read character offsets only) and makes a ``CaspianDoc``
that keeps its text; ``caspian.sentences.v1`` marks each of its tokens as a sentence
start and keeps the bounds the tokenizer cut at. The vocabulary computes no lexical
attributes. :func:`build_pipeline` is cached: the pipeline is built once per process.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any, cast

import numpy as np
from spacy.attrs import IDX, SENT_START
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokens import Doc

from caspian.extract import base
from caspian.extract.base import (
    BOUNDS_KEY,
    SENT_TOKENS_KEY,
    ChunkTokenizer,
    get_ext,
    set_ext,
    text_of,
)
from caspian.extract.sentences import sentence_bounds
from caspian.facts import (
    AgreementFact,
    CommitmentFact,
    FactBase,
    MembershipFact,
    ProjectFact,
    TradeFigureFact,
)

base.register_extensions()

FACT_COMPONENTS = (
    "caspian.agreements.v1",
    "caspian.memberships.v1",
    "caspian.commitments.v1",
    "caspian.trade_figures.v1",
    "caspian.projects.v1",
)
#: Modules that register fact components on import (those missing are skipped).
_COMPONENT_MODULES = (
    "caspian.extract.references",
    "caspian.extract.agreements",
    "caspian.extract.memberships",
    "caspian.extract.commitments",
    "caspian.extract.trade_figures",
    "caspian.extract.projects",
    "caspian.extract.dates",
    "caspian.extract.money",
)


def set_sentences(doc: Doc) -> Doc:
    """Mark the sentence starts of :func:`sentence_bounds` and keep the bounds in
    ``doc._.sentences``. On a Doc of :class:`ChunkTokenizer` every token is a sentence
    (it was cut at these bounds, kept in ``doc.user_data``); on any other Doc the token at
    or after each sentence's first character starts a sentence (one vectorised step)."""
    bounds: list[tuple[int, int]] | None = doc.user_data.get(BOUNDS_KEY)
    chunked = bounds is not None
    if bounds is None:
        bounds = sentence_bounds(text_of(doc))
    set_ext(doc, "sentences", bounds)
    n = len(doc)
    if n == 0:
        return doc
    if chunked:
        doc.from_array([SENT_START], cast(Any, np.ones((n, 1), dtype=np.uint64)))
        doc.user_data[SENT_TOKENS_KEY] = list(range(n))  # for CaspianDoc.sents
        return doc
    idx = doc.to_array([IDX]).astype(np.int64).reshape(-1)
    starts = np.full(n, -1, dtype=np.int32)
    if bounds:
        positions = np.searchsorted(idx, np.array([b[0] for b in bounds], dtype=np.int64))
        positions = positions[positions < n]
        starts[positions] = 1
    starts[0] = 1
    doc.from_array([SENT_START], cast(Any, starts.astype(np.uint64).reshape(-1, 1)))
    # the token index of each sentence start, for CaspianDoc.sents
    doc.user_data[SENT_TOKENS_KEY] = np.flatnonzero(starts == 1).tolist()
    return doc


@Language.component("caspian_sentences_v1", assigns=["token.is_sent_start", "doc._.sentences"])
def sentences_component(doc: Doc) -> Doc:
    return set_sentences(doc)


@Language.component("caspian_actors_v1", assigns=["doc._.actors"])
def actors_component(doc: Doc) -> Doc:
    """Actor mentions by name, short form, demonym, capital, office-holder, agency."""
    from caspian.extract.mentions import find_actor_mentions
    from caspian.extract.person_aliases import add_person_aliases
    from caspian.extract.transcripts import add_speaker_references

    text = text_of(doc)
    published = get_ext(doc, "published")
    mentions = find_actor_mentions(text, on=published)
    mentions = add_person_aliases(text, mentions)
    set_ext(doc, "actors", add_speaker_references(text, mentions, published))
    return doc


@Language.component("caspian_finalize_v1", requires=["doc._.facts"], assigns=["doc._.facts"])
def finalize_component(doc: Doc) -> Doc:
    """Drop duplicate facts (same spec content) and sort by position."""
    set_ext(doc, "facts", finalize_facts(get_ext(doc, "facts") or []))
    return doc


def _merge_key(fact: FactBase) -> tuple[Any, ...]:
    if isinstance(fact, AgreementFact):
        return ("agreement", fact.parties, fact.instrument, fact.stage)
    if isinstance(fact, MembershipFact):
        return ("membership", fact.parties, fact.group, fact.change)
    if isinstance(fact, CommitmentFact):
        return ("commitment", fact.parties, fact.metric, fact.deadline, fact.target_value)
    if isinstance(fact, TradeFigureFact):
        return ("trade_figure", fact.parties, fact.metric, fact.year, fact.value)
    if isinstance(fact, ProjectFact):
        return ("project", fact.host, fact.name.casefold())
    return (fact.model_dump_json(),)


def _same_instrument(kept: FactBase, new: FactBase) -> bool:
    """Whether two facts with the same key are one statement (not two listed instruments)."""
    if not isinstance(kept, AgreementFact) or not isinstance(new, AgreementFact):
        return True
    if kept.evidence_start == new.evidence_start:
        # one sentence listing several instruments: one fact each (the spec's rule)
        return kept.title is not None and kept.title == new.title
    if kept.title and new.title:
        return kept.title.casefold() == new.title.casefold()
    if (new.rule or "").endswith("+another"):
        return False  # "X also signed an agreement with Y": not the one stated before
    # "signed an earlier agreement ... in 2016" beside this year's: another instrument
    return not (
        kept.date
        and new.date
        and kept.date[:4] != new.date[:4]
        and any((f.rule or "").endswith("+earlier") for f in (kept, new))
    )


def _enrich(kept: FactBase, new: FactBase) -> FactBase:
    """Fill the fields the kept fact lacks from a duplicate."""
    if not isinstance(kept, AgreementFact) or not isinstance(new, AgreementFact):
        return kept
    update: dict[str, Any] = {}
    if kept.title is None and new.title is not None:
        update["title"] = new.title
    if not kept.topics and new.topics:
        update["topics"] = new.topics
    if kept.value_usd is None and new.value_usd is not None:
        update["value_usd"] = new.value_usd
    if kept.replaces is None and new.replaces is not None:
        update["replaces"] = new.replaces
    if kept.date is None and new.date is not None:
        update["date"] = new.date
    return kept.model_copy(update=update) if update else kept


def finalize_facts(facts: list[FactBase]) -> list[FactBase]:
    """De-duplicate facts that state the same thing and sort them by evidence position.

    Two facts are one when the spec would score them alike (same type, parties and
    defining fields) and they do not come from one sentence listing several
    instruments; the first stated is kept, completed with the title, topics, value
    and date its repetitions give.
    """
    ordered = sorted(
        facts, key=lambda f: (f.evidence_start or 0, _TYPE_ORDER.get(type(f).__name__, 9))
    )
    kept: list[FactBase] = []
    by_key: dict[tuple[Any, ...], list[int]] = {}
    for fact in ordered:
        key = _merge_key(fact)
        for index in by_key.get(key, []):
            if _same_instrument(kept[index], fact):
                kept[index] = _enrich(kept[index], fact)
                break
        else:
            by_key.setdefault(key, []).append(len(kept))
            kept.append(fact)
    return kept


_TYPE_ORDER = {
    "AgreementFact": 0,
    "MembershipFact": 1,
    "CommitmentFact": 2,
    "ProjectFact": 3,
    "TradeFigureFact": 4,
}


def _dates_fallback(doc: Doc) -> Doc:
    from caspian.extract.dates import find_dates

    doc._.dates = find_dates(text_of(doc), published=doc._.published)
    return doc


def _quantities_fallback(doc: Doc) -> Doc:
    from caspian.extract.money import find_quantities

    doc._.quantities = find_quantities(text_of(doc))
    return doc


def _import_optional(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ModuleNotFoundError as err:
        if err.name == module:
            return False
        raise
    return True


def _ensure_factories() -> None:
    for module in _COMPONENT_MODULES:
        _import_optional(module)
    if not Language.has_factory(factory_name("caspian.dates.v1")) and _import_optional(
        "caspian.extract.dates"
    ):
        Language.component(
            factory_name("caspian.dates.v1"), assigns=["doc._.dates"], func=_dates_fallback
        )
    if not Language.has_factory(factory_name("caspian.quantities.v1")) and _import_optional(
        "caspian.extract.money"
    ):
        Language.component(
            factory_name("caspian.quantities.v1"),
            assigns=["doc._.quantities"],
            func=_quantities_fallback,
        )


def factory_name(component: str) -> str:
    """spaCy's factory name of a component ("caspian.agreements.v1" -> "caspian_agreements_v1":
    spaCy forbids dots in factory names)."""
    return component.replace(".", "_")


def component_names() -> list[str]:
    """The components of the pipeline, in order (those not yet provided are left out)."""
    _ensure_factories()
    order = [
        "caspian.sentences.v1",
        "caspian.actors.v1",
        "caspian.references.v1",
        "caspian.dates.v1",
        "caspian.quantities.v1",
        *FACT_COMPONENTS,
        "caspian.finalize.v1",
    ]
    names = [name for name in order if Language.has_factory(factory_name(name))]
    if not _import_optional("caspian.extract.mentions"):
        names.remove("caspian.actors.v1")
    return names


@cache
def build_pipeline() -> Language:
    """The extraction pipeline (built once per process)."""
    nlp = English()
    # no parser or NER: long texts cost memory in proportion to their tokens only
    nlp.max_length = 1 << 31
    # the rules read character offsets only: a token per sentence, a Doc that keeps its text
    nlp.tokenizer = ChunkTokenizer(nlp.vocab)
    # and no rule reads a lexeme's attributes (shape, like_num, like_url, ...): spaCy would
    # compute them for every new token string (again after each memory zone)
    cast(Any, nlp.vocab).lex_attr_getters = {}  # (not in spaCy's type stubs)
    config: dict[str, Any] = {}
    for name in component_names():
        nlp.add_pipe(
            factory_name(name),
            name=name.removeprefix("caspian.").removesuffix(".v1"),
            config=config,
        )
    return nlp


__all__ = [
    "FACT_COMPONENTS",
    "build_pipeline",
    "component_names",
    "factory_name",
    "finalize_facts",
    "set_sentences",
]
