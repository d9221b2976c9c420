using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace StructuredNews.Generators.Tests.Infrastructure
{
    /// <summary>
    /// The sample dataset under TestData/flood (copied to the output folder), given to the generator under stable
    /// virtual paths inside <see cref="GeneratorHarness.ProjectDir"/> so hint names and diagnostics do not depend on
    /// the machine. Texts are read with '\n' line endings whatever the checkout did to them.
    /// </summary>
    public static class SampleData
    {
        public const string SharedYaml = GeneratorHarness.ProjectDir + "TestData/flood/shared.yaml";
        public const string Article101Yaml = GeneratorHarness.ProjectDir + "TestData/flood/articles/101-flood.yaml";
        public const string Article102Yaml = GeneratorHarness.ProjectDir + "TestData/flood/articles/102-aftermath.yaml";
        public const string Article101Text = GeneratorHarness.ProjectDir + "TestData/flood/texts/101_vellmark_flood.txt";
        public const string Article102Text = GeneratorHarness.ProjectDir + "TestData/flood/texts/102_vellmark_aftermath.txt";

        public static IReadOnlyList<InputFile> Files() => new[]
        {
            InputFile.Yaml(SharedYaml, Read("shared.yaml")),
            InputFile.Yaml(Article101Yaml, Read("articles/101-flood.yaml")),
            InputFile.Yaml(Article102Yaml, Read("articles/102-aftermath.yaml")),
            InputFile.Seed(Article101Text, Read("texts/101_vellmark_flood.txt")),
            InputFile.Seed(Article102Text, Read("texts/102_vellmark_aftermath.txt")),
        };

        public static string Text(string virtualPath) => Files().Single(f => f.Path == virtualPath).Text;

        private static string Read(string relative) =>
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "flood", relative)).Replace("\r\n", "\n");
    }
}
