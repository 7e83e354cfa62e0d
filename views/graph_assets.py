"""How the browser gets the graph's script: named by the page shell, kept in its cache.

Two small additions to Streamlit's web server, in the process that runs the page (installed by the page
script's first run; until then the server is Streamlit's own, and the graph still loads, only later):

- The page shell (Streamlit's index.html, at `/`) names neo4j-viz's script as a module preload and imports
  it from an async module script, so the browser fetches, compiles and runs the 5 MB script while
  Streamlit's own scripts load, instead of after the page's first messages (it was requested about 1 s
  after navigation). It names Streamlit's own
  component code too (`BidiComponent` and the chunks it imports that the shell does not name), which
  the browser otherwise fetches only when the first message asks for a component. The tags are fixed
  text written here; nothing from the request or from articles goes into them.
- The script is served as `views/graph_bundle.py` makes it (neo4j-viz's file with its mount fixed), with
  a validator (ETag: neo4j-viz's version and a hash of what is served) and `Cache-Control: no-cache`: a
  browser that holds it asks whether it changed and gets a 304 with no body. Streamlit would send the
  installed file with `Cache-Control: public` and no validator, so the browser fetched all 5 MB again on
  every load; with a validator, a new neo4j-viz is still picked up at once.

Both hook Streamlit's gzip middleware class (`SelectiveGZipMiddleware.__call__`, private; its module also
says which paths it leaves uncompressed): without it, nothing is changed.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

ROUTE = "/_stcore/bidi-components/"


def shell_tags(name: str, js: str, chunks: tuple[str, ...] = ("BidiComponent",)) -> bytes:
    """The tags added to the shell's <head> (relative URLs, resolved as Streamlit resolves them): the graph's
    script, fetched and run as soon as it arrives (an async module: while the page waits for Streamlit's
    scripts and first messages, not when the first message asks for the graph, 0.1 s of a big view's
    critical path), and the Streamlit code chunks named in `chunks` with what they import that the shell
    does not already name (each otherwise fetched only once the page's first messages ask for it)."""
    tags = [f'<link rel="modulepreload" href=".{ROUTE}{name}/{js}">',
            f'<script type="module" async>import ".{ROUTE}{name}/{js}";</script>']
    tags += [f'<link rel="modulepreload" crossorigin href="./static/js/{f}">' for f in streamlit_chunks(chunks)]
    return "".join(tags).encode()


_IMPORT = re.compile(rb'(?:import|from)\s*"\./([A-Za-z0-9_.\-]+\.js)"')


def streamlit_chunks(entries: tuple[str, ...]) -> list[str]:
    """The file names of Streamlit's frontend chunks `entries` (e.g. "BidiComponent") and of the chunks they
    import, less those the shell names already; [] when Streamlit's files are not where this looks."""
    import streamlit
    static = Path(streamlit.__file__).parent / "static"
    folder = static / "static" / "js"
    try:
        shell = (static / "index.html").read_bytes()
        files = {p.name for p in folder.glob("*.js")}
    except OSError:
        return []
    todo = sorted(f for f in files for e in entries if f.startswith(e + ".") and f.count(".") == 2)
    seen: list[str] = []
    while todo:
        f = todo.pop(0)
        if f in seen or f not in files:
            continue
        seen.append(f)
        todo += [m.decode() for m in _IMPORT.findall((folder / f).read_bytes()[:20_000])]
    return [f for f in seen if f.encode() not in shell]


def install(name: str, tags: bytes, bodies: dict[str, Callable]) -> bool:
    """Serve each file of `bodies` (at the component route of `name`) as the function it maps to makes it
    (`.body`, `.etag`; see `views/graph_bundle.py`), and add `tags` to the shell; once per process. False
    when Streamlit's middleware is not the one this knows (the files are then served as installed)."""
    try:
        from streamlit.web.server.starlette import starlette_gzip_middleware as gzip
        middleware = gzip.SelectiveGZipMiddleware
        route_path, strip = gzip._route_path, gzip._strip_base_url
    except (ImportError, AttributeError):
        return False
    original = middleware.__call__
    if getattr(original, "whosaid", False):
        return True
    made = {f"{ROUTE}{name}/{f}": make for f, make in bodies.items()}

    async def call(self, scope, receive, send):
        if scope.get("type") == "http" and scope.get("method") == "GET":
            path = strip(route_path(scope), getattr(self, "_base_url", ""))
            if path in made:
                await _made(send, made[path](), _header(scope, b"if-none-match"))
                return
            if path == "/":
                await original(self, _unconditional(scope), receive, _with_tags(send, tags))
                return
        await original(self, scope, receive, send)

    call.whosaid = True
    middleware.__call__ = call
    return True


def _header(scope, key: bytes) -> str:
    return b",".join(v for k, v in scope.get("headers") or () if k.lower() == key).decode("latin-1")


def _unconditional(scope) -> dict:
    """The request without its validators: the shell is always sent whole (a copy cached before the tags
    were added must not be confirmed by a 304)."""
    headers = [(k, v) for k, v in scope.get("headers") or () if k.lower() not in (b"if-none-match",
                                                                                  b"if-modified-since")]
    return {**scope, "headers": headers}


async def _made(send, served, validators: str) -> None:
    """A made script (`served.body`), or a 304 when the browser holds it (`validators` name its ETag)."""
    if served.etag in validators:
        await _not_modified(send, served.etag)
        return
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"text/javascript; charset=utf-8"),
                            (b"content-length", str(len(served.body)).encode()), (b"etag", served.etag.encode()),
                            (b"cache-control", b"no-cache")]})
    await send({"type": "http.response.body", "body": served.body})


async def _not_modified(send, tag: str) -> None:
    await send({"type": "http.response.start", "status": 304,
                "headers": [(b"etag", tag.encode()), (b"cache-control", b"no-cache")]})
    await send({"type": "http.response.body", "body": b""})


def _with_tags(send, tags: bytes):
    """`send` with `tags` put before the shell's </head> (an HTML 200 only; its length and validators
    adjusted); anything else goes through unchanged."""
    held: dict = {}

    async def sending(message):
        if message["type"] == "http.response.start":
            headers = dict((k.lower(), v) for k, v in message.get("headers") or ())
            if message.get("status") == 200 and headers.get(b"content-type", b"").startswith(b"text/html") \
                    and b"content-encoding" not in headers:
                held["start"], held["body"] = message, []
                return
        elif message["type"] == "http.response.body" and "start" in held:
            held["body"].append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(held["body"])
            at = body.find(b"</head>")
            if at >= 0:
                body = body[:at] + tags + body[at:]
            start = held.pop("start")
            headers = [(k, v) for k, v in start.get("headers") or ()
                       if k.lower() not in (b"content-length", b"etag", b"last-modified")]
            await send({**start, "headers": headers + [(b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        await send(message)
    return sending
