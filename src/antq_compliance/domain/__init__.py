"""The pure domain: facts, vocabularies, subjects, the record, field checks, who may record
what and which fields are personal. Standard library and attrs only; imports no other layer."""
