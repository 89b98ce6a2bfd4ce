"""Reading news files into :class:`~caspian.documents.Document` objects.

Formats, by file suffix:

- ``.txt``: the text as it is. Title, date, id, source and url come from a sidecar
  ``NAME.meta.json`` where present; else the title is a short first line and the date
  one stated near the top (a dateline such as "June 12, 2024", "31 May 2024",
  "12/29/2025" or "2024-06-12").
- ``.md``: markup stripped lightly (headings, emphasis, links, images, code marks);
  a front matter block (``---`` ... ``---``) may give title, date, doc_id, url, source.
- ``.html`` / ``.htm``: main text only (script, style, nav, header, footer, aside and
  form dropped; ``<article>`` or ``<main>`` preferred), title from ``og:title`` or
  ``<title>``, date from ``article:published_time``, a date ``<meta>`` or ``<time>``.
- ``.json``: one document ``{"doc_id", "published", "title", "url", "source", "text"}``.
- ``.jsonl``: one such document per line (each keeps its line number).

Folders are read recursively in sorted order, skipping ``*.gold.jsonl``, ``*.meta.json``,
``README*`` and hidden files. A file that cannot be read raises
:class:`~caspian.errors.DocumentError` naming it and the reason; :func:`read_paths`
collects those and goes on with the other files (and, in a JSON Lines file, with the
other lines).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from caspian.documents import Document, content_id
from caspian.errors import DocumentError

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
_BINARY_PROBE = 8192

# -- dates -------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_PATTERNS = (
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I),
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<y>\d{{4}})\b", re.I),
    re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})\b"),
)
#: How many non-empty lines at the top of a text may hold its dateline.
DATELINE_LINES = 8
#: A dateline is a short line holding a date, or a date near the start of a longer line
#: followed by a dash ("ASTANA, June 12, 2024 — ...").
_DATELINE_MAX_LINE = 100
_DATELINE_MAX_OFFSET = 60
_DATELINE_DASH = re.compile(r"\s*[)\]]?\s*(?:[—–]|--?|:)\s")


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _match_date(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    year = int(groups["y"])
    if groups.get("mon"):
        return _make_date(year, _MONTHS[groups["mon"].lower()[:3]], int(groups["d"]))
    if groups.get("a"):
        first, second = int(groups["a"]), int(groups["b"])
        # month/day/year as in US datelines; day/month/year when the first cannot be a month
        if first > 12:
            return _make_date(year, second, first)
        return _make_date(year, first, second)
    return _make_date(year, int(groups["m"]), int(groups["d"]))


def find_date(text: str) -> date | None:
    """The first calendar date written in `text` (several common formats), or None."""
    best: tuple[int, date] | None = None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            value = _match_date(match)
            if value is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), value)
                break
    return best[1] if best else None


def find_dateline(text: str) -> date | None:
    """A publication date stated near the top of a text (a dateline), or None."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines:
        for pattern in _DATE_PATTERNS:
            match = pattern.search(line)
            if match is None:
                continue
            if len(line) > _DATELINE_MAX_LINE and not (
                match.start() <= _DATELINE_MAX_OFFSET
                and _DATELINE_DASH.match(line, match.end())
            ):
                continue
            value = _match_date(match)
            if value is not None:
                return value
    return None


def parse_published(value: object, *, path: Path, line: int | None = None) -> date | None:
    """A publication date given in metadata: ISO date or datetime, or a written date."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise DocumentError(
            f"expected a date string, got {type(value).__name__}",
            path=path, line=line, field="published",
        )
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    found = find_date(text)
    if found is None:
        raise DocumentError(
            f"{value!r} is not a date", path=path, line=line, field="published"
        )
    return found


# -- raw text ----------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise DocumentError(f"cannot read: {err.strerror or err}", path=path) from None


def _decode(data: bytes, path: Path, *, fallback: str | None = None) -> str:
    if b"\x00" in data[:_BINARY_PROBE]:
        raise DocumentError("binary file, not text", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        if fallback is None:
            raise DocumentError(
                f"not UTF-8 text (bad byte at offset {err.start})", path=path
            ) from None
        try:
            text = data.decode(fallback)
        except UnicodeDecodeError:
            raise DocumentError(f"not {fallback} text as it declares", path=path) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _require_text(text: str, path: Path, *, line: int | None = None) -> str:
    if not text.strip():
        raise DocumentError("no text", path=path, line=line)
    return text


@dataclass
class _Meta:
    doc_id: str | None = None
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _str_field(obj: Mapping[str, Any], name: str, path: Path, line: int | None) -> str | None:
    value = obj.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise DocumentError(
            f"expected a string, got {type(value).__name__}", path=path, line=line, field=name
        )
    return value.strip() or None


def _sidecar(path: Path) -> _Meta | None:
    meta_path = path.with_name(path.stem + ".meta.json")
    if not meta_path.is_file():
        return None
    try:
        obj = json.loads(_decode(_read_bytes(meta_path), meta_path))
    except json.JSONDecodeError as err:
        raise DocumentError(
            f"malformed JSON ({err.msg} at line {err.lineno}, column {err.colno})",
            path=meta_path,
        ) from None
    if not isinstance(obj, dict):
        raise DocumentError("metadata must be a JSON object", path=meta_path)
    return _Meta(
        doc_id=_str_field(obj, "doc_id", meta_path, None),
        title=_str_field(obj, "title", meta_path, None),
        published=parse_published(obj.get("published"), path=meta_path),
        url=_str_field(obj, "url", meta_path, None),
        source=_str_field(obj, "source", meta_path, None),
    )


def _document(path: Path, text: str, found: _Meta, sidecar: _Meta | None) -> Document:
    meta = sidecar or _Meta()
    return Document(
        doc_id=meta.doc_id or found.doc_id or path.stem,
        text=text,
        published=meta.published or found.published,
        title=meta.title or found.title,
        url=meta.url or found.url,
        source=meta.source or found.source,
        source_path=str(path),
        meta=found.extra,
    )


def _first_line_title(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if line:
            if len(line) <= 200 and not line.endswith((".", ":", ";", ",")):
                return line
            return None
    return None


# -- .txt ----------------------------------------------------------------------------


def read_txt(path: Path) -> Document:
    text = _require_text(_decode(_read_bytes(path), path), path)
    sidecar = _sidecar(path)
    found = _Meta(title=_first_line_title(text))
    if sidecar is None or sidecar.published is None:
        found.published = find_dateline(text)
    return _document(path, text, found, sidecar)


# -- .md -----------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^```.*?^```[ \t]*$", re.M | re.S), ""),  # fenced code blocks
    (re.compile(r"<!--.*?-->", re.S), ""),  # comments
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links -> text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"^\[[^\]]+\]:\s+\S+.*$", re.M), ""),  # link definitions
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M), r"\1"),  # headings
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$", re.M), ""),  # rules
    (re.compile(r"^([ \t]*)[-*+][ \t]+", re.M), r"\1"),  # bullets
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)", re.S), r"\1"),  # emphasis *
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?!\w)", re.S), r"\1"),  # emphasis _
    (re.compile(r"~~(.+?)~~", re.S), r"\1"),  # strike-through
    (re.compile(r"`([^`]+)`"), r"\1"),  # inline code
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # inline HTML tags
    (re.compile(r"\n{3,}"), "\n\n"),
)


def strip_markdown(text: str) -> str:
    """Markdown to plain text, lightly: the words stay, the markup goes."""
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text.strip() + "\n"


def _front_matter(text: str, path: Path) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    fields: dict[str, str] = {}
    for number, raw in enumerate(match.group("body").splitlines(), start=2):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        key, sep, value = raw.partition(":")
        if not sep or not key.strip():
            raise DocumentError(
                f"front matter line is not 'key: value': {raw.strip()!r}", path=path, line=number
            )
        fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields, text[match.end() :]


def read_md(path: Path) -> Document:
    raw = _decode(_read_bytes(path), path)
    fields, body = _front_matter(raw, path)
    # the title: a heading of any level on the first line, else the first level-1 heading
    heading = re.match(r"\s*[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$", body, re.M) or re.search(
        r"^[ \t]{0,3}#[ \t]+(.+?)[ \t]*#*[ \t]*$", body, re.M
    )
    text = _require_text(strip_markdown(body), path)
    published_value = fields.get("published") or fields.get("date")
    heading_text = strip_markdown(heading.group(1)).strip() if heading else None
    found = _Meta(
        doc_id=fields.get("doc_id") or fields.get("id"),
        title=fields.get("title") or heading_text,
        url=fields.get("url"),
        source=fields.get("source"),
    )
    found.published = (
        parse_published(published_value, path=path) if published_value else find_dateline(text)
    )
    return _document(path, text, found, _sidecar(path))


# -- .html ----------------------------------------------------------------------------

_SKIP_TAGS = frozenset(
    {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template",
     "svg", "iframe", "button", "select", "head"}
)
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr"}
)
_BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
     "ul", "ol", "blockquote", "pre", "table", "tr", "figure", "figcaption", "dl", "dt",
     "dd", "body", "br", "hr"}
)
#: Metadata that may give the publication date, in order of preference.
_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "citation_publication_date",
    "dc.date.issued", "dcterms.created", "dc.date", "dcterms.date", "pubdate", "publishdate",
    "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "date",
)  # fmt: skip


class _MainTextParser(HTMLParser):
    """Collects the visible text of <article>, <main> and <body>, and the metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.skip_depth = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.time_values: list[str] = []
        self.first_h1: list[str] = []
        self.h1_done = False
        self.in_h1 = False
        # text collected per container: whole body, first <main>, first <article>
        self.parts: dict[str, list[str]] = {"body": [], "main": [], "article": []}
        self.open_container: dict[str, int] = {"main": 0, "article": 0}
        self.done_container: set[str] = set()

    def _targets(self) -> list[list[str]]:
        targets = [self.parts["body"]]
        for name in ("main", "article"):
            if self.open_container[name] and name not in self.done_container:
                targets.append(self.parts[name])
        return targets

    def _newline(self) -> None:
        for target in self._targets():
            target.append("\n\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name.lower(): (value or "") for name, value in attrs}
        if tag == "meta":
            key = (
                attributes.get("property")
                or attributes.get("name")
                or attributes.get("itemprop")
                or ""
            ).lower()
            if key and "content" in attributes:
                self.meta.setdefault(key, attributes["content"].strip())
            if "charset" in attributes:
                self.meta.setdefault("charset", attributes["charset"].strip())
            return
        if tag == "link" and attributes.get("rel", "").lower() == "canonical":
            self.meta.setdefault("canonical", attributes.get("href", "").strip())
            return
        if tag == "time" and attributes.get("datetime"):
            self.time_values.append(attributes["datetime"].strip())
        if tag == "title" and not self.stack_has("body"):
            self.in_title = True
        if tag in _VOID_TAGS:
            if tag in _BLOCK_TAGS and not self.skip_depth:
                self._newline()
            return
        self.stack.append(tag)
        if tag == "h1" and not self.h1_done:  # the headline, even inside a <header>
            self.in_h1 = True
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
            return
        if tag in self.open_container and not self.skip_depth:
            self.open_container[tag] += 1
        if tag in _BLOCK_TAGS and not self.skip_depth:
            self._newline()

    def stack_has(self, tag: str) -> bool:
        return tag in self.stack

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _VOID_TAGS or tag not in self.stack:
            return
        # close up to the matching tag (tolerates unclosed children)
        while self.stack:
            top = self.stack.pop()
            if top == "h1" and self.in_h1:
                self.in_h1 = False
                self.h1_done = True
            if top in _SKIP_TAGS:
                self.skip_depth -= 1
            elif not self.skip_depth:
                if self.open_container.get(top):
                    self.open_container[top] -= 1
                    if not self.open_container[top]:
                        self.done_container.add(top)
                if top in _BLOCK_TAGS:
                    self._newline()
            if top == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.in_h1:
            self.first_h1.append(data)
        if self.skip_depth or "head" in self.stack:
            return
        text = re.sub(r"\s+", " ", data)
        if text:
            for target in self._targets():
                target.append(text)

    def text_of(self, name: str) -> str:
        raw = "".join(self.parts[name])
        paragraphs = (re.sub(r"[ \t]+", " ", block).strip() for block in raw.split("\n\n"))
        return "\n\n".join(p for p in paragraphs if p)


def _html_charset(data: bytes) -> str | None:
    match = re.search(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", data[:4096], re.I)
    if match is None:
        return None
    name = match.group(1).decode("ascii")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def read_html(path: Path) -> Document:
    data = _read_bytes(path)
    charset = _html_charset(data)
    markup = _decode(data, path, fallback=None if charset in (None, "utf-8") else charset)
    parser = _MainTextParser()
    parser.feed(markup)
    parser.close()
    text = ""
    for name in ("article", "main", "body"):
        text = parser.text_of(name)
        if text.strip():
            break
    text = _require_text(text, path)
    meta = parser.meta
    heading = re.sub(r"\s+", " ", "".join(parser.first_h1)).strip()
    title = meta.get("og:title") or re.sub(r"\s+", " ", "".join(parser.title_parts)).strip()
    if not title or (heading and title.startswith(heading)):
        title = heading or title  # "<h1 text> | Site name" -> the headline alone
    published: date | None = None
    for key in _DATE_META:
        if meta.get(key):
            published = parse_published(meta[key], path=path)
            break
    if published is None:
        for value in parser.time_values:
            try:
                published = parse_published(value, path=path)
            except DocumentError:
                continue
            break
    if published is None:
        published = find_dateline(text)
    found = _Meta(
        doc_id=meta.get("caspian:doc_id") or None,
        title=title or None,
        published=published,
        url=meta.get("og:url") or meta.get("canonical") or None,
        source=meta.get("og:site_name") or None,
    )
    return _document(path, text + "\n", found, _sidecar(path))


# -- .json / .jsonl -------------------------------------------------------------------

_JSON_FIELDS = frozenset({"doc_id", "published", "title", "url", "source", "text"})


def document_from_json(
    obj: object, *, path: Path, line: int | None = None, default_id: str | None = None
) -> Document:
    """One document from a JSON object (doc_id, published, title, url, source, text)."""
    if not isinstance(obj, dict):
        raise DocumentError("a document must be a JSON object", path=path, line=line)
    text = obj.get("text")
    if text is None:
        raise DocumentError("no text", path=path, line=line, field="text")
    if not isinstance(text, str):
        raise DocumentError(
            f"expected a string, got {type(text).__name__}", path=path, line=line, field="text"
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DocumentError("no text", path=path, line=line, field="text")
    extra = {
        str(key): value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        for key, value in obj.items()
        if key not in _JSON_FIELDS
    }
    return Document(
        doc_id=_str_field(obj, "doc_id", path, line) or default_id or content_id(text),
        text=text,
        published=parse_published(obj.get("published"), path=path, line=line),
        title=_str_field(obj, "title", path, line),
        url=_str_field(obj, "url", path, line),
        source=_str_field(obj, "source", path, line),
        source_path=str(path),
        source_line=line,
        meta=extra,
    )


def read_json(path: Path) -> Document:
    raw = _decode(_read_bytes(path), path)
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as err:
        raise DocumentError(
            f"malformed JSON ({err.msg} at column {err.colno})", path=path, line=err.lineno
        ) from None
    return document_from_json(obj, path=path, default_id=path.stem)


def iter_jsonl(path: Path) -> Iterator[Document | DocumentError]:
    """Each line of a JSON Lines file as a document, or as the error that line raised."""
    raw = _decode(_read_bytes(path), path)
    for number, line in enumerate(raw.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield DocumentError(
                f"malformed JSON ({err.msg} at column {err.colno})", path=path, line=number
            )
            continue
        try:
            yield document_from_json(obj, path=path, line=number)
        except DocumentError as err:
            yield err


# -- files and folders -----------------------------------------------------------------


def is_skipped_name(name: str) -> bool:
    """Files a folder walk leaves alone: gold facts, sidecar metadata, READMEs, hidden."""
    lower = name.lower()
    return (
        lower.endswith((".gold.jsonl", ".meta.json"))
        or lower.startswith("readme")
        or name.startswith(".")
    )


def find_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[DocumentError]]:
    """The readable files under `paths` (folders recursively, sorted), and problems found.

    A path named explicitly is read whatever its name, except gold files and sidecar
    metadata (``*.gold.jsonl``, ``*.meta.json``: annotations, not news), so that a shell
    glob over a corpus works; inside folders only files with a known suffix are taken,
    minus :func:`is_skipped_name` ones.
    """
    files: list[Path] = []
    problems: list[DocumentError] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if any(part.startswith(".") for part in relative):
                    continue
                if (
                    child.is_file()
                    and child.suffix.lower() in SUFFIXES
                    and not is_skipped_name(child.name)
                ):
                    files.append(child)
        elif path.is_file():
            if path.name.lower().endswith((".gold.jsonl", ".meta.json")):
                continue
            if path.suffix.lower() not in SUFFIXES:
                problems.append(
                    DocumentError(
                        f"unknown file type {path.suffix or '(none)'!r}; expected one of "
                        + ", ".join(SUFFIXES),
                        path=path,
                    )
                )
            else:
                files.append(path)
        else:
            problems.append(DocumentError("no such file or folder", path=path))
    return files, problems


def read_file(path: str | Path) -> list[Document]:
    """Every document of one file; raises :class:`DocumentError` at the first problem."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".txt":
        return [read_txt(path)]
    if suffix in (".md", ".markdown"):
        return [read_md(path)]
    if suffix in (".html", ".htm"):
        return [read_html(path)]
    if suffix == ".json":
        return [read_json(path)]
    if suffix == ".jsonl":
        docs: list[Document] = []
        for item in iter_jsonl(path):
            if isinstance(item, DocumentError):
                raise item
            docs.append(item)
        return docs
    raise DocumentError(
        f"unknown file type {suffix or '(none)'!r}; expected one of {', '.join(SUFFIXES)}",
        path=path,
    )


def read_path(path: str | Path) -> Iterator[Document]:
    """Every document under a file or folder; raises at the first unreadable file."""
    files, problems = find_files([path])
    if problems:
        raise problems[0]
    for file in files:
        yield from read_file(file)


def read_file_lenient(path: Path) -> tuple[list[Document], list[DocumentError]]:
    """The documents of one file and its problems: a bad JSON Lines line skips that line
    only; any other problem skips the whole file."""
    if path.suffix.lower() == ".jsonl":
        docs: list[Document] = []
        problems: list[DocumentError] = []
        try:
            for item in iter_jsonl(path):
                if isinstance(item, DocumentError):
                    problems.append(item)
                else:
                    docs.append(item)
        except DocumentError as err:
            return [], [err]
        return docs, problems
    try:
        return read_file(path), []
    except DocumentError as err:
        return [], [err]


@dataclass
class ReadResult:
    """What :func:`read_paths` yields: documents as they are read, and what was skipped.

    `skipped` fills up while `documents` is consumed.
    """

    documents: Iterator[Document]
    skipped: list[DocumentError]
    files: list[Path]


def read_paths(paths: Iterable[str | Path]) -> ReadResult:
    """Read every document under `paths`, skipping (and listing) what cannot be read."""
    files, skipped = find_files(paths)

    def generate() -> Iterator[Document]:
        for file in files:
            docs, problems = read_file_lenient(file)
            skipped.extend(problems)
            yield from docs

    return ReadResult(documents=generate(), skipped=skipped, files=files)
