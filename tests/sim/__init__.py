"""Simulated lifters for judging programmes over months (issue 19); see driver.py for the API."""
