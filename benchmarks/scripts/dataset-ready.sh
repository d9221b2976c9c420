#!/usr/bin/env bash
# Fresh-process "dataset ready": one tiny console app per variant starts, loads the dataset, answers the two
# queries (an alias resolution, figures by measure) and prints the milliseconds since its process started.
#   generated   the dataset compiled by the StructuredNews generator (Kazakhstan2022 / a synthetic project)
#   yaml        YamlDotNet: the annotation YAML read from disk into POCOs, plus lookups
#   json        System.Text.Json (source-generated context): the JSON export read from disk, plus lookups
# at N = 5 (the bundled kazakhstan-2022 data) and N = 1000 (synthetic, seed 1). Whole-process wall time comes from
# hyperfine (installed with apt-get when missing). Prints markdown tables.
#   WORK=dir (default: a new temp dir)  SIZES="5 1000"  RUNS=10
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-$(mktemp -d /tmp/sn-ready.XXXXXX)}
SIZES=${SIZES:-"5 1000"}
RUNS=${RUNS:-10}
BASELINES="$REPO/benchmarks/StructuredNews.Benchmarks/Baselines"
mkdir -p "$WORK"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v hyperfine >/dev/null 2>&1; then
  echo "installing hyperfine..." >&2
  (apt-get install -y hyperfine >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get install -y hyperfine >/dev/null)) || echo "hyperfine unavailable: only in-process times" >&2
fi

# --- the apps -------------------------------------------------------------------------------------------------

write_generated_app() { # dir, name, corpus dir or "kz"
  local dir=$1 corpus=$3
  mkdir -p "$dir"
  if [ "$corpus" = kz ]; then
    cat > "$dir/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>disable</ImplicitUsings></PropertyGroup>
  <ItemGroup><ProjectReference Include="$REPO/src/StructuredNews.Kazakhstan2022/StructuredNews.Kazakhstan2022.csproj" /></ItemGroup>
</Project>
XML
    local dataset="StructuredNews.Kazakhstan2022.Kazakhstan2022.Dataset"
  else
    cat > "$dir/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>disable</ImplicitUsings>
    <StructuredNewsNamespace>Synthetic.Data</StructuredNewsNamespace><StructuredNewsClassName>SyntheticData</StructuredNewsClassName>
    <StructuredNewsXmlDocs>false</StructuredNewsXmlDocs>
    <StructuredNewsAnnotations>$corpus/data/**/*.yaml</StructuredNewsAnnotations>
    <StructuredNewsArticles>$corpus/articles/*.txt</StructuredNewsArticles>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$REPO/src/StructuredNews/StructuredNews.csproj" />
  </ItemGroup>
  <Import Project="$REPO/generators/StructuredNews.Generators/AsAnalyzer.targets" />
  <Import Project="$REPO/src/StructuredNews/buildTransitive/StructuredNews.targets" />
</Project>
XML
    local dataset="Synthetic.Data.SyntheticData.Dataset"
  fi
  cat > "$dir/Program.cs" <<CS
using System;
using System.Diagnostics;
using StructuredNews;

public static class Program
{
    public static void Main(string[] args)
    {
        NewsDataset ds = $dataset;
        var hit = ds.Resolve(args[0]);
        var killed = ds.Figures.About(Measure.Killed).Count;
        Console.WriteLine(FormattableString.Invariant(\$"{SinceStart():0} ms {hit?.Id} {killed}"));
    }

    // Milliseconds since the process started: /proc/self/stat's start time (clock ticks since boot, 100 Hz) against
    // Environment.TickCount64 (ms since boot); Process.StartTime is off by up to a second on Linux (btime has 1 s resolution).
    private static double SinceStart()
    {
        try
        {
            var stat = System.IO.File.ReadAllText("/proc/self/stat");
            var fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
            return Environment.TickCount64 - (long.Parse(fields[19], System.Globalization.CultureInfo.InvariantCulture) * 10.0);
        }
        catch (Exception)
        {
            return (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
        }
    }
}
CS
}

write_baseline_app() { # dir
  local dir=$1
  mkdir -p "$dir"
  cat > "$dir/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>disable</ImplicitUsings><NoWarn>CS1591</NoWarn></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="YamlDotNet" Version="16.3.0" />
    <ProjectReference Include="$REPO/src/StructuredNews/StructuredNews.csproj" />
    <Compile Include="$BASELINES/*.cs" />
  </ItemGroup>
</Project>
XML
  cat > "$dir/Program.cs" <<'CS'
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using StructuredNews.Benchmarks.Baselines;

public static class Program
{
    // baseline yaml DIR QUERY | baseline json FILE QUERY
    public static void Main(string[] args)
    {
        var answer = args[0] == "yaml" ? Yaml(args[1], args[2]) : Json(args[1], args[2]);
        Console.WriteLine(FormattableString.Invariant($"{SinceStart():0} ms {answer.ResolvedId} {answer.FiguresAboutMeasure}"));
    }

    // As in the generated app: /proc/self/stat start time (100 Hz ticks since boot) against Environment.TickCount64.
    private static double SinceStart()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
            return Environment.TickCount64 - (long.Parse(fields[19], System.Globalization.CultureInfo.InvariantCulture) * 10.0);
        }
        catch (Exception)
        {
            return (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static FirstAnswers Yaml(string dir, string query)
    {
        var files = Directory.EnumerateFiles(dir, "*.yaml", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText);
        var index = YamlLoader.Load(files);
        return new FirstAnswers(index.Resolve(query)?.Id, index.CountAbout("killed"));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static FirstAnswers Json(string file, string query)
    {
        var index = JsonLoader.Load(File.ReadAllBytes(file));
        return new FirstAnswers(JsonLoader.IdOf(index.Resolve(query)), index.CountAbout("killed"));
    }
}
CS
}

# No -o: it would redirect the referenced (multi-targeted) repository projects too.
build() { dotnet build -c Release "$1" -v q -nologo -clp:NoSummary >"$1/build.log" 2>&1 || { echo "build of $1 failed:" >&2; tail -20 "$1/build.log" >&2; exit 1; }; }

write_baseline_app "$WORK/baseline"
build "$WORK/baseline"

declare -a ROWS
for n in $SIZES; do
  if [ "$n" = 5 ]; then
    corpus=kz
    yamldir="$REPO/data/kazakhstan-2022"
    json="$WORK/kazakhstan-2022.json"
    [ -f "$json" ] || dotnet run -c Release --project "$REPO/benchmarks/StructuredNews.Benchmarks" -- --kazakhstan-json "$json" >/dev/null
    query="ALICHAN smajylow"
  else
    corpus="$WORK/corpus-$n"
    [ -f "$corpus/export.json" ] || dotnet run -c Release --project "$REPO/tools/StructuredNews.Synthetic" -- --articles "$n" --seed 1 --output "$corpus" >&2
    yamldir="$corpus/data"
    json="$corpus/export.json"
    # The first actor of the pool, upper-cased: resolution folds case (and accents).
    query=$(grep -m1 '^    name: ' "$corpus/data/actors.yaml" | sed 's/^    name: "\(.*\)"$/\1/' | tr '[:lower:]' '[:upper:]')
  fi
  write_generated_app "$WORK/generated-$n" "generated-$n" "$corpus"
  echo "building generated-$n..." >&2
  generated_ok=1
  dotnet build -c Release "$WORK/generated-$n" -v q -nologo -clp:NoSummary >"$WORK/generated-$n/build.log" 2>&1 || generated_ok=0

  declare -A CMD=(
    [generated]="$WORK/generated-$n/bin/Release/net10.0/App '$query'"
    [yaml]="$WORK/baseline/bin/Release/net10.0/App yaml '$yamldir' '$query'"
    [json]="$WORK/baseline/bin/Release/net10.0/App json '$json' '$query'"
  )
  for variant in generated yaml json; do
    if [ "$variant" = generated ] && [ $generated_ok = 0 ]; then
      code=$(grep -o -m1 'error [A-Z]*[0-9]*' "$WORK/generated-$n/build.log" | head -1 | cut -d' ' -f2)
      ROWS+=("| $n | $variant | does not build (${code:-see $WORK/generated-$n/build.log}) | | |")
      continue
    fi
    # In-process: the app's own "ms since process start", median of RUNS runs.
    inproc=$(for _ in $(seq "$RUNS"); do eval "${CMD[$variant]}"; done | awk '{print $1}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    answer=$(eval "${CMD[$variant]}" | cut -d' ' -f3-)
    whole="n/a"
    if command -v hyperfine >/dev/null 2>&1; then
      hyperfine -N --warmup 2 --runs "$RUNS" --export-json "$WORK/hf-$variant-$n.json" "${CMD[$variant]}" >/dev/null 2>&1 || true
      whole=$(python3 -c "import json,sys; r=json.load(open('$WORK/hf-$variant-$n.json'))['results'][0]; print('%.1f ± %.1f' % (r['median']*1000, r['stddev']*1000))" 2>/dev/null || echo n/a)
    fi
    ROWS+=("| $n | $variant | $inproc | $whole | $answer |")
  done
done

echo
echo "Fresh process, dataset ready ($RUNS runs; $(nproc) cores; apps in $WORK)"
echo
echo "| N | variant | ms since process start (median) | whole process, hyperfine (median ± sd, ms) | answers (resolved id, killed figures) |"
echo "|---:|---|---:|---:|---|"
printf '%s\n' "${ROWS[@]}"
