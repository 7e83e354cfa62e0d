"""The graph's script reaches the browser early and from its cache (issue 13, big views): the page shell
names it as a module preload (with Streamlit's component code), and it carries a validator, so a browser
that holds it gets a 304. Through Streamlit's own web stack (its gzip middleware, bidi-component route and
static files), in process."""
import pytest

from views import graph_assets, graph_widget

pytest.importorskip("httpx")


@pytest.fixture(scope="module")
def client():
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.testclient import TestClient
    from streamlit.components.v2.component_manager import BidiComponentManager
    from streamlit.web.server.starlette.starlette_app import create_streamlit_middleware
    from streamlit.web.server.starlette.starlette_routes import create_bidi_component_routes
    from streamlit.web.server.starlette.starlette_static_routes import create_streamlit_static_assets_routes
    manager = BidiComponentManager()
    assert graph_widget.serve(manager)                       # as the page's first run does
    gzip = [m for m in create_streamlit_middleware() if m.cls.__name__ == "SelectiveGZipMiddleware"]
    app = Starlette(routes=create_bidi_component_routes(manager, None) + create_streamlit_static_assets_routes(None),
                    middleware=[Middleware(gzip[0].cls, *gzip[0].args, **gzip[0].kwargs)])
    with TestClient(app) as c:
        yield c


URL = f"/_stcore/bidi-components/{graph_widget.NAME}/"


def test_the_shell_names_the_graphs_script_and_is_always_sent_whole(client):
    page = client.get("/?e=person:1")
    assert page.status_code == 200
    head = page.text.split("</head>")[0]
    assert f'<link rel="modulepreload" href=".{URL}{graph_widget.JS}">' in head
    assert f'<script type="module" async>import ".{URL}{graph_widget.JS}";</script>' in head    # run on arrival
    assert "style.css" not in page.text                    # the script puts its stylesheet in the page itself
    chunks = graph_assets.streamlit_chunks(("BidiComponent",))        # Streamlit's component code, and its imports
    assert chunks[0].startswith("BidiComponent.") and len(chunks) > 1
    for chunk in chunks:
        assert f'<link rel="modulepreload" crossorigin href="./static/js/{chunk}">' in head
        assert client.get("/static/js/" + chunk).status_code == 200
    import re
    named = re.findall(r'rel="modulepreload"[^>]*href="([^"]+)"', head)
    assert len(named) == len(set(named))                                 # nothing named twice
    assert int(page.headers["content-length"]) == len(page.content)
    assert "etag" not in page.headers and "<title>Streamlit</title>" in page.text
    again = client.get("/", headers={"If-None-Match": "*", "If-Modified-Since": "Fri, 01 Jan 2100 00:00:00 GMT"})
    assert again.status_code == 200 and again.content == page.content


def test_the_graphs_script_carries_a_validator_and_comes_back_as_304(client):
    for name in (graph_widget.JS,):
        first = client.get(URL + name)
        assert first.status_code == 200 and len(first.content) > 1_000_000
        assert first.headers["cache-control"] == "no-cache" and "content-encoding" not in first.headers
        tag = first.headers["etag"]
        again = client.get(URL + name, headers={"If-None-Match": tag})
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
        other = client.get(URL + name, headers={"If-None-Match": '"1.0-0-0"'})
        assert other.status_code == 200 and other.content == first.content


def test_the_graphs_script_is_served_with_its_mount_fixed(client):
    from views import graph_bundle
    body = client.get(URL + graph_widget.JS)
    assert body.headers["content-type"].startswith("text/javascript")          # a module script
    assert body.content.startswith(b"/* neo4j-viz ") and b"whosaidAdopt" in body.content
    assert all(fix.new.encode() in body.content for fix in graph_bundle.FIXES)
    assert int(body.headers["content-length"]) == len(body.content)


def test_other_paths_are_untouched(client):
    assert client.get(URL + "../whosaid.graph/streamlit_v2/nothing.js").status_code == 404
    assert "etag" not in client.get(URL + "nvl_entrypoint/style.css").headers      # served, but not named
    assert client.get("/static/js/nothing-here.js").status_code in (200, 404)
