"""`bsky:<handle>`: public posts through the AT Protocol SDK (PyPI `atproto`), no login.

The SDK's client makes the XRPC queries (`app.bsky.actor.getProfile`, `app.bsky.feed.getAuthorFeed`,
100 items a page, following `cursor`) against the public AppView, types its errors, and checks each
answer against the lexicon's response model. The answer is saved as the server sent it (the SDK's
models would drop nothing, but its dump is not the wire format), so `ingest.bluesky` reads the same
JSON a person saving feed pages by hand would have.

getAuthorFeed has no "since": a later fetch pages from the newest item and stops at the first item
it already has. If `--limit` stops it before that, the place to continue (the cursor, and the item
the missing ones come after) is recorded as a gap, which the next fetch fills first, so that no
post in the middle is skipped for good.
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
from generator.ingest.bluesky import item_key

PAGE = 100  # getAuthorFeed's maximum


class BlueskyService(Service):
    def __init__(self, label: str, base: str, log=None):
        super().__init__(label, base, log)
        from atproto import Client
        from atproto_client.request import Request

        request = Request(timeout=TIMEOUT)
        request.set_additional_headers({"User-Agent": USER_AGENT})
        self.client = Client(base_url=base, request=request)
        self._http = None  # for the avatar, made when needed

    def _query(self, nsid: str, params, model, not_found: str) -> dict:
        """The raw JSON answer to one XRPC query, after the SDK checked it against `model`."""
        from atproto_client.exceptions import ModelError
        from atproto_client.models.utils import get_response_model

        query = self.client.invoke_query
        response = self.call(
            lambda: query(nsid, params=params, output_encoding="application/json"), not_found
        )
        if not isinstance(response.content, dict):
            raise FetchError(f"{self.label}: {self.host} did not answer with JSON", hint="check --base-url")
        try:
            get_response_model(response, model)
        except ModelError as exc:
            reason = one_line(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            raise FetchError(
                f"{self.label}: {self.host} answered {nsid} with what the atproto SDK cannot read ({reason})",
                hint="check --base-url, or upgrade atproto",
            ) from None
        return response.content

    def profile(self, actor: str) -> dict:
        from atproto import models

        return self._query(
            "app.bsky.actor.getProfile",
            models.AppBskyActorGetProfile.Params(actor=actor),
            models.AppBskyActorDefs.ProfileViewDetailed,
            "no such Bluesky account",
        )

    def page(self, actor: str, limit: int, cursor: str | None) -> tuple[list, str | None]:
        from atproto import models

        page = self._query(
            "app.bsky.feed.getAuthorFeed",
            models.AppBskyFeedGetAuthorFeed.Params(actor=actor, limit=limit, cursor=cursor),
            models.AppBskyFeedGetAuthorFeed.Response,
            "no such Bluesky account",
        )
        next_cursor = page.get("cursor")
        return page["feed"], next_cursor if isinstance(next_cursor, str) and next_cursor else None

    def download(self, url: str, limit: int) -> bytes:
        """An image (the avatar, on the CDN) by URL through httpx, the SDK's own HTTP client."""
        import httpx

        if self._http is None:
            headers = {"User-Agent": USER_AGENT}
            self._http = httpx.Client(timeout=TIMEOUT, headers=headers, follow_redirects=True)

        def get():
            with self._http.stream("GET", url, headers={"Accept": "image/*"}) as response:
                response.raise_for_status()
                return read_capped(response.iter_bytes(1 << 16), limit, self.label, "the avatar")

        return self.call(get, "avatar not found", host=host_of(url))

    def failure(self, exc: Exception) -> Failure | None:
        import httpx
        from atproto_client.exceptions import RequestErrorBase

        if isinstance(exc, RequestErrorBase):
            response = exc.response
            if response is None:  # a transport failure: the httpx exception is its cause
                return Failure(problem=transport_problem(exc, self.host))
            content = response.content
            detail = one_line(getattr(content, "message", None) or getattr(content, "error", None) or "")
            return Failure(response.status_code, response.headers, detail)
        if isinstance(exc, httpx.HTTPStatusError):
            return Failure(exc.response.status_code, exc.response.headers)
        if isinstance(exc, httpx.HTTPError):  # a protocol error the SDK passes through as it is
            host = host_of(str(exc.request.url)) if _has_request(exc) else self.host
            return Failure(problem=transport_problem(exc, host))
        if isinstance(exc, ValueError):  # the SDK's JSON decoder, on a body that says JSON but is not
            return Failure(problem=f"{self.host} did not answer with JSON", hint="check --base-url")
        return None

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
        self.client.request.close()

    # -- the walk ---------------------------------------------------------------------------------

    def walk(
        self, actor: str, cursor: str | None, known: set, limit: int, progress, pages: int = 0
    ) -> tuple[list, str | None, int]:
        """Feed items from `cursor` (None: the newest) until a known item, the end, or `limit`
        items: (items, the cursor to continue from if the limit stopped it, else None, pages)."""
        items: list = []
        seen: set = set()
        while len(items) < limit:
            feed, next_cursor = self.page(actor, min(PAGE, limit - len(items)), cursor)
            pages += 1
            for item in feed[: limit - len(items)]:
                key = item_key(item)
                if key is not None and key in known:
                    progress(pages, len(items))
                    return items, None, pages  # everything from here on was fetched before
                if key is None or key not in seen:
                    seen.add(key)
                    items.append(item)
            progress(pages, len(items))
            if not feed or next_cursor is None or next_cursor == cursor:
                return items, None, pages  # the end (a repeated cursor would loop forever)
            cursor = next_cursor
        return items, cursor, pages


def _has_request(exc) -> bool:
    try:
        return exc.request is not None
    except RuntimeError:  # httpx raises when an exception has no request attached
        return False
