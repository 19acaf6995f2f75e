"""`python -m bot.cli` is the `spotter` command."""

from bot.cli.main import main

raise SystemExit(main())
