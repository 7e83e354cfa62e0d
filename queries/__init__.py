"""Saved Cypher queries (`*.cypher` with a header), the explorer's queries, view model and snapshots."""
