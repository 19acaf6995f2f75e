"""How the bot runs: update processing order and limits, long polling, the webhook server."""
