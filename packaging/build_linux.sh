#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller, then smoke-test the bundle (not the source).
#
#   packaging/build_linux.sh [--worktree] [--no-gui] [OUT]
#
# OUT (default /tmp/seller-desktop-build) receives everything; nothing is written into the checkout:
#   OUT/src       the committed tree (git archive HEAD), unless --worktree builds the checkout as it is
#   OUT/venv      a fresh virtual environment with the app's dependencies and PyInstaller (reused)
#   OUT/work      PyInstaller's work folder
#   OUT/dist/SellerDesktop   the bundle: seller-desktop (GUI), seller-desktop-cli, _internal/
#   OUT/smoke     the smoke test's throwaway store and PDFs (invented buyers from tests/fixtures)
#   OUT/seller-desktop_VERSION_amd64.deb and OUT/SellerDesktop-VERSION-linux-x86_64.tar.gz
#                 for sellers (packaging/linux_packages.sh), VERSION as pyproject gives it
#
# Checks, each fatal: both executables answer --version; `seller-desktop-cli self-test`; a store is
# created, a report with Arabic, Japanese, Cyrillic and emoji names imported and packing slips written
# whose fonts are all embedded and whose names come back out with pdftotext (needs poppler-utils);
# the GUI shows its window with --demo and the setup wizard on an empty data folder (needs xvfb-run
# and xdotool; --no-gui or their absence skips it, said so in the summary); the bundle, unpacked, is
# at most SIZE_LIMIT_MB (a size report by component is printed).
# Environment: PYTHON (default python3, 3.11 or newer), PYINSTALLER_SPEC (default "pyinstaller>=6.10,<7"),
# SIZE_LIMIT_MB (default 150, in units of 1,000,000 bytes).
set -euo pipefail

worktree=0
gui=1
out=/tmp/seller-desktop-build
for arg in "$@"; do
    case "$arg" in
        --worktree) worktree=1 ;;
        --no-gui) gui=0 ;;
        -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
        -*) echo "unknown option $arg" >&2; exit 2 ;;
        *) out=$arg ;;
    esac
done

repo=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-python3}
pyinstaller_spec=${PYINSTALLER_SPEC:-"pyinstaller>=6.10,<7"}
mkdir -p "$out"
out=$(cd "$out" && pwd)
case "$out/" in "$repo/"*) echo "OUT must be outside the checkout ($repo)" >&2; exit 2 ;; esac

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
skipped=()

# -- source ------------------------------------------------------------------------------------------
if [ "$worktree" = 1 ]; then
    src=$repo
    step "building the checkout as it is: $src"
else
    git -C "$repo" rev-parse --verify -q HEAD >/dev/null || fail "not a git checkout: use --worktree"
    src=$out/src
    rm -rf "$src" && mkdir -p "$src"
    git -C "$repo" archive HEAD | tar -x -C "$src"
    step "building commit $(git -C "$repo" rev-parse --short HEAD) (git archive into $src)"
fi

# -- environment -------------------------------------------------------------------------------------
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || fail "$python is older than 3.11"
if [ ! -x "$out/venv/bin/python" ]; then
    step "virtual environment $out/venv"
    "$python" -m venv "$out/venv"
fi
"$out/venv/bin/python" -m pip install --quiet --upgrade pip
# The app itself is installed for its dependencies; the spec analyses the source tree (pathex).
"$out/venv/bin/python" -m pip install --quiet "$src" "$pyinstaller_spec"
"$out/venv/bin/python" -m pip list 2>/dev/null \
    | grep -iE '^(pyinstaller|pyside6[-_a-z]*|shiboken6|sqlcipher3|reportlab|cryptography|pillow|segno|python-bidi|arabic-reshaper) ' || true

# -- build -------------------------------------------------------------------------------------------
step "PyInstaller"
rm -rf "$out/dist" "$out/work"
started=$(date +%s)
"$out/venv/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$out/dist" --workpath "$out/work" "$src/packaging/seller-desktop.spec"
build_seconds=$(( $(date +%s) - started ))
bundle=$out/dist/SellerDesktop
[ -x "$bundle/seller-desktop" ] && [ -x "$bundle/seller-desktop-cli" ] || fail "no executables in $bundle"

# -- smoke test: command line ------------------------------------------------------------------------
step "smoke test of the bundle: command line"
cli=$bundle/seller-desktop-cli
smoke=$out/smoke
rm -rf "$smoke" && mkdir -p "$smoke" && chmod 700 "$smoke"
# No data of the build machine's user is touched: everything under the throwaway folder.
export SELLER_DESKTOP_DATA_DIR=$smoke/data
"$bundle/seller-desktop" --version || fail "seller-desktop --version"
"$cli" --version || fail "seller-desktop-cli --version"
"$cli" self-test || fail "self-test"

head -c 24 /dev/urandom | base64 > "$smoke/passphrase"
run_cli() { "$cli" --data-dir "$smoke/data" --passphrase-file "$smoke/passphrase" "$@"; }
PYTHONPATH="$src/tests/fixtures" "$out/venv/bin/python" - "$smoke" <<'EOF'
import sys
from pathlib import Path
import make_reports  # invented buyers in the scripts our buyers write in
smoke = Path(sys.argv[1])
keys = ["ar", "jp", "emoji", "ru", "de"]
(smoke / "report.txt").write_bytes(make_reports.people_report(keys))
names = [make_reports.PEOPLE[k].name for k in keys]
(smoke / "names.txt").write_text("\n".join(names) + "\n", encoding="utf-8")
EOF
run_cli init --business-name "Smoke Test" --marketplace DE >/dev/null || fail "init"
run_cli import "$smoke/report.txt" || fail "import"
run_cli slips --unshipped --layout a4 --out "$smoke/slips.pdf" || fail "slips"
run_cli picklist --unshipped --out "$smoke/picklist.pdf" >/dev/null || fail "picklist"
run_cli backup --out "$smoke/backup.db" >/dev/null || fail "backup"
if command -v pdffonts >/dev/null && command -v pdftotext >/dev/null; then
    pdffonts "$smoke/slips.pdf" | tail -n +3 | awk '$(NF-4) != "yes" {bad=1} END {exit bad}' \
        || fail "a font of the slips is not embedded (pdffonts)"
    pdftotext -enc UTF-8 "$smoke/slips.pdf" "$smoke/slips.txt"
    "$out/venv/bin/python" - "$smoke" <<'EOF' || fail "names missing from the slips' text (pdftotext)"
import re, sys, unicodedata
from pathlib import Path
smoke = Path(sys.argv[1])
# Direction marks are drawn invisibly to keep poppler's reading order; Arabic comes back as
# presentation forms, hence NFKC on both sides.
clean = lambda s: unicodedata.normalize("NFKC", re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", s))
text = clean((smoke / "slips.txt").read_text(encoding="utf-8"))
names = (smoke / "names.txt").read_text(encoding="utf-8").splitlines()
missing = sum(1 for name in names if clean(name) not in text)
print(f"slips: {len(names) - missing} of {len(names)} buyer names read back; fonts embedded")
sys.exit(1 if missing else 0)
EOF
else
    skipped+=("PDF fonts/text check (install poppler-utils)")
fi

# -- smoke test: GUI ---------------------------------------------------------------------------------
# Under Xvfb with the xcb platform plugin (what a seller's X11 desktop loads), not offscreen.
gui_window() {  # $1 = window title to wait for, $2 = screenshot file, then seller-desktop's arguments
    local title=$1 shot=$2; shift 2
    # -displayfd: Xvfb picks a free display number and writes it once it accepts connections.
    Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$smoke/display" >"$smoke/xvfb.log" 2>&1 &
    local xvfb=$!
    # Wait for the number itself (the file can exist, still empty or half written, before it).
    for _ in $(seq 50); do grep -q '^[0-9]' "$smoke/display" 2>/dev/null && break; sleep 0.1; done
    grep -q '^[0-9]' "$smoke/display" 2>/dev/null || fail "Xvfb did not start (see $smoke/xvfb.log)"
    local display=:$(head -1 "$smoke/display")
    local begin; begin=$(date +%s.%N)
    DISPLAY=$display "$bundle/seller-desktop" "$@" >"$smoke/gui.log" 2>&1 &
    local app=$!
    local wid="" ok=0
    # Polled every 50 ms (xdotool's --sync polls every 0.5 s); gives up after 30 s or if the app exits.
    for _ in $(seq 600); do
        wid=$(DISPLAY=$display xdotool search --onlyvisible --name "^$title" 2>/dev/null | head -1) || true
        [ -n "$wid" ] && break
        kill -0 "$app" 2>/dev/null || break
        sleep 0.05
    done
    if [ -n "$wid" ]; then
        local shown; shown=$(date +%s.%N)
        awk -v a="$begin" -v b="$shown" -v what="$*" -v t="$title" \
            'BEGIN { printf "%s: window \"%s\" shown %.2f s after start\n", what, t, b - a }'
        sleep 2
        if kill -0 "$app" 2>/dev/null; then ok=1; fi
        if [ "$ok" = 1 ] && command -v import >/dev/null; then
            DISPLAY=$display import -window root "$shot" && echo "screenshot: $shot"
        fi
    fi
    kill -TERM "$app" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$app" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
    if [ "$ok" != 1 ]; then
        sed -n '1,40p' "$smoke/gui.log" >&2
        fail "seller-desktop $*: no window \"$title\""
    fi
}
if [ "$gui" = 1 ] && command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
    step "smoke test of the bundle: GUI under Xvfb"
    gui_window "Seller Desktop — Demo" "$smoke/gui-demo.png" --demo
    rm -rf "$smoke/first-run" && mkdir -p "$smoke/first-run"
    gui_window "Set up Seller Desktop" "$smoke/gui-first-run.png" --data-dir "$smoke/first-run"
else
    skipped+=("GUI check (install xvfb and xdotool, or drop --no-gui)")
fi

# -- size and packages -------------------------------------------------------------------------------
step "size of the bundle, by component"
"$out/venv/bin/python" "$src/packaging/size_report.py" "$bundle" --limit-mb "${SIZE_LIMIT_MB:-150}" \
    || fail "the bundle is too large"
step "packages for sellers"
version=$("$out/venv/bin/python" -c 'from importlib.metadata import version; print(version("seller-desktop"))')
rm -f "$out"/seller-desktop_*_amd64.deb "$out"/SellerDesktop-*-linux-x86_64.tar.gz
started=$(date +%s)
packages=$("$src/packaging/linux_packages.sh" "$bundle" "$version" "$out") || fail "packaging"
package_seconds=$(( $(date +%s) - started ))

# -- summary -----------------------------------------------------------------------------------------
step "summary"
echo "bundle:     $bundle"
echo "build time: ${build_seconds} s (packages: ${package_seconds} s)"
echo "size:       $(du -sh "$bundle" | cut -f1) ($(find "$bundle" -type f | wc -l) files)"
echo "$packages"
for s in "${skipped[@]+"${skipped[@]}"}"; do echo "SKIPPED:    $s"; done
echo "OK"
