#!/usr/bin/env bash
# Package a built Linux bundle for sellers: a .deb and a portable .tar.gz. Called by build_linux.sh.
#
#   packaging/linux_packages.sh BUNDLE VERSION OUT
#
# BUNDLE is PyInstaller's dist/SellerDesktop folder. Writes
#   OUT/seller-desktop_VERSION_amd64.deb            dpkg-deb; the app under /opt/seller-desktop
#   OUT/SellerDesktop-VERSION-linux-x86_64.tar.gz   the folder SellerDesktop/, to unpack anywhere
#
# The .deb has no maintainer scripts at all: installing copies files, removing deletes those files
# and nothing else, so the seller's store in ~/.local/share/SellerDesktop is never touched. The
# desktop entry and icon are picked up by the file triggers of desktop-file-utils and
# hicolor-icon-theme where a desktop has them. Depends names only packages that every Debian and
# Ubuntu system with apt has (so a plain `dpkg -i` succeeds on a minimal one); what a desktop
# brings (OpenGL, X11's libxcb, CUPS) is Recommended: without a display no window opens anyway.
set -euo pipefail

bundle=$1 version=$2 out=$3
repo=$(cd "$(dirname "$0")/.." && pwd)
deb=$out/seller-desktop_${version}_amd64.deb
tarball=$out/SellerDesktop-${version}-linux-x86_64.tar.gz

# The newest glibc symbol version any bundled binary asks for: the bundle copies libraries from the
# build machine, so it needs at least that glibc (Debian 12 builds need 2.36 or a little less).
glibc=$(find "$bundle" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
    | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1 | cut -d_ -f2)
[ -n "$glibc" ] || { echo "could not read the glibc version the bundle needs" >&2; exit 1; }

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/doc/seller-desktop"
cp -a "$bundle" "$root/opt/seller-desktop"
# Absolute links across top-level folders, as Debian's policy asks.
ln -s /opt/seller-desktop/seller-desktop "$root/usr/bin/seller-desktop"
ln -s /opt/seller-desktop/seller-desktop-cli "$root/usr/bin/seller-desktop-cli"
install -m644 "$repo/packaging/seller-desktop.desktop" "$root/usr/share/applications/"
install -m644 "$repo/resources/icons/app.svg" \
    "$root/usr/share/icons/hicolor/scalable/apps/seller-desktop.svg"
cat > "$root/usr/share/doc/seller-desktop/copyright" <<TXT
Seller Desktop $version
Copyright (C) the Seller Desktop authors
License: GPL-3.0-or-later; on Debian systems the full text is in /usr/share/common-licenses/GPL-3.
Bundled third-party software and its licences: /opt/seller-desktop/_internal/licenses/THIRD-PARTY.txt
and the files beside it.
TXT
printf 'seller-desktop (%s) stable; urgency=medium\n\n  * Release %s.\n\n -- %s  %s\n' \
    "$version" "$version" "Seller Desktop <noreply@sellerdesktop.invalid>" \
    "$(date -R -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}")" \
    | gzip -9n > "$root/usr/share/doc/seller-desktop/changelog.gz"
chmod -R u=rwX,go=rX "$root"
# Libraries need no execute bit (lintian: shared-library-is-executable); the two programs keep it.
find "$root/opt/seller-desktop/_internal" -type f -name '*.so*' -exec chmod 0644 {} +
installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<TXT
Package: seller-desktop
Version: $version
Architecture: amd64
Maintainer: Seller Desktop <noreply@sellerdesktop.invalid>
Installed-Size: $installed_kb
Depends: libc6 (>= $glibc), libstdc++6, libgcc-s1, libsystemd0
Recommends: libgl1, libegl1, libxcb1, libcups2, fontconfig
Section: misc
Priority: optional
Description: private-by-design order management for small Amazon sellers
 Import orders, print packing slips and insert cards; buyers' details are
 wiped on time. The app and its libraries live in /opt/seller-desktop; each
 user's encrypted store lives in ~/.local/share/SellerDesktop and stays when
 the package is removed.
TXT
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
tar -C "$(dirname "$bundle")" --owner=0 --group=0 -czf "$tarball" "$(basename "$bundle")"
echo "deb:        $deb ($(du -h "$deb" | cut -f1); installed $((installed_kb / 1024)) MiB; needs glibc >= $glibc)"
echo "tar.gz:     $tarball ($(du -h "$tarball" | cut -f1))"
