#!/usr/bin/env bash
# The compile step alone: csc through the compiler server (as `dotnet build` runs it), timed apart from MSBuild's
# own work, for the projects that build-timings.sh wrote. Shows where a touched build's compile time goes:
#   generator project as is             the generator runs, then its output is compiled (what every build does)
#   ... without the SDK's analyzers      the same minus Microsoft.CodeAnalysis.NetAnalyzers (CA rules)
#   ... generated code as sources        no generator: its last output, written to disk, compiled as plain sources
#   ... same, without the SDK's analyzers
#   embedded project                     the baseline's compile (its YAML as resources)
# Prints a markdown table of medians.
#   WORK=dir (required: build-timings.sh's folder, with both projects built)  N=1000
#   VARIANT=generator-noclaims|generator  RUNS=5
# Paths must not contain spaces (the command line is split on them).
set -euo pipefail

WORK=${WORK:?set WORK to the folder build-timings.sh used}
N=${N:-1000}
VARIANT=${VARIANT:-generator-noclaims}
RUNS=${RUNS:-5}
SDK=$(dotnet --list-sdks | tail -1 | sed -E 's/^([^ ]+) \[(.*)\]$/\2\/\1/')
CSC="$SDK/Roslyn/bincore/csc"
OUT=$WORK/compile-task
mkdir -p "$OUT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The csc arguments of the project's own compile, one per line (touching a YAML file makes the build compile).
arguments() { # project dir, extra build args...
  local dir=$1
  shift
  touch "$WORK/corpus-$N/data/articles/00001.yaml"
  dotnet build "$dir" --no-restore -c Release -nologo -v:d -p:UseSharedCompilation=true "$@" >"$OUT/build.log" 2>&1
  grep -m1 -E "Roslyn/bincore/csc /noconfig .*/out:obj/Release/net10.0/Dataset.dll" "$OUT/build.log" |
    sed -E 's/^.*Roslyn\/bincore\/csc //; s/ \(TaskId:[0-9]+\)$//' | tr ' ' '\n' | grep -v -e '^/noconfig$' -e '^$'
}

generator=$WORK/$VARIANT-$N
embedded=$WORK/embedded-$N
arguments "$generator" -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$OUT/generated" >"$OUT/generator.rsp"
grep -v 'Microsoft.CodeAnalysis.*NetAnalyzers.dll$' "$OUT/generator.rsp" >"$OUT/generator-no-analyzers.rsp"
grep -v 'StructuredNews.Generators.dll$' "$OUT/generator.rsp" >"$OUT/sources.rsp"
find "$OUT/generated" -name '*.cs' | sort >>"$OUT/sources.rsp"
grep -v 'Microsoft.CodeAnalysis.*NetAnalyzers.dll$' "$OUT/sources.rsp" >"$OUT/sources-no-analyzers.rsp"
arguments "$embedded" >"$OUT/embedded.rsp"

# Median seconds of RUNS compiles (after one untimed), run in the project's folder (the arguments are relative to it).
timed() { # dir, rsp
  local dir=$1 rsp=$2 times=() i start
  (cd "$dir" && "$CSC" -shared "@$rsp" >"$OUT/csc.log" 2>&1) || { echo "fails: see $OUT/csc.log"; return; }
  for i in $(seq "$RUNS"); do
    start=$(date +%s.%N)
    (cd "$dir" && "$CSC" -shared "@$rsp" >"$OUT/csc.log" 2>&1)
    times+=("$(python3 -c "print('%.2f' % ($(date +%s.%N) - $start))")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

echo
echo "csc through the compiler server, median of $RUNS after one untimed ($(nproc) cores; N = $N; projects in $WORK)"
echo
echo "| compile | seconds |"
echo "|---|---:|"
echo "| $VARIANT as is (generator runs) | $(timed "$generator" "$OUT/generator.rsp") |"
echo "| $VARIANT without the SDK's analyzers | $(timed "$generator" "$OUT/generator-no-analyzers.rsp") |"
echo "| $VARIANT's generated code as sources, no generator | $(timed "$generator" "$OUT/sources.rsp") |"
echo "| same, without the SDK's analyzers | $(timed "$generator" "$OUT/sources-no-analyzers.rsp") |"
echo "| embedded (YAML as resources) | $(timed "$embedded" "$OUT/embedded.rsp") |"
