"""Posting a time-stamp request to a TSA: the only place Casebook talks to the network.

It sends only a TimeStampReq (a hash, a nonce, and a request for the TSA's certificate),
never case data, and only when the user asks. The standard library's HTTP client honours
the system's proxy settings, which people behind a censoring network may depend on.
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from ..phrase import phrase
from .timestamp import MAX_REPLY_BYTES, TimestampError

QUERY_TYPE = "application/timestamp-query"
TIMEOUT_SECONDS = 30.0


class TsaUnreachable(TimestampError):
    """The TSA could not be reached or did not answer with a reply; nothing was lost."""


def check_url(url: str) -> str:
    """Accept only http(s) URLs with a host (a TSA reply is signed, so plain http is fine)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise TimestampError(
            "{url} is not a time-stamp authority address. Give its http:// or https:// "
            "URL, as the TSA publishes it.",
            url=repr(url),
        )
    if parts.username is not None or parts.password is not None:
        # It would be kept in timestamps/<stamp>/tsa.json and shown in messages.
        raise TimestampError(
            "The TSA address holds a user name or password. Casebook keeps the address with "
            "each time-stamp, so give one without them (a TSA that needs no login)."
        )
    return url


def post_query(url: str, query: bytes, timeout: float = TIMEOUT_SECONDS) -> bytes:
    """POST ``query`` to the TSA at ``url`` and return the body of its reply."""
    check_url(url)
    request = urllib.request.Request(  # noqa: S310 - the scheme is checked above
        url, data=query, method="POST", headers={"Content-Type": QUERY_TYPE}
    )
    stays = phrase("the request stays queued. Send it again when this computer is online")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            body: bytes = response.read(MAX_REPLY_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise TsaUnreachable(
            "The time-stamp authority at {url} answered with HTTP error {code}; {stays}, "
            "or check the address.",
            url=url,
            code=exc.code,
            stays=stays,
        ) from None
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise TsaUnreachable(
            "The time-stamp authority at {url} could not be reached ({reason}); {stays}.",
            url=url,
            reason=reason,
            stays=stays,
        ) from None
    if len(body) > MAX_REPLY_BYTES:
        raise TsaUnreachable(
            "The time-stamp authority at {url} sent more than a time-stamp reply; "
            "{stays}, or check the address.",
            url=url,
            stays=stays,
        )
    return body
