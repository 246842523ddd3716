"""`mastodon:@user@instance`: public statuses through Mastodon.py (PyPI `mastodon-py`).

Mastodon.py makes the requests (`account_lookup`, `account_statuses` with `max_id` / `min_id`),
parses the rate-limit headers and types its errors. It hands back typed objects (dates as
`datetime`, ids as its own string type) and has no raw mode, so the JSON the server sent is kept
from the requests session under it (a response hook) and saved as it came: `ingest.mastodon_api`
reads exactly what the instance serves. Its own rate-limit waiting is off (`throw`): the bounded
policy in `service` decides how long to wait.

A first fetch (or `--full`) walks down from the newest status (`max_id` = the oldest id seen) until
a page is empty or `--limit` statuses are saved. A later fetch asks only for what is newer than the
newest status seen (`min_id`), walking up page by page, gap-free; with what is left of `--limit` it
then goes on down from where an earlier run stopped at its limit, if one did. Either way a run
stopped by `--limit` is continued exactly by the next. Statuses that are not public or unlisted
are counted and dropped before anything is written.
"""

from __future__ import annotations

from generator.fetch.service import (
    TIMEOUT,
    USER_AGENT,
    Failure,
    FetchError,
    Service,
    host_of,
    one_line,
    read_capped,
    transport_problem,
)

PAGE = 40  # the statuses API's maximum
BASE_HINT = "check --base-url"
VISIBLE = {"public", "unlisted"}


def id_order(status_id: str) -> tuple[int, str]:
    """Sort key of Mastodon ids: numbers as strings (snowflakes), or a server's sortable strings."""
    return len(status_id), status_id


def status_id(status) -> str | None:
    value = status.get("id") if isinstance(status, dict) else None
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        return None
    return str(value)


class MastodonService(Service):
    def __init__(self, label: str, base: str, log=None):
        super().__init__(label, base, log)
        import requests
        from mastodon import Mastodon

        self.session = requests.Session()
        self.session.headers["Accept"] = "application/json"
        self.session.hooks["response"].append(self._keep)
        self.last = None  # the last response, for its raw JSON and its rate-limit headers
        self.api = Mastodon(
            api_base_url=base,
            ratelimit_method="throw",  # no unbounded sleeping inside the client
            request_timeout=TIMEOUT,
            session=self.session,
            user_agent=USER_AGENT,
            version_check_mode="none",  # no /api/v1/instance request before the first real one
        )

    def _keep(self, response, *args, **kwargs):
        self.last = response
        return response

    def _raw(self):
        try:
            return self.last.json()
        except ValueError:  # Mastodon.py parsed it, so this does not happen; but never a traceback
            raise FetchError(f"{self.label}: {self.host} did not answer with JSON", hint=BASE_HINT) from None

    # -- requests ---------------------------------------------------------------------------------

    def lookup(self, user: str) -> dict:
        self.call(lambda: self.api.account_lookup(user), "no such Mastodon account")
        account = self._raw()
        if not isinstance(account, dict) or status_id(account) is None:
            raise FetchError(f"{self.label}: {self.host} answered the lookup without an id", hint=BASE_HINT)
        return account

    def page(self, account_id: str, **ids) -> list:
        statuses = self.api.account_statuses
        self.call(lambda: statuses(account_id, limit=PAGE, **ids), "no such Mastodon account")
        page = self._raw()
        if not isinstance(page, list):
            raise FetchError(f"{self.label}: {self.host} answered without a list of statuses")
        return [s for s in page if status_id(s) is not None]

    def download(self, url: str, limit: int) -> bytes:
        """An image (the avatar) by URL, through the same session; at most `limit` bytes."""

        def get():
            headers = {"Accept": "image/*"}
            with self.session.get(url, stream=True, timeout=TIMEOUT, headers=headers) as response:
                response.raise_for_status()
                return read_capped(response.iter_content(1 << 16), limit, self.label, "the avatar")

        return self.call(get, "avatar not found", host=host_of(url))

    def failure(self, exc: Exception) -> Failure | None:
        import requests
        from mastodon import MastodonAPIError, MastodonNetworkError, MastodonRatelimitError

        headers = self.last.headers if self.last is not None else {}
        if isinstance(exc, MastodonRatelimitError):
            return Failure(429, headers)
        if isinstance(exc, MastodonAPIError):
            # ('Mastodon API returned error', status, reason, message), or a body that is not JSON
            if len(exc.args) >= 2 and isinstance(exc.args[1], int):
                message = exc.args[3] if len(exc.args) > 3 else ""
                return Failure(exc.args[1], headers, one_line(message))
            return Failure(problem=f"{self.host} did not answer with JSON", hint="check --base-url")
        if isinstance(exc, requests.HTTPError) and exc.response is not None:
            return Failure(exc.response.status_code, exc.response.headers)
        if isinstance(exc, MastodonNetworkError | requests.RequestException):
            host = host_of(exc.request.url) if getattr(exc, "request", None) is not None else self.host
            return Failure(problem=transport_problem(exc, host))
        return None

    def close(self) -> None:
        self.session.close()

    # -- the walks --------------------------------------------------------------------------------

    def walk_down(
        self, account_id: str, limit: int, progress, max_id: str | None = None, pages: int = 0
    ) -> tuple[list, int, str | None, str | None, int]:
        """Statuses older than `max_id` (None: from the newest), newest first, until the end or
        `limit` saved: (statuses, withheld, the newest id seen, the `max_id` to continue from if
        the limit stopped it — else None, pages). Stopping takes the newest, so the next run
        continues downwards exactly where this one stopped."""
        saved: list = []
        withheld = 0
        newest = None
        while True:
            page = self.page(account_id, max_id=max_id)
            pages += 1
            older = sorted(
                (s for s in page if max_id is None or id_order(status_id(s)) < id_order(max_id)),
                key=lambda s: id_order(status_id(s)),
                reverse=True,
            )
            newest = newest or (status_id(older[0]) if older else None)
            for status in older:
                visible = status.get("visibility") in VISIBLE
                if visible and len(saved) >= limit:
                    break
                max_id = status_id(status)
                if visible:
                    saved.append(status)
                else:
                    withheld += 1  # followers-only or direct: dropped here, never written
            progress(pages, len(saved))
            if not older:
                return saved, withheld, newest, None, pages
            if len(saved) >= limit:
                return saved, withheld, newest, max_id, pages

    def walk_up(self, account_id: str, since: str, limit: int, progress) -> tuple[list, int, str, bool, int]:
        """What is newer than `since`, oldest first, a page at a time (`min_id`), until a page is
        empty or `limit` saved: (statuses newest first, withheld, newest id taken, complete, pages).
        Stopping at the limit takes the oldest, so the next run continues without a gap."""
        saved: list = []
        withheld = pages = 0
        cursor = since
        while True:
            page = self.page(account_id, min_id=cursor)
            pages += 1
            newer = sorted(
                (s for s in page if id_order(status_id(s)) > id_order(cursor)),
                key=lambda s: id_order(status_id(s)),
            )
            for status in newer:
                if status.get("visibility") in VISIBLE and len(saved) >= limit:
                    progress(pages, len(saved))
                    return saved[::-1], withheld, cursor, False, pages
                cursor = status_id(status)
                if status.get("visibility") in VISIBLE:
                    saved.append(status)
                else:
                    withheld += 1
            progress(pages, len(saved))
            if not newer:
                return saved[::-1], withheld, cursor, True, pages
