"""Imports another helper; exposes a function using it."""
import helper_chain_b
from helper_chain_b import shout

def greet(name):
    return shout(f"hello {name}") + helper_chain_b.SUFFIX
