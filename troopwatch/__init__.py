"""The command line, terminal output, the local Prefect server, the offline demo and the report."""
