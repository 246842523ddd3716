"""Build the MkDocs-Material site (`mkdocs build --strict`) into site/, atomically."""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from generator.errors import HtsiteError


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def build_site(root: Path, config_file: Path, site_dir: Path, site_url: str | None = None) -> str | None:
    """Run mkdocs in strict mode into a temp folder, then swap it in place of `site_dir`.
    `site_url` (site.yaml's) overrides mkdocs.yml's; returns the one the site was built with."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    tmp = Path(tempfile.mkdtemp(prefix=".site-", dir=root))
    collect = _Collect()
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(collect)
    try:
        overrides = {"site_url": site_url} if site_url else {}
        config = load_config(str(config_file), site_dir=str(tmp), strict=True, **overrides)
        build(config)
    except (Abort, ConfigurationError) as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        detail = collect.messages[0] if collect.messages else str(exc)
        raise HtsiteError(
            f"mkdocs build failed: {detail}", config_file, "fix the page or mkdocs.yml"
        ) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        mkdocs_log.removeHandler(collect)
    old = None
    if site_dir.exists():
        old = site_dir.with_name(f".{site_dir.name}-old")
        shutil.rmtree(old, ignore_errors=True)
        site_dir.rename(old)
    tmp.rename(site_dir)
    if old:
        shutil.rmtree(old, ignore_errors=True)
    return config["site_url"] or None
