#!/usr/bin/env bash
# Sets up everything the tests need on a fresh machine: Python packages and the project itself (editable,
# built offline), Debian's Chromium for the browser tests, and the Neo4j 5.26 jars (fetched by Maven into
# ~/.m2; the tests start the server).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install -q -r requirements-dev.txt
python3 -m pip install -q --no-build-isolation --no-deps -e .   # the project itself (pyproject.toml), offline
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null
fi
python3 -c "from tests.neo4j_server.server import classpath; classpath()"
