#!/usr/bin/env bash
# Installer check, run by CI: builds the app-image and the .deb with package.sh, runs the app-image's
# headless render with no network (where a network namespace can be made) and a fresh home folder,
# verifies the image, verifies that nothing was written outside the home's .config and .cache, does the same
# for the README's start from the jar (java -jar, under strace where available: no IP socket, no host-name
# lookup), and prints the sizes against their targets (app-image <= 150 MB, .deb <= 60 MB).
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

# The launcher's class-data archive: a plain start (the window until its first full map, on Xvfb) leaves one
# in the cache folder, and the next start maps it (-Xshare:on fails otherwise). The runtime's JavaFX modules
# cannot take Monocle, so this needs xvfb-run (.ci/run installs it).
if command -v xvfb-run >/dev/null 2>&1; then
  echo "== installed launcher: first plain start writes the class-data archive, the next maps it"
  xvfb-run -a -s '-screen 0 1600x1000x24' sh -c 'exec env -i "HOME=$1" "PATH=/usr/bin:/bin" "DISPLAY=$DISPLAY" \
    "XAUTHORITY=${XAUTHORITY:-}" "JAVA_TOOL_OPTIONS=-Duser.home=$1 -Dbriatlas.firstMapProbe=true" "$2"' sh "$home" "$app" \
    >"$home/first.log" 2>&1 || { echo "check: the first plain start failed:" >&2; tail -5 "$home/first.log" >&2; fail=1; }
  archive=$(ls "$home"/.cache/bri-atlas/classes-*.jsa 2>/dev/null | head -1)
  if [ -z "$archive" ] || ls "$home"/.cache/bri-atlas/*.part-* >/dev/null 2>&1; then
    echo "check: the first plain start left no class-data archive (or a partial one)" >&2; fail=1
  else
    echo "archive: $(basename "$archive"), $(( $(stat -c %s "$archive") / 1048576 )) MB"
    env -i "HOME=$home" "PATH=/usr/bin:/bin" "JAVA_TOOL_OPTIONS=-Duser.home=$home -Xshare:on" "$app" help >/dev/null 2>&1 \
      || { echo "check: the launcher's archive cannot be mapped (-Xshare:on)" >&2; fail=1; }
  fi
else
  echo "== no xvfb-run: the launcher's class-data archive is not checked"
fi
rm -f "$home/first.log"

stray=$(cd "$home" && find . -mindepth 1 \( -path ./.config -o -path ./.cache -o -path ./check.png \) -prune -o -print)
if [ -n "$stray" ]; then
  echo "check: the packaged atlas wrote outside .config and .cache:" >&2
  echo "$stray" >&2
  fail=1
fi

# The README's start from the jar (no packaged runtime, no -D options): the same render, with an empty home
# and no network; under strace where it can trace, no IP socket and no host-name lookup (the JDK's font
# configuration used to call InetAddress.getLocalHost(); see org.briatlas.app.OfflineJvm).
jhome=$(mktemp -d -t bri-atlas-jar-home-XXXXXX)
trap 'rm -rf "$home" "$jhome"' EXIT
java_bin=$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java")
jrun=(env -i "HOME=$jhome" "PATH=/usr/bin:/bin")
if unshare -n true 2>/dev/null; then
  jrun+=(unshare -n)
fi
if command -v strace >/dev/null 2>&1 && strace -f -o /dev/null true 2>/dev/null; then
  jrun+=(strace -f -qq -e signal=none -e trace=connect,sendto,sendmsg,sendmmsg,open,openat -o "$jhome.strace")
fi
# The README's start maps the class-data archive that mvn package made; -Xshare:on makes the JVM fail, not
# start without it, where the archive is missing or was made for other jars.
echo "== the README's class-data archive"
"$java_bin" -Xshare:on -XX:SharedArchiveFile=target/bri-atlas.jsa -XX:TieredStopAtLevel=1 -jar target/bri-atlas.jar \
  help >/dev/null || { echo "check: target/bri-atlas.jsa is missing or does not match target/bri-atlas.jar" >&2; fail=1; }
echo "== java -jar render with an empty home"
"${jrun[@]}" "$java_bin" -Duser.home="$jhome" -jar target/bri-atlas.jar render --view heilongjiang --size 640x400 \
  --out "$jhome/check.png"
[ -s "$jhome/check.png" ] || { echo "check: java -jar render wrote no image" >&2; fail=1; }
stray=$(cd "$jhome" && find . -mindepth 1 \( -path ./.config/bri-atlas -o -path ./.cache/bri-atlas -o -path ./check.png \) -prune \
  -o \( -path ./.config -o -path ./.cache \) -o -print)
if [ -n "$stray" ]; then
  echo "check: java -jar wrote outside .config/bri-atlas and .cache/bri-atlas:" >&2
  echo "$stray" >&2
  fail=1
fi
if [ -f "$jhome.strace" ]; then
  net=$(grep -E '\bsa_family=AF_INET6?\b|"/etc/(hosts|resolv\.conf|host\.conf|gai\.conf)"' "$jhome.strace" || true)
  rm -f "$jhome.strace"
  if [ -n "$net" ]; then
    echo "check: java -jar render used the network or looked a host name up:" >&2
    echo "$net" >&2
    fail=1
  fi
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
