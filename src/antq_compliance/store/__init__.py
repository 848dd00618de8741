"""The store: the only package that imports eventsourcing, sqlite3, psycopg and
cryptography. The event log, stored payloads, the hash chain, the personal-data vault and the
status view, each split by back-end (SQLite, PostgreSQL, in memory)."""
