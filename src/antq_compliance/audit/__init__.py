"""Audit replay: how a status changed as facts were recorded, and recognition decisions
checked against the record of the day they were signed. Pure: facts in, results out."""
