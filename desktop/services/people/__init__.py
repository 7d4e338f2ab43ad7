"""Use cases of the registry: registering volunteers and graduates, their status, awards,
the person's timeline, and printing the roster and record form."""
