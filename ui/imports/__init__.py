"""The import wizard: an office's Excel or CSV sheet into the database, step by step."""
