"""A Prefect worker puts flows/ on sys.path: no module there may hide an installed one."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import sys
from pathlib import Path

FLOWS = Path(__file__).resolve().parents[1] / "flows"

# Packages a worker's environment commonly carries beside ours (pandas imports `tables`
# for HDF5): a module of that name in flows/ would hide them even when not installed here.
WELL_KNOWN = {"tables", "pandas", "numpy", "polars", "pyarrow", "requests", "yaml", "toml"}


def _flows_modules() -> set[str]:
    names = {p.stem for p in FLOWS.glob("*.py")} - {"__init__"}
    names |= {p.name for p in FLOWS.iterdir() if (p / "__init__.py").is_file()}
    return names


def _installed_top_level_names() -> set[str]:
    names = set(sys.stdlib_module_names) | set(sys.builtin_module_names) | WELL_KNOWN
    names |= set(importlib.metadata.packages_distributions())
    return names


def test_flows_folder_holds_the_pipeline_modules() -> None:
    assert {"poll", "pipeline", "deliver"} <= _flows_modules()


def test_no_module_in_flows_shadows_an_installed_or_standard_module() -> None:
    clashes = sorted(_flows_modules() & _installed_top_level_names())
    importable = sorted(
        name
        for name in _flows_modules()
        if str(FLOWS) not in sys.path and importlib.util.find_spec(name) is not None
    )
    assert clashes == [], f"flows/ modules that hide an installed module: {clashes}"
    assert importable == [], f"flows/ modules importable from outside flows/: {importable}"


def test_the_shadow_check_knows_pytables_and_the_standard_library() -> None:
    assert "tables" in _installed_top_level_names()
    assert "email" in _installed_top_level_names()
