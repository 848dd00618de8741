"""JSON: the only package that imports cattrs. Facts in the interchange format and in
storage, older shapes upcast, the status contract and other results, the trusted fast path and
the published JSON Schema."""
