"""Read an account's export, whatever its format, into an `Account`.

An account folder under `site_src/accounts/<handle>/` holds one export (an X archive — current or
pre-2018 — or a Mastodon archive, unpacked or as the .zip the service sent; a Bluesky repository
export `.car` or saved getAuthorFeed `.json` pages; Mastodon statuses saved by `htsite fetch`; or a
CSV / JSONL / TXT file) and may hold `account.yaml` with `name`,
`bio` and `avatar` (a file in the folder) to fill in or override what the export says. Links in the
folder that point outside it are not followed.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.errors import InputError
from generator.ingest import bluesky, grailbird, mastodon, mastodon_api, plaintext, xarchive, zipped
from generator.ingest.model import Account, Post
from generator.ingest.paths import checked

__all__ = ["Account", "Post", "load_account", "detect_format"]


def detect_format(path: Path) -> str:
    """x-archive | x-grailbird | mastodon | mastodon-api | x-archive-zip | x-grailbird-zip |
    mastodon-zip | bluesky-car | bluesky-feed | plain (a folder holding a plain file) | csv | jsonl | txt."""
    if path.is_file():
        suffix = path.suffix.lower()
        if suffix in plaintext.SUFFIXES:
            return plaintext.SUFFIXES[suffix]
        if suffix == ".zip":
            return zipped.detect(path)
        if suffix == ".car":
            return "bluesky-car"
        if suffix == ".json":
            # A saved statuses page is a JSON array; a Bluesky feed page is an object.
            return "mastodon-api" if mastodon_api.is_statuses_file(path) else "bluesky-feed"
        raise InputError(
            "unknown export format",
            path,
            "use an X/Mastodon archive (folder or .zip), a Bluesky .car or feed .json, CSV, JSONL or TXT",
        )
    if not path.is_dir():
        raise InputError("no such file or folder", path, "check the path")
    if xarchive.data_dir(path):
        return "x-archive"
    if grailbird.is_grailbird(path):
        return "x-grailbird"
    if mastodon.is_mastodon(path):
        return "mastodon"
    if mastodon_api.find(path):
        return "mastodon-api"
    if bluesky.find_car(path):
        return "bluesky-car"
    if bluesky.find_feed_pages(path):
        return "bluesky-feed"
    if zipped.find_zip(path):
        return zipped.detect(checked(zipped.find_zip(path), path))
    if plaintext.find_file(path):
        return "plain"
    raise InputError(
        "no export found in this folder",
        path,
        "add an X archive (data/tweets.js or its .zip), a Mastodon archive (outbox.json or its .zip), "
        "a Bluesky .car or feed .json, or a .csv/.jsonl/.txt; or run `htsite fetch`",
    )


def load_account(path: Path, handle: str | None = None) -> Account:
    """Load the export at `path` (a folder or a file); `handle` overrides the export's own."""
    fmt = detect_format(path)
    folder = path.is_dir()
    try:
        if fmt == "x-archive":
            account = xarchive.load(path, handle)
        elif fmt == "x-grailbird":
            account = grailbird.load(path, handle)
        elif fmt == "mastodon":
            account = mastodon.load(path, handle)
        elif fmt == "mastodon-api":
            account = mastodon_api.load_folder(path, handle) if folder else mastodon_api.load(path, handle)
        elif fmt in ("x-archive-zip", "x-grailbird-zip", "mastodon-zip"):
            file = checked(zipped.find_zip(path), path) if folder else path
            account = zipped.load(file, handle, default_handle=path.name if folder else file.stem)
        elif fmt == "bluesky-car":
            file = checked(bluesky.find_car(path), path) if folder else path
            account = bluesky.load_car(
                file, handle, default_handle=path.name if folder else None, source=path
            )
        elif fmt == "bluesky-feed":
            files = [checked(f, path) for f in bluesky.find_feed_pages(path)] if folder else [path]
            account = bluesky.load_feed(files, handle, source=path)
        elif fmt == "plain":
            account = plaintext.load(checked(plaintext.find_file(path), path), handle or path.name)
        else:
            account = plaintext.load(path, handle)
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", exc.filename or path, "check permissions") from None
    if path.is_dir():
        _apply_overrides(account, path)
    return account


def _apply_overrides(account: Account, folder: Path) -> None:
    meta = folder / "account.yaml"
    if not meta.is_file():
        return
    try:
        data = yaml.safe_load(meta.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read YAML ({str(exc).splitlines()[0]})", meta, "fix its syntax") from None
    if not isinstance(data, dict):
        raise InputError("expected name/bio/avatar keys", meta, "see the README")
    account.name = str(data.get("name") or account.name)
    account.bio = str(data.get("bio") or account.bio)
    if data.get("avatar"):
        candidate = (folder / str(data["avatar"])).resolve()
        if not candidate.is_relative_to(folder.resolve()) or not candidate.is_file():
            raise InputError("avatar must be a file inside the account folder", meta, "fix 'avatar'")
        account.avatar = candidate
