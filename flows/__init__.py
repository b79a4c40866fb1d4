"""The Prefect flows and the pipeline steps they run: fetching, reading, storing, delivery."""
