"""sourcescore's Prefect flows and the `sourcescore` command line."""
