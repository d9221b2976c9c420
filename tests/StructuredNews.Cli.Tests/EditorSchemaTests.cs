using System.IO;
using System.Reflection;
using StructuredNews.Cli.Annotations;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class EditorSchemaTests
    {
        private static readonly string Docs = Path.Combine(Repo.Root, "docs", EditorSchema.FileName);

        [Fact]
        public void WithoutARestoredPackageTheCopyThatComesWithSnIsUsed()
        {
            var located = EditorSchema.Locate(Repo.TempDirectory());

            Assert.Equal(Path.Combine(System.AppContext.BaseDirectory, EditorSchema.FileName), located);
            Assert.Equal(File.ReadAllText(Docs), File.ReadAllText(located));
        }

        [Fact]
        public void TheRestoredPackageOfSnsOwnVersionComesFirst()
        {
            var packages = Repo.TempDirectory();
            var own = typeof(NewsDataset).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0].ToLowerInvariant();
            var mine = Place(packages, own);
            Place(packages, "99.0.0");

            Assert.Equal(mine, EditorSchema.Locate(packages));
        }

        [Fact]
        public void OtherwiseTheNewestRestoredPackage()
        {
            var packages = Repo.TempDirectory();
            Place(packages, "0.9.0");
            var newest = Place(packages, "0.10.0");

            Assert.Equal(newest, EditorSchema.Locate(packages));
        }

        [Fact]
        public void NewArticleStartsWithTheModelineRelativeToTheFile()
        {
            var dir = Repo.TempDirectory();
            var text = Path.Combine(dir, "a.txt");
            File.WriteAllText(text, "Nothing happened.");

            var result = Sn.Run("new", "article", text, "--output", Path.Combine(dir, "sub", "..", "a.news.yaml"));

            Assert.Equal(0, result.ExitCode);
            var first = File.ReadAllLines(Path.Combine(dir, "a.news.yaml"))[0];
            Assert.StartsWith("# yaml-language-server: $schema=", first);
            var schema = Path.GetFullPath(Path.Combine(dir, first.Substring("# yaml-language-server: $schema=".Length)));
            Assert.True(File.Exists(schema), schema);
            Assert.EndsWith(EditorSchema.FileName, schema);
        }

        private static string Place(string packages, string version)
        {
            var path = Path.Combine(packages, "structurednews", version, "schema", EditorSchema.FileName);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "{}");
            return path;
        }
    }
}
