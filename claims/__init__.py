"""Kursk Claims: figures about North Korean troops in Russia's war, traced to their words."""

__version__ = "0.1.0"
