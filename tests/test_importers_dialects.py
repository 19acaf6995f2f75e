"""Strong in every language and layout it has written, and the values an import refuses.

Each dialect file holds the same history as one of the English exports in test_importers.py,
so it must import to exactly the same summary: workouts, working sets per lift, warm-ups and
best e1RM."""

from __future__ import annotations

from typing import Any

import pytest

from bot.exercises import display_name
from bot.importers import ImportFile, ImportFormatError, read_export
from bot.importers.names import map_exercise
from tests.importer_names_blind import NAMES_BLIND
from tests.test_importers import DATA, EXPECTED, load

# Strong's header in each language (Workout #, Date, Workout Name, Duration (sec), Exercise
# Name, Set Order, Weight (kg), Reps, RPE, Distance (meters), Seconds, Notes, Workout Notes).
LOCALIZED_HEADERS = {
    "fr": "Entraînement #;Date;Nom de l'entraînement;Durée (sec);Nom de l'exercice;"
          "Ordre de la série;Poids (kg);Réps;RPE;Distance (meters);Secondes;Remarques;"
          "Notes de l'entraînement",
    "de": "Training #;Datum;Trainingsname;Dauer (sec);Übungsname;Satzreihenfolge;"
          "Gewicht (kg);Wiederholungen;RPE;Distanz (meters);Sekunden;Notizen;Trainingsnotizen",
    "de-app": "Training #;Datum;Workout-Name;Dauer (sec);Name der Übung;Reihenfolge festlegen;"
              "Gewicht (kg);Wiederh.;RPE;Entfernung (meters);Sekunden;Notizen;Workout-Notizen",
    "es": "Entrenamiento #;Fecha;Nombre del entrenamiento;Duración (sec);Nombre del ejercicio;"
          "Orden de la serie;Peso (kg);Repeticiones;RPE;Distancia (meters);Segundos;Notas;"
          "Notas del entrenamiento",
    "it": "Allenamento #;Data;Nome allenamento;Durata (sec);Nome esercizio;Ordine della serie;"
          "Peso (kg);Ripetizioni;RPE;Distanza (meters);Secondi;Note;Note allenamento",
    "pt": "Treino #;Data;Nome do treino;Duração (sec);Nome do exercício;Ordem da série;"
          "Peso (kg);Repetições;RPE;Distância (meters);Segundos;Notas;Notas do treino",
    "nl": "Training #;Datum;Naam training;Duur (sec);Naam oefening;Set volgorde;Gewicht (kg);"
          "Herhalingen;RPE;Afstand (meters);Seconden;Notities;Trainingsnotities",
    "ru": "Тренировка #;Дата;Название тренировки;Продолжительность (sec);Название упражнения;"
          "Порядок подхода;Вес (кг);Повторения;RPE;Дистанция (meters);Секунды;Заметки;"
          "Заметки к тренировке",
}  # fmt: skip
SAME_HISTORY = {
    "strong_2016_kg.csv": "strong_many_workouts.csv",
    "strong_2016_lbs.csv": "strong_many_workouts_lb.csv",
    "strong_fr_lb.csv": "strong_many_workouts_lb.csv",
}


def _rounded(best: Any) -> dict[str, float]:
    """Best e1RM to 0.01 kg, the precision the summary is judged at."""
    return {k: round(v, 2) for k, v in best.items()}


def _summary(result: ImportFile) -> dict[str, Any]:
    summary: dict[str, Any] = result.summary.to_json(added_sets=0)
    return {**summary, "best_e1rm_kg": _rounded(summary["best_e1rm_kg"])}


def _expected(name: str) -> dict[str, Any]:
    expected = EXPECTED[name]
    return {**expected, "added_sets": 0, "best_e1rm_kg": _rounded(expected["best_e1rm_kg"])}


@pytest.mark.parametrize("language", sorted(LOCALIZED_HEADERS))
def test_a_localized_strong_header_imports_like_the_english_one(language: str) -> None:
    english = (DATA / "strong_semicolon_kg.csv").read_text(encoding="utf-8-sig")
    body = english.split("\n", 1)[1]
    header = ";".join(f'"{name}"' for name in LOCALIZED_HEADERS[language].split(";"))
    result = read_export(f"{header}\n{body}".encode())
    assert _summary(result) == _expected("strong_semicolon_kg.csv")
    assert [s.weight for s in result.sets] == [
        s.weight for s in load("strong_semicolon_kg.csv").sets
    ]


@pytest.mark.parametrize("name", sorted(SAME_HISTORY))
def test_every_strong_dialect_imports_exactly(name: str) -> None:
    assert _summary(load(name)) == _expected(SAME_HISTORY[name])


def test_the_2016_layout_reads_loads_from_its_unit_named_column() -> None:
    result = load("strong_2016_lbs.csv", default_unit="kg")
    assert result.unit == "lb"
    loaded = [s for s in result.sets if s.weight is not None]
    assert len(loaded) > 0.9 * len(result.sets)
    assert all(s.unit == "lb" for s in result.sets)


def test_a_strong_file_without_a_weight_column_is_refused_not_loaded_empty() -> None:
    text = (
        "Date,Workout Name,Exercise Name,Set Order,Load,Reps\n2025-01-01 09:00:00,A,Squat,1,100,5\n"
    )
    with pytest.raises(ImportFormatError, match="no weight column"):
        read_export(text)


ROW = "2025-01-01 09:00:00,A,1h,Squat (Barbell),1,{weight},{reps},0,0,,,\n"
HEADER = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    "Workout Notes,RPE\n"
)


@pytest.mark.parametrize(
    ("weight", "reps", "date", "reason"),
    [
        ("100", "1e30", "2025-01-01 09:00:00", "reps"),
        ("100", "100000", "2025-01-01 09:00:00", "reps"),
        ("1e300", "5", "2025-01-01 09:00:00", "load"),
        ("100", "5", "0001-01-01 09:00:00", "date"),
        ("heavy", "5", "2025-01-01 09:00:00", "weight"),
        ("100", "five", "2025-01-01 09:00:00", "rep count"),
    ],
)
def test_an_impossible_value_stops_the_import_and_names_the_line(
    weight: str, reps: str, date: str, reason: str
) -> None:
    good = ROW.format(weight=100, reps=5)
    bad = ROW.format(weight=weight, reps=reps).replace("2025-01-01 09:00:00", date)
    with pytest.raises(ImportFormatError, match=rf"Line 3 .*{reason}") as err:
        read_export(HEADER + good + bad)
    assert "Nothing was imported" in str(err.value)


def test_an_absurdly_long_exercise_name_is_refused() -> None:
    row = ROW.format(weight=100, reps=5).replace("Squat (Barbell)", "x" * 5000)
    with pytest.raises(ImportFormatError, match=r"Line 2 .*5,000 characters"):
        read_export(HEADER + row)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Same movement, different equipment, grip, stance, seat or side: the base lift.
        ("Seated Leg Press (Machine)", "leg_press"),
        ("Pull Up (Neutral Grip)", "pull_up"),
        ("Bicep Curl (Machine)", "bicep_curl"),
        ("Lat Pulldown (Wide Grip)", "lat_pulldown"),
        ("Lateral Raise (Single Arm)", "lateral_raise"),
        ("Bench Press - Wide Grip (Barbell)", "bench_press"),
        ("Triceps Pushdown (Cable - Straight Bar)", "tricep_pushdown"),
        ("Seated Overhead Press (Dumbbell)", "dumbbell_shoulder_press"),
        ("Chin Up (Weighted)", "chin_up"),
        # The qualifier names a catalogue lift of its own.
        ("Bench Press (Close Grip)", "close_grip_bench_press"),
        ("Deadlift (Sumo)", "sumo_deadlift"),
        ("Squat (Front)", "front_squat"),
        # Machine or Smith versions of free-weight compounds are other lifts.
        ("Bench Press (Smith Machine)", None),
        ("Chest Press (Machine)", None),
        ("Shoulder Press (Machine)", None),
        ("Squat (Smith Machine)", None),
        # True variants keep their own ids, so they never lift the main lift's PR.
        ("Paused Bench Press (Barbell)", "paused_bench_press"),
        ("Squat (Pause)", "paused_squat"),
        ("Deficit Deadlift (Barbell)", "deficit_deadlift"),
        ("Block Pull", "block_deadlift"),
        ("Pin Squat (Barbell)", "pin_squat"),
        ("Tempo Squat", "tempo_squat"),
        # Custom names in the lifter's language.
        ("Développé Couché", "bench_press"),
        ("Kniebeugen", "squat"),
        ("Peso Muerto", "deadlift"),
        ("Жим лежа", "bench_press"),
        # Unknown stays raw.
        ("Push Up (Knees)", None),
        ("Landmine Rotation", None),
    ],
)
def test_the_resolver_reads_base_movement_and_qualifiers(raw: str, expected: str | None) -> None:
    assert map_exercise(raw) == expected


def test_a_paused_bench_never_raises_the_bench_press_record() -> None:
    text = (
        HEADER
        + ROW.format(weight=100, reps=5)
        + ROW.format(weight=110, reps=5).replace("Squat (Barbell)", "Paused Bench Press (Barbell)")
        + ROW.format(weight=90, reps=5).replace("Squat (Barbell)", "Bench Press (Barbell)")
    )
    best = read_export(text).summary.best_e1rm_kg
    assert best["bench_press"] == pytest.approx(105.0)
    assert best["paused_bench_press"] == pytest.approx(128.333, abs=0.01)
    assert display_name("paused_bench_press") == "Paused bench press"


def test_the_resolver_holds_its_blind_set() -> None:
    """Strong's own catalogue names (tests/importer_names_blind.py): 97.1% when last measured
    (85.0% on main before the resolver); a drop below 95% is a regression."""
    misses = [(name, gold, map_exercise(name)) for name, gold in NAMES_BLIND]
    misses = [miss for miss in misses if miss[1] != miss[2]]
    assert len(misses) <= 0.05 * len(NAMES_BLIND), misses
    wrong = [miss for miss in misses if miss[2] is not None]
    assert len(wrong) <= 1, wrong  # a wrong id merges records; raw is only unmapped
