#!/bin/sh
# The counter's day on the keyboard alone, under a real X server at 1366x768 (issue 14's "done means"):
#   scripts/keyboard_tour.sh LANG OUT_DIR       LANG: zh_CN, zh_TW or en
# A teller signs in, searches, opens a profile, issues a receipt, refers the customer, locks and signs out; a
# manager triages the inbox, opens the referral's customer, goes to the recommendations (F8), issues an
# agreement and sees its preview; a supervisor reviews it (复核). xdotool types every key; after each step a
# screenshot of the whole screen is saved to OUT_DIR for a person to look at. Needs Xvfb and xdotool
# (scripts/system-deps.sh). Without a window manager nothing gives a window the keyboard when it opens, so the
# script hands it to the newest window before a step, as a window manager would; no mouse event is sent.
set -eu
LANG_CODE=${1:?language: zh_CN, zh_TW or en}
OUT=$(mkdir -p "${2:?output directory}" && cd "$2" && pwd)
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY="$ROOT/.venv/bin/python"
WORK=$(mktemp -d /tmp/branchdesk-tour-XXXXXX)
DISPLAY_NO=${TOUR_DISPLAY:-:91}
export BRANCHDESK_DATA_DIR="$WORK/data" BRANCHDESK_CONFIG_DIR="$WORK/config" QT_QPA_PLATFORM=xcb
DB="sqlite:///$WORK/tour.db"

"$PY" -m desktop --db "$DB" db upgrade >/dev/null
"$PY" -m desktop --db "$DB" demo --customers 300 >/dev/null
# The station's terminal id, so the receipt can be issued (Settings -> This station).
"$PY" -c "from desktop.settings import Preferences, SettingsStore; SettingsStore().save(Preferences(station='T01'))"

Xvfb "$DISPLAY_NO" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
export DISPLAY="$DISPLAY_NO"
APP=""
cleanup() {
    [ -n "$APP" ] && kill "$APP" 2>/dev/null || true
    kill "$XVFB" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
sleep 1

step=0
shot() {  # the whole screen, as the person sees it
    step=$((step + 1))
    name=$(printf '%02d_%s' "$step" "$1")
    sleep "${2:-1}"
    "$PY" -c "
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
QGuiApplication.primaryScreen().grabWindow(0).save(sys.argv[1])" "$OUT/${LANG_CODE}_$name.png"
    echo "$OUT/${LANG_CODE}_$name.png"
}
focus() {  # what a window manager does when a window opens or a dialog closes (once it has closed)
    sleep 1
    window=$(xdotool search --onlyvisible --name . 2>/dev/null | tail -1)
    [ -n "$window" ] && xdotool windowfocus --sync "$window" 2>/dev/null || true
    sleep 0.3
}
k() { for key in "$@"; do xdotool key --clearmodifiers "$key"; sleep 0.35; done; }
t() { xdotool type --delay 50 "$1"; sleep 0.3; }
sign_in() {
    focus
    k alt+l ctrl+a
    t "$1"
    k alt+p
    t Demo2026
    k Return
    sleep 5
    focus
}

"$PY" -m desktop --db "$DB" --lang "$LANG_CODE" >"$WORK/app.log" 2>&1 &
APP=$!
sleep 6
shot sign_in

# -- the teller ------------------------------------------------------------------------------------------------
sign_in teller1
shot teller_home
k F2
t wy
shot teller_results 2
k Down Return
shot teller_profile 3
k F4
focus
shot receipt_form 2
k Down Tab
t 500
k Return
shot receipt_preview 4
k Escape
focus
k F6
focus
shot referral_form 2
k alt+r Down alt+u alt+a alt+n
t "keyboard tour"
shot referral_filled
k alt+f
focus
shot referral_sent 2
k F12
shot locked 2
t Demo2026
k Return
focus
shot unlocked
k shift+F12
shot signed_out 2

# -- the manager -----------------------------------------------------------------------------------------------
sign_in manager1
shot manager_home
k F9 Down
shot inbox 2
k Tab Tab Tab Tab Tab Tab Tab Tab Home
shot inbox_task
k Tab Tab space
shot referral_customer 3
k F8
shot recommendations
k F7
focus
shot agreement_form 3
t zczq
k Tab Tab
t 50000
shot agreement_filled 2
k Return
shot agreement_preview 6
k Escape
focus
k shift+F12
sleep 2

# -- the supervisor reviews (复核) -------------------------------------------------------------------------------
sign_in supervisor1
k F9 End Up
shot approvals 3
k Tab Tab Tab Tab Home alt+v
focus
shot agreement_review 2
k Return
focus
shot reviewed 2
k F1
focus
shot shortcut_sheet 2
k Escape
focus
k shift+F12
sleep 2
echo "screenshots in $OUT"
