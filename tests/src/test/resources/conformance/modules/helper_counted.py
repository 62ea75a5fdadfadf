"""Counts how many times its code runs, in a place that outlives the module."""
import builtins

builtins.helper_counted_runs = getattr(builtins, "helper_counted_runs", 0) + 1
runs = builtins.helper_counted_runs
