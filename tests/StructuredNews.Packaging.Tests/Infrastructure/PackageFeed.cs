using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace StructuredNews.Packaging.Tests.Infrastructure
{
    /// <summary>
    /// A scratch folder outside the repository, set up like a new user's machine: a local feed holding freshly packed
    /// StructuredNews packages with a version no cache has seen, a NuGet.config that takes StructuredNews packages only
    /// from that feed (and their dependencies from nuget.org or this machine's packages), its own global packages folder, and empty Directory.Build.props / Directory.Packages.props files that stop MSBuild
    /// from looking further up. Each package is packed on first use, so a dataset that does not build fails only the
    /// tests that need it.
    /// </summary>
    public sealed class PackageFeed : IDisposable
    {
        public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(4);

        private readonly Dictionary<string, Lazy<CommandResult>> packs = new Dictionary<string, Lazy<CommandResult>>(StringComparer.Ordinal);

        public PackageFeed()
        {
            Version = "0.1.0-e2e." + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
            Root = Path.Combine(Path.GetTempPath(), "structurednews-e2e-" + Guid.NewGuid().ToString("N").Substring(0, 12));
            FeedDirectory = Path.Combine(Root, "feed");
            PackagesDirectory = Path.Combine(Root, "packages");
            ArtifactsDirectory = Path.Combine(Root, "artifacts");
            Directory.CreateDirectory(FeedDirectory);
            Directory.CreateDirectory(PackagesDirectory);
            if (Root.StartsWith(Repo.Root, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("The scratch folder must lie outside the repository: " + Root);
            }

            // Stop MSBuild's upward search for these files here (the temp folder's parents are not ours either).
            File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
            File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");
            // Our packages come only from the local feed (packageSourceMapping); their dependencies (CsvHelper,
            // Parquet.Net, ...) from nuget.org as on a user's machine, or from the packages this machine already
            // restored for the repository (a fallback folder: no download when they are there).
            File.WriteAllText(Path.Combine(Root, "NuGet.config"),
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
                "<configuration>\n" +
                "  <config>\n" +
                "    <add key=\"globalPackagesFolder\" value=\"" + PackagesDirectory + "\" />\n" +
                "  </config>\n" +
                "  <packageSources>\n" +
                "    <clear />\n" +
                "    <add key=\"e2e\" value=\"" + FeedDirectory + "\" />\n" +
                "    <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" protocolVersion=\"3\" />\n" +
                "  </packageSources>\n" +
                "  <packageSourceMapping>\n" +
                "    <packageSource key=\"e2e\">\n" +
                "      <package pattern=\"StructuredNews\" />\n" +
                "      <package pattern=\"StructuredNews.*\" />\n" +
                "    </packageSource>\n" +
                "    <packageSource key=\"nuget.org\">\n" +
                "      <package pattern=\"*\" />\n" +
                "    </packageSource>\n" +
                "  </packageSourceMapping>\n" +
                "  <fallbackPackageFolders>\n" +
                "    <clear />\n" +
                "    <add key=\"machine\" value=\"" + MachinePackagesDirectory() + "\" />\n" +
                "  </fallbackPackageFolders>\n" +
                "</configuration>\n");

            packs["StructuredNews"] = new Lazy<CommandResult>(() => Pack("src/StructuredNews/StructuredNews.csproj"));
            packs["StructuredNews.Kazakhstan2022"] = new Lazy<CommandResult>(() => Pack("src/StructuredNews.Kazakhstan2022/StructuredNews.Kazakhstan2022.csproj"));
            packs["StructuredNews.Export"] = new Lazy<CommandResult>(() => Pack("src/StructuredNews.Export/StructuredNews.Export.csproj"));
            packs["StructuredNews.Tool"] = new Lazy<CommandResult>(() => Pack("src/StructuredNews.Cli/StructuredNews.Cli.csproj"));
        }

        /// <summary>The global packages folder the repository's own restore used.</summary>
        private static string MachinePackagesDirectory() =>
            Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
                ? folder
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

        /// <summary>The prerelease version of this run's packages.</summary>
        public string Version { get; }

        public string Root { get; }

        public string FeedDirectory { get; }

        public string PackagesDirectory { get; }

        /// <summary>bin/ and obj/ of the packed repository projects (so the repository's own bin/ and obj/ are left alone).</summary>
        public string ArtifactsDirectory { get; }

        /// <summary>What a user's project build runs with: the scratch packages folder, whatever the environment says.</summary>
        public IReadOnlyDictionary<string, string> UserEnvironment => new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = PackagesDirectory,
        };

        /// <summary>Packs the package (once) and returns the path of its .nupkg; fails the test with the build output when packing fails.</summary>
        public string Package(string id)
        {
            var result = packs[id].Value;
            var path = Path.Combine(FeedDirectory, id + "." + Version + ".nupkg");
            if (result.ExitCode != 0 || !File.Exists(path))
            {
                throw new Xunit.Sdk.XunitException("Packing " + id + " failed:\n" + result.Describe());
            }

            return path;
        }

        /// <summary>Runs dotnet in a folder of the scratch area, as a user would.</summary>
        public CommandResult Run(string workingDirectory, params string[] arguments) =>
            DotNet.Run(workingDirectory, UserEnvironment, CommandTimeout, arguments);

        /// <summary>A new folder under the scratch root.</summary>
        public string NewDirectory(string name)
        {
            var path = Path.Combine(Root, name);
            Directory.CreateDirectory(path);
            return path;
        }

        private CommandResult Pack(string project)
        {
            // The working directory is outside the repository (no global.json or Directory.*.props of the repository
            // apply to the user projects); the packed projects themselves build with the repository's settings.
            return DotNet.Run(Root, null, CommandTimeout,
                "pack", Repo.PathOf(project.Split('/')),
                "-c", "Release",
                "-o", FeedDirectory,
                "--artifacts-path", ArtifactsDirectory,
                "-p:Version=" + Version,
                "-nodeReuse:false");
        }

        public void Dispose()
        {
            if (Environment.GetEnvironmentVariable("SN_E2E_KEEP") == "1")
            {
                return;
            }

            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    [Xunit.CollectionDefinition(Name)]
    public sealed class PackageFeedCollection : Xunit.ICollectionFixture<PackageFeed>
    {
        public const string Name = "package feed";
    }
}
