"""The bulk path for a first load: the extracted graph as files, loaded in one step by the database's own
bulk loader instead of MERGE transactions.

    python -m loaders bulk INPUT... --out DIR --format neo4j     CSV for `neo4j-admin database import full`
    python -m loaders bulk INPUT... --out DIR --format parquet [--load]
                                                                 Parquet for the embedded store's COPY FROM

Articles are read, de-duplicated and extracted as by `ingest` (`--workers N` too). Articles and statements
belong to one article each, so their rows (and every relationship touching them) stream to the files as
they come; entities and the relationships between entities are merged in memory (aliases and roles
unioned as `graph.writer` does) and written at the end — memory grows with the number of distinct
entities, not articles. Both loaders need an empty database (they create, never MERGE).
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from typing import Optional

from graph.fragment import Fragment, merge_into, merge_unique, search_key
from graph.identity import KEY_LABEL, fuller
from graph.identity import resolve as resolve_identities
from graph.model import DERIVED, ENTITY_LABELS, NODES, RELATIONSHIPS, article_uid
from graph.records import Failure
from graph.rows import NodeRow, RelRow
from loaders.ingest import Summary, collection_of
from loaders.readers import read_paths

ARRAY_DELIMITER = "\x1f"                        # U+001F, the unit separator: never inside a name
_NEO4J_TYPES = {"STRING": "", "INT64": ":long", "STRING[]": ":string[]", "INT64[]": ":long[]"}


def _rel_name(rel_type: str, a: str, b: str) -> str:
    return f"{rel_type}-{a}-{b}"


class _CsvSink:
    """One CSV file in neo4j-admin's format, opened on its first row."""

    def __init__(self, path: str, header: list[str], columns: list[str]):
        self.path, self.header, self.columns, self.handle, self.rows = path, header, columns, None, 0

    def write(self, row: NodeRow | RelRow) -> None:
        if self.handle is None:
            self.handle = open(self.path, "w", newline="", encoding="utf-8")
            self.writer = csv.writer(self.handle)
            self.writer.writerow(self.header)
        self.writer.writerow([_csv_value(row.get(c)) for c in self.columns])
        self.rows += 1

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


def _csv_value(value):
    if value is None:
        return ""
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, " ") for v in value)
    return value


class _ParquetSink:
    """One Parquet file, in the column order of the embedded store's table, written in row groups."""

    GROUP = 10_000

    def __init__(self, path: str, columns: list[tuple[str, str]]):
        import pyarrow as pa
        kinds = {"STRING": pa.string(), "INT64": pa.int64(), "STRING[]": pa.list_(pa.string()),
                 "INT64[]": pa.list_(pa.int64())}
        self.path, self.columns = path, [c for c, _ in columns]
        self.schema = pa.schema([(c, kinds[k]) for c, k in columns])
        self.pending: list[NodeRow | RelRow] = []
        self.writer, self.rows = None, 0

    def write(self, row: NodeRow | RelRow) -> None:
        self.pending.append(row)
        self.rows += 1
        if len(self.pending) >= self.GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq
        if not self.pending:
            return
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.path, self.schema)
        self.writer.write_table(pa.Table.from_pylist(
            [{c: r.get(c) for c in self.columns} for r in self.pending], schema=self.schema))
        self.pending = []

    def close(self) -> None:
        self._flush()
        if self.writer is not None:
            self.writer.close()


def _with_derived(fragment: Fragment, rel_type: str, labels: tuple[str, str], row: RelRow) -> RelRow:
    """The row with the properties the model copies from the relationship's ends (graph.model.DERIVED),
    as the writer sets them."""
    derived = DERIVED.get(rel_type)
    if not derived:
        return row
    ends = {"a": (labels[0], row["a"]), "b": (labels[1], row["b"])}
    values = {p: (ends[end][1] if q == "uid" else fragment.nodes.get(ends[end][0], {}).get(ends[end][1], {}).get(q))
              or default for p, end, q, default in derived}
    return {**row, **values}


class BulkWriter:
    """Fragments in, bulk-load files out (`fmt` 'neo4j' for CSV, 'parquet' for the embedded store)."""

    def __init__(self, out: str, fmt: str = "neo4j"):
        if fmt not in ("neo4j", "parquet"):
            raise ValueError(f"unknown bulk format {fmt!r} (neo4j or parquet)")
        self.out, self.fmt = out, fmt
        os.makedirs(out, exist_ok=True)
        if any(name.endswith((".csv", ".parquet")) for name in os.listdir(out)):
            raise FileExistsError(f"{out}: already holds bulk files; give an empty folder")
        self.sinks: dict[str, object] = {}
        self.entities = Fragment("")             # entities and entity-to-entity relationships
        self.keys: dict[str, dict] = {}          # graph.identity's name keys, as ingest would store them

    def _stored_keys(self, cypher: str, params: dict) -> list[dict]:
        """Answers graph.identity's one read (name keys by uid) from memory, as the store would."""
        return [{"uid": u, "targets": self.keys[u]["targets"]} for u in params["uids"] if u in self.keys]

    def _resolved(self, fragment: Fragment) -> Fragment:
        """Entities folded onto those of earlier fragments exactly as ingest's writer does (name variants,
        the fuller name as the name), so the bulk graph equals an ingest of the same articles."""
        fragment = resolve_identities(self._stored_keys, fragment)
        self.keys.update(fragment.nodes.pop(KEY_LABEL, {}))
        for label in ENTITY_LABELS:
            for uid, row in fragment.nodes.get(label, {}).items():
                have = self.entities.nodes.get(label, {}).get(uid)
                if have is not None and have["name"] != row["name"]:
                    name = fuller(have["name"], row["name"])
                    have["aliases"] = [a for a in merge_unique([name], [have["name"], row["name"]], have["aliases"],
                                                               row["aliases"])[1:]]
                    have["name"], have["search"] = name, search_key(name, have["aliases"])
        return fragment

    def _sink(self, name: str, spec_props: dict[str, str], rel: Optional[tuple[str, str]] = None):
        if name in self.sinks:
            return self.sinks[name]
        ext = "csv" if self.fmt == "neo4j" else "parquet"
        path = os.path.join(self.out, f"{name}.{ext}")
        if self.fmt == "parquet":
            ends = [("a", "STRING"), ("b", "STRING")] if rel else []
            sink = _ParquetSink(path, ends + list(spec_props.items()))
        elif rel:
            header = [f":START_ID({rel[0]})", f":END_ID({rel[1]})"] + \
                     [f"{p}{_NEO4J_TYPES[k]}" for p, k in spec_props.items()]
            sink = _CsvSink(path, header, ["a", "b", *spec_props])
        else:
            header = [f"uid:ID({name})" if p == "uid" else f"{p}{_NEO4J_TYPES[k]}" for p, k in spec_props.items()]
            sink = _CsvSink(path, header, list(spec_props))
        self.sinks[name] = sink
        return sink

    def add(self, fragment: Fragment) -> None:
        fragment = self._resolved(fragment)
        shared = Fragment(fragment.article_uid)
        for label, rows in fragment.nodes.items():
            if label in ENTITY_LABELS:
                shared.nodes[label] = rows
                continue
            for row in rows.values():
                self._sink(label, NODES[label].properties).write(row)
        for (rel_type, a, b), pairs in fragment.rels.items():
            if a in ENTITY_LABELS and b in ENTITY_LABELS:
                shared.rels[(rel_type, a, b)] = pairs
                continue
            sink = self._sink(_rel_name(rel_type, a, b), RELATIONSHIPS[rel_type].properties, (a, b))
            for row in pairs.values():
                sink.write(_with_derived(fragment, rel_type, (a, b), row))
        merge_into(self.entities, shared)

    def close(self) -> tuple[int, int]:
        """Writes the entities and name keys, closes every file; (nodes, relationships) written."""
        if self.keys:
            sink = self._sink(KEY_LABEL, NODES[KEY_LABEL].properties)
            for row in self.keys.values():
                sink.write(row)
        for label, rows in self.entities.nodes.items():
            sink = self._sink(label, NODES[label].properties)
            for row in rows.values():
                sink.write(row)
        for (rel_type, a, b), pairs in self.entities.rels.items():
            sink = self._sink(_rel_name(rel_type, a, b), RELATIONSHIPS[rel_type].properties, (a, b))
            for row in pairs.values():
                sink.write(row)
        nodes = rels = 0
        for name, sink in self.sinks.items():
            sink.close()
            if name == KEY_LABEL:          # bookkeeping, not counted (like graph.writer.count_queries)
                continue
            if name in NODES:
                nodes += sink.rows
            else:
                rels += sink.rows
        return nodes, rels

    def files(self) -> tuple[list[tuple[str, str]], list[tuple[str, str, str, str]]]:
        """(label, path) per node file and (type, from label, to label, path) per relationship file."""
        nodes, rels = [], []
        for name, sink in sorted(self.sinks.items()):
            if sink.rows == 0:
                continue
            if name in NODES:
                nodes.append((name, sink.path))
            else:
                rel_type, a, b = name.split("-")
                rels.append((rel_type, a, b, sink.path))
        return nodes, rels


def neo4j_import_command(writer: BulkWriter, database: str = "neo4j") -> list[str]:
    """The `neo4j-admin database import full` command line for the CSV files (an empty database)."""
    nodes, rels = writer.files()
    return (["neo4j-admin", "database", "import", "full", database, "--array-delimiter=U+001F",
             "--multiline-fields=true"]
            + [f"--nodes={label}={path}" for label, path in nodes]
            + [f"--relationships={rel_type}={path}" for rel_type, _a, _b, path in rels])


def copy_statements(writer: BulkWriter) -> list[str]:
    """The embedded store's COPY FROM statements for the Parquet files (nodes first)."""
    nodes, rels = writer.files()
    for path in [p for _, p in nodes] + [r[3] for r in rels]:
        if "'" in path:
            raise ValueError(f"{path}: a bulk file path may not contain a quote")
    return ([f"COPY {label} FROM '{path}'" for label, path in nodes]
            + [f"COPY {rel_type} FROM '{path}' (from='{a}', to='{b}')" for rel_type, a, b, path in rels])


def load_embedded(writer: BulkWriter, store) -> None:
    """COPY the Parquet files into an empty embedded store (LadybugStore), one COPY per file."""
    if any(store.counts().values()):
        from graph.store import StoreError
        raise StoreError(f"{store.config.describe()} is not empty: the bulk load creates, it cannot merge "
                         "(use `python -m loaders ingest` to add to a graph)")
    for statement in copy_statements(writer):
        store.conn.execute(statement)


def export(paths: list[str], writer: BulkWriter, *, model: Optional[str] = None, batch_size: int = 32,
           workers: int = 1, extractor=None) -> Summary:
    """Read, de-duplicate, extract and write every article's fragment to `writer` (then closed)."""
    from loaders.ingest import _extracted
    summary = Summary()
    started = time.perf_counter()
    seen: set[str] = set()

    def articles():
        for item in read_paths(paths):
            if isinstance(item, Failure):
                summary.failed.append(item)
                continue
            summary.read += 1
            uid = article_uid(item.text)
            if uid in seen:
                summary.duplicates += 1
                continue
            seen.add(uid)
            item.collection = item.collection or collection_of(item.source)
            yield item

    for article, outcome in _extracted(articles(), model, batch_size, workers, extractor):
        if isinstance(outcome, Failure):
            summary.failed.append(outcome)
            continue
        extraction, fragment = outcome
        summary.warnings += [(article.source, w) for w in extraction.warnings]
        writer.add(fragment)
        summary.written += 1
        summary.words += len(article.text.split())
    summary.nodes_written, summary.relationships_written = writer.close()
    summary.seconds = time.perf_counter() - started
    return summary


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m loaders bulk", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+", help="files or folders, as for ingest")
    ap.add_argument("--out", required=True, help="an empty folder for the files")
    ap.add_argument("--format", choices=("neo4j", "parquet"), default="neo4j",
                    help="neo4j: CSV for neo4j-admin import; parquet: for the embedded store's COPY FROM")
    ap.add_argument("--load", action="store_true",
                    help="with --format parquet: load the files into the (empty) embedded store WHOSAID_DB")
    ap.add_argument("--workers", type=int, default=1, help="extraction processes (default 1)")
    ap.add_argument("--batch-size", type=int, default=32, help="articles per spaCy batch")
    ap.add_argument("--model", default=None, help="spaCy model")
    args = ap.parse_args(argv)
    try:
        writer = BulkWriter(args.out, args.format)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    summary = export(args.paths, writer, model=args.model, batch_size=args.batch_size, workers=args.workers)
    return report(summary, writer, load=args.load)


def report(summary: Summary, writer: BulkWriter, load: bool = False) -> int:
    """Prints the summary and the import command (CSV), or loads the Parquet files (`load`); exit status."""
    for line in summary.lines():
        print(line.replace("nodes written", "nodes in files").replace("relationships written",
                                                                     "relationships in files"))
    if writer.fmt == "neo4j":
        print("load into an empty database (Neo4j stopped), then start it; whosaid creates the constraints:")
        print("  " + " ".join(neo4j_import_command(writer)))
    elif load:
        from graph.store import StoreConfig, StoreError
        from graph.ladybug_store import LadybugStore
        try:
            with LadybugStore(StoreConfig.from_env()) as store:
                load_embedded(writer, store)
                print(f"loaded into {store.config.describe()}")
        except StoreError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    return 1 if summary.failed else 0
