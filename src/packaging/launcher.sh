#!/bin/sh
# The installed atlas's launcher, bin/bri-atlas of the app-image and /opt/bri-atlas/bin/bri-atlas of the .deb.
# src/packaging/package.sh fills in the @...@ parts from the launcher configuration jpackage wrote
# (lib/app/bri-atlas.cfg: its class path and Java options, in its order) and puts this file in place of
# jpackage's own launcher, which asks rpm and dpkg which package owns it at every start (about 140 ms).
#
# It starts the bundled runtime directly. The first plain start (no arguments, as from the desktop menu)
# also has the JVM write the classes it loaded into a class-data archive (AppCDS) in the user's cache
# folder when the atlas ends; every later start maps them from it, which takes about 300 ms off the window
# being shown. The archive is named after this build, so an upgrade makes a new one and removes the old;
# it is kept only when the session ended normally, under a temporary name until then. A JVM that cannot
# use it (deleted, or made by another build) starts without it; delete it to have it made again.
set -u

self=$(readlink -f -- "$0" 2>/dev/null) || self=$0
root=${self%/bin/*}
app="$root/lib/app"
java="$root/lib/runtime/bin/java"
build='@BUILD@'
plain_start=$(( $# == 0 ))

set -- -cp "@CLASSPATH@" org.briatlas.app.Launcher "$@"
set -- @JAVA_OPTIONS@ "-Djpackage.app-path=$self" "$@"
# The archive's own warnings (a class it skips, a stale archive) would go to standard output, which the
# headless commands print their results on.
set -- -Xlog:cds=off -Xlog:cds+dynamic=off "$@"

case "${XDG_CACHE_HOME:-}" in
  /*) cache="$XDG_CACHE_HOME/bri-atlas" ;;
  *) cache="${HOME:-/nonexistent}/.cache/bri-atlas" ;;
esac
archive="$cache/classes-$build.jsa"

if [ -f "$archive" ]; then
  exec "$java" "-XX:SharedArchiveFile=$archive" "$@"
fi
if [ "$plain_start" -eq 1 ] && mkdir -p -- "$cache" 2>/dev/null && [ -w "$cache" ]; then
  # Archives of other builds go; this build's is written at exit under a name of this start's own.
  for old in "$cache"/classes-*.jsa "$cache"/classes-*.jsa.part-*; do
    [ -e "$old" ] && rm -f -- "$old"
  done
  part="$archive.part-$$"
  "$java" "-XX:ArchiveClassesAtExit=$part" "$@"
  status=$?
  if [ "$status" -eq 0 ] && [ -s "$part" ]; then
    mv -f -- "$part" "$archive"
  else
    rm -f -- "$part"
  fi
  exit "$status"
fi
exec "$java" "$@"
