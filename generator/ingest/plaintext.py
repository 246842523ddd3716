"""Plain files: CSV with a `text` column, JSONL with a `text` field, TXT with one post per line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from generator.errors import InputError
from generator.ingest.model import Account, Post

SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".txt": "txt"}


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
    reader = csv.DictReader(io.StringIO("".join(lines).lstrip("\ufeff")))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        raise InputError("CSV has no 'text' column", path, "name the post column 'text'")
    return [_post(row["text"] or "", row.get("created_at")) for row in reader], bad


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
