"""The Benchmarks page: a run replaces the sections it has results for and keeps the others."""

from __future__ import annotations

import json

from bench.table import sections, write_page


def test_a_partial_run_updates_only_its_sections(tmp_path):
    page = tmp_path / "benchmarks.md"
    page.write_text(
        "---\ntitle: Benchmarks\n---\n\n# Benchmarks\n\nintro\n\n"
        "## 1. Training\n\nold training table\n\n## 2. Build of the example site\n\nold build table\n"
    )
    results = tmp_path / "results"
    results.mkdir()
    (results / "profile.json").write_text(json.dumps({"skipped": "no corpus"}))
    (results / "train.json").write_text(json.dumps({"error": "RuntimeError: boom"}))
    write_page(results, page)
    text = page.read_text()
    found = sections(text)
    profile = "1b. Where a training step's time goes"
    assert list(found) == ["1. Training", profile, "2. Build of the example site"]
    assert "Failed: RuntimeError: boom" in found["1. Training"] and "old training" not in text
    assert "Skipped: no corpus" in found[profile]
    assert "old build table" in found["2. Build of the example site"]
    assert text.startswith("---\ntitle: Benchmarks") and text.count("# Benchmarks\n") == 1
    assert not list(tmp_path.glob(".*.tmp"))


def test_hand_written_sections_stay_after_the_section_they_followed(tmp_path):
    page = tmp_path / "benchmarks.md"
    page.write_text(
        "# Benchmarks\n\nintro\n\n## 0. Read me first\n\nhand 0\n\n## 1. Training\n\nold training\n\n"
        "## 1a. A lever, by hand\n\nhand 1a\n\n## 1a2. Another, by hand\n\nhand 1a2\n\n"
        "## 1b. Where a training step's time goes\n\nold profile\n\n## 1c. After the profile\n\nhand 1c\n"
    )
    results = tmp_path / "results"
    results.mkdir()
    (results / "train.json").write_text(json.dumps({"skipped": "no corpus"}))
    write_page(results, page)
    found = sections(page.read_text())
    assert list(found) == [
        "0. Read me first",
        "1. Training",
        "1a. A lever, by hand",
        "1a2. Another, by hand",
        "1b. Where a training step's time goes",
        "1c. After the profile",
    ]
    assert "Skipped: no corpus" in found["1. Training"] and "old profile" in found[list(found)[4]]
    assert [
        found[t].split("\n")[2]
        for t in ("0. Read me first", "1a2. Another, by hand", "1c. After the profile")
    ] == [
        "hand 0",
        "hand 1a2",
        "hand 1c",
    ]
