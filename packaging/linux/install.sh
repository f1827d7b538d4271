#!/bin/sh
# Install, upgrade or remove QA Desktop from this unpacked folder (shipped inside the build).
#
#   ./install.sh                 for you: ~/.local/opt/qa-desktop, `qa-desktop` in ~/.local/bin
#   sudo ./install.sh --system   for everyone: /opt/qa-desktop, `qa-desktop` in /usr/local/bin
#   ./install.sh --uninstall     (or --system --uninstall) removes the program, menu entry, icons
#
# Upgrading is installing again: the program folder is replaced as a whole. The user's database,
# recordings and settings live in ~/.local/share/QA Desktop and ~/.config/QA Desktop and are never
# touched, not even by --uninstall.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
SYSTEM=no
UNINSTALL=no
for arg in "$@"; do
    case "$arg" in
        --system) SYSTEM=yes ;;
        --uninstall) UNINSTALL=yes ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

if [ "$SYSTEM" = yes ]; then
    PREFIX=/opt/qa-desktop
    BIN=/usr/local/bin
    SHARE=/usr/local/share
else
    PREFIX="$HOME/.local/opt/qa-desktop"
    BIN="$HOME/.local/bin"
    SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
SIZES="16 24 32 48 64 128 256 512"

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

if [ "$UNINSTALL" = yes ]; then
    rm -rf "$PREFIX"
    rm -f "$BIN/qa-desktop" "$SHARE/applications/qa-desktop.desktop" "$SHARE/icons/hicolor/scalable/apps/qa-desktop.svg"
    for size in $SIZES; do rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/qa-desktop.png"; done
    refresh_menus
    echo "QA Desktop removed (your database and settings are kept)."
    exit 0
fi

if [ ! -x "$HERE/qa-desktop" ]; then
    echo "install.sh: run me from the unpacked QA Desktop folder (qa-desktop not found next to me)" >&2
    exit 1
fi

if [ "$HERE" != "$PREFIX" ]; then
    # Copy next to the target first, then swap: a failed copy leaves the old version working.
    mkdir -p "$(dirname "$PREFIX")"
    rm -rf "$PREFIX.new"
    cp -a "$HERE" "$PREFIX.new"
    rm -rf "$PREFIX"
    mv "$PREFIX.new" "$PREFIX"
fi

mkdir -p "$BIN" "$SHARE/applications"
ln -sf "$PREFIX/qa-desktop" "$BIN/qa-desktop"
ICONS="$PREFIX/_internal/resources/icons"
for size in $SIZES; do
    mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
    cp "$ICONS/qa-desktop-$size.png" "$SHARE/icons/hicolor/${size}x${size}/apps/qa-desktop.png"
done
mkdir -p "$SHARE/icons/hicolor/scalable/apps"
cp "$ICONS/qa-desktop.svg" "$SHARE/icons/hicolor/scalable/apps/qa-desktop.svg"
sed -e "s|^Exec=.*|Exec=\"$PREFIX/qa-desktop\"|" -e "s|^TryExec=.*|TryExec=$PREFIX/qa-desktop|" \
    "$PREFIX/qa-desktop.desktop" > "$SHARE/applications/qa-desktop.desktop"
chmod 644 "$SHARE/applications/qa-desktop.desktop"
refresh_menus
echo "QA Desktop $("$PREFIX/qa-desktop" --version | cut -d' ' -f2) installed in $PREFIX"
echo "Start it from the applications menu, or run: $BIN/qa-desktop"
