#!/usr/bin/env bash
# Runs the whole QA Desktop test suite on a fresh Debian machine, from a clean checkout:
#   - installs the system libraries Qt needs (libegl1, libxcb-*, libpulse0, fonts-noto-cjk…), Xvfb and
#     xdotool for the real-display test, and PostgreSQL when missing and this user may use apt-get;
#   - creates .venv and installs the app with its test extra;
#   - starts a throwaway PostgreSQL server on loopback so the database tests run against
#     SQLite and PostgreSQL, and stops it afterwards;
#   - runs pytest offscreen. Extra arguments go to pytest (e.g. `bash tests/run.sh -k scoring`).
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's xcb platform plugin: README's list, proven by tests/test_xcb_smoke.py (which also checks this array).
qt_packages=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libgssapi-krb5-2 libpulse0
             libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
             libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0
             libxcb-xkb1 libxcb-glx0 libxext6 libxkbcommon0 libxkbcommon-x11-0 libxrandr2 libdrm2 fonts-noto-cjk)
system_packages=("${qt_packages[@]}" xvfb xdotool postgresql espeak-ng sox)
missing=()
for package in "${system_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt=(apt-get); elif sudo -n true 2>/dev/null; then apt=(sudo apt-get); else apt=(); fi
    if [ ${#apt[@]} -gt 0 ]; then
        echo "Installing system packages: ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive "${apt[@]}" -qq update
        DEBIAN_FRONTEND=noninteractive "${apt[@]}" -qq install -y --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "Warning: missing system packages (${missing[*]}); install them with: sudo apt-get install ${missing[*]}" >&2
    fi
fi

# Where this script could install packages (CI runs it as root), the real-display test must run.
if [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; then export QA_DESKTOP_REQUIRE_XVFB=1; fi

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "${QA_DESKTOP_TEST_PG_URL:-}" ] && [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; then
    pg_dir=$(mktemp -d /tmp/qa-desktop-pg.XXXXXX)
    pg_port=${QA_DESKTOP_TEST_PG_PORT:-55432}
    as_pg=()
    if [ "$(id -u)" = 0 ]; then  # PostgreSQL refuses to run as root
        id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
        chown postgres "$pg_dir"
        as_pg=(runuser -u postgres --)
    fi
    "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U qa -E UTF8 >/dev/null
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
        -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    trap '"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"' EXIT
    export QA_DESKTOP_TEST_PG_URL="postgresql://qa@127.0.0.1:$pg_port/postgres"
    echo "PostgreSQL test server on 127.0.0.1:$pg_port"
fi

.venv/bin/python -m ruff check .  # lint rules: [tool.ruff] in pyproject.toml
.venv/bin/python -m mypy  # types of qa_desktop/core: [tool.mypy] in pyproject.toml

export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"
