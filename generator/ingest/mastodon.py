"""Mastodon archives: outbox.json (ActivityPub), actor.json, and the avatar file it names.

Only posts addressed to the public collection (public or unlisted) are read. Followers-only
posts and direct messages are counted as `withheld` and their text is never kept.
`path` may be a folder or the root of an archive inside a zip (`zipped.ZipPath`).
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from generator.errors import InputError
from generator.ingest.model import Account, Post
from generator.ingest.paths import checked, inside, where

PUBLIC = {"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"}


class _TextExtractor(HTMLParser):
    """Mastodon HTML → plain text: paragraphs and <br> become spaces; links become their URL,
    except mention and hashtag links, which keep their text (@name, #tag)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._link_depth = 0  # >0 while inside a plain (non-mention) link

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("p", "br"):
            self.out.append(" ")
        elif tag == "a":
            classes = (attrs.get("class") or "").split()
            if self._link_depth or "mention" in classes or "hashtag" in classes:
                return
            self._link_depth = 1
            self.out.append(f" {attrs.get('href') or ''} ")

    def handle_endtag(self, tag):
        if tag == "p":
            self.out.append(" ")
        elif tag == "a" and self._link_depth:
            self._link_depth = 0

    def handle_data(self, data):
        if not self._link_depth:
            self.out.append(data)


def html_to_text(html: str) -> str:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return " ".join("".join(parser.out).split())


def _read_json(path: Path):
    try:
        return json.loads(path.read_bytes().decode("utf-8", errors="replace"))
    except json.JSONDecodeError as exc:
        raise InputError(
            f"JSON is cut off or corrupt ({exc.msg} at line {exc.lineno})",
            where(path),
            "re-download or re-extract the archive",
        ) from None


def _audience(obj: dict) -> set[str]:
    out = set()
    for key in ("to", "cc"):
        value = obj.get(key) or []
        out.update([value] if isinstance(value, str) else value)
    return out


def _id(obj: dict) -> str | None:
    """An ActivityPub object's URI: the same string the REST API gives as a status's `uri`."""
    return obj["id"] if isinstance(obj.get("id"), str) and obj["id"] else None


def is_mastodon(path: Path) -> bool:
    return (path / "outbox.json").is_file()


def load(path: Path, handle: str | None = None, default_handle: str | None = None) -> Account:
    outbox = _read_json(checked(path / "outbox.json", path))
    items = outbox.get("orderedItems") if isinstance(outbox, dict) else None
    if not isinstance(items, list):
        raise InputError(
            "outbox.json has no orderedItems list", where(path / "outbox.json"), "use a Mastodon archive"
        )
    posts: list[Post] = []
    withheld = 0
    for item in items:
        if not isinstance(item, dict):
            continue
        kind = item.get("type")
        if kind == "Announce":  # a boost: its activity URI is the API's `uri` of the reblog status
            posts.append(Post(text="", is_repost=True, created_at=item.get("published"), id=_id(item)))
            continue
        obj = item.get("object")
        if kind != "Create" or not isinstance(obj, dict) or obj.get("type") != "Note":
            continue
        if not (_audience(item) | _audience(obj)) & PUBLIC:
            withheld += 1  # followers-only or direct: never read its text
            continue
        text = html_to_text(obj.get("content") or "")
        posts.append(Post(text=text, created_at=obj.get("published"), id=_id(obj)))

    has_actor = (path / "actor.json").is_file() and inside(path / "actor.json", path)
    actor = _read_json(path / "actor.json") if has_actor else {}
    if not isinstance(actor, dict):
        actor = {}
    username = handle or actor.get("preferredUsername") or default_handle or path.name
    icon = actor.get("icon") or {}
    avatar = None
    if isinstance(icon, dict) and isinstance(icon.get("url"), str):
        if isinstance(path, Path):
            candidate = (path / icon["url"]).resolve()
            if candidate.is_file() and candidate.is_relative_to(path.resolve()):
                avatar = candidate
        elif (path / icon["url"]).is_file():  # an entry of a zip (escapes are refused on opening it)
            avatar = path / icon["url"]
    return Account(
        handle=username,
        name=actor.get("name") or username,
        format="mastodon",
        source=path,
        posts=posts,
        bio=html_to_text(actor.get("summary") or ""),
        avatar=avatar,
        withheld=withheld,
    )
