"""Reading lifters' history from Strong, Hevy and Spotter CSV exports (pure: bytes → sets)."""

from bot.importers.model import (
    Format,
    ImportedSet,
    ImportFile,
    ImportFormatError,
    ImportSummary,
    SetType,
)
from bot.importers.reader import ExportStream, open_export, read_export

__all__ = [
    "ExportStream",
    "Format",
    "ImportFile",
    "ImportFormatError",
    "ImportSummary",
    "ImportedSet",
    "SetType",
    "open_export",
    "read_export",
]
