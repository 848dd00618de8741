"""The specification review: the Vietnamese feature files read back, the results of a run,
reviewers' sign-offs, and the report that puts them beside the clause catalogue."""
