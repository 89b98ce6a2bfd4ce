"""Readers: every kind of unreadable file is named with its reason and skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caspian.errors import DocumentError
from caspian.readers import read_file, read_path, read_paths


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(DocumentError, match="binary") as info:
        read_file(path)
    assert info.value.path == str(path)


def test_wrong_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Ceci est écrit en latin-1.".encode("latin-1"))
    with pytest.raises(DocumentError, match="not UTF-8"):
        read_file(path)


def test_empty_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.md"
    path.write_text("   \n\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="no text"):
        read_file(path)


def test_html_without_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>x=1</script><nav>menu</nav></body></html>")
    with pytest.raises(DocumentError, match="no text"):
        read_file(path)


def test_malformed_json(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"text": "unterminated}', encoding="utf-8")
    with pytest.raises(DocumentError, match="malformed JSON") as info:
        read_file(path)
    assert info.value.line == 1


def test_json_without_text_field(tmp_path: Path) -> None:
    path = tmp_path / "notext.json"
    path.write_text(json.dumps({"doc_id": "x", "title": "only a title"}), encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        read_file(path)
    assert info.value.field == "text"


def test_json_with_bad_date(tmp_path: Path) -> None:
    path = tmp_path / "baddate.json"
    path.write_text(json.dumps({"text": "t", "published": "someday"}), encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        read_file(path)
    assert info.value.field == "published"


def test_json_array_is_not_a_document(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(DocumentError, match="JSON object"):
        read_file(path)


def test_malformed_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some text.\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        read_file(tmp_path / "a.txt")
    assert info.value.path == str(tmp_path / "a.meta.json")


def test_unknown_suffix_and_missing_path(tmp_path: Path) -> None:
    odd = tmp_path / "data.csv"
    odd.write_text("a,b\n", encoding="utf-8")
    result = read_paths([odd, tmp_path / "missing.txt"])
    assert list(result.documents) == []
    reasons = [(Path(e.path or "").name, e.problem) for e in result.skipped]
    assert reasons[0][0] == "data.csv" and "unknown file type" in reasons[0][1]
    assert reasons[1] == ("missing.txt", "no such file or folder")
    with pytest.raises(DocumentError):
        list(read_path(tmp_path / "missing.txt"))


def test_read_paths_skips_bad_files_and_bad_lines_but_keeps_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Good text.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    (tmp_path / "lines.jsonl").write_text(
        "\n".join(
            [
                json.dumps({"doc_id": "l1", "text": "Line one."}),
                "{broken",
                json.dumps({"doc_id": "l3", "text": ""}),
                json.dumps({"doc_id": "l4", "text": "Line four."}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    result = read_paths([tmp_path])
    assert [d.doc_id for d in result.documents] == ["good", "l1", "l4"]
    where = [(Path(e.path or "").name, e.line) for e in result.skipped]
    assert where == [("bad.txt", None), ("lines.jsonl", 2), ("lines.jsonl", 3)]
    assert "lines.jsonl, line 2" in str(result.skipped[1])
