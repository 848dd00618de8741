"""Executable specifications: the Vietnamese feature files in ``features/`` and their steps.

A package (not a bare folder) so that this folder's ``conftest.py`` and ``tests/conftest.py``
get distinct module names under mypy and pytest.
"""
