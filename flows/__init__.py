"""troopwatch's imperative shell: Prefect flows, network I/O, alert delivery and the CLI."""
