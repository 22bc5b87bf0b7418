# Gaiban (改办) against an external PostgreSQL.
#
#   docker build -t gaiban .
#   docker run -p 8000:8000 \
#     -e DATABASE_URL=postgresql+asyncpg://gaiban:…@db.internal:5432/gaiban \
#     -e GAIBAN_JWT_PRIVATE_KEY="$(cat gaiban-es256.pem)" gaiban
#
# The container migrates the database to the head revision, then serves. Secrets come only from
# the environment at run time: none is baked into the image.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# The project tree keeps app/, alembic/ and alembic.ini side by side: app.settings.PROJECT_ROOT is
# the parent of the app package and app.migrations finds alembic.ini and alembic/ there. An
# editable install keeps `app` imported from /srv/gaiban/app (a plain `pip install .` would move
# it into site-packages, away from the migrations).
WORKDIR /srv/gaiban

# Dependencies first (their layer survives code changes): a placeholder package is enough for
# pip to resolve and install them; the real code replaces it below.
COPY pyproject.toml README.md ./
RUN mkdir app && touch app/__init__.py \
    && pip install -e . \
    && rm -rf app

COPY alembic.ini ./
COPY alembic ./alembic
COPY app ./app
# Bytecode made once here: with PYTHONDONTWRITEBYTECODE every start would otherwise compile the
# app's and migrations' ~170 modules again (~0.15 s of the cold start).
RUN python -m compileall -q app alembic

RUN groupadd --system gaiban \
    && useradd --system --gid gaiban --home-dir /srv/gaiban --no-create-home \
       --shell /usr/sbin/nologin gaiban \
    && mkdir -p /var/lib/gaiban \
    && chown gaiban:gaiban /var/lib/gaiban

ENV GAIBAN_ENVIRONMENT=production \
    GAIBAN_DATA_DIR=/var/lib/gaiban \
    GAIBAN_PORT=8000

USER gaiban
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('GAIBAN_PORT', '8000'), timeout=4)"]

# Migrate first; only a database at the head revision gets served. `exec` hands signals to uvicorn.
CMD ["sh", "-c", "gaiban migrate && exec gaiban serve --host 0.0.0.0"]
