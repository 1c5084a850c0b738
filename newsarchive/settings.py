"""Settings for the news archive: one module, every knob from the environment.

With no configuration at all it runs on an SQLite file under var/; DATABASE_URL
switches to PostgreSQL. DEBUG is off unless asked for, and outside DEBUG a real
SECRET_KEY is required.
"""

from pathlib import Path

from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from newsarchive.env import database_config, env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("NEWSARCHIVE_VAR_DIR") or BASE_DIR / "var")

DEBUG = env_bool("DEBUG", default=False)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off "
            "(for local use, `make run` sets DEBUG=1; in production set a long random SECRET_KEY)."
        )
    SECRET_KEY = "django-insecure-development-only-key-never-used-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_filters",
    "axes",
    "articles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: it answers a locked-out log-in before the view runs.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Brute-force protection for the admin log-in (django-axes): five failures for
# one user name from one address lock that pair out for an hour.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", default=5, minimum=1)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_HOURS", default=1, minimum=0) or None
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True

ROOT_URLCONF = "newsarchive.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "newsarchive.wsgi.application"
ASGI_APPLICATION = "newsarchive.asgi.application"

_database_url = env_str("DATABASE_URL")
_sqlite_path = VAR_DIR / "newsarchive.sqlite3"
if not _database_url:
    _sqlite_path.parent.mkdir(parents=True, exist_ok=True)
DATABASES = {"default": database_config(_database_url, _sqlite_path)}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A file, not memory, so tests can run real concurrent imports in other processes.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-newsarchive.sqlite3")}
DATABASES["default"]["CONN_MAX_AGE"] = env_int("CONN_MAX_AGE", default=0, minimum=0)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Kosovo has no ISO 3166-1 code yet; "XK" is the user-assigned code the EU, the World Bank and most news data use.
COUNTRIES_OVERRIDE = {"XK": "Kosovo"}

LANGUAGE_CODE = "en-gb"
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Compressed, content-hashed names: safe to cache forever.
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}

# Security. Production defaults are on whenever DEBUG is off; each can be
# turned off explicitly, e.g. to serve plain HTTP on loopback for a benchmark.
_production = not DEBUG
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=_production)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", default=_production)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", default=_production)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", default=31_536_000 if _production else 0, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=_production)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=_production)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Content-Security-Policy (django-csp): scripts only from this site, never inline;
# nothing framed, no plugins. Inline style attributes stay allowed (the admin uses them).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
if env_bool("TRUST_X_FORWARDED_PROTO", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# Search
SEARCH_PAGE_SIZE = 20
FORMS_URLFIELD_ASSUME_HTTPS = True  # the Django 6 default, for the admin's URL fields
SEARCH_STATEMENT_TIMEOUT_MS = env_int("SEARCH_STATEMENT_TIMEOUT_MS", default=5000, minimum=100)
# PostgreSQL work_mem of a search's own statements, in MB: its match bitmap must stay exact (articles/results.py).
SEARCH_WORK_MEM_MB = env_int("SEARCH_WORK_MEM_MB", default=64, minimum=4)
# Relevance scores the newest this-many matches of a search; older ones follow newest first (articles/search.py).
SEARCH_RANK_CANDIDATES = env_int("SEARCH_RANK_CANDIDATES", default=2000, minimum=100)
# Past this many matches, facet counts are estimated from a sample of about this many (articles/facets.py).
SEARCH_FACET_SAMPLE = env_int("SEARCH_FACET_SAMPLE", default=2000, minimum=100)
# Result pages go as deep as this many results; past it, narrow the search (the CSV export stops there too).
SEARCH_RESULT_WINDOW = env_int("SEARCH_RESULT_WINDOW", default=10_000, minimum=100)
