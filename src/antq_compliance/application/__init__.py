"""The application service: the ``Ledger`` façade (record, import, status, audit, erase...)
and the follower that keeps a status view current across processes."""
