"""Test helpers: real loopback servers (never a mock of the HTTP layer)."""
