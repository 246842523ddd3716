"""Bluesky: a repository export (`.car`) or saved `app.bsky.feed.getAuthorFeed` responses (`.json`).

Repository export (Settings → Export my data, or `goat repo export`): a CAR file of DAG-CBOR blocks,
decoded with libipld. Its root block is the signed commit, whose `data` links to the root of the
Merkle Search Tree that maps `collection/rkey` keys to records. `app.bsky.feed.post` records are
posts (`text`, `createdAt`), `app.bsky.feed.repost` records are reposts (counted as retweets, no
text), and `app.bsky.actor.profile/self` holds `displayName` and `description`. The repository does
not store the handle: it is taken from the file name (`<handle>.<timestamp>.car`, as `goat` names
it), else the account folder's name, else the DID.

Saved feed pages: `{"feed": [{"post": {...}, "reason"?: {...}}], "cursor": ...}`. An item whose
`reason.$type` is `app.bsky.feed.defs#reasonRepost` is a repost by `reason.by`; any other item is a
post by `post.author`. Several pages in one folder are merged (an item seen twice counts once). A
saved `getProfile` response beside them (`{"did", "handle", "description", ...}`) supplies the bio.

Link facets: Bluesky shows long links shortened (`github.com/bluesky-soci...`) and keeps the full URL
in a facet. Such shortened text is replaced by the facet's URL, so curation removes links as it does
for X's t.co links.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from generator.errors import InputError
from generator.ingest.model import Account, Post
from generator.ingest.paths import fetched_avatar, inside

POST = "app.bsky.feed.post"
REPOST = "app.bsky.feed.repost"
PROFILE = "app.bsky.actor.profile/self"
REASON_REPOST = "app.bsky.feed.defs#reasonRepost"
LINK = "app.bsky.richtext.facet#link"
RE_EXPORT = "export the repository again (Settings → Export my data)"
# <handle>.<timestamp>.car (goat), <handle>-2025-03-10.car, <handle>_20250310T005405Z.car, …
STAMP = re.compile(r"[._-]\d{4}-?\d{2}-?\d{2}([T_-]?\d{2}[:-]?\d{2}[:-]?\d{2}(\.\d+)?Z?)?$")
GENERIC = {"", "repo", "export", "backup", "bluesky", "bsky", "account", "data"}
FEED_PEEK = 64 << 10  # bytes read to tell a saved feed page from other JSON in a folder
FEED_KEY = re.compile(rb'"feed"\s*:\s*\[')
FETCH_RECORD = "fetch.json"  # what `htsite fetch` records beside the feed it saved
RECORD_MAX = 16 << 20  # bytes: a fetch record is a few KB; a bigger one is not read


# -- shared ---------------------------------------------------------------------------------------


def with_links(text: str, facets) -> str:
    """`text` with each link facet's shortened display text replaced by the facet's full URL."""
    if not isinstance(facets, list) or not facets:
        return text
    data = text.encode("utf-8")
    spans = []
    for facet in facets:
        index = facet.get("index") if isinstance(facet, dict) else None
        features = facet.get("features") if isinstance(facet, dict) else None
        if not isinstance(index, dict) or not isinstance(features, list):
            continue
        start, end = index.get("byteStart"), index.get("byteEnd")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(data)):
            continue
        for feature in features:
            if (
                isinstance(feature, dict)
                and feature.get("$type", LINK) == LINK
                and isinstance(feature.get("uri"), str)
            ):
                spans.append((start, end, feature["uri"]))
                break
    out, pos = [], 0
    for start, end, uri in sorted(spans):
        if start < pos:
            continue  # overlapping facets: keep the first
        shown = data[start:end]
        if re.search(rb"\s", shown) or not re.search(rb"[./]", shown):
            continue  # real words linked ("this article"): keep them
        out += [data[pos:start], uri.encode("utf-8")]
        pos = end
    if not out:
        return text
    out.append(data[pos:])
    try:
        return b"".join(out).decode("utf-8")
    except UnicodeDecodeError:  # offsets that split a character: leave the text as it was
        return text


def record_post(record: dict) -> Post | None:
    """An app.bsky.feed.post record (from a repository or a feed item) → a Post; None without text."""
    if not isinstance(record.get("text"), str):
        return None
    text = with_links(record["text"], record.get("facets"))
    return Post(text=text, created_at=_str(record.get("createdAt")))


def _str(value) -> str | None:
    return value if isinstance(value, str) else None


# -- repository export (.car) ---------------------------------------------------------------------


def find_car(folder: Path) -> Path | None:
    """The newest-named .car in an account folder (`<handle>.<timestamp>.car` sorts by time)."""
    found = sorted(p for p in folder.glob("*.car") if p.is_file())
    return found[-1] if found else None


def handle_from_name(file: Path) -> str | None:
    """`bnewbold.robocracy.org.20250310005405.car` → `bnewbold.robocracy.org`; None if generic."""
    stem = file.name[: -len(file.suffix)] if file.suffix else file.name
    stem = STAMP.sub("", stem)
    stem = re.sub(r"[._-]repo$", "", stem)
    if stem.lower() in GENERIC or stem.startswith("did:") or not re.fullmatch(r"[\w.@-]+", stem):
        return None
    return stem.lstrip("@")


def _decode_car(data: bytes, file: Path) -> tuple[dict, dict]:
    import libipld

    try:
        header, blocks = libipld.decode_car(data)
    except Exception as exc:  # libipld raises ValueError for anything it cannot parse
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(
            f"not a readable CAR file ({reason}); cut off or not a CAR", file, RE_EXPORT
        ) from None
    except BaseException as exc:  # a panic inside the Rust decoder (pyo3 PanicException)
        if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit):
            raise
        raise InputError("not a readable CAR file (decoder failed)", file, RE_EXPORT) from None
    if not isinstance(header, dict) or not isinstance(blocks, dict):
        raise InputError("not a readable CAR file", file, RE_EXPORT)
    return header, blocks


def _mst(blocks: dict, root) -> tuple[list[tuple[str, object]], int]:
    """(key, record CID) for every leaf of the Merkle Search Tree under `root`, in key order, and the
    number of tree nodes missing from the file."""
    leaves: list[tuple[str, object]] = []
    missing = 0
    seen: set = set()
    stack: list[tuple[bool, object]] = [(False, root)]
    while stack:
        is_leaf, value = stack.pop()
        if is_leaf:
            leaves.append(value)  # type: ignore[arg-type]
            continue
        if not isinstance(value, bytes | str) or value in seen:
            continue
        seen.add(value)
        node = blocks.get(value)
        if not isinstance(node, dict):
            missing += 1
            continue
        items: list[tuple[bool, object]] = []
        if node.get("l") is not None:
            items.append((False, node["l"]))
        key = b""
        entries = node.get("e")
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict):
                continue
            suffix, prefix = entry.get("k"), entry.get("p", 0)
            if not isinstance(suffix, bytes) or not isinstance(prefix, int) or prefix < 0:
                continue
            key = key[:prefix] + suffix
            items.append((True, (key.decode("utf-8", errors="replace"), entry.get("v"))))
            if entry.get("t") is not None:
                items.append((False, entry["t"]))
        stack.extend(reversed(items))
    return leaves, missing


def load_car(
    file: Path, handle: str | None = None, default_handle: str | None = None, source: Path | None = None
) -> Account:
    header, blocks = _decode_car(file.read_bytes(), file)
    roots = header.get("roots")
    root = roots[0] if isinstance(roots, list) and roots else None
    commit = blocks.get(root) if isinstance(root, bytes | str) else None
    if not isinstance(commit, dict) or commit.get("data") is None:
        raise InputError(
            "this CAR holds no repository commit (not a Bluesky repository export)", file, RE_EXPORT
        )
    leaves, missing = _mst(blocks, commit["data"])
    if missing and not leaves:
        raise InputError("the repository's record tree is missing from this CAR", file, RE_EXPORT)
    posts: list[Post] = []
    bad = 0
    profile: dict = {}
    did = _str(commit.get("did"))
    for key, cid in leaves:
        collection = key.partition("/")[0]
        if collection not in (POST, REPOST) and key != PROFILE:
            continue
        record = blocks.get(cid) if isinstance(cid, bytes | str) else None
        if not isinstance(record, dict):
            bad += 1  # the record's block is not in the file
            continue
        uri = f"at://{did}/{key}" if did else None  # what the AppView calls the post (or repost)
        if key == PROFILE:
            profile = record
        elif collection == REPOST:
            posts.append(Post(text="", is_repost=True, created_at=_str(record.get("createdAt")), id=uri))
        elif post := record_post(record):
            post.id = uri
            posts.append(post)
        else:
            bad += 1
    username = handle or handle_from_name(file) or default_handle or did or file.stem
    return Account(
        handle=username,
        name=_str(profile.get("displayName")) or username,
        format="bluesky",
        source=source or file,
        posts=posts,
        bio=_str(profile.get("description")) or "",
        bad_rows=bad,
    )


# -- saved getAuthorFeed pages (.json) ------------------------------------------------------------


def find_feed_pages(folder: Path) -> list[Path]:
    """The .json files in `folder` that look like saved feed pages (a `"feed"` key near the top)."""
    pages = []
    for file in sorted(folder.glob("*.json")):
        if not file.is_file():
            continue
        try:
            with file.open("rb") as fh:
                head = fh.read(FEED_PEEK)
        except OSError:
            continue
        if FEED_KEY.search(head):
            pages.append(file)
    return pages


def item_key(item) -> str | None:
    """A feed item's identity: the post's at:// URI; for a repost, the repost record's URI (which a
    repository export holds too), or where the AppView does not give it, the post's URI and the
    time of the repost. None for an item without a post URI."""
    if not isinstance(item, dict):
        return None
    post = item.get("post")
    uri = _str(post.get("uri")) if isinstance(post, dict) else None
    reason = item.get("reason") if isinstance(item.get("reason"), dict) else {}
    if not uri or reason.get("$type") != REASON_REPOST:
        return uri
    return _str(reason.get("uri")) or f"{uri}#repost@{_str(reason.get('indexedAt')) or ''}"


def _read_json(file: Path):
    try:
        return json.loads(file.read_bytes().decode("utf-8", errors="replace"))
    except json.JSONDecodeError as exc:
        raise InputError(
            f"JSON is cut off or corrupt ({exc.msg} at line {exc.lineno})", file, "save the page again"
        ) from None


def _profile_beside(folder: Path, did: str | None) -> dict:
    """A saved getProfile response (did, handle, description) for `did` in `folder`, if any."""
    for file in sorted(folder.glob("*.json")):
        if not file.is_file() or file.stat().st_size > FEED_PEEK:
            continue
        try:
            data = json.loads(file.read_bytes().decode("utf-8", errors="replace"))
        except (OSError, json.JSONDecodeError):
            continue
        if isinstance(data, dict) and "feed" not in data and data.get("did") == did and "handle" in data:
            return data
    return {}


def load_feed(files: list[Path], handle: str | None = None, source: Path | None = None) -> Account:
    posts: list[Post] = []
    owners: Counter = Counter()
    people: dict[str, dict] = {}
    first_file: dict[str, Path] = {}
    seen: set = set()
    bad = 0
    for file in files:
        page = _read_json(file)
        feed = page.get("feed") if isinstance(page, dict) else None
        if not isinstance(feed, list):
            raise InputError(
                'not a saved Bluesky feed (expected {"feed": [...]} from app.bsky.feed.getAuthorFeed)',
                file,
                "save the getAuthorFeed response as it came (for a Mastodon archive, use its folder)",
            )
        for item in feed:
            post = item.get("post") if isinstance(item, dict) else None
            record = post.get("record") if isinstance(post, dict) else None
            if not isinstance(record, dict):
                bad += 1
                continue
            reason = item.get("reason") if isinstance(item.get("reason"), dict) else {}
            repost = reason.get("$type") == REASON_REPOST
            actor = reason.get("by") if repost else post.get("author")
            if not isinstance(actor, dict) or not isinstance(actor.get("did"), str):
                bad += 1
                continue
            key = item_key(item) or f"#{len(seen)}"
            if key in seen:
                continue  # the same item on two overlapping pages, or a pinned post seen again
            seen.add(key)
            owners[actor["did"]] += 1
            people.setdefault(actor["did"], actor)
            first_file.setdefault(actor["did"], file)
            if repost:
                posts.append(Post(text="", is_repost=True, created_at=_str(reason.get("indexedAt")), id=key))
            elif post := record_post(record):
                post.id = key
                posts.append(post)
            else:
                bad += 1
    if len(owners) > 1:
        (main, _), (other, _) = owners.most_common(2)
        raise InputError(
            f"feed pages of several accounts ({people[main].get('handle')}, {people[other].get('handle')})",
            first_file[other],
            "keep one account's pages per folder",
        )
    did = next(iter(owners), None)
    owner = people.get(did, {})
    folder = source if source is not None and source.is_dir() else None
    profile = _profile_beside(folder, did) if did and folder else {}
    username = handle or _str(owner.get("handle")) or (source or files[0]).stem
    return Account(
        handle=username,
        name=_str(owner.get("displayName")) or _str(profile.get("displayName")) or username,
        format="bluesky",
        source=source or files[0],
        posts=posts,
        bio=_str(profile.get("description")) or "",
        avatar=fetched_avatar(folder, _fetch_record(folder)) if folder else None,
        bad_rows=bad,
    )


def _fetch_record(folder: Path) -> dict:
    """`fetch.json` (written by `htsite fetch`) in `folder`, or {}."""
    file = folder / FETCH_RECORD
    if not file.is_file() or not inside(file, folder) or file.stat().st_size > RECORD_MAX:
        return {}
    try:
        data = json.loads(file.read_bytes().decode("utf-8", errors="replace"))
    except json.JSONDecodeError:
        return {}
    return data if isinstance(data, dict) else {}
