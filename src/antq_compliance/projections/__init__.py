"""Projections: derived views maintained fact by fact and rebuilt from the log at will
(every status for chosen years; provincial reports). Never trusted over the log."""
