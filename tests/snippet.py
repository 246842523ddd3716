"""Run the 'How to use' snippet exactly as a page shows it, and print what its last line returns."""

from __future__ import annotations

import ast
import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

RUNNER = """
import ast, json, sys
if sys.argv[1:] == ["--local-only"]:  # a visitor's machine with only the fake Hub to reach
    import socket
    real = socket.create_connection
    def local_only(address, *args, **kwargs):
        if address[0] not in ("127.0.0.1", "localhost"):
            raise OSError(f"the snippet tried to reach {address}")
        return real(address, *args, **kwargs)
    socket.create_connection = local_only
tree = ast.parse(sys.stdin.read())
last = tree.body.pop()
scope = {}
exec(compile(tree, "<snippet>", "exec"), scope)
print(json.dumps(eval(compile(ast.Expression(last.value), "<snippet>", "eval"), scope)))
"""


def snippet_from_html(page: Path) -> str:
    """The code block that calls pipeline(...), as text (highlighting markup and entities removed)."""
    for block in re.findall(r"<code[^>]*>(.*?)</code>", page.read_text(), flags=re.S):
        text = html.unescape(re.sub(r"<[^>]+>", "", block))
        if "pipeline(" in text:
            return text
    raise AssertionError(f"{page}: no pipeline snippet")


def run_snippet(
    code: str, cwd: Path, timeout: int = 600, env: dict | None = None, local_only: bool = False
) -> list:
    """Run `code` in a fresh Python (with `env` added to the environment; `local_only`: no
    connection past 127.0.0.1) and return what its last expression evaluates to."""
    ast.parse(code)  # fail early and clearly on a broken snippet
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, *(["--local-only"] if local_only else [])],
        input=code,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
