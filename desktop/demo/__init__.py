"""Demo data for a new database or a benchmark: people, cases along every workflow path, and
mentoring history. Built on the services and models; nothing in production imports it."""
