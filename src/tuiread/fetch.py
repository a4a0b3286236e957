"""Downloading a web page: ``tuiread https://…``.

The network lives here, never in the parser: this module fetches the bytes and hands them to
`tuiread.parser.html` (or, for plain text, `tuiread.parser.load`), which knows nothing of where
they came from.

The limits: http and https only; a deadline for the whole download (20 s), a size cap
(10 MB), at most 5 redirects (each to http or https); HTML or plain text only; the page's
charset as the server gives it (the ``Content-Type`` header), else as the page declares it.
Anything else (offline, a 404, a timeout, a PDF, a page with no article) is a `LoadError` with
one line naming the address, as for a file.

The standard library's urllib does it: one GET with a redirect limit and a streamed,
capped read is all there is to it, and it honours the usual proxy settings.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tuiread import __version__
from tuiread.inert import printable
from tuiread.parser.load import LoadedText, LoadError

if TYPE_CHECKING:
    import urllib.request
    from email.message import Message

# urllib, http and ssl are imported where a download runs: about 50 ms that every start from a
# file (the founding sample's too) would otherwise spend before its first paint.

TIMEOUT = 20.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
# What a page may be: HTML (or XHTML), or plain text.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
USER_AGENT = f"Mozilla/5.0 (compatible; tuiread/{__version__}; article reader)"
_CHUNK = 64 * 1024
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*)://")


def is_url(arg: str) -> bool:
    """Does ``arg`` name an address (``scheme://…``) rather than a file?"""
    return bool(_SCHEME.match(arg))


@dataclass(frozen=True)
class Fetched:
    """A downloaded page: the address it came from in the end, its bytes and type."""

    url: str
    data: bytes
    content_type: str | None
    charset: str | None


class _TooManyRedirects(Exception):
    pass


def _redirects(limit: int) -> urllib.request.HTTPRedirectHandler:
    """A handler that follows at most ``limit`` redirects, each to http or https (urllib would
    follow ftp too)."""
    import urllib.error
    import urllib.request

    class Redirects(urllib.request.HTTPRedirectHandler):
        def __init__(self) -> None:
            self.count = 0

        def redirect_request(
            self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Message, newurl: str
        ) -> urllib.request.Request | None:
            self.count += 1
            if self.count > limit:
                raise _TooManyRedirects
            if not newurl.lower().startswith(("http://", "https://")):
                raise urllib.error.URLError(f"redirected to an address that is not http or https ({newurl})")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return Redirects()


def fetch(
    url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, max_redirects: int = MAX_REDIRECTS
) -> Fetched:
    """Download ``url`` within the limits; LoadError (one line naming it) otherwise."""
    import urllib.error
    import urllib.request

    shown = printable(url)
    scheme = _SCHEME.match(url)
    if not scheme or scheme.group(1).lower() not in ("http", "https"):
        raise LoadError(f"{shown}: only http and https addresses can be read")
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(_redirects(max_redirects))
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9", "Accept-Encoding": "identity"}
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type() if response.headers.get("Content-Type") else None
            if content_type is not None and content_type not in HTML_TYPES | TEXT_TYPES:
                raise LoadError(f"{shown}: not a web page or text ({printable(content_type)})")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise LoadError(f"{shown}: too large (over {_size(max_bytes)})")
            data = _read_capped(response, max_bytes, deadline, shown)
            return Fetched(response.geturl(), data, content_type, response.headers.get_content_charset())
    except _TooManyRedirects:
        raise LoadError(f"{shown}: too many redirects (over {max_redirects})") from None
    except urllib.error.HTTPError as err:
        raise LoadError(
            f"{shown}: the server answered {err.code} {printable(str(err.reason or ''))}".rstrip()
        ) from None
    except urllib.error.URLError as err:
        raise LoadError(f"{shown}: {_why(err.reason)}") from None
    except TimeoutError:
        raise LoadError(f"{shown}: no answer within {timeout:g} s") from None
    except (OSError, ValueError) as err:  # a reset connection, a malformed address or answer
        raise LoadError(f"{shown}: {_why(err)}") from None


def _read_capped(response: Any, max_bytes: int, deadline: float, shown: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise TimeoutError
        chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise LoadError(f"{shown}: too large (over {_size(max_bytes)})")
        chunks.append(chunk)


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def _why(reason: object) -> str:
    """What went wrong, in a few words ("cannot reach the server (name or service not known)")."""
    import socket

    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "no answer in time"
    if isinstance(reason, socket.gaierror):
        return f"cannot find the server ({printable(str(reason.strerror or reason)).lower()})"
    if isinstance(reason, OSError):
        return f"cannot reach the server ({printable(str(reason.strerror or reason)).lower()})"
    return printable(str(reason))


def load_url(
    url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, max_redirects: int = MAX_REDIRECTS
) -> LoadedText:
    """Download ``url`` and read the article in it (its name is the address as given)."""
    from tuiread.model import PageInfo
    from tuiread.parser import html

    page = fetch(url, timeout=timeout, max_bytes=max_bytes, max_redirects=max_redirects)
    if page.content_type in HTML_TYPES or (page.content_type is None and html.looks_like_html(url, page.data)):
        return html.load_html(page.data, url, url=page.url, charset=page.charset)
    text, fixes = html.decode_declared(page.data, url, page.charset)
    if not text.strip():
        raise LoadError(f"{printable(url)}: the page is empty")
    return LoadedText(url, text, page.charset or "utf-8", fixes, page=PageInfo(url=page.url))


def load_input(arg: str | os.PathLike[str]) -> LoadedText:
    """What the command line names: an address (downloaded), a file, or ``-`` for stdin."""
    from tuiread.parser.load import load_path

    if isinstance(arg, str) and is_url(arg):
        return load_url(arg)
    return load_path(arg)
