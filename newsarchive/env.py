"""Typed readers for settings that come from the environment.

Each helper fails loudly with ImproperlyConfigured on a value it cannot read,
so a typo in production configuration stops the process at start-up instead
of silently falling back to a default (the healthchecks `envbool` approach).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str | None = None, environ: Mapping[str, str] = os.environ) -> str | None:
    value = environ.get(name)
    return default if value is None else value


def env_bool(name: str, default: bool, environ: Mapping[str, str] = os.environ) -> bool:
    value = environ.get(name)
    if value is None:
        return default
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name}={value!r} is not a boolean; use one of 1/0, true/false, yes/no, on/off."
    )


def env_int(name: str, default: int, environ: Mapping[str, str] = os.environ, minimum: int | None = None) -> int:
    value = environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        number = int(value.strip())
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r} is not an integer.") from None
    if minimum is not None and number < minimum:
        raise ImproperlyConfigured(f"{name}={number} is below the minimum of {minimum}.")
    return number


def env_list(name: str, default: list[str], environ: Mapping[str, str] = os.environ) -> list[str]:
    """A comma-separated list; empty items are dropped."""
    value = environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def database_config(url: str | None, sqlite_path: os.PathLike | str) -> dict:
    """Turn DATABASE_URL into a Django DATABASES entry.

    Unset means the embedded SQLite file; postgres:// means PostgreSQL. Any other
    scheme is refused rather than guessed at.
    """
    import dj_database_url

    if not url:
        config = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(sqlite_path)}
    else:
        scheme = url.split(":", 1)[0].lower()
        if scheme not in {"sqlite", "postgres", "postgresql", "pgsql"}:
            raise ImproperlyConfigured(
                f"DATABASE_URL has an unsupported scheme {scheme!r}; use postgres://... or sqlite:///path."
            )
        try:
            config = dj_database_url.parse(url)
        except ValueError as exc:
            raise ImproperlyConfigured(f"DATABASE_URL could not be parsed: {exc}") from None
        if scheme != "sqlite" and not config.get("NAME"):
            raise ImproperlyConfigured("DATABASE_URL names no database (postgres://user@host/DBNAME).")

    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = {
            # WAL lets readers go on while an import writes; IMMEDIATE takes the
            # write lock at BEGIN so two writers queue instead of deadlocking.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 30,
        }
    else:
        config.setdefault("OPTIONS", {})
    config.setdefault("CONN_MAX_AGE", 0)
    return config
