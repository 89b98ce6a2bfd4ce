"""Readers: each format yields the text, title, date and id it states."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from caspian.documents import content_id
from caspian.readers import find_dateline, read_file, read_paths, strip_markdown


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_txt_with_sidecar_takes_its_metadata(tmp_path: Path) -> None:
    txt = write(tmp_path / "note.txt", "Ministers met in the capital.\n\nThey talked about rail.\n")
    write(
        tmp_path / "note.meta.json",
        json.dumps(
            {
                "doc_id": "ext-42",
                "title": "Ministers meet",
                "published": "2024-03-05",
                "source": "Example Wire",
                "url": "https://example.org/a",
            }
        ),
    )
    [doc] = read_file(txt)
    assert doc.doc_id == "ext-42"
    assert doc.title == "Ministers meet"
    assert doc.published == date(2024, 3, 5)
    assert doc.source == "Example Wire"
    assert doc.url == "https://example.org/a"
    assert doc.text == txt.read_text(encoding="utf-8")
    assert doc.source_path == str(txt)


def test_txt_without_sidecar_uses_stem_first_line_and_dateline(tmp_path: Path) -> None:
    txt = write(
        tmp_path / "rail-talks.txt",
        "Rail talks resume in the steppe\n\nMarch 4, 2023\n\nDelegates gathered again.\n",
    )
    [doc] = read_file(txt)
    assert doc.doc_id == "rail-talks"
    assert doc.title == "Rail talks resume in the steppe"
    assert doc.published == date(2023, 3, 4)


def test_txt_without_any_date_has_none(tmp_path: Path) -> None:
    txt = write(tmp_path / "plain.txt", "A text that states no date at all.\n")
    [doc] = read_file(txt)
    assert doc.published is None
    assert doc.title is None  # a sentence, not a headline


def test_dateline_formats() -> None:
    assert find_dateline("Headline\n\n12/29/2025\n\nBody.") == date(2025, 12, 29)
    assert find_dateline("Headline\n31 May 2024\nBody.") == date(2024, 5, 31)
    assert find_dateline("Headline\nSept. 3, 2022\nBody.") == date(2022, 9, 3)
    assert find_dateline("Headline\nPosted 2021-07-08T09:30:00Z\n") == date(2021, 7, 8)
    long_body = "BAKU, June 2, 2024 — " + "the delegations met for a long time " * 5
    assert find_dateline("Headline\n" + long_body) == date(2024, 6, 2)


def test_a_date_inside_a_long_sentence_is_not_a_dateline() -> None:
    lede = "On 3 March 2020, the two governments agreed " + "on many things " * 8
    assert find_dateline("Headline\n\n" + lede) is None


def test_markdown_front_matter_and_markup(tmp_path: Path) -> None:
    md = write(
        tmp_path / "post.md",
        "---\ntitle: \"Corridor update\"\ndate: 2025-02-14\ndoc_id: md-1\n"
        "url: https://example.org/md\n---\n"
        "# Corridor update\n\nThe **middle corridor** carried *more* cargo, "
        "says [the ministry](https://example.org/m).\n\n- first point\n- `second` point\n",
    )
    [doc] = read_file(md)
    assert doc.doc_id == "md-1"
    assert doc.title == "Corridor update"
    assert doc.published == date(2025, 2, 14)
    assert doc.url == "https://example.org/md"
    assert "The middle corridor carried more cargo, says the ministry." in doc.text
    for mark in ("**", "](", "# ", "---", "`"):
        assert mark not in doc.text


def test_markdown_title_from_heading_without_front_matter(tmp_path: Path) -> None:
    [doc] = read_file(write(tmp_path / "x.md", "## Port news\n\nA ferry arrived.\n"))
    assert doc.title == "Port news"
    assert doc.doc_id == "x"
    assert strip_markdown("_a_ and __b__") == "a and b\n"


HTML = """<!doctype html>
<html><head>
<title>Fallback title</title>
<meta property="og:title" content="Pipeline deal signed">
<meta property="article:published_time" content="2024-10-01T08:00:00+04:00">
<meta name="caspian:doc_id" content="html-7">
<link rel="canonical" href="https://example.org/pipeline">
<style>p { color: red }</style>
<script>var tracking = "do not read";</script>
</head><body>
<header><nav>Home | World | Business</nav></header>
<aside>Most read: something else</aside>
<article>
<h1>Pipeline deal signed</h1>
<p>Two energy ministers signed a gas &amp; oil transit deal.</p>
<p>The line will run<br>under the sea.</p>
<form>Subscribe to our newsletter</form>
</article>
<footer>Copyright example</footer>
</body></html>
"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    [doc] = read_file(write(tmp_path / "page.html", HTML))
    assert doc.doc_id == "html-7"
    assert doc.title == "Pipeline deal signed"
    assert doc.published == date(2024, 10, 1)
    assert doc.url == "https://example.org/pipeline"
    assert "Two energy ministers signed a gas & oil transit deal." in doc.text
    assert "under the sea." in doc.text
    for noise in ("tracking", "Home | World", "Most read", "Subscribe", "Copyright", "color"):
        assert noise not in doc.text


def test_html_without_article_uses_body_and_time_tag(tmp_path: Path) -> None:
    page = (
        "<html><head><title> Short  title </title></head><body>"
        "<nav>menu</nav><div><time datetime='2023-05-06'>6 May</time>"
        "<p>Body text here.</p></div></body></html>"
    )
    [doc] = read_file(write(tmp_path / "p.htm", page))
    assert doc.title == "Short title"
    assert doc.published == date(2023, 5, 6)
    assert "Body text here." in doc.text
    assert "menu" not in doc.text
    assert doc.doc_id == "p"


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    page = "<html><head><meta charset='iso-8859-1'></head><body><p>Café talks.</p></body></html>"
    path = tmp_path / "latin.html"
    path.write_bytes(page.encode("latin-1"))
    [doc] = read_file(path)
    assert "Café talks." in doc.text


def test_json_document(tmp_path: Path) -> None:
    path = write(
        tmp_path / "one.json",
        json.dumps({"doc_id": "j1", "published": "2022-01-02", "title": "T", "url": "u",
                    "text": "Some text.", "section": "world"}),
    )
    [doc] = read_file(path)
    assert (doc.doc_id, doc.published, doc.title, doc.url) == ("j1", date(2022, 1, 2), "T", "u")
    assert doc.meta == {"section": "world"}


def test_jsonl_documents_carry_line_numbers_and_default_ids(tmp_path: Path) -> None:
    lines = [
        json.dumps({"doc_id": "a", "text": "First text."}),
        "",
        json.dumps({"text": "Second text.", "published": "2021-06-30"}),
    ]
    path = write(tmp_path / "many.jsonl", "\n".join(lines) + "\n")
    docs = read_file(path)
    assert [d.doc_id for d in docs] == ["a", content_id("Second text.")]
    assert [d.source_line for d in docs] == [1, 3]
    assert docs[1].published == date(2021, 6, 30)


def test_folder_walk_is_recursive_sorted_and_skips_side_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    write(tmp_path / "b" / "two.txt", "Two.\n")
    write(tmp_path / "a.txt", "A.\n")
    write(tmp_path / "a.meta.json", json.dumps({"doc_id": "alpha"}))
    write(tmp_path / "a.gold.jsonl", "")
    write(tmp_path / "README.md", "# About\n\nNot news.\n")
    write(tmp_path / "notes.csv", "x,y\n")
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / ".hidden" / "h.txt", "Hidden.\n")
    result = read_paths([tmp_path])
    docs = list(result.documents)
    assert [d.doc_id for d in docs] == ["alpha", "two"]
    assert result.skipped == []


def test_dev_corpus_reads_completely(dev_corpus: Path) -> None:
    result = read_paths([dev_corpus])
    docs = list(result.documents)
    texts = sorted(p.stem for p in dev_corpus.glob("*.txt"))
    assert sorted(d.doc_id for d in docs) == texts
    assert result.skipped == []
    assert all(d.published is not None and d.title for d in docs)


def test_html_title_drops_the_site_name_when_the_headline_matches(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Ferry line opens | Harbour Gazette</title></head><body>"
        "<header><h1>Ferry line opens</h1></header><main><p>The first ferry sailed.</p></main>"
        "</body></html>"
    )
    [doc] = read_file(write(tmp_path / "ferry.html", page))
    assert doc.title == "Ferry line opens"
    assert doc.text == "The first ferry sailed.\n"
