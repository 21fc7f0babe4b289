"""Environment for running Prefect offline and quietly. Import before prefect."""
from __future__ import annotations

import os

QUIET_DEFAULTS = {
    # Offline machine: no telemetry calls to fail and print tracebacks.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    # The temporary server and task-run chatter are noise on a normal run; warnings still show.
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "ERROR",
    "PREFECT_LOGGING_SERVER_LEVEL": "ERROR",
    # Dask's scheduler and workers log every start and stop at INFO.
    "DASK_LOGGING__DISTRIBUTED": "warning",
}


def apply_quiet_defaults() -> None:
    """Set each default unless the user already chose a value."""
    for key, value in QUIET_DEFAULTS.items():
        os.environ.setdefault(key, value)
