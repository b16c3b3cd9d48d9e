#!/usr/bin/env bash
# Builds the installers from a clean clone: a Linux app-image and a .deb, each with its own Java
# runtime (JDK modules plus JavaFX), so the atlas runs on machines with no Java and no network.
#
#   src/packaging/package.sh            -> target/jpackage/bri-atlas/ (app-image) and target/jpackage/*.deb
#
# The jpackage options live in jpackage.cfg at the top of the repository. jpackage refuses options that
# do not apply to a type, so this script splits the file: the --linux-* and --license-file lines go to
# the .deb only, the launcher lines (--main-*, --java-options) to the app-image only; it adds what is
# computed here (runtime, input jars, the version from pom.xml).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"

jdk_bin="${JAVA_HOME:+$JAVA_HOME/bin/}"
missing=()
for tool in jlink jpackage; do
  command -v "${jdk_bin}${tool}" >/dev/null 2>&1 || missing+=("$tool (a full JDK 17+: apt-get install openjdk-17-jdk-headless)")
done
[ -d "$(dirname "$(readlink -f "$(command -v "${jdk_bin}jlink" 2>/dev/null || echo /nonexistent)")")/../jmods" ] \
  || missing+=("the JDK's jmods folder (apt-get install openjdk-17-jdk-headless)")
command -v mvn >/dev/null 2>&1 || missing+=("mvn (apt-get install maven)")
for tool in fakeroot dpkg-deb; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool (apt-get install $([ $tool = fakeroot ] && echo fakeroot || echo dpkg))")
done
command -v unzip >/dev/null 2>&1 || missing+=("unzip (apt-get install unzip)")
if [ ${#missing[@]} -gt 0 ]; then
  echo "package.sh: cannot build the installers; missing:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 1
fi

# The project version: the first <version> of pom.xml is the project's own (there is no parent POM).
version=$(sed -n 's:.*<version>\([^<]*\)</version>.*:\1:p' pom.xml | head -1)
echo "== bri-atlas $version"

mvn -B -q -ntp package -DskipTests

out=target/jpackage
rm -rf "$out"
mkdir -p "$out/input"

echo "== runtime (JDK modules and JavaFX)"
fx_jars=$(ls target/lib/javafx-*-linux.jar | paste -sd: -)
"${jdk_bin}jlink" --module-path "$fx_jars" \
  --add-modules java.base,java.desktop,java.logging,java.management,java.sql,java.xml,jdk.unsupported,jdk.localedata,javafx.base,javafx.graphics,javafx.controls \
  --include-locales en,zh,ru \
  --strip-debug --no-header-files --no-man-pages --compress=0 --generate-cds-archive \
  --output "$out/runtime"
# JavaFX's native libraries go into the runtime itself; otherwise JavaFX unpacks them into the
# user's home folder on first start.
unzip -q -j -o target/lib/javafx-graphics-*-linux.jar '*.so' -d "$out/runtime/lib"
# Java2D's logical fonts map to the bundled Noto Sans (see fontconfig.properties, the same file a start from
# the jar writes into the cache folder), so the runtime never writes a fontconfig cache into the user's home
# folder and never looks the host name up for that cache's name. jpackage.cfg names it with -Dsun.awt.fontconfig.
mkdir -p "$out/runtime/lib/fonts"
cp src/main/resources/org/briatlas/fonts/NotoSans-*.ttf src/main/resources/org/briatlas/fonts/OFL.txt "$out/runtime/lib/fonts/"
cp src/main/resources/org/briatlas/fonts/fontconfig.properties "$out/runtime/lib/fontconfig.properties"

echo "== application jars"
cp target/bri-atlas.jar "$out/input/"
for jar in target/lib/*.jar; do
  # JavaFX is in the runtime as modules; Monocle (for the README start's archive) cannot join them there.
  case "$(basename "$jar")" in javafx-*|openjfx-monocle-*) ;; *) cp "$jar" "$out/input/" ;; esac
done

grep -v -E '^--(linux-|license-file|resource-dir)' jpackage.cfg > "$out/app-image.cfg"
grep -v -E '^--(main-jar|main-class|java-options)' jpackage.cfg > "$out/deb.cfg"

echo "== app-image"
"${jdk_bin}jpackage" @"$out/app-image.cfg" --type app-image --app-version "$version" \
  --runtime-image "$out/runtime" --input "$out/input" --dest "$out"

echo "== launcher (starts the bundled runtime itself; see src/packaging/launcher.sh)"
cfg="$out/bri-atlas/lib/app/bri-atlas.cfg"
[ -f "$cfg" ] || { echo "package.sh: jpackage wrote no $cfg" >&2; exit 1; }
launcher_cp=$(sed -n 's/^app\.classpath=\$APPDIR/$app/p' "$cfg" | paste -sd: -)
launcher_opts=$(sed -n 's/^java-options=\(.*\)$/"\1"/p' "$cfg" | sed 's/\$APPDIR/$app/g' | paste -sd' ' -)
build="$version-$(sha256sum "$out/bri-atlas/lib/app/bri-atlas.jar" | cut -c1-12)"
[ -n "$launcher_cp" ] && [ -n "$launcher_opts" ] || { echo "package.sh: no class path or options in $cfg" >&2; exit 1; }
awk -v cp="$launcher_cp" -v opts="$launcher_opts" -v build="$build" '
  { gsub(/@CLASSPATH@/, cp); gsub(/@JAVA_OPTIONS@/, opts); gsub(/@BUILD@/, build); print }' \
  src/packaging/launcher.sh > "$out/bri-atlas/bin/bri-atlas.new"
! grep -q '@[A-Z_]*@' "$out/bri-atlas/bin/bri-atlas.new" || { echo "package.sh: launcher placeholders left" >&2; exit 1; }
chmod 755 "$out/bri-atlas/bin/bri-atlas.new"
mv -f "$out/bri-atlas/bin/bri-atlas.new" "$out/bri-atlas/bin/bri-atlas"
# jpackage's launcher library is used by its launcher only.
rm -f "$out/bri-atlas/lib/libapplauncher.so"

echo "== .deb"
"${jdk_bin}jpackage" @"$out/deb.cfg" --type deb --app-version "$version" \
  --app-image "$out/bri-atlas" --dest "$out"

du -sh "$out/bri-atlas" | awk '{print "app-image size: " $1}'
ls -l "$out"/*.deb | awk '{printf "deb size: %.1f MB (%s)\n", $5/1048576, $NF}'
