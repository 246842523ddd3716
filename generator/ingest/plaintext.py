"""Plain files: CSV with a `text` column, JSONL with a `text` field, TXT with one post per line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from generator.errors import InputError
from generator.ingest.model import Account, Post

SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".txt": "txt"}
MAX_FIELD = 1 << 30  # characters in one CSV field (Python's default, 128 KiB, is below a long post)


def _decode(path: Path) -> tuple[list[str], int]:
    """Lines of the file; lines that are not valid UTF-8 are skipped and counted."""
    lines, bad = [], 0
    for raw in path.read_bytes().splitlines(keepends=True):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            bad += 1
    return lines, bad


def _post(text: str, created_at: str | None = None) -> Post:
    return Post(text=text, is_repost=text.startswith("RT @"), created_at=created_at or None)


def read_csv(path: Path) -> tuple[list[Post], int]:
    lines, bad = _decode(path)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD))
    reader = csv.DictReader(io.StringIO("".join(lines).lstrip("\ufeff")))
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
