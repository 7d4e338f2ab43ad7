"""Use cases: one transaction each, permission checks, audit events; plain data out."""
