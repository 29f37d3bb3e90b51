"""The load benchmark: `make bench` (bench/load.py)."""
