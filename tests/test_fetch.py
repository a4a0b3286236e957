"""Downloading pages (`tuiread.fetch`) from a server on 127.0.0.1 that the tests start: never the internet.

The limits are parameters, so a timeout or size cap is tested with a small one (0.5 s, a few
kilobytes): no test waits long, and none depends on how fast the machine is beyond that.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from test_cli import run
from tuiread.fetch import fetch, is_url, load_input, load_url
from tuiread.parser import LoadError, parse_loaded

HARBOUR = (Path(__file__).resolve().parent / "pages" / "harbour-strike.html").read_bytes()
PROSE = (
    "<p>The coast road between Ardel and Pénmor was closed on Sunday after a storm brought down trees and "
    "power lines along a twelve-kilometre stretch, the county council said.</p>"
    "<p>“We are asking people to stay away from the coast until then,” said Inês Carvalho, who leads the "
    "council's roads team.</p>"
)
META_ONLY = f'<html><head><meta charset="windows-1252"><title>Storm</title></head><body><article>{PROSE}</article>'
HOSTILE = (
    "<html><head><title>[bold]Budget[/bold] \x1b[2J</title><script>alert('[red]x[/]')</script></head><body><article>"
    "<p>The mayor said the [bold red]budget[/] was final \x1b]0;owned\x07 and would not change before the "
    "election, whatever the council decided at its meeting on Monday night.</p>" + PROSE + "</article></body></html>"
)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up mid-page (the size cap, the timeout) is what those tests ask for


class _Pages(BaseHTTPRequestHandler):
    """The test server's pages, by path."""

    release: threading.Event

    def log_message(self, format: str, *args: object) -> None:
        pass  # no request log on the test's stderr

    def _send(self, body: bytes, content_type: str | None = "text/html; charset=utf-8", length: bool = True) -> None:
        self.send_response(200)
        if content_type:
            self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/harbour.html":
            self._send(HARBOUR)
        elif path.startswith("/hop/"):
            # /hop/N redirects N more times, then lands on the page.
            n = int(path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", f"/hop/{n - 1}" if n > 0 else "/harbour.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/to-ftp":
            self.send_response(301)
            self.send_header("Location", "ftp://127.0.0.1/x")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/slow":
            self.release.wait(10)  # answers only when the test is over (or after 10 s)
            self._send(HARBOUR)
        elif path == "/big":
            self._send(b"<html><body><p>" + b"word " * 4000 + b"</p></body></html>")
        elif path == "/big-no-length":
            self.close_connection = True
            self._send(b"<html><body><p>" + b"word " * 4000 + b"</p></body></html>", length=False)
        elif path == "/report.pdf":
            self._send(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "application/pdf")
        elif path == "/meta-charset":
            self._send(META_ONLY.encode("cp1252"), "text/html")
        elif path == "/header-charset":
            page = META_ONLY.replace("windows-1252", "koi8-r")
            self._send(page.encode("cp1252"), "text/html; charset=windows-1252")
        elif path == "/hostile":
            self._send(HOSTILE.encode("utf-8"))
        elif path == "/story.txt":
            self._send(
                'Storm closes the coast road\n\n"Stay away from the coast," said Inês Carvalho.\n'.encode("latin-1"),
                "text/plain; charset=iso-8859-1",
            )
        elif path == "/no-type":
            self._send(HARBOUR, None)
        elif path == "/home":
            self._send(b"<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
        else:
            self.send_error(404, "Not Found")


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The base address of a server on 127.0.0.1 with the pages above, on a free port."""
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    release = threading.Event()
    handler = type("Pages", (_Pages,), {"release": release})
    httpd = _QuietServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        release.set()
        httpd.shutdown()
        httpd.server_close()


def test_a_page_is_downloaded_and_read_as_its_article(server: str) -> None:
    loaded = load_url(f"{server}/harbour.html")
    article = parse_loaded(loaded)
    assert article.source == f"{server}/harbour.html"
    assert article.url == f"{server}/harbour.html"  # where it came from, not the page's own claim
    assert article.title == "Dock workers vote to end harbour strike after pay deal"
    assert article.date == "2024-03-14"
    assert [q.speaker for q in article.quotes][:3] == ["Ana Ruiz", "Ana Ruiz", "Tomas Weber"]
    assert "Share this article" not in article.text


def test_five_redirects_are_followed_and_six_refused(server: str) -> None:
    assert fetch(f"{server}/hop/4").url == f"{server}/harbour.html"  # 5 redirects in all
    with pytest.raises(LoadError) as err:
        fetch(f"{server}/hop/5")
    assert str(err.value) == f"{server}/hop/5: too many redirects (over 5)"


def test_a_redirect_away_from_http_is_refused(server: str) -> None:
    with pytest.raises(LoadError, match="not http or https"):
        fetch(f"{server}/to-ftp")


def test_a_missing_page_says_what_the_server_answered(server: str) -> None:
    with pytest.raises(LoadError) as err:
        fetch(f"{server}/nothing-here")
    assert str(err.value) == f"{server}/nothing-here: the server answered 404 Not Found"


def test_a_server_that_does_not_answer_in_time_is_left(server: str) -> None:
    with pytest.raises(LoadError) as err:
        fetch(f"{server}/slow", timeout=0.5)
    assert str(err.value) == f"{server}/slow: no answer within 0.5 s"


@pytest.mark.parametrize("path", ["/big", "/big-no-length"])
def test_a_page_over_the_size_cap_is_refused(server: str, path: str) -> None:
    with pytest.raises(LoadError) as err:
        fetch(f"{server}{path}", max_bytes=8000)
    assert str(err.value) == f"{server}{path}: too large (over 8,000 bytes)"
    assert len(fetch(f"{server}{path}", max_bytes=30000).data) > 20000


def test_what_is_not_a_web_page_is_refused(server: str) -> None:
    with pytest.raises(LoadError) as err:
        load_url(f"{server}/report.pdf")
    assert str(err.value) == f"{server}/report.pdf: not a web page or text (application/pdf)"


def test_a_page_with_no_article_is_refused(server: str) -> None:
    with pytest.raises(LoadError, match=r"no article found in the page$"):
        load_url(f"{server}/home")


def test_the_charset_comes_from_the_header_then_the_page(server: str) -> None:
    for path in ("/meta-charset", "/header-charset"):
        article = parse_loaded(load_url(f"{server}{path}"))
        assert "Pénmor" in article.text and "Inês Carvalho" in article.text, path


def test_plain_text_and_untyped_pages_are_read_too(server: str) -> None:
    article = parse_loaded(load_url(f"{server}/story.txt"))
    assert article.title == "Storm closes the coast road"
    assert article.quotes[0].speaker == "Inês Carvalho"
    assert article.url == f"{server}/story.txt"
    assert parse_loaded(load_url(f"{server}/no-type")).author == "Maria Lopez"


def test_a_hostile_page_stays_inert(server: str) -> None:
    article = parse_loaded(load_url(f"{server}/hostile"))
    assert "[bold red]budget[/]" in article.text
    assert not any(ch in article.text for ch in "\x1b\x07")
    assert "alert" not in article.text and "2J" not in article.text
    assert article.title == "[bold]Budget[/bold]"


def test_only_http_and_https_are_read() -> None:
    for url in ("ftp://example.com/a.html", "file:///etc/passwd", "gopher://x/"):
        assert is_url(url)
        with pytest.raises(LoadError, match=r"only http and https addresses can be read$"):
            load_input(url)
    assert not is_url("notes/http-story.txt")


def test_an_unreachable_server_is_one_line() -> None:
    # Port 9 on this machine (discard) is closed: refused at once, no network needed.
    with pytest.raises(LoadError) as err:
        fetch("http://127.0.0.1:9/story", timeout=5)
    assert str(err.value).startswith("http://127.0.0.1:9/story: cannot reach the server (")
    assert "\n" not in str(err.value)


# ---- the command line -------------------------------------------------------------------------

PAGE = Path(__file__).resolve().parent / "pages" / "harbour-strike.html"


def test_parse_reads_a_saved_page_to_jsonl_with_its_metadata() -> None:
    proc = run("parse", str(PAGE), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["file"] == "harbour-strike.html"
    assert record["title"] == "Dock workers vote to end harbour strike after pay deal"
    assert record["url"] == "https://www.coastalcourier.example/news/2024/03/14/harbour-strike-ends"
    assert (record["author"], record["date"], record["site_name"]) == (
        "Maria Lopez",
        "2024-03-14",
        "The Coastal Courier",
    )
    assert [s["title"] for s in record["sections"]] == [None, "A backlog of weeks", "What happens next"]
    assert [q["speaker"] for q in record["quotes"]] == ["Ana Ruiz", "Ana Ruiz", "Tomas Weber", "Ana Ruiz", "Ana Ruiz"]
    assert record["related"] == ["Read more: Harbour strike begins as talks collapse"]
    assert "Additional reporting by Sam Okafor." in record["credits"]
    assert "Advertisement" in record["boilerplate"]


def test_export_names_the_page_and_its_date() -> None:
    proc = run("export", str(PAGE))
    assert proc.returncode == 0, proc.stderr
    source = next(line for line in proc.stdout.splitlines() if line.startswith("Source: "))
    assert str(PAGE).replace("_", "\\_") in source
    assert source.endswith(" · 2024-03-14")


def test_parse_and_export_read_an_address(server: str) -> None:
    proc = run("parse", f"{server}/harbour.html", "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["file"] == record["url"] == f"{server}/harbour.html"
    export = run("export", f"{server}/harbour.html", "--quotes")
    assert export.returncode == 0, export.stderr
    assert "> — Tomas Weber" in export.stdout


# Each command meets each refusal at least once over the cases (they share one fetch path): three
# tuiread processes a case cost the suite half a minute.
@pytest.mark.parametrize(
    ("path", "message", "commands"),
    [
        ("/nothing-here", "the server answered 404 Not Found", [("parse",), ()]),
        ("/report.pdf", "not a web page or text (application/pdf)", [("export",), ()]),
        ("/home", "no article found in the page", [("parse",), ("export",), ()]),
        ("/hop/9", "too many redirects (over 5)", [("export",)]),
    ],
)
def test_an_address_that_gives_no_article_is_one_line_and_status_1(
    server: str, path: str, message: str, commands: list[tuple[str, ...]]
) -> None:
    for command in commands:
        proc = run(*command, f"{server}{path}")
        assert proc.returncode == 1, (command, proc.stderr)
        assert proc.stderr == f"tuiread: {server}{path}: {message}\n"
        assert proc.stdout == ""


def test_a_folder_parses_its_saved_pages_beside_its_text_files(tmp_path: Path) -> None:
    (tmp_path / "harbour.html").write_bytes(HARBOUR)
    (tmp_path / "harbour_files").mkdir()  # the page's assets folder, as a browser saves it
    (tmp_path / "harbour_files" / "site.css").write_text("body { color: red }")
    (tmp_path / "storm.txt").write_text("Storm closes the coast road\n\nThe road was closed on Sunday.\n")
    proc = run("parse", str(tmp_path), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(r["file"], r["title"]) for r in records] == [
        ("harbour.html", "Dock workers vote to end harbour strike after pay deal"),
        ("storm.txt", "Storm closes the coast road"),
    ]
