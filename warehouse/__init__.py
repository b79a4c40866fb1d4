"""The DuckDB warehouse: migrations, writes, change detection and analyst views."""
