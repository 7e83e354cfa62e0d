"""Test package (mirrors the module it tests)."""
