"""The step vocabulary of the Vietnamese feature files, one module per part of a scenario."""
