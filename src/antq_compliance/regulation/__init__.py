"""The regulation: the clause catalogue, rule versions, evaluation, and one package per
instrument (``tt124`` with one module per article, ``tt23``, ``tt48``, ``nd80``), with its dated
data in ``regulation/data``. Imports the domain and nothing but the standard library and attrs."""
