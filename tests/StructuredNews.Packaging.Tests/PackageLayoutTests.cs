using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using StructuredNews.Packaging.Tests.Infrastructure;
using Xunit;

namespace StructuredNews.Packaging.Tests
{
    /// <summary>What is inside the packages: the runtime for both frameworks, the generator with YamlDotNet as an analyzer, the MSBuild glue, and the metadata.</summary>
    [Collection(PackageFeedCollection.Name)]
    public sealed class PackageLayoutTests
    {
        private readonly PackageFeed feed;

        public PackageLayoutTests(PackageFeed feed)
        {
            this.feed = feed;
        }

        [Fact]
        public void RuntimePackageCarriesRuntimeGeneratorAndBuildFiles()
        {
            using var package = ZipFile.OpenRead(feed.Package("StructuredNews"));
            var entries = package.Entries.Select(e => e.FullName).ToList();

            Assert.Contains("lib/netstandard2.0/StructuredNews.dll", entries);
            Assert.Contains("lib/net8.0/StructuredNews.dll", entries);
            Assert.Contains("lib/netstandard2.0/StructuredNews.xml", entries);
            Assert.Contains("analyzers/dotnet/cs/StructuredNews.Generators.dll", entries);
            // What the compiler loads next to the generator: the engine, the runtime the engine takes the vocabulary from, YamlDotNet.
            Assert.Contains("analyzers/dotnet/cs/StructuredNews.Annotations.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/StructuredNews.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
            Assert.Contains("buildTransitive/StructuredNews.targets", entries);
            Assert.Contains("README.md", entries);
            // The generator is no runtime assembly of the consumer, and nothing else rides along.
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && (e.Contains("Generators") || e.Contains("YamlDotNet")));
            Assert.Equal(4, entries.Count(e => e.StartsWith("analyzers/", StringComparison.Ordinal)));

            var metadata = Nuspec(package);
            Assert.Equal("StructuredNews", Value(metadata, "id"));
            Assert.Equal(feed.Version, Value(metadata, "version"));
            Assert.Equal("MIT", Value(metadata, "license"));
            Assert.Equal("expression", metadata.Element(metadata.Name.Namespace + "license")!.Attribute("type")!.Value);
            Assert.Equal("README.md", Value(metadata, "readme"));
            Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "description")));
            Assert.Contains("source-generator", Value(metadata, "tags"), StringComparison.Ordinal);
            Assert.Equal("https://github.com/structurednews/structurednews", metadata.Element(metadata.Name.Namespace + "repository")!.Attribute("url")!.Value);
            // YamlDotNet and Roslyn are generation-time only. The one dependency: System.Memory on netstandard2.0,
            // for the ReadOnlySpan<byte> through which generated datasets hand out their tables.
            var dependency = Assert.Single(metadata.Descendants(metadata.Name.Namespace + "dependency"));
            Assert.Equal("System.Memory", dependency.Attribute("id")!.Value);
            Assert.Equal(".NETStandard2.0", dependency.Parent!.Attribute("targetFramework")!.Value);

            Assert.True(File.Exists(Path.ChangeExtension(feed.Package("StructuredNews"), ".snupkg")), "symbols package");
        }

        [Fact]
        public void DatasetPackageDependsOnTheRuntimePackageOfTheSameVersion()
        {
            using var package = ZipFile.OpenRead(feed.Package("StructuredNews.Kazakhstan2022"));
            var entries = package.Entries.Select(e => e.FullName).ToList();

            Assert.Contains("lib/netstandard2.0/StructuredNews.Kazakhstan2022.dll", entries);
            Assert.Contains("lib/net8.0/StructuredNews.Kazakhstan2022.dll", entries);
            Assert.Contains("README.md", entries);
            Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal) || e.EndsWith("StructuredNews.dll", StringComparison.Ordinal));

            var metadata = Nuspec(package);
            Assert.Equal("MIT", Value(metadata, "license"));
            var dependencies = metadata.Descendants(metadata.Name.Namespace + "dependency").ToList();
            Assert.NotEmpty(dependencies);
            Assert.All(dependencies, d =>
            {
                Assert.Equal("StructuredNews", d.Attribute("id")!.Value);
                Assert.Equal(feed.Version, d.Attribute("version")!.Value);
                // All assets flow: consumers get StructuredNews' buildTransitive targets and generator too.
                Assert.Null(d.Attribute("exclude"));
            });
            Assert.Equal(2, metadata.Descendants(metadata.Name.Namespace + "group").Count());
        }

        private static XElement Nuspec(ZipArchive package)
        {
            var entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
            using var stream = entry.Open();
            var document = XDocument.Load(stream);
            return document.Root!.Element(document.Root.Name.Namespace + "metadata")!;
        }

        private static string Value(XElement metadata, string name) => metadata.Element(metadata.Name.Namespace + name)?.Value ?? "";
    }
}
