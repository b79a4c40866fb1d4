"""The command line, terminal output, the local Prefect server and the offline demo."""
