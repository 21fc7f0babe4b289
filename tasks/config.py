"""Settings in one place: defaults, then sourcescore.toml (or [tool.sourcescore] in
pyproject.toml), then SOURCESCORE_<SECTION>_<KEY> environment variables.

Pure: reads files and the environment it is given, and says where each value came from.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from tasks.scoring.composite import DEFAULT_WEIGHTS

ENV_PREFIX = "SOURCESCORE_"
CONFIG_FILE = "sourcescore.toml"

DEFAULTS: dict[str, dict[str, Any]] = {
    "paths": {
        "inputs": "inputs",
        "warehouse": "warehouse/sourcescore.duckdb",
    },
    "run": {
        "batch_size": 1000,
        "max_input_bytes": 20 * 1024 * 1024,
        # Longer texts are rejected: a dump or a book, not one article.
        "max_article_words": 50_000,
        # Worker processes for cleaning and scoring; 0 means one per core.
        "workers": 0,
        # A run or report waits this long for another one to release the warehouse.
        "lock_timeout_seconds": 300.0,
    },
    # Weights of the quality_score components; see tasks/scoring/composite.py.
    "weights": {name: float(weight) for name, weight in DEFAULT_WEIGHTS.items()},
    # Cron schedules for `sourcescore serve`, in this time zone.
    "schedule": {
        "scoring_cron": "0 2 * * *",
        "report_cron": "0 6 * * 1",
        "timezone": "UTC",
    },
}


# Whole-number settings where 0 means something ("one per core"); the rest must be positive.
ZERO_ALLOWED = {"run.workers"}


class ConfigError(ValueError):
    """A setting with a value of the wrong kind, named so the user can fix it."""


@dataclass(frozen=True)
class Setting:
    value: Any
    origin: str  # "default", a file path, or an environment variable's name


def _coerce(key: str, raw: Any, default: Any, origin: str) -> Any:
    """Give a file or environment value the type of its default."""
    try:
        if isinstance(default, bool):
            if isinstance(raw, bool):
                return raw
            return str(raw).strip().lower() in ("1", "true", "yes", "on")
        if isinstance(default, int):
            value = int(raw)
            if value < (0 if key in ZERO_ALLOWED else 1):
                raise ValueError
            return value
        if isinstance(default, float):
            value = float(raw)
            if value < 0:
                raise ValueError
            return value
        return str(raw)
    except (TypeError, ValueError):
        kind = "a positive whole number" if isinstance(default, int) else "a number ≥ 0" if isinstance(default, float) else "text"
        raise ConfigError(f"{key} from {origin} must be {kind}, not {raw!r}") from None


def _file_settings(start: Path) -> tuple[dict, str | None]:
    own = start / CONFIG_FILE
    if own.exists():
        return tomllib.loads(own.read_text(encoding="utf-8")), str(own)
    pyproject = start / "pyproject.toml"
    if pyproject.exists():
        tool = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("sourcescore")
        if tool:
            return tool, f"{pyproject} [tool.sourcescore]"
    return {}, None


def load_settings(directory: Path | str = ".", environ: Mapping[str, str] | None = None) -> dict[str, dict[str, Setting]]:
    """Every setting with its value in force and where that value came from."""
    environ = os.environ if environ is None else environ
    try:
        from_file, file_origin = _file_settings(Path(directory))
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"cannot read {CONFIG_FILE}: {err}") from None
    settings: dict[str, dict[str, Setting]] = {}
    for section, defaults in DEFAULTS.items():
        settings[section] = {}
        file_section = from_file.get(section, {}) if isinstance(from_file.get(section), dict) else {}
        for key, default in defaults.items():
            setting = Setting(default, "default")
            if key in file_section:
                setting = Setting(_coerce(f"{section}.{key}", file_section[key], default, file_origin), file_origin)
            env_name = f"{ENV_PREFIX}{section}_{key}".upper()
            if env_name in environ:
                setting = Setting(_coerce(f"{section}.{key}", environ[env_name], default, env_name), env_name)
            settings[section][key] = setting
    return settings


def values(settings: dict[str, dict[str, Setting]]) -> dict[str, dict[str, Any]]:
    """The plain values, without their origins."""
    return {section: {k: s.value for k, s in keys.items()} for section, keys in settings.items()}
