#!/usr/bin/env bash
# The Debian package as a secretariat's IT meets it: built by CPack from this build, checked by
# lintian (no error, no warning), its launcher and metainfo validated, installed into a
# throwaway root with dpkg --root, and run from there: rostrum-cli demo, the console's
# screenshot, the man pages, the MIME type a file manager sees. Then removed again.
# Usage: package_install.sh BUILD_DIR
set -euo pipefail
build=${1:?build directory}
work=$(mktemp -d)
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "package test: $*" >&2; exit 1; }

echo "== cpack"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/out/rostrum_*_*.deb)
version=$(dpkg-deb -f "$deb" Version)
[[ $(basename "$deb") == "rostrum_${version}_$(dpkg --print-architecture).deb" ]] ||
  fail "unexpected package name $(basename "$deb")"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6core6' || fail "dpkg-shlibdeps found no Qt dependency"

echo "== lintian"
# No tag is overridden or kept: any error or warning fails the test.
lintian --fail-on error,warning --tag-display-limit 0 "$deb" 2>&1 |
  grep -v 'running with root privileges' || true
lintian --fail-on error,warning "$deb" >/dev/null 2>&1 || fail "lintian reports errors or warnings"

echo "== install into a throwaway root"
root=$work/root
mkdir -p "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/triggers"
touch "$root/var/lib/dpkg/status"
# The throwaway root has none of the libraries: they are the host's, so dependencies are not
# checked here (dpkg-shlibdeps computed them above).
dpkg --root="$root" --force-not-root --force-depends --log=/dev/null -i "$deb" >/dev/null
[[ -x $root/usr/bin/rostrum && -x $root/usr/bin/rostrum-cli ]] || fail "programs not installed"

desktop-file-validate "$root/usr/share/applications/org.rostrum.Rostrum.desktop" ||
  fail "the .desktop file is not valid"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.rostrum.Rostrum.metainfo.xml" ||
  fail "the metainfo is not valid"

echo "== run the installed programs"
"$root/usr/bin/rostrum-cli" --version | grep -qx "rostrum-cli $version" ||
  fail "rostrum-cli --version does not print $version"
"$root/usr/bin/rostrum-cli" demo "$work/meeting.rostrum"
"$root/usr/bin/rostrum-cli" list "$work/meeting.rostrum" | grep -q Albania ||
  fail "the installed rostrum-cli does not list the demo"
home=$work/home
mkdir -p "$home" && chmod 700 "$home"
HOME=$home XDG_RUNTIME_DIR=$home QT_QPA_PLATFORM=offscreen \
  "$root/usr/bin/rostrum" --demo --size 1280x720 --screenshot "$work/shot.png"
[[ -s $work/shot.png ]] || fail "the installed console wrote no screenshot"
HOME=$home XDG_RUNTIME_DIR=$home QT_QPA_PLATFORM=offscreen "$root/usr/bin/rostrum" --version | grep -q "$version" ||
  fail "rostrum --version does not print $version"

echo "== man pages and completion"
for page in rostrum rostrum-cli; do
  zcat "$root/usr/share/man/man1/$page.1.gz" | grep -q '^\.SH DESCRIPTION' ||
    fail "no man page for $page"
done
zcat "$root/usr/share/man/man1/rostrum-cli.1.gz" | grep -q 'point\\-of\\-order' ||
  fail "the man page of rostrum-cli lacks a command it has"
PATH=$root/usr/bin:$PATH bash -c "source '$root/usr/share/bash-completion/completions/rostrum-cli'
  COMP_WORDS=(rostrum-cli set-ch); COMP_CWORD=1; _rostrum_cli; [[ \${COMPREPLY[*]} == set-changeover ]]" ||
  fail "bash completion does not complete set-ch"

echo "== the meeting file type"
# The database is made where the desktop's trigger would make it, in a copy, so that removing the
# package leaves the throwaway root empty.
mkdir -p "$work/data/mime"
cp -r "$root/usr/share/mime/packages" "$work/data/mime/"
update-mime-database "$work/data/mime"
cp "$work/meeting.rostrum" "$work/renamed.bin"
for file in meeting.rostrum renamed.bin; do
  type=$(XDG_DATA_DIRS="$work/data:/usr/share" gio info -a standard::content-type \
    "$work/$file" | sed -n 's/.*content-type: //p')
  [[ $type == application/x-rostrum-meeting ]] || fail "$file is seen as $type"
done
echo "  a meeting file is application/x-rostrum-meeting, by name and by its header"

echo "== remove"
dpkg --root="$root" --force-not-root --log=/dev/null -r rostrum >/dev/null
[[ ! -e $root/usr/bin/rostrum ]] || fail "rostrum is still installed after removal"
left=$(find "$root" -path "$root/var" -prune -o -type f -print | head -3)
[[ -z $left ]] || fail "files left after removal: $left"
echo "package test: $(basename "$deb") built, clean under lintian, installed, run and removed"
