#!/usr/bin/env bash
# `dotnet build` wall time of a dataset project, clean and after touching one YAML file, at N = 1000 and 10000
# synthetic articles, for two projects over the same files:
#   generator   the StructuredNews generator compiles the annotations (like src/StructuredNews.Kazakhstan2022)
#   generator-noclaims   the same with StructuredNewsClaimAccessors=false (no typed figure/statement accessors)
#   embedded    StructuredNewsEnabled=false, no generator; the YAML and texts are EmbeddedResource items
#   split-bound the lower bound of any build split that moves the tables out of the compiler (an MSBuild task
#               compiling YAML into table resources): no generator; generator-noclaims's output (typed accessors
#               of articles, actors, places, topics and events, and the dataset source) compiled as plain sources
#               without the table classes, and the YAML and texts embedded as resources in their stead. A real
#               split adds the task's work on the touched file and a generator reading outlines to write that code.
#   typed       no generator, no YAML: C# source that constructs the same dataset (tools/StructuredNews.Synthetic
#               --typed, one file per article, as a T4 template or hand-run script would write it; the article texts
#               as embedded resources, since as literals they overflow the #US heap); "touching one YAML" touches
#               the first article's source file instead
# "clean" = the project's own bin/ and obj/ emptied (restore kept; the runtime and generator projects stay built),
# with the build server warm from an untimed first build. Prints a markdown table.
#   WORK=dir  SIZES="1000 10000"  VARIANTS="embedded generator"  TIMEOUT=1800 (seconds per build)
#   SHARED=true|false  the compiler server (UseSharedCompilation); default: whatever the environment says
#     (dotnet build uses the server unless told otherwise; this machine's environment sets UseSharedCompilation=false)
#   GENERATOR_CACHE=true  the compiler server keeps each project's generator driver between builds, so a build
#     re-runs only the generator steps whose inputs changed (Roslyn's experimental /features:enable-generator-cache,
#     passed as -p:Features=enable-generator-cache; needs SHARED=true)
#   TOUCHES=3  builds after touching one YAML, each after its own touch; the median is reported
#   FIRST_ONLY="generator-10000" (variant-N pairs that get only the first build: a full series takes too long)
# A build that fails is timed to its failure and marked (e.g. CS8103 when the generated string literals outgrow
# the assembly's 16 MB #US heap).
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-$(mktemp -d /tmp/sn-build.XXXXXX)}
SIZES=${SIZES:-"1000 10000"}
TIMEOUT=${TIMEOUT:-1800}
VARIANTS=${VARIANTS:-"embedded generator"}
FIRST_ONLY=${FIRST_ONLY:-}
TOUCHES=${TOUCHES:-3}
FEATURES=()
[ "${GENERATOR_CACHE:-false}" = true ] && FEATURES=(-p:Features=enable-generator-cache)
mkdir -p "$WORK"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# split-bound's sources: the accessors and dataset source the generator writes without claim accessors, minus the
# table data (the project then embeds the YAML like the embedded one).
write_split_sources() { # dir, corpus
  local dir=$1 corpus=$2
  local source=$WORK/generator-noclaims-$n
  write_project "$source" "$corpus" generator-noclaims
  rm -rf "$dir/generated"
  dotnet build "$source" -c Release -v q -nologo -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$dir/generated" >"$dir/source-build.log" 2>&1
  # Drop each file's table class (a split embeds the tables instead); the dataset's table index then names no
  # class. The project only has to compile: its dataset is never loaded.
  python3 - "$dir/generated" <<'PY'
import pathlib, re, sys
for path in pathlib.Path(sys.argv[1]).rglob("*.cs"):
    text = path.read_text(encoding="utf-8-sig")
    text = re.sub(r"(\n *///[^\n]*)*\n *private static class File_\w+\n *\{\n *internal const string Table = .*;\n *\}\n", "\n", text)
    text = re.sub(r"return typeof\(File_\w+\);", "return typeof(object);", text)
    path.write_text(text, encoding="utf-8")
PY
}

write_project() { # dir, corpus, variant
  local dir=$1 corpus=$2 variant=$3
  mkdir -p "$dir"
  if [[ "$variant" == generator* ]]; then
    local claims=true
    [ "$variant" = generator-noclaims ] && claims=false
    cat > "$dir/Dataset.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>disable</ImplicitUsings>
    <RootNamespace>Synthetic.Data</RootNamespace><StructuredNewsClassName>SyntheticData</StructuredNewsClassName>
    <StructuredNewsAnnotations>$corpus/data/**/*.yaml</StructuredNewsAnnotations>
    <StructuredNewsArticles>$corpus/articles/*.txt</StructuredNewsArticles>
    <StructuredNewsClaimAccessors>$claims</StructuredNewsClaimAccessors>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$REPO/src/StructuredNews/StructuredNews.csproj" />
  </ItemGroup>
  <Import Project="$REPO/generators/StructuredNews.Generators/AsAnalyzer.targets" />
  <Import Project="$REPO/src/StructuredNews/buildTransitive/StructuredNews.targets" />
</Project>
XML
  elif [ "$variant" = typed ]; then
    cat > "$dir/Dataset.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>disable</ImplicitUsings>
    <RootNamespace>Synthetic.Typed</RootNamespace>
    <StructuredNewsEnabled>false</StructuredNewsEnabled>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$REPO/src/StructuredNews/StructuredNews.csproj" />
    <Compile Include="$corpus/typed/**/*.cs" />
    <EmbeddedResource Include="$corpus/articles/*.txt" LogicalName="%(Filename)%(Extension)" />
  </ItemGroup>
  <Import Project="$REPO/src/StructuredNews/buildTransitive/StructuredNews.targets" />
</Project>
XML
  else
    [ "$variant" = split-bound ] && write_split_sources "$dir" "$corpus"
    cat > "$dir/Dataset.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>disable</ImplicitUsings>
    <RootNamespace>Synthetic.Data</RootNamespace>
    <StructuredNewsEnabled>false</StructuredNewsEnabled>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$REPO/src/StructuredNews/StructuredNews.csproj" />
    <EmbeddedResource Include="$corpus/data/**/*.yaml;$corpus/articles/*.txt" LogicalName="%(RecursiveDir)%(Filename)%(Extension)" />
  </ItemGroup>
  <Import Project="$REPO/src/StructuredNews/buildTransitive/StructuredNews.targets" />
</Project>
XML
    printf 'namespace Synthetic.Data\n{\n    public static class Marker\n    {\n    }\n}\n' > "$dir/Marker.cs"
  fi
}

# Seconds taken by a build, or "timeout"/"failed".
timed_build() {
  local dir=$1 start end
  start=$(date +%s.%N)
  local rc=0
  timeout "$TIMEOUT" dotnet build "$dir" --no-restore -c Release -v q -nologo -clp:NoSummary ${SHARED:+-p:UseSharedCompilation=$SHARED} "${FEATURES[@]}" >"$dir/build.log" 2>&1 || rc=$?
  end=$(date +%s.%N)
  local secs
  secs=$(python3 -c "print('%.1f' % ($end - $start))")
  if [ $rc = 0 ]; then
    echo "$secs"
  elif [ $rc = 124 ]; then
    echo "timeout (>${TIMEOUT}s)"
  else
    local code
    code=$(grep -o -m1 'error [A-Z]*[0-9]*' "$dir/build.log" | head -1 | cut -d' ' -f2)
    echo "$secs, fails: ${code:-see build.log}"
  fi
}

clean_outputs() { # keep restore output, drop everything else of this project
  local dir=$1
  rm -rf "$dir/bin"
  find "$dir/obj" -mindepth 1 -maxdepth 1 ! -name 'project.assets.json' ! -name '*.nuget.*' ! -name 'project.nuget.cache' -exec rm -rf {} + 2>/dev/null || true
}

# The median of build times; a failed or timed-out build among them is reported instead.
median() {
  local t
  for t in "$@"; do
    [[ "$t" =~ ^[0-9.]+$ ]] || { echo "$t"; return; }
  done
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

declare -a ROWS
for n in $SIZES; do
  corpus="$WORK/corpus-$n"
  [ -f "$corpus/data/dataset.yaml" ] && [ -f "$corpus/typed/TypedDataset.cs" ] || dotnet run -c Release --project "$REPO/tools/StructuredNews.Synthetic" -- --articles "$n" --seed 1 --output "$corpus" --no-json --typed >&2
  size=$(du -sh "$corpus/data" | cut -f1)
  for variant in $VARIANTS; do
    dir="$WORK/$variant-$n"
    write_project "$dir" "$corpus" "$variant"
    dotnet restore "$dir" -v q >/dev/null
    echo "N=$n $variant: warm-up build..." >&2
    warm=$(timed_build "$dir")
    if [[ " $FIRST_ONLY " == *" $variant-$n "* ]]; then
      dll=$(ls -s --block-size=K "$dir/bin/Release/net10.0/Dataset.dll" 2>/dev/null | cut -d' ' -f1 || echo "?")
      ROWS+=("| $n ($size YAML) | $variant | $warm | not run | not run | not run | $dll |")
      continue
    fi
    clean_outputs "$dir"
    echo "N=$n $variant: clean build..." >&2
    clean=$(timed_build "$dir")
    touches=()
    for i in $(seq "$TOUCHES"); do
      touch "$corpus/data/articles/00001.yaml" "$corpus/typed/Articles/Article00001.cs"
      echo "N=$n $variant: build after touching one YAML ($i of $TOUCHES)..." >&2
      touches+=("$(timed_build "$dir")")
    done
    touched=$(median "${touches[@]}")
    echo "N=$n $variant: no-op build..." >&2
    noop=$(timed_build "$dir")
    dll=$(ls -s --block-size=K "$dir/bin/Release/net10.0/Dataset.dll" 2>/dev/null | cut -d' ' -f1 || echo "?")
    ROWS+=("| $n ($size YAML) | $variant | $warm | $clean | $touched | $noop | $dll |")
  done
done

echo
echo "dotnet build wall time in seconds ($(nproc) cores; compiler server: ${SHARED:-${UseSharedCompilation:-default}}; generator cache: ${GENERATOR_CACHE:-false}; after touching: median of $TOUCHES; projects in $WORK)"
echo
echo "| N | project | first build (warm-up) | clean build | after touching one YAML | no-op | Dataset.dll |"
echo "|---|---|---:|---:|---:|---:|---:|"
printf '%s\n' "${ROWS[@]}"
