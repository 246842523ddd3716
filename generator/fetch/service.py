"""What the Mastodon and Bluesky fetchers share: bounded retries, one-line errors, capped downloads.

Each service talks to its server through the ecosystem's own client (Mastodon.py, the atproto SDK);
a client's exceptions are turned here into a `Failure` (an HTTP status and headers, or a transport
problem), which one policy for both services acts on: HTTP 429 and 5xx are retried after the wait
that `Retry-After` / `ratelimit-reset` / `X-RateLimit-Reset` asks for (exponential back-off without
one), at most `RETRIES` times and never for more than `MAX_WAIT` seconds at a time (a server asking
for longer gets a clear error at once instead of a hung command); anything else becomes one
`FetchError` line.
"""

from __future__ import annotations

import time
import urllib.parse
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from generator import __version__
from generator.errors import HtsiteError

MAX_WAIT = 60.0  # seconds: the longest wait honoured; a server asking for more gets an error at once
RETRIES = 4  # retries of one request after 429 / 5xx
TIMEOUT = 30.0  # seconds per request
RETRYABLE = {429, 500, 502, 503, 504}
USER_AGENT = f"htsite/{__version__}"
NET_HINT = "check the network and the handle, or set --base-url"


def pause(seconds: float) -> None:
    time.sleep(seconds)


class FetchError(HtsiteError):
    """The server could not be reached, refused, or answered something unusable."""


@dataclass
class Failure:
    """One failed request, in the terms the retry policy needs, whatever client made it."""

    status: int | None = None  # the HTTP status, when a response came
    headers: Mapping = field(default_factory=dict)
    detail: str = ""  # the server's own message (an API error body), if any
    problem: str | None = None  # no usable response: "cannot reach …", "did not answer with JSON", …
    hint: str = NET_HINT


def retry_wait(headers: Mapping, attempt: int, now: float | None = None) -> float:
    """Seconds to wait before retrying: Retry-After (seconds or a date), else the rate-limit reset
    time (Bluesky: epoch seconds; Mastodon: an ISO date), else exponential back-off (1, 2, 4, … s)."""
    now = time.time() if now is None else now
    lower = {str(k).lower(): v for k, v in headers.items()}
    wait = _seconds(lower["retry-after"], now, relative=True) if lower.get("retry-after") else None
    for name in ("ratelimit-reset", "x-ratelimit-reset"):
        if wait is None and lower.get(name):
            wait = _seconds(lower[name], now, relative=False)
    if wait is None:
        wait = float(2**attempt)
    return max(wait, 0.0)


def _seconds(value: str, now: float, relative: bool) -> float | None:
    value = str(value).strip()
    try:
        number = float(value)
    except ValueError:
        number = None
    if number is not None:
        return number if relative else number - now
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp() - now


def host_of(url: str) -> str:
    return urllib.parse.urlsplit(url).netloc or url


def transport_problem(exc: BaseException, host: str) -> str:
    """'cannot reach HOST (Connection refused)', 'HOST did not answer in time', … for an exception
    from a client's HTTP stack, found by walking its chain of causes down to the socket error."""
    seen: set[int] = set()
    stack: list = [exc]
    reason = None
    while stack:
        current = stack.pop(0)
        if not isinstance(current, BaseException) or id(current) in seen or len(seen) > 32:
            continue
        seen.add(id(current))
        name = type(current).__name__
        if (
            isinstance(current, TimeoutError)
            or name in ("Timeout", "ReadTimeout", "ConnectTimeout")
            or (name.endswith("TimeoutException") or name == "MastodonReadTimeout")
        ):
            return f"{host} did not answer in time"
        if isinstance(current, OSError) and current.strerror and reason is None:
            reason = current.strerror
        stack += [current.__cause__, current.__context__, getattr(current, "reason", None), *current.args]
    if reason:
        return f"cannot reach {host} ({reason})"
    return f"connection to {host} failed ({type(exc).__name__})"


class Service:
    """A fetcher's connection to one server: `call()` runs one client request under the retry
    policy. Subclasses say how their client's exceptions read (`failure`)."""

    def __init__(self, label: str, base: str, log=None):
        self.label = label  # names the fetch in errors: "bsky:alice.bsky.social"
        self.base = base
        self.host = host_of(base)
        self.log = log  # a Reporter (progress and warnings on stderr), or None
        self.requests = 0

    def failure(self, exc: Exception) -> Failure | None:
        """What `exc`, raised by the client, says about the request; None if it is not about one."""
        raise NotImplementedError

    def call(self, request: Callable, not_found: str = "not found", host: str | None = None):
        """`request()`, retried on 429 / 5xx as the server asks; every failure a one-line FetchError."""
        host = host or self.host
        for attempt in range(RETRIES + 1):
            self.requests += 1
            try:
                return request()
            except FetchError:
                raise
            except Exception as exc:
                failure = self.failure(exc)
                if failure is None:
                    raise
            if failure.status in RETRYABLE and attempt < RETRIES:
                wait = retry_wait(failure.headers, attempt)
                if wait > MAX_WAIT:  # minutes or hours away: say so now rather than hang
                    raise FetchError(
                        f"{self.label}: rate-limited by {host} for another {wait:,.0f} s",
                        hint="try again later",
                    )
                self.warn(f"{self.label}: HTTP {failure.status} from {host}; retrying in {wait:.0f} s")
                pause(wait)
                continue
            raise self.error(failure, not_found, host)
        raise AssertionError("unreachable")

    def error(self, failure: Failure, not_found: str, host: str) -> FetchError:
        code, detail = failure.status, f": {failure.detail}" if failure.detail else ""
        if code is None:
            return FetchError(f"{self.label}: {failure.problem or f'{host} failed'}", hint=failure.hint)
        if code == 404 or (code == 400 and "not found" in detail.lower()):
            return FetchError(f"{self.label}: {not_found} (HTTP {code}{detail})", hint="check the handle")
        if code == 429:
            return FetchError(f"{self.label}: still rate-limited by {host}", hint="try again later")
        if code in (401, 403):
            return FetchError(
                f"{self.label}: {host} refuses anonymous reads (HTTP {code}{detail})",
                hint="this account or server does not allow public fetching; ask for an archive",
            )
        return FetchError(f"{self.label}: HTTP {code} from {host}{detail}", hint="try again later")

    def close(self) -> None:
        """Close the client's connections."""

    def warn(self, message: str) -> None:
        if self.log is not None:
            self.log.warn(message)

    def info(self, message: str) -> None:
        if self.log is not None:
            self.log.info(message)


def one_line(text) -> str:
    """A server's message made safe for one line of output: whitespace collapsed, 200 characters."""
    return " ".join(str(text).split())[:200] if text else ""


def read_capped(chunks: Iterable[bytes], limit: int, label: str, what: str) -> bytes:
    """The bytes of a streamed body, refused with a FetchError past `limit` (never held whole)."""
    out = bytearray()
    for chunk in chunks:
        out += chunk
        if len(out) > limit:
            raise FetchError(f"{label}: {what} is over {limit >> 20} MB; not downloaded")
    return bytes(out)
