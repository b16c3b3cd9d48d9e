#!/usr/bin/env bash
# Installer check, run by CI: builds the app-image and the .deb with package.sh, runs the app-image's
# headless render with no network (where a network namespace can be made) and a fresh home folder,
# verifies the image, verifies that nothing was written outside the home's .config and .cache, and
# prints the sizes against their targets (app-image <= 150 MB, .deb <= 60 MB).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"

src/packaging/package.sh

out=target/jpackage
app="$out/bri-atlas/bin/bri-atlas"
home=$(mktemp -d -t bri-atlas-home-XXXXXX)
png="$home/check.png"
trap 'rm -rf "$home"' EXIT

run=(env -i "HOME=$home" "PATH=/usr/bin:/bin" "JAVA_TOOL_OPTIONS=-Duser.home=$home")
if unshare -n true 2>/dev/null; then
  run+=(unshare -n)
  echo "== render with no network (own network namespace), no Java on PATH, empty home"
else
  echo "== render with no Java on PATH and an empty home (no network namespace available here)"
fi
"${run[@]}" "$app" render --view heilongjiang --size 1200x800 --out "$png"

fail=0
sig=$(od -An -tx1 -N8 "$png" | tr -d ' \n')
[ "$sig" = "89504e470d0a1a0a" ] || { echo "check: $png is not a PNG" >&2; fail=1; }
width=$((16#$(od -An -tx1 -j16 -N4 "$png" | tr -d ' \n')))
height=$((16#$(od -An -tx1 -j20 -N4 "$png" | tr -d ' \n')))
bytes=$(stat -c %s "$png")
echo "image: ${width}x${height}, ${bytes} bytes"
[ "$width" = 1200 ] && [ "$height" = 800 ] || { echo "check: expected 1200x800" >&2; fail=1; }
# A drawn map compresses to far more than a blank or single-colour image would (a few kB).
[ "$bytes" -gt 100000 ] || { echo "check: the image is too small to hold a drawn map" >&2; fail=1; }

stray=$(cd "$home" && find . -mindepth 1 \( -path ./.config -o -path ./.cache -o -path ./check.png \) -prune -o -print)
if [ -n "$stray" ]; then
  echo "check: the packaged atlas wrote outside .config and .cache:" >&2
  echo "$stray" >&2
  fail=1
fi

image_mb=$(du -sm "$out/bri-atlas" | cut -f1)
deb=$(ls "$out"/*.deb)
deb_mb=$(( $(stat -c %s "$deb") / 1048576 ))
echo "app-image: ${image_mb} MB (target <= 150 MB)"
echo ".deb: ${deb_mb} MB (target <= 60 MB)"
[ "$image_mb" -le 150 ] || { echo "check: app-image over its size target" >&2; fail=1; }
[ "$deb_mb" -le 60 ] || { echo "check: .deb over its size target" >&2; fail=1; }
deps=$(dpkg-deb -f "$deb" Depends)
for lib in libgtk-3-0 libfreetype6 libfontconfig1; do
  case "$deps" in *"$lib"*) ;; *) echo "check: the .deb does not declare $lib" >&2; fail=1 ;; esac
done

if [ "$fail" -ne 0 ]; then
  echo "installer check: FAILED" >&2
  exit 1
fi
echo "installer check: passed"
