"""The `spotter` command line: main.py dispatches; ask.py, parse.py and console.py serve it."""

from bot.cli.main import main

__all__ = ["main"]
