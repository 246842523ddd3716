"""Zipped archives, read in place: X `twitter-….zip` (data/ inside, maybe under a top folder; the
pre-2018 kind has data/js/tweets/ instead) and Mastodon `archive-….zip` (outbox.json inside).

Nothing is unpacked to disk: the X and Mastodon readers walk the zip through `ZipPath`, a
`zipfile.Path` that reads one member at a time, refuses members that declare an absurd size (a zip
bomb), and turns a damaged member into an `InputError` naming the zip. A zip with an entry that would
land outside the archive (`..`, an absolute path, a drive letter) is refused as a whole, as is an
empty or unreadable one. An avatar inside the zip is copied into a private temporary folder (removed
when the process exits) so that `Account.avatar` stays a plain file.
"""

from __future__ import annotations

import atexit
import errno
import logging
import re
import shutil
import stat
import tempfile
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from generator.errors import InputError
from generator.ingest import grailbird, mastodon, xarchive
from generator.ingest.model import Account

log = logging.getLogger(__name__)

MAX_MEMBER = 2 << 30  # bytes one file in the zip may unpack to; a real tweets.js is far smaller
BOMB_RATIO = 200  # text compresses ~10×; a big member packed far tighter than this is a zip bomb
BOMB_MIN = 64 << 20  # …checked only for members bigger than this
MAX_AVATAR = 20 << 20
REDOWNLOAD = "re-download the archive (the download may have been cut off)"

_tmp: Path | None = None


class ZipPath(zipfile.Path):
    """A member (or folder) of an open zip, read with bounded memory and errors that name the zip."""

    def _info(self) -> zipfile.ZipInfo:
        return self.root.getinfo(self.at)

    def is_file(self) -> bool:
        # A symlink stored in the zip is never followed: it is not a file here.
        return super().is_file() and not _is_link(self._info())

    def read_bytes(self) -> bytes:
        info = self._info()
        if _is_link(info):
            raise InputError("is a symbolic link inside the zip (not followed)", Path(str(self)), REDOWNLOAD)
        if info.file_size > MAX_MEMBER or (
            info.file_size > BOMB_MIN and info.file_size > BOMB_RATIO * max(info.compress_size, 1)
        ):
            raise InputError(
                f"declares {info.file_size:,} bytes unpacked ({info.compress_size:,} packed); refused",
                Path(str(self)),
                "this does not look like a real export; " + REDOWNLOAD,
            )
        try:
            with self.root.open(info) as fh:
                return fh.read()
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise corrupt(Path(self.root.filename), exc) from None
        except NotImplementedError as exc:  # e.g. Deflate64, which Windows uses for big zips
            raise InputError(
                f"the zip uses a compression Python cannot read ({exc})",
                Path(self.root.filename),
                "unzip it yourself and use the folder",
            ) from None
        except RuntimeError:  # zipfile: "File … is encrypted, password required"
            raise InputError(
                "the zip is password-protected",
                Path(self.root.filename),
                "unzip it yourself and use the folder",
            ) from None

    def read_text(self, encoding: str = "utf-8", errors: str = "replace") -> str:
        return self.read_bytes().decode(encoding, errors=errors)

    def local_copy(self) -> Path | None:
        """This member copied into a private temporary folder (for an avatar); None if too big."""
        if self._info().file_size > MAX_AVATAR:
            log.warning("%s: avatar is over %d MB; ignored", self, MAX_AVATAR >> 20)
            return None
        data = self.read_bytes()
        safe = re.sub(r"[^A-Za-z0-9._-]", "_", PurePosixPath(self.at).name).lstrip(".")[-100:] or "avatar"
        folder = Path(tempfile.mkdtemp(dir=_tmpdir()))
        target = folder / safe
        target.write_bytes(data)
        return target


def _is_link(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def _tmpdir() -> Path:
    global _tmp
    if _tmp is None or not _tmp.is_dir():
        _tmp = Path(tempfile.mkdtemp(prefix="htsite-zip-"))
        atexit.register(shutil.rmtree, _tmp, True)
    return _tmp


def corrupt(path: Path, exc: BaseException) -> InputError:
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return InputError(f"corrupt zip ({reason})", path, REDOWNLOAD)


def _unsafe(name: str) -> bool:
    norm = name.replace("\\", "/")
    return norm.startswith("/") or bool(re.match(r"^[A-Za-z]:", norm)) or ".." in norm.split("/")


def open_zip(path: Path) -> zipfile.ZipFile:
    """The zip at `path`, checked: readable, not empty, and no entry escaping the archive."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise corrupt(path, exc) from None
    except OSError as exc:
        if exc.errno == errno.EINVAL:  # a seek to a nonsense offset from a damaged directory
            raise corrupt(path, exc) from None
        raise
    infos = zf.infolist()
    try:
        if not any(not info.is_dir() for info in infos):
            raise InputError("the zip is empty", path, "re-download the archive")
        for info in infos:
            if _unsafe(info.filename):
                raise InputError(
                    f"unsafe entry {info.filename!r} in the zip (it points outside the archive); refused",
                    path,
                    "get the archive again from the service, not from a third party",
                )
    except InputError:
        zf.close()
        raise
    return zf


def _root(zf: zipfile.ZipFile, path: Path) -> tuple[str, str]:
    """("x-archive" | "x-grailbird" | "mastodon", the folder inside the zip holding the archive)."""
    x, old, masto = [], [], []
    for name in zf.namelist():
        member = PurePosixPath(name)
        if xarchive.TWEET_FILES.match(member.name):
            parent = member.parent.parent if member.parent.name == "data" else member.parent
            x.append(str(parent))
        elif grailbird.MONTH_MEMBER.search(name):
            old.append(str(member.parents[3]))  # <root>/data/js/tweets/YYYY_MM.js
        elif member.name == "outbox.json":
            masto.append(str(member.parent))
    for kind, found in (("x-archive", x), ("x-grailbird", old), ("mastodon", masto)):
        if found:
            top = min(found, key=lambda p: (p.count("/"), len(p)))
            return kind, "" if top == "." else top + "/"
    raise InputError(
        "no X archive (data/tweets.js) or Mastodon archive (outbox.json) in this zip",
        path,
        "use the zip as the service sent it, or unpack it and use the folder",
    )


def detect(path: Path) -> str:
    """'x-archive-zip', 'x-grailbird-zip' or 'mastodon-zip'; an `InputError` for a zip that is none
    of these (or is damaged)."""
    with open_zip(path) as zf:
        return _root(zf, path)[0] + "-zip"


def find_zip(folder: Path) -> Path | None:
    """The newest-named .zip in an account folder (twitter-2023-… sorts after twitter-2022-…)."""
    found = sorted(p for p in folder.glob("*.zip") if p.is_file())
    return found[-1] if found else None


def load(path: Path, handle: str | None = None, default_handle: str | None = None) -> Account:
    with open_zip(path) as zf:
        kind, at = _root(zf, path)
        root = ZipPath(zf, at)
        try:
            reader = {"x-archive": xarchive, "x-grailbird": grailbird, "mastodon": mastodon}[kind]
            account = reader.load(root, handle, default_handle=default_handle or path.stem)
            if account.avatar is not None and not isinstance(account.avatar, Path):
                account.avatar = account.avatar.local_copy()
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise corrupt(path, exc) from None
    account.source = path
    return account
