"""How long the Neo4j driver takes to decode a large result on the client, with its pure-Python packstream
codec and with the Rust codec of `neo4j-rust-ext` when that is installed.

The rows have the shape of `alliance_members_on` (ten string fields, a quote among them); the default count
is that query's hub result on the 100k-article graph. Prints the fastest of --repeats decodes of each codec.
Usage: python3 bench/decode_rows.py [--rows 3761] [--repeats 30]
"""
import argparse
import io
import time

from neo4j._codec.packstream.v1 import Packer, UnpackableBuffer, Unpacker, _rust_unpack

RECORD = b"\x71"  # Bolt's RECORD message: a structure holding the row's list of fields


def record_bytes(rows: int) -> bytes:
    """The RECORD messages of `rows` rows, packed one after another."""
    out = io.BytesIO()
    packer = Packer(out)
    for i in range(rows):
        quote = f"A quoted statement of moderate length about the target, said in article number {i}. " * 2
        row = [f"uid-{i:08d}", f"Speaker Name {i % 200}", "Person", f"Member State {i % 30}", "uid-target-1",
               "Target Name", "Person", f"2024-05-{i % 28 + 1:02d}", quote, f"Outlet {i % 30}"]
        packer.pack_struct(RECORD, [row])
    return out.getvalue()


def fastest_decode(data: bytes, rows: int, repeats: int, python_codec: bool) -> float:
    """Seconds of the fastest full decode; checks that every row came back."""
    best = float("inf")
    for _ in range(repeats):
        unpacker = Unpacker(UnpackableBuffer(data))
        decode = unpacker._unpack if python_codec else unpacker.unpack
        start = time.perf_counter()
        values = [decode() for _ in range(rows)]
        best = min(best, time.perf_counter() - start)
        assert len(values) == rows and len(values[-1].fields[0]) == 10
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=3761)
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()
    data = record_bytes(args.rows)
    print(f"{args.rows} rows of 10 strings, {len(data):,} bytes; fastest of {args.repeats} decodes")
    print(f"  pure-Python codec     {fastest_decode(data, args.rows, args.repeats, True) * 1000:7.1f} ms")
    if _rust_unpack is None:
        print("  neo4j-rust-ext codec  not installed (pip install -r requirements.txt)")
    else:
        print(f"  neo4j-rust-ext codec  {fastest_decode(data, args.rows, args.repeats, False) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
