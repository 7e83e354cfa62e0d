"""How the browser gets the graph's script: named by the page shell, kept in its cache.

Two small additions to Streamlit's web server, in the process that runs the page (installed by the page
script's first run; until then the server is Streamlit's own, and the graph still loads, only later):

- The page shell (Streamlit's index.html, at `/`) names neo4j-viz's script as a module preload, so the
  browser fetches and compiles the 5 MB script while Streamlit's own scripts load, instead of after the
  page's first messages (it was requested about 1 s after navigation). The tag is fixed text written
  here; nothing from the request or from articles goes into it.
- The file gets a validator (ETag: neo4j-viz's version and the file's size and modification time)
  with `Cache-Control: no-cache`: a browser that holds it asks whether it changed and gets a 304
  with no body. Streamlit sends it with `Cache-Control: public` and no validator, so the browser
  fetched all 5 MB again on every load; with a validator, a new neo4j-viz is still picked up at once.

Both hook Streamlit's gzip middleware class (`SelectiveGZipMiddleware.__call__`, private; its module also
says which paths it leaves uncompressed): without it, nothing is changed.
"""
from __future__ import annotations

from pathlib import Path

ROUTE = "/_stcore/bidi-components/"


def shell_tags(name: str, js: str) -> bytes:
    """The tag added to the shell's <head> (a relative URL, resolved as Streamlit resolves the component's)."""
    return f'<link rel="modulepreload" href=".{ROUTE}{name}/{js}">'.encode()


def etag(path: Path, version: str) -> str:
    stat = path.stat()
    return f'"{version}-{stat.st_size:x}-{int(stat.st_mtime):x}"'


def install(name: str, root: Path, files: tuple[str, ...], version: str, tags: bytes) -> bool:
    """Serve `files` (inside `root`, at the component route of `name`) with validators, and add `tags` to
    the shell; once per process. False when Streamlit's middleware is not the one this knows."""
    try:
        from streamlit.web.server.starlette import starlette_gzip_middleware as gzip
        middleware = gzip.SelectiveGZipMiddleware
        route_path, strip = gzip._route_path, gzip._strip_base_url
    except (ImportError, AttributeError):
        return False
    original = middleware.__call__
    if getattr(original, "whosaid", False):
        return True
    assets = {f"{ROUTE}{name}/{f}": root / f for f in files}

    async def call(self, scope, receive, send):
        if scope.get("type") == "http" and scope.get("method") == "GET":
            path = strip(route_path(scope), getattr(self, "_base_url", ""))
            if path in assets:
                tag = etag(assets[path], version)
                if tag in _header(scope, b"if-none-match"):
                    await _not_modified(send, tag)
                    return
                await original(self, scope, receive, _with_headers(send, tag))
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


async def _not_modified(send, tag: str) -> None:
    await send({"type": "http.response.start", "status": 304,
                "headers": [(b"etag", tag.encode()), (b"cache-control", b"no-cache")]})
    await send({"type": "http.response.body", "body": b""})


def _with_headers(send, tag: str):
    """`send` with the file's ETag and `no-cache` on a 200 (the body goes through as it is)."""
    async def sending(message):
        if message["type"] == "http.response.start" and message.get("status") == 200:
            headers = [(k, v) for k, v in message.get("headers") or () if k.lower() not in (b"cache-control",
                                                                                             b"etag")]
            message = {**message, "headers": headers + [(b"etag", tag.encode()), (b"cache-control", b"no-cache")]}
        await send(message)
    return sending


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
