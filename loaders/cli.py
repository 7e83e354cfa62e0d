"""The `whosaid` command (installed by `pip install -e .`): one entry point over the two command lines.

    whosaid ingest|sample|extract|evaluate|evaluate-entities|evaluate-stance|train-stance|counts|spark|bulk ...
                                         same as `python -m loaders ...`
    whosaid list|show|run|actors|camps|path ...
                                         same as `python -m queries ...`
    whosaid app [STREAMLIT OPTIONS]      same as `streamlit run app.py`

Every subcommand takes the arguments and gives the output and exit status of its `python -m` form.
"""
from __future__ import annotations

import os
import subprocess
import sys

LOADERS = ("ingest", "sample", "extract", "evaluate", "evaluate-entities", "evaluate-stance", "train-stance",
           "counts", "spark", "bulk")
QUERIES = ("list", "show", "run", "actors", "camps", "path")


def _app(argv: list[str]) -> int:
    """The page, with whatever Streamlit options follow (`--server.port 8502`)."""
    import importlib.util
    spec = importlib.util.find_spec("app")
    if spec is None or not spec.origin or not os.path.isfile(spec.origin):
        print("error: app.py is not installed with whosaid (pip install -e .)", file=sys.stderr)
        return 2
    return subprocess.call([sys.executable, "-m", "streamlit", "run", spec.origin, *argv])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = argv[0] if argv else ""
    if command in LOADERS:
        from loaders.__main__ import main as loaders_main
        return loaders_main(argv)
    if command in QUERIES:
        from queries.__main__ import main as queries_main
        return queries_main(argv)
    if command == "app":
        return _app(argv[1:])
    stream = sys.stdout if command in ("-h", "--help") else sys.stderr
    print(__doc__.split("\n\n", 1)[1].rstrip(), file=stream)
    if command not in ("-h", "--help"):
        print(f"error: {'unknown command ' + repr(command) if command else 'a command is required'}",
              file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
