"""Rendering for people: boards, histories and audits as text; provincial reports as table,
JSON, CSV, Markdown and HTML."""
