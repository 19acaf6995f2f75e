"""Reading lifters' history from Strong, Hevy and Spotter CSV exports (pure: bytes → sets)."""

from bot.importers.model import (
    Format,
    ImportedSet,
    ImportFile,
    ImportFormatError,
    ImportSummary,
    SetType,
)
from bot.importers.reader import read_export

__all__ = [
    "Format",
    "ImportFile",
    "ImportFormatError",
    "ImportSummary",
    "ImportedSet",
    "SetType",
    "read_export",
]
