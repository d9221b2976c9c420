#!/usr/bin/env bash
# The installed tool's answer time: packs StructuredNews.Tool from this repository into a local feed, installs it with
# --tool-path (the `sn` a user types after `dotnet tool install --global`), and times whole processes with hyperfine:
#   sn --bundled timeline     (issue 20's target: under 0.5 s)
#   sn --bundled --help       (process start and the command tree, no dataset)
#   sn timeline in a project  (the project's annotations built in memory: the Eastport example of the package README)
# side by side in one run. Prints a markdown table of medians (from hyperfine's JSON).
#   WORK=dir (default: a new temp dir)  RUNS=20
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-$(mktemp -d /tmp/sn-tool.XXXXXX)}
RUNS=${RUNS:-20}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
VERSION=0.0.0-startup.$(date +%s)

if ! command -v hyperfine >/dev/null 2>&1; then
  echo "installing hyperfine..." >&2
  apt-get install -y hyperfine >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get install -y hyperfine >/dev/null)
fi

dotnet pack "$REPO/src/StructuredNews.Cli/StructuredNews.Cli.csproj" -c Release -o "$WORK/feed" \
  --artifacts-path "$WORK/artifacts" -p:Version="$VERSION" -nodeReuse:false >/dev/null
dotnet tool install StructuredNews.Tool --version "$VERSION" --tool-path "$WORK/tools" \
  --add-source "$WORK/feed" >/dev/null
SN="$WORK/tools/sn"

# A project with its own annotations: the package README's example (files marked <!-- file: ... -->).
PROJECT="$WORK/eastport"
mkdir -p "$PROJECT/articles"
echo '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><RootNamespace>Eastport.News</RootNamespace></PropertyGroup></Project>' > "$PROJECT/Eastport.News.csproj"
python3 - "$REPO/src/StructuredNews/README.md" "$PROJECT" <<'PY'
import re, sys, os
text = open(sys.argv[1]).read()
for m in re.finditer(r"<!-- file: (\S+) -->\n```[a-z]*\n(.*?)```", text, re.S):
    if m.group(1).endswith((".yaml", ".txt")):
        path = os.path.join(sys.argv[2], m.group(1))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        open(path, "w").write(m.group(2))
PY

"$SN" --bundled timeline >/dev/null 2>&1   # first run: nothing cached by the OS yet
cd "$PROJECT"
hyperfine --style basic --warmup 3 --runs "$RUNS" --export-json "$WORK/startup.json" \
  -n "sn --bundled --help" "$SN --bundled --help" \
  -n "sn --bundled timeline" "$SN --bundled timeline" \
  -n "sn timeline (project, 1 file)" "$SN timeline" >&2
python3 - "$WORK/startup.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
print("| Command | Median [ms] | Min [ms] | Max [ms] | Runs | Ratio to --help |")
print("|:---|---:|---:|---:|---:|---:|")
for r in results:
    print(f"| `{r['command']}` | {r['median']*1000:.1f} | {r['min']*1000:.1f} | {r['max']*1000:.1f} | {len(r['times'])} | {r['median']/base:.2f} |")
PY
