"""Read an account's export, whatever its format, into an `Account`.

An account folder under `site_src/accounts/<handle>/` holds an export (an X archive — current or
pre-2018 — or a Mastodon archive, unpacked or as the .zip the service sent; a Bluesky repository
export `.car`; or a CSV / JSONL / TXT file), posts saved by `htsite fetch` (Mastodon statuses, or
Bluesky getAuthorFeed pages, which may also be saved by hand), or an archive *and* fetched posts:
then both are read and combined, a post that both hold counted once (by its id within the service:
a Mastodon status URI, a Bluesky at:// URI; an X archive's tweet ids are not Mastodon ids, so an X
archive and fetched Mastodon posts simply stand side by side). A plain CSV / JSONL / TXT file has no
post ids and is read only when the folder holds nothing else. The folder may hold `account.yaml`
with `name`, `bio` and `avatar` (a file in the folder) to fill in or override what the export says.
Links in the folder that point outside it are not followed.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.errors import InputError
from generator.ingest import bluesky, grailbird, mastodon, mastodon_api, plaintext, xarchive, zipped
from generator.ingest.model import Account, Post
from generator.ingest.paths import checked

__all__ = ["Account", "Post", "load_account", "detect_format", "find_sources"]

# Which service an export's post ids belong to: duplicates are dropped within one service only.
SERVICE = {
    "x-archive": "x",
    "x-grailbird": "x",
    "x-archive-zip": "x",
    "x-grailbird-zip": "x",
    "mastodon": "mastodon",
    "mastodon-zip": "mastodon",
    "mastodon-api": "mastodon",
    "bluesky-car": "bluesky",
    "bluesky-feed": "bluesky",
}
FETCHED = ("mastodon-api", "bluesky-feed")  # what `htsite fetch` saves (feed pages may be saved by hand)


def detect_format(path: Path) -> str:
    """x-archive | x-grailbird | mastodon | mastodon-api | x-archive-zip | x-grailbird-zip |
    mastodon-zip | bluesky-car | bluesky-feed | plain (a folder holding a plain file) | csv | jsonl | txt;
    for a folder holding an archive and fetched posts, both joined by "+" (x-archive+mastodon-api)."""
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
    return "+".join(find_sources(path))


def find_sources(folder: Path) -> list[str]:
    """The exports in an account folder, as `detect_format` names them: the archive first (at most
    one), then fetched posts; a plain file only when there is nothing else."""
    if not folder.is_dir():
        raise InputError("no such file or folder", folder, "check the path")
    found = [archive] if (archive := _archive_format(folder)) else []
    if mastodon_api.find(folder):
        found.append("mastodon-api")
    if bluesky.find_feed_pages(folder):
        found.append("bluesky-feed")
    if not found and plaintext.find_file(folder):
        found.append("plain")
    if not found:
        raise InputError(
            "no export found in this folder",
            folder,
            "add an X archive (data/tweets.js or its .zip), a Mastodon archive (outbox.json or its .zip), "
            "a Bluesky .car or feed .json, or a .csv/.jsonl/.txt; or run `htsite fetch`",
        )
    return found


def _archive_format(path: Path) -> str | None:
    if xarchive.data_dir(path):
        return "x-archive"
    if grailbird.is_grailbird(path):
        return "x-grailbird"
    if mastodon.is_mastodon(path):
        return "mastodon"
    if bluesky.find_car(path):
        return "bluesky-car"
    if zipped.find_zip(path):
        return zipped.detect(checked(zipped.find_zip(path), path))
    return None


def load_account(path: Path, handle: str | None = None) -> Account:
    """Load the export at `path` (a folder or a file); `handle` overrides the export's own."""
    try:
        if path.is_dir():
            parts = [_load(path, kind, handle) for kind in find_sources(path)]
            account = parts[0] if len(parts) == 1 else combine(parts, path, handle)
        else:
            account = _load(path, detect_format(path), handle)
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", exc.filename or path, "check permissions") from None
    if path.is_dir():
        _apply_overrides(account, path)
    return account


def _load(path: Path, kind: str, handle: str | None) -> Account:
    """One export of `kind` at `path` (a folder or a file)."""
    folder = path.is_dir()
    if kind == "x-archive":
        account = xarchive.load(path, handle)
    elif kind == "x-grailbird":
        account = grailbird.load(path, handle)
    elif kind == "mastodon":
        account = mastodon.load(path, handle)
    elif kind == "mastodon-api":
        account = mastodon_api.load_folder(path, handle) if folder else mastodon_api.load(path, handle)
    elif kind in ("x-archive-zip", "x-grailbird-zip", "mastodon-zip"):
        file = checked(zipped.find_zip(path), path) if folder else path
        account = zipped.load(file, handle, default_handle=path.name if folder else file.stem)
    elif kind == "bluesky-car":
        file = checked(bluesky.find_car(path), path) if folder else path
        account = bluesky.load_car(file, handle, default_handle=path.name if folder else None, source=path)
    elif kind == "bluesky-feed":
        files = [checked(f, path) for f in bluesky.find_feed_pages(path)] if folder else [path]
        account = bluesky.load_feed(files, handle, source=path)
    elif kind == "plain":
        account = plaintext.load(checked(plaintext.find_file(path), path), handle or path.name)
    else:
        account = plaintext.load(path, handle)
    account.kind = kind
    return account


def combine(parts: list[Account], folder: Path, handle: str | None = None) -> Account:
    """One account from the sources of one folder (archive first, then fetched posts).

    A post whose id an earlier source of the same service already gave is dropped from the later
    source (and counted in its `duplicates`), so the archive keeps its posts and a fetch adds what
    the archive lacks. The name, bio, handle and avatar come from the last source that has them:
    fetched posts are the newest, so the profile is the current one."""
    seen: dict[str, set[str]] = {}
    for part in parts:
        service = SERVICE.get(part.kind)
        earlier = seen.setdefault(service, set()) if service else set()
        kept = [p for p in part.posts if p.id is None or p.id not in earlier]
        part.duplicates = len(part.posts) - len(kept)
        part.posts = kept
        earlier.update(p.id for p in kept if p.id is not None)
    newest = parts[-1]
    formats = list(dict.fromkeys(p.format for p in parts))
    return Account(
        handle=handle or newest.handle,
        name=next((p.name for p in reversed(parts) if p.name != p.handle), newest.name),  # a real name
        format=" + ".join(formats),
        source=folder,
        posts=[post for part in parts for post in part.posts],
        bio=next((p.bio for p in reversed(parts) if p.bio), ""),
        avatar=next((p.avatar for p in reversed(parts) if p.avatar is not None), None),
        withheld=sum(p.withheld for p in parts),
        bad_rows=sum(p.bad_rows for p in parts),
        kind="+".join(p.kind for p in parts),
        duplicates=sum(p.duplicates for p in parts),
        parts=parts,
    )


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
