"""Custom exercise names lifters write in their own language (Strong keeps a custom name as
typed): the common lifts in the languages Strong ships, compared without case or accents."""

from __future__ import annotations

from bot.importers.headers import plain

_LOCAL_NAMES: dict[str, tuple[str, ...]] = {
    "squat": ("squat barre", "flexion de jambes", "kniebeuge", "kniebeugen", "sentadilla",
              "sentadillas", "squat con bilanciere", "agachamento", "agachamento livre",
              "squat met halter", "приседания", "приседания со штангой", "присед"),
    "bench_press": ("développé couché", "developpe couche", "bankdrücken", "press de banca",
                    "press banca", "press de banca con barra", "panca piana",
                    "distensione su panca",
                    "supino", "supino reto", "bankdrukken", "жим лежа", "жим штанги лежа"),
    "deadlift": ("soulevé de terre", "souleve de terre", "kreuzheben", "peso muerto",
                 "stacco da terra", "levantamento terra", "terra", "deadlift met halter",
                 "становая тяга", "становая"),
    "overhead_press": ("développé militaire", "schulterdrücken", "press militar",
                       "lento avanti", "desenvolvimento militar", "militaire press",
                       "армейский жим", "жим стоя"),
    "pull_up": ("traction", "tractions", "klimmzug", "klimmzüge", "dominadas", "trazioni",
                "barra fixa", "optrekken", "подтягивания"),
    "barbell_row": ("rowing barre", "langhantelrudern", "remo con barra", "rematore con bilanciere",
                    "remada curvada", "тяга штанги в наклоне"),
    "dip": ("dips", "barrenstütz", "fondos", "paralelas", "отжимания на брусьях"),
    "push_up": ("pompes", "liegestütze", "flexiones", "piegamenti", "flexão", "opdrukken",
                "отжимания"),
}  # fmt: skip

LOCAL_NAMES: dict[str, str] = {
    plain(name): ex_id for ex_id, names in _LOCAL_NAMES.items() for name in names
}


def local_name(raw_name: str) -> str | None:
    """Our id for a lift named in another language, or None."""
    return LOCAL_NAMES.get(plain(raw_name.replace("-", " ")))
