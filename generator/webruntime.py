"""The JavaScript/WebAssembly runtime of the Try it box: transformers.js and onnxruntime-web.

It ships inside the htsite package (generator/web/runtime/, package data), so that building a
site never needs Node. The files come from npm, pinned by generator/web/package-lock.json, when
htsite itself is installed from a checkout or packaged:

    python -m generator.webruntime        # what `make install` runs (needs node and npm)

`npm ci --ignore-scripts` (onnxruntime-node's install script would download binaries) runs in a
temp folder; only the browser files are kept (~15 MB, not committed to git).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from importlib.resources import files
from pathlib import Path

from generator import files as staging

WEB = Path(str(files("generator") / "web"))
RUNTIME = WEB / "runtime"
# What the browser loads: the bundled library (it includes onnxruntime-web's JavaScript) and
# the single-threaded-capable SIMD WebAssembly build with its loader. Plain http hosts are not
# cross-origin isolated, so onnxruntime-web runs one thread there; the .wasm works for both.
FILES = {
    "transformers.min.js": "@huggingface/transformers/dist/transformers.min.js",
    "ort-wasm-simd-threaded.mjs": "onnxruntime-web/dist/ort-wasm-simd-threaded.mjs",
    "ort-wasm-simd-threaded.wasm": "onnxruntime-web/dist/ort-wasm-simd-threaded.wasm",
    "LICENSE-transformers.js.txt": "@huggingface/transformers/LICENSE",
}
VERSION_FILE = "VERSION.json"


def lock_digest() -> str:
    return hashlib.sha256((WEB / "package-lock.json").read_bytes()).hexdigest()


def pinned_version() -> str:
    lock = json.loads((WEB / "package-lock.json").read_text())
    return lock["packages"]["node_modules/@huggingface/transformers"]["version"]


def installed() -> dict | None:
    """The runtime's VERSION.json when every file is present and matches it, else None."""
    path = RUNTIME / VERSION_FILE
    try:
        info = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    for name, meta in info.get("files", {}).items():
        file = RUNTIME / name
        if not file.is_file() or file.stat().st_size != meta["bytes"]:
            return None
    return info if set(info.get("files", {})) == set(FILES) else None


def missing_hint() -> str:
    return (
        "the Try it runtime (transformers.js) is not installed in this htsite; "
        "run `make runtime` (or `python -m generator.webruntime`, needs node and npm) in the htsite "
        "checkout, or install an htsite package that includes it"
    )


def fetch() -> dict:
    """npm ci in a temp folder, then copy the browser files into generator/web/runtime/."""
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("error: npm is not installed; the Try it runtime comes from the npm registry")
    with tempfile.TemporaryDirectory(prefix="htsite-npm-") as tmp:
        work = Path(tmp)
        for name in ("package.json", "package-lock.json"):
            shutil.copy2(WEB / name, work / name)
        subprocess.run(
            [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=work,
            check=True,
        )
        with staging.staged(RUNTIME) as folder:
            meta = {}
            for name, source in FILES.items():
                shutil.copyfile(work / "node_modules" / source, folder / name)
                data = (folder / name).read_bytes()
                meta[name] = {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            versions = {}
            for package in ("@huggingface/transformers", "onnxruntime-web"):
                versions[package] = json.loads(
                    (work / "node_modules" / package / "package.json").read_text()
                )["version"]
            info = {"versions": versions, "lock": lock_digest(), "files": meta}
            (folder / VERSION_FILE).write_text(json.dumps(info, indent=2) + "\n")
    return info


def main() -> int:
    info = installed()
    if info and info.get("lock") == lock_digest():
        (RUNTIME / VERSION_FILE).touch()  # newer than the lock file: make is satisfied
        print(f"Try it runtime {pinned_version()} already in {RUNTIME}", file=sys.stderr)
        return 0
    info = fetch()
    size = sum(f["bytes"] for f in info["files"].values())
    print(f"Try it runtime {info['versions']} → {RUNTIME} ({size / 1e6:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
