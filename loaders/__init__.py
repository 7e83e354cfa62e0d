"""whosaid's loaders: read articles (`loaders.readers`), extract who said what (`loaders.extraction`),
and write the graph (`loaders.ingest`). `python -m loaders --help` lists the commands."""
import os

SAMPLE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sample")   # the bundled corpus
