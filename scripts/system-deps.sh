#!/bin/sh
# Installs the system libraries Qt needs (offscreen and under Xvfb) and the PDF, QR-code and spreadsheet tools
# the tests use (LibreOffice Calc opens the Excel exports as a user's spreadsheet program would), and the tools of
# scripts/keyboard_tour.sh (xdotool types the keys under Xvfb; x11-apps' xwd and xwininfo look at the windows).
# On Debian/Ubuntu as root it installs what is missing; elsewhere it prints what to install.
set -eu
PKGS="libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3 \
xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 \
libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 poppler-utils zbar-tools python3-venv \
libreoffice-calc-nogui xdotool x11-apps"

if ! command -v dpkg-query >/dev/null 2>&1; then
    case "$(uname -s)" in
        Linux) echo "system-deps: not a Debian system. Install the equivalents of: $PKGS" ;;
        *) : ;;  # Windows and macOS wheels of Qt bring their own libraries.
    esac
    exit 0
fi

missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: installing$missing"
    # Another apt run (an unattended upgrade, a second set-up) holds the lock for a while: wait, do not fail.
    apt-get -o DPkg::Lock::Timeout=300 update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "system-deps: missing system packages. Run as root:"
    echo "    apt-get update && apt-get install -y --no-install-recommends$missing"
    exit 1
fi
