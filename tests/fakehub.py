"""A loopback fake of the Hugging Face Hub: the part of its HTTP API that huggingface_hub's uploads
(with HF_HUB_DISABLE_XET=1) and transformers' downloads use. Standard library only.

Writes: whoami, repo creation (409 with "url" when it exists), README front matter validation,
preupload (each file's upload mode and the oid already stored under its path: sha256 for LFS,
the git blob sha1 for regular files), the LFS batch API with the "basic" transfer (upload +
verify hrefs; no "actions" for an object already stored), the PUT and verify, and the NDJSON
commit. Reads: model info at a revision (sha, siblings), the file tree, and
`resolve/<rev>/<path>` with the headers transformers expects (X-Repo-Commit on every answer,
ETag, X-Linked-Etag / X-Linked-Size for LFS files, X-Error-Code on 404s).

Faults for tests: `hub.drop(predicate)` closes the connection without an answer for the requests
the predicate picks; a wrong bearer token gets 401.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit

import yaml

API_MODEL = re.compile(r"/api/models/([^/]+/[^/]+)(?:/(revision|tree|preupload|commit)/([^/]+)(/.*)?)?")
LFS_SUFFIXES = (".safetensors", ".bin", ".pt", ".gguf", ".onnx")
LFS_MIN_SIZE = 10 * 1024 * 1024  # the Hub stores larger files in LFS whatever their name


def git_blob_sha1(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@dataclass
class StoredFile:
    data: bytes
    lfs: bool

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def oid(self) -> str:
        """What preupload reports as the stored oid: sha256 for LFS, git blob sha1 otherwise."""
        return self.sha256 if self.lfs else git_blob_sha1(self.data)

    @property
    def pointer(self) -> bytes:
        spec = "version https://git-lfs.github.com/spec/v1"
        return f"{spec}\noid sha256:{self.sha256}\nsize {len(self.data)}\n".encode()


@dataclass
class Repo:
    id: str
    private: bool = False
    commits: list[tuple[str, dict[str, StoredFile]]] = field(default_factory=list)

    def at(self, rev: str) -> tuple[str, dict[str, StoredFile]] | None:
        for sha, files in reversed(self.commits):
            if rev in ("main", sha):
                return sha, files
        return None


class FakeHub:
    def __init__(self, token: str = "hf_fake_write_token", user: str = "htsite-tester"):
        self.token, self.user = token, user
        self.repos: dict[str, Repo] = {}
        self.lfs: dict[str, bytes] = {}  # sha256 → content
        self.puts: Counter = Counter()  # sha256 → LFS uploads received
        self.commits: list[dict] = []  # {"repo", "files": [paths added], "deleted": [...]}
        self.log: list[tuple[str, str, int]] = []  # (method, path, status)
        self._drop = None
        self._lock = threading.Lock()
        hub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 (http.server's names)
                hub._handle(self, "GET")

            def do_HEAD(self):  # noqa: N802
                hub._handle(self, "HEAD")

            def do_POST(self):  # noqa: N802
                hub._handle(self, "POST")

            def do_PUT(self):  # noqa: N802
                hub._handle(self, "PUT")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    # -- for tests ----------------------------------------------------------------------------
    def drop(self, predicate) -> None:
        """Close the connection, unanswered, on requests where predicate(method, path) is true."""
        self._drop = predicate

    def files(self, repo_id: str, rev: str = "main") -> dict[str, bytes]:
        found = self.repos[repo_id].at(rev)
        return {p: f.data for p, f in found[1].items()} if found else {}

    def seed(self, repo_id: str, files: dict[str, bytes]) -> None:
        """A repo as if someone had uploaded it (e.g. a base model that adapters point at)."""
        repo = self.repos.setdefault(repo_id, Repo(repo_id))
        stored = {p: StoredFile(d, self._is_lfs(p, len(d))) for p, d in files.items()}
        repo.commits.append((self._sha(repo_id, stored), stored))

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- plumbing -----------------------------------------------------------------------------
    @staticmethod
    def _is_lfs(path: str, size: int) -> bool:
        return path.endswith(LFS_SUFFIXES) or size >= LFS_MIN_SIZE

    def _sha(self, repo_id: str, files: dict[str, StoredFile]) -> str:
        listing = "".join(f"{p}:{f.oid}\n" for p, f in sorted(files.items()))
        n = len(self.repos[repo_id].commits) if repo_id in self.repos else 0
        return hashlib.sha1(f"{repo_id}\n{n}\n{listing}".encode()).hexdigest()

    def _authorized(self, h) -> bool:
        return h.headers.get("Authorization") == f"Bearer {self.token}"

    def _body(self, h) -> bytes:
        if h.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(h.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while h.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(h.rfile.read(size))
                h.rfile.readline()
        return h.rfile.read(int(h.headers.get("Content-Length") or 0))

    def _handle(self, h, method: str) -> None:
        url = urlsplit(h.path)
        path = unquote(url.path)
        body = self._body(h) if method in ("POST", "PUT") else b""
        if self._drop and self._drop(method, path):
            self.log.append((method, path, 0))
            h.close_connection = True
            return  # no status line: the client sees the connection close mid-request
        with self._lock:
            status, payload, headers = self._route(h, method, path, dict(parse_qsl(url.query)), body)
        self.log.append((method, path, status))
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        length = headers.pop("_length", str(len(data)))  # HEAD: the size a GET would send
        h.send_response(status)
        headers.setdefault("Content-Type", "application/json")
        for name, value in headers.items():
            h.send_header(name, value)
        h.send_header("Content-Length", length)
        h.end_headers()
        if method != "HEAD":
            h.wfile.write(data)

    def _route(self, h, method, path, query, body):  # noqa: C901 - one table of the API
        m = re.fullmatch(
            r"/api/models/([^/]+/[^/]+)(?:/(revision|tree|preupload|commit)/([^/]+)(/.*)?)?", path
        )
        if path == "/api/whoami-v2" and method == "GET":
            if not self._authorized(h):
                return 401, {"error": "Invalid credentials in Authorization header"}, {}
            return 200, {"type": "user", "name": self.user, "orgs": [], "auth": {"type": "access_token"}}, {}
        if path == "/api/repos/create" and method == "POST":
            return self._create(h, json.loads(body))
        if path == "/api/validate-yaml" and method == "POST":
            return self._validate_yaml(json.loads(body))
        if m and method == "GET" and m.group(2) in (None, "revision"):
            return self._info(m.group(1), m.group(3) or "main")
        if m and method == "GET" and m.group(2) == "tree":
            return self._tree(m.group(1), m.group(3), (m.group(4) or "").strip("/"), query)
        if m and method == "POST" and m.group(2) == "preupload":
            return self._preupload(h, m.group(1), json.loads(body))
        if m and method == "POST" and m.group(2) == "commit":
            return self._commit(h, m.group(1), body)
        m = re.fullmatch(r"/([^/]+/[^/]+)\.git/info/lfs/objects/batch", path)
        if m and method == "POST":
            return self._batch(h, m.group(1), json.loads(body))
        m = re.fullmatch(r"/lfs/([0-9a-f]{64})(/verify)?", path)
        if m and method == "PUT" and not m.group(2):
            return self._lfs_put(m.group(1), body)
        if m and method == "POST" and m.group(2):
            stored = m.group(1) in self.lfs
            return (200, {"success": True}, {}) if stored else (404, {"error": "Object not found"}, {})
        m = re.fullmatch(r"/([^/]+/[^/]+)/resolve/([^/]+)/(.+)", path)
        if m and method in ("GET", "HEAD"):
            return self._resolve(m.group(1), m.group(2), m.group(3), method)
        return 404, {"error": f"fake hub: no route for {method} {path}"}, {}

    # -- writes -------------------------------------------------------------------------------
    def _create(self, h, payload: dict):
        if not self._authorized(h):
            return 401, {"error": "Invalid credentials in Authorization header"}, {}
        repo_id = f"{payload.get('organization') or self.user}/{payload['name']}"
        if payload.get("organization") not in (None, self.user):
            return 403, {"error": f"You don't have the rights to create a model under {repo_id}"}, {}
        url = f"{self.url}/{repo_id}"
        if repo_id in self.repos:
            return 409, {"error": "You already created this model repo", "url": url}, {}
        self.repos[repo_id] = Repo(repo_id, private=payload.get("visibility") == "private")
        self.repos[repo_id].commits.append((self._sha(repo_id, {}), {}))
        return 200, {"url": url, "name": repo_id, "id": repo_id}, {}

    @staticmethod
    def _validate_yaml(payload: dict):
        text = payload.get("content", "")
        match = re.match(r"^---\n(.*?)\n---\n", text, re.S)
        try:
            data = yaml.safe_load(match.group(1)) if match else {}
        except yaml.YAMLError as exc:
            return 400, {"error": f"Invalid YAML in README.md: {exc}"}, {}
        if not isinstance(data, dict):
            return 400, {"error": "README.md metadata must be a mapping"}, {}
        return 200, {"errors": [], "warnings": []}, {}

    def _writable(self, h, repo_id: str):
        if not self._authorized(h):
            return 401, {"error": "Invalid credentials in Authorization header"}, {}
        if repo_id not in self.repos:
            return 404, {"error": "Repository not found"}, {"X-Error-Code": "RepoNotFound"}
        return None

    def _preupload(self, h, repo_id: str, payload: dict):
        refused = self._writable(h, repo_id)
        if refused:
            return refused
        stored = self.repos[repo_id].at("main")[1]
        files = []
        for f in payload["files"]:
            entry = {
                "path": f["path"],
                "uploadMode": "lfs" if self._is_lfs(f["path"], f["size"]) else "regular",
                "shouldIgnore": False,
            }
            if f["path"] in stored:
                entry["oid"] = stored[f["path"]].oid
            files.append(entry)
        return 200, {"files": files, "commitOid": self.repos[repo_id].at("main")[0]}, {}

    def _batch(self, h, repo_id: str, payload: dict):
        refused = self._writable(h, repo_id)
        if refused:
            return refused
        objects = []
        for obj in payload["objects"]:
            entry = {"oid": obj["oid"], "size": obj["size"], "authenticated": True}
            if obj["oid"] not in self.lfs:
                href = f"{self.url}/lfs/{obj['oid']}"
                entry["actions"] = {"upload": {"href": href}, "verify": {"href": f"{href}/verify"}}
            objects.append(entry)
        return (
            200,
            {"transfer": "basic", "objects": objects},
            {"Content-Type": "application/vnd.git-lfs+json"},
        )

    def _lfs_put(self, oid: str, body: bytes):
        if hashlib.sha256(body).hexdigest() != oid:
            return 400, {"error": "sha256 mismatch"}, {}
        self.lfs[oid] = body
        self.puts[oid] += 1
        return 200, b"", {}

    def _commit(self, h, repo_id: str, body: bytes):
        refused = self._writable(h, repo_id)
        if refused:
            return refused
        repo = self.repos[repo_id]
        files = dict(repo.at("main")[1])
        added, deleted = [], []
        for line in body.decode().splitlines():
            item = json.loads(line)
            key, value = item["key"], item["value"]
            if key == "file":
                files[value["path"]] = StoredFile(base64.b64decode(value["content"]), lfs=False)
                added.append(value["path"])
            elif key == "lfsFile":
                if value["oid"] not in self.lfs:
                    return 400, {"error": f"LFS object {value['oid']} was never uploaded"}, {}
                files[value["path"]] = StoredFile(self.lfs[value["oid"]], lfs=True)
                added.append(value["path"])
            elif key == "deletedFile":
                files.pop(value["path"], None)
                deleted.append(value["path"])
        sha = self._sha(repo_id, files)
        repo.commits.append((sha, files))
        self.commits.append({"repo": repo_id, "files": added, "deleted": deleted})
        url = f"{self.url}/{repo_id}/commit/{sha}"
        return 200, {"success": True, "commitOid": sha, "commitUrl": url, "pullRequestUrl": None}, {}

    # -- reads --------------------------------------------------------------------------------
    def _info(self, repo_id: str, rev: str):
        found = self.repos.get(repo_id) and self.repos[repo_id].at(rev)
        if not found:
            return 404, {"error": "Repository not found"}, {"X-Error-Code": "RepoNotFound"}
        sha, files = found
        return (
            200,
            {
                "id": repo_id,
                "modelId": repo_id,
                "sha": sha,
                "private": self.repos[repo_id].private,
                "siblings": [{"rfilename": p} for p in sorted(files)],
                "tags": [],
            },
            {},
        )

    def _tree(self, repo_id: str, rev: str, folder: str, query: dict):
        found = self.repos.get(repo_id) and self.repos[repo_id].at(rev)
        if not found:
            return 404, {"error": "Repository not found"}, {"X-Error-Code": "RepoNotFound"}
        prefix = f"{folder}/" if folder else ""
        entries = []
        for path, f in sorted(found[1].items()):
            if not path.startswith(prefix) or (
                query.get("recursive") != "true" and "/" in path[len(prefix) :]
            ):
                continue
            entry = {"type": "file", "path": path, "size": len(f.data)}
            entry["oid"] = git_blob_sha1(f.pointer if f.lfs else f.data)
            if f.lfs:
                entry["lfs"] = {"oid": f.sha256, "size": len(f.data), "pointerSize": len(f.pointer)}
            entries.append(entry)
        if folder and not entries:
            return 404, {"error": "Entry not found"}, {"X-Error-Code": "EntryNotFound"}
        return 200, entries, {}

    def _resolve(self, repo_id: str, rev: str, path: str, method: str):
        found = self.repos.get(repo_id) and self.repos[repo_id].at(rev)
        if not found:
            return 404, {"error": "Repository not found"}, {"X-Error-Code": "RepoNotFound"}
        sha, files = found
        headers = {"X-Repo-Commit": sha, "Content-Type": "application/octet-stream"}
        f = files.get(path)
        if f is None:
            headers["X-Error-Code"] = "EntryNotFound"
            return 404, {"error": "Entry not found"}, headers
        headers["ETag"] = f'"{git_blob_sha1(f.pointer) if f.lfs else git_blob_sha1(f.data)}"'
        if f.lfs:
            headers["X-Linked-Etag"] = f'"{f.sha256}"'
            headers["X-Linked-Size"] = str(len(f.data))
        if method == "HEAD":
            headers["_length"] = str(len(f.data))
            return 200, b"", headers
        return 200, f.data, headers
