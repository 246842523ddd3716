"""Run the 'How to use' snippet exactly as a page shows it, and print what its last line returns."""

from __future__ import annotations

import ast
import html
import json
import re
import subprocess
import sys
from pathlib import Path

RUNNER = """
import ast, json, sys
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


def run_snippet(code: str, cwd: Path, timeout: int = 600) -> list:
    ast.parse(code)  # fail early and clearly on a broken snippet
    done = subprocess.run(
        [sys.executable, "-c", RUNNER], input=code, cwd=cwd, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
