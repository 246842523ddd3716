"""Plain files: CSV with a `text` column, JSONL with a `text` field, TXT with one post per line."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from generator.errors import InputError
from generator.ingest.model import Account, Post

SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".txt": "txt"}
MAX_FIELD = 1 << 30  # characters in one CSV field (Python's default, 128 KiB, is below a long post)
# Files that are not text at all, by their first bytes: refused rather than read as 0 posts.
MAGIC = {
    b"PK\x03\x04": "a zip archive",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF",
    b"\x1f\x8b": "a gzip file",
    b"SQLite format 3": "an SQLite database",
}
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _text_bytes(path: Path) -> bytes:
    """The file's bytes as UTF-8; an `InputError` if it is not text at all."""
    data = path.read_bytes()
    if data[:2] in UTF16_BOMS:  # spreadsheets' "Unicode text" is UTF-16: read it as such
        return data.decode("utf-16", errors="replace").encode("utf-8")
    kind = next((name for magic, name in MAGIC.items() if data.startswith(magic)), None)
    if kind or b"\x00" in data[:8192]:  # UTF-8 text never holds NUL bytes
        raise InputError(
            f"not a text file ({kind or 'binary data'})",
            path,
            f"a {path.suffix} export must be UTF-8 text; give the file its real extension",
        )
    return data


def _decode(path: Path) -> tuple[list[str], int]:
    """Lines of the file; lines that are not valid UTF-8 are skipped and counted."""
    lines, bad = [], 0
    for raw in _text_bytes(path).splitlines(keepends=True):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            bad += 1
    return lines, bad


def _lf_lines(lines: list[str]):
    """The lines re-split at "\n" only, as csv reads a file: a lone "\r" stays inside its row (where
    csv reports it as a malformed row) instead of ending it."""
    pending: list[str] = []
    for line in lines:
        pending.append(line)
        if line.endswith("\n"):
            yield "".join(pending)
            pending = []
    if pending:
        yield "".join(pending)


def _post(text: str, created_at: str | None = None) -> Post:
    return Post(text=text, is_repost=text.startswith("RT @"), created_at=created_at or None)


def read_csv(path: Path) -> tuple[list[Post], int]:
    lines, bad = _decode(path)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD))
    if lines:
        lines[0] = lines[0].lstrip("\ufeff")
    # Rows are fed line by line rather than as one joined copy of the file (a 5 MB post then peaks
    # at ~9× its size, not ~14×).
    reader = csv.DictReader(_lf_lines(lines))
    try:
        fields = reader.fieldnames
    except csv.Error:
        fields = None
    if not fields or "text" not in fields:
        raise InputError("CSV has no 'text' column", path, "name the post column 'text'")
    posts = []
    while True:
        line = reader.reader.line_num
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error:  # a malformed row: skipped and counted
            bad += 1
            if reader.reader.line_num == line:  # no progress: stop rather than spin
                break
            continue
        posts.append(_post(row["text"] or "", row.get("created_at")))
    return posts, bad


def read_jsonl(path: Path) -> tuple[list[Post], int]:
    lines, bad = _decode(path)
    posts = []
    for line in lines:
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            bad += 1
            continue
        if isinstance(row, dict) and isinstance(row.get("text"), str):
            posts.append(_post(row["text"], row.get("created_at")))
        else:
            bad += 1
    return posts, bad


def read_txt(path: Path) -> tuple[list[Post], int]:
    lines, bad = _decode(path)
    return [_post(line.strip()) for line in lines if line.strip()], bad


READERS = {"csv": read_csv, "jsonl": read_jsonl, "txt": read_txt}


def find_file(path: Path) -> Path | None:
    """A single plain export inside an account folder."""
    for suffix in SUFFIXES:
        found = sorted(path.glob(f"*{suffix}"))
        if found:
            return found[0]
    return None


def load(file: Path, handle: str | None = None) -> Account:
    fmt = SUFFIXES[file.suffix.lower()]
    posts, bad = READERS[fmt](file)
    username = handle or file.stem
    return Account(handle=username, name=username, format=fmt, source=file, posts=posts, bad_rows=bad)
