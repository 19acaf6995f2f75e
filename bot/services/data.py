"""Their data: import from Strong/Hevy (and our own export), export, charts, stats, delete."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable
from datetime import UTC
from pathlib import Path

from bot.exercises import display_name, get
from bot.export import ExportRow, ExportWriter
from bot.importers import ExportStream, ImportedSet, ImportFile, ImportFormatError, open_export
from bot.reminders import zone
from bot.services.container import Services
from bot.services.program import refresh
from bot.units import Unit, fmt_number, from_kg, to_kg
from storage.sets import NewSet
from storage.users import User

SUMMARY_EXERCISES = 8
IMPORT_BATCH = 1000  # sets parsed per worker-thread step, and stored per transaction
# Memory does not grow with the file (it streams); the cap bounds how long one import runs.
MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024
TOO_LARGE = (
    "That file is over 100 MB — more than any workout history I've seen. Nothing was "
    "imported; export a shorter date range from the app and send that."
)
Progress = Callable[[int, int | None], Awaitable[None]]


def _new_set(s: ImportedSet, user: User) -> NewSet:
    tz = zone(user.timezone)
    exercise = get(s.exercise)
    return NewSet(
        exercise=s.exercise,
        performed_at=s.performed_at.replace(tzinfo=tz).astimezone(UTC),
        local_date=s.performed_at.date(),
        weight_kg=to_kg(s.weight, s.unit) if s.weight is not None else None,
        unit=s.unit,
        reps=s.reps,
        rpe=s.rpe,
        bodyweight=bool(exercise and exercise.bodyweight),
        set_type=s.set_type,
        notes=s.notes[:500],
        set_idx=s.set_index,
        import_key=s.key,
    )


async def import_file(
    svc: Services,
    user: User,
    source: bytes | str | Path,
    unit: Unit | None,
    progress: Progress | None = None,
) -> tuple[ImportFile, int]:
    """Read an export, then store it, both streamed: memory does not grow with the file, the
    parsing runs in a worker thread, and the event loop stays free.

    The whole file is read once before anything is stored, so a row that can't be right stops
    the import with nothing kept. The sets then go in one short transaction per batch, so other
    lifters' writes slip in between; an import cut short by a crash is finished when the upload
    comes again (rows already stored are skipped by their import keys).
    `progress(sets done, total)` is awaited after each batch: the total is None while checking.
    Returns (the file's summary with `sets` left empty, sets added)."""
    if isinstance(source, Path) and source.stat().st_size > MAX_IMPORT_FILE_BYTES:
        raise ImportFormatError(TOO_LARGE)
    checked = await _read_through(source, unit or user.unit, user, progress)
    total = checked.summary.working_sets_total + checked.summary.warmup_sets
    added = 0
    stream = await asyncio.to_thread(open_export, source, unit or user.unit)
    try:
        done = 0
        while batch := await asyncio.to_thread(_next_batch, stream, user):
            added += await svc.sets.add_imported(user.id, batch, svc.now())
            done += len(batch)
            if progress is not None:
                await progress(done, total)
    finally:
        stream.close()
    if added:
        await refresh(svc, user)
    return checked, added


async def _read_through(
    source: bytes | str | Path, unit: Unit, user: User, progress: Progress | None
) -> ImportFile:
    """Every row read and checked (ImportFormatError on the first bad one), nothing kept but
    the summary."""
    stream = await asyncio.to_thread(open_export, source, unit)
    try:
        read = 0
        while batch := await asyncio.to_thread(_next_batch, stream, user):
            read += len(batch)
            if progress is not None:
                await progress(read, None)
    finally:
        stream.close()
    builder = stream.builder
    return ImportFile(builder.fmt, builder.unit, (), builder.summary())


def _next_batch(stream: ExportStream, user: User) -> list[NewSet]:
    """The next IMPORT_BATCH sets of the file, ready to store (runs in a worker thread)."""
    return [_new_set(s, user) for s in itertools.islice(stream.sets, IMPORT_BATCH)]


def import_summary_text(imported: ImportFile, added: int, unit: Unit) -> str:
    s = imported.summary
    source = {"strong": "Strong", "hevy": "Hevy", "spotter": "Spotter"}[imported.format]
    lines = [
        f"Imported from {source}: {s.workouts} workouts, {s.working_sets_total} working sets "
        f"and {s.warmup_sets} warm-ups.",
        f"New to your log: {added} sets"
        + (" (this file was already imported)." if not added else "."),
    ]
    ranked = sorted(s.working_sets.items(), key=lambda kv: -kv[1])[:SUMMARY_EXERCISES]
    if ranked:
        lines.append("\nTop exercises:")
        for exercise, count in ranked:
            best = s.best_e1rm_kg.get(exercise)
            extra = f" · best e1RM {fmt_number(from_kg(best, unit))} {unit}" if best else ""
            lines.append(f"  {display_name(exercise)}: {count} set{'s' * (count != 1)}{extra}")
    if s.unmapped:
        names = ", ".join(list(s.unmapped)[:5])
        more = f" and {len(s.unmapped) - 5} more" if len(s.unmapped) > 5 else ""
        lines.append(
            f"\nKept under their own names: {names}{more}. I don't know these lifts, so they "
            "are stored as written and never count toward another lift's records."
        )
    if s.not_sets:
        lines.append(_not_sets_line(s.not_sets))
    lines.append("\nSee /prs for your bests and /chart for progress.")
    return "\n".join(lines)


def _not_sets_line(not_sets: dict[str, int]) -> str:
    """Rows the file logs that are not lifted sets are named, never dropped without a word."""
    total = sum(not_sets.values())
    named = [f"{name} ×{n}" if n > 1 else name for name, n in list(not_sets.items())[:5]]
    more = f" and {len(not_sets) - 5} more" if len(not_sets) > 5 else ""
    return (
        f"\nNot imported: {total} entr{'ies' if total != 1 else 'y'} timed or measured by "
        f"distance, or with no reps ({', '.join(named)}{more}). I track lifted sets, so these "
        "stay in the app they came from."
    )


async def export_csv(svc: Services, user: User) -> tuple[str, int]:
    """Every set as Spotter CSV (loads in the unit each set was logged in); stored batches
    are written one at a time in a worker thread, so only the text itself grows."""
    tz = zone(user.timezone)
    writer = ExportWriter()
    count = 0
    async for batch in svc.sets.iter_all(user.id):
        rows = [
            ExportRow(
                performed_at=s.performed_at.astimezone(tz).replace(tzinfo=None),
                exercise=s.exercise,
                weight=from_kg(s.weight_kg, s.unit) if s.weight_kg is not None else None,
                unit=s.unit,
                reps=s.reps,
                rpe=s.rpe,
                set_type=s.set_type,
                notes=s.notes,
            )
            for s in batch
        ]
        await asyncio.to_thread(writer.write, rows)
        count += len(rows)
    return writer.text(), count


async def delete_everything(svc: Services, user_id: int) -> None:
    await svc.users.delete(user_id)
