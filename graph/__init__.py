"""whosaid's graph: the model (`graph.model`), extraction records (`graph.records`), fragments built from
articles (`graph.fragment`), and the stores that hold them (`graph.store.open_store`)."""
