#!/usr/bin/env bash
# CI: build the Linux packages from the committed tree and prove the .deb as a seller gets it.
#
#   packaging/ci_packages.sh [OUT]        (root; OUT defaults to a new folder under /tmp)
#
# 1. packaging/build_linux.sh OUT: the bundle, its smoke tests (CLI, slips, GUI under Xvfb), the
#    size report (fails above 150 MB unpacked), the .deb and the .tar.gz;
# 2. `dpkg -i` of the .deb, then, from the installed package with an empty environment
#    (PATH=/usr/bin:/bin, cwd /, a throwaway HOME; nothing of the checkout can be imported):
#    `seller-desktop-cli --version` (must equal pyproject's version) and `self-test`, a store made
#    in the default data folder, and the GUI's unlock window shown under Xvfb (found with xdotool,
#    checked viewable with xwininfo, screenshot OUT/installed-unlock.png);
# 3. the unpacked size, then `dpkg -r`: the program is gone, the seller's data folder is not.
# Every failed check ends the script with exit code 1.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$(mktemp -d /tmp/seller-desktop-ci.XXXXXX)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
step() { printf '\n== %s\n' "$*"; }
[ "$(id -u)" = 0 ] || fail "installing the .deb needs root"
for tool in dpkg-deb Xvfb xdotool xwininfo import objdump cc; do
    command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install: see .ci/run)"
done

started=$(date +%s)
"$repo/packaging/build_linux.sh" "$out" 2>&1 | tee "$out/build.log" || fail "build_linux.sh"
build_seconds=$(( $(date +%s) - started ))
if grep -q '^SKIPPED' "$out/build.log"; then fail "a smoke test was skipped"; fi
deb=$(ls "$out"/seller-desktop_*_amd64.deb)
ls "$out"/SellerDesktop-*-linux-x86_64.tar.gz >/dev/null || fail "no .tar.gz"

step "dpkg -i $(basename "$deb")"
dpkg -i "$deb" || fail "dpkg -i"
# Whatever fails below, the machine is left without the package.
trap 'dpkg -r seller-desktop >/dev/null 2>&1 || true' EXIT
home=$(mktemp -d /tmp/seller-desktop-home.XXXXXX)
chmod 700 "$home"
# An empty environment: no PYTHONPATH, no virtual environment on PATH, started from /.
installed() { (cd / && env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 "$@"); }
[ "$(installed sh -c 'command -v seller-desktop-cli')" = /usr/bin/seller-desktop-cli ] \
    || fail "seller-desktop-cli on PATH is not the installed one"
[ "$(readlink -f /usr/bin/seller-desktop-cli)" = /opt/seller-desktop/seller-desktop ] \
    || fail "/usr/bin/seller-desktop-cli does not lead to /opt/seller-desktop"
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$repo/seller_desktop/__init__.py")
installed seller-desktop-cli --version | tee "$out/installed-version.txt"
grep -qF "$version" "$out/installed-version.txt" || fail "installed --version does not say $version"
installed seller-desktop-cli self-test || fail "installed self-test"
head -c 24 /dev/urandom | base64 > "$home/passphrase"
installed seller-desktop-cli --passphrase-file "$home/passphrase" init --business-name "CI" \
    --marketplace DE >/dev/null || fail "installed init"
data=$home/.local/share/SellerDesktop
[ -d "$data" ] || fail "the store is not in the default data folder $data"

step "installed GUI under Xvfb: the unlock window"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$out/display" >"$out/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 50); do grep -q '^[0-9]' "$out/display" 2>/dev/null && break; sleep 0.1; done
display=:$(head -1 "$out/display")
installed DISPLAY="$display" seller-desktop >"$out/installed-gui.log" 2>&1 &
app=$!
wid=""
for _ in $(seq 300); do
    wid=$(DISPLAY=$display xdotool search --onlyvisible --name '^Unlock Seller Desktop' 2>/dev/null | head -1) || true
    [ -n "$wid" ] && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
done
shown=0
if [ -n "$wid" ]; then
    sleep 1
    DISPLAY=$display xwininfo -id "$wid" | tee "$out/installed-unlock.txt" | grep -E 'Map State|Width|Height'
    grep -q 'Map State: IsViewable' "$out/installed-unlock.txt" && shown=1
    DISPLAY=$display import -window root "$out/installed-unlock.png" && echo "screenshot: $out/installed-unlock.png"
fi
kill -TERM "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
kill "$xvfb" 2>/dev/null || true
wait "$xvfb" 2>/dev/null || true
[ "$shown" = 1 ] || { sed -n '1,40p' "$out/installed-gui.log" >&2; fail "no unlock window from the installed app"; }

step "unpacked size"
echo "/opt/seller-desktop: $(du -sh /opt/seller-desktop | cut -f1) ($(du -s --apparent-size -B1 /opt/seller-desktop | cut -f1) bytes)"
echo "Installed-Size: $(dpkg-query -W -f='${Installed-Size}' seller-desktop) KiB"

step "dpkg -r seller-desktop"
dpkg -r seller-desktop >/dev/null || fail "dpkg -r"
[ ! -e /opt/seller-desktop ] && [ ! -e /usr/bin/seller-desktop ] && [ ! -e /usr/bin/seller-desktop-cli ] \
    || fail "dpkg -r left the program behind"
[ -n "$(ls -A "$data")" ] || fail "dpkg -r touched the data folder $data"
echo "program removed; the data folder stays: $(ls "$data" | tr '\n' ' ')"
rm -rf "$home"
# The build's virtual environment and work folders (about 1 GB) go; packages and screenshots stay.
rm -rf "$out/venv" "$out/work" "$out/src"
echo "packages OK (build and smoke tests ${build_seconds} s, all $(( $(date +%s) - started )) s)"
