"""whosaid's loaders: read articles (`loaders.readers`), extract who said what (`loaders.extraction`),
and write the graph (`loaders.ingest`). `python -m loaders --help` lists the commands."""
