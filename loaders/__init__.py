"""Reading files and extracting records from them: read → normalise → structure → entities → quantities."""
