"""Exceptions shared by the stores and the code that writes through them, with no imports of their own."""


class Refused(ValueError):
    """Raised inside a store's `transact` work to roll it back with a reason worded for people
    (curation refusals); stores let it through unchanged instead of wrapping it in StoreError."""
