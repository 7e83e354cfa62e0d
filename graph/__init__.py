"""whosaid's graph: the model (`graph.model`), extraction records (`graph.records`), fragments built from
articles (`graph.fragment`), and the stores that hold them (the abstract `graph.store.GraphStore`, its two
engines, and the factory `graph.engines.open_store`)."""
