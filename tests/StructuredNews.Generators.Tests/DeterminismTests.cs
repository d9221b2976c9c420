using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;

namespace StructuredNews.Generators.Tests
{
    /// <summary>The output depends on the inputs only: not on their order, nor on the culture of the compiler's thread.</summary>
    public class DeterminismTests
    {
        // The sample plus a file with problems, so diagnostics (their order and wording) are compared as well.
        private static IReadOnlyList<InputFile> Inputs() => SampleData.Files()
            .Append(InputFile.Yaml(GeneratorHarness.ProjectDir + "extra/İnvalid.yaml",
                "topics:\n  - id: istanbul-ice\n    name: I\n    descripton: x\n  - id: istanbul_ice\n    name: J\nfigures:\n  - id: f-i\n    measure: count\n    subject: istanbul-ice\n    value: \"1,5\"\n    qualifier: about\n    low: 1.5\n    high: 2.25\n    unit: people\n    evidence:\n      article: article-101\n      quote: At least 12\n"))
            .ToList();

        private static (IReadOnlyList<GeneratedFile> Sources, IReadOnlyList<string> Diagnostics) Generate(IEnumerable<InputFile> files)
        {
            var run = GeneratorHarness.Run(files);
            return (run.Sources, run.GeneratorDiagnostics.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal).ToList());
        }

        [Fact]
        public void ReversedInputOrderGivesTheSameOutput()
        {
            var forward = Generate(Inputs());
            var reversed = Generate(Inputs().Reverse());
            AssertSame(forward, reversed);
            Assert.NotEmpty(forward.Diagnostics);
        }

        [Fact]
        public void DiagnosticsAreReportedInAStableOrder()
        {
            var forward = GeneratorHarness.Run(Inputs()).GeneratorDiagnostics.Select(d => d.ToString());
            var reversed = GeneratorHarness.Run(Inputs().Reverse()).GeneratorDiagnostics.Select(d => d.ToString());
            Assert.Equal(forward, reversed);
        }

        [Theory]
        [InlineData("tr-TR")]
        [InlineData("ar-SA")]
        [InlineData("de-DE")]
        public void CultureDoesNotChangeTheOutput(string culture)
        {
            var baseline = WithCulture(CultureInfo.InvariantCulture, () => Generate(Inputs()));
            var target = CultureInfo.GetCultureInfo(culture);
            // The control: the culture really differs where a culture-sensitive generator would go wrong.
            switch (culture)
            {
                case "tr-TR":
                    Assert.Equal("İ", "i".ToUpper(target));
                    break;
                case "ar-SA":
                    Assert.IsType<UmAlQuraCalendar>(target.Calendar);
                    break;
                default:
                    Assert.Equal("1,5", 1.5m.ToString(target));
                    break;
            }

            var localized = WithCulture(target, () => Generate(Inputs()));
            AssertSame(baseline, localized);
            Assert.Contains(baseline.Sources, s => s.Text.Contains("F101Injured", StringComparison.Ordinal));
            // Numbers that are not whole are stored as invariant text inside the tables (a string of 5 chars,
            // tagged 2 × 5 + 1 = \v: "61.25"), not as "61,25".
            Assert.Contains(baseline.Sources, s => TableConstant.TextOf(s.Text)?.Contains("\v61.25", StringComparison.Ordinal) == true);
        }

        private static T WithCulture<T>(CultureInfo culture, Func<T> action)
        {
            var (culture0, ui0) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                return action();
            }
            finally
            {
                CultureInfo.CurrentCulture = culture0;
                CultureInfo.CurrentUICulture = ui0;
            }
        }

        private static void AssertSame((IReadOnlyList<GeneratedFile> Sources, IReadOnlyList<string> Diagnostics) expected, (IReadOnlyList<GeneratedFile> Sources, IReadOnlyList<string> Diagnostics) actual)
        {
            Assert.Equal(expected.Sources.Select(s => s.HintName), actual.Sources.Select(s => s.HintName));
            foreach (var (e, a) in expected.Sources.Zip(actual.Sources))
            {
                Assert.True(e.Text == a.Text, e.HintName + " differs:\n" + FirstDifference(e.Text, a.Text));
            }

            Assert.Equal(expected.Diagnostics, actual.Diagnostics);
        }

        private static string FirstDifference(string a, string b)
        {
            var i = 0;
            while (i < a.Length && i < b.Length && a[i] == b[i])
            {
                i++;
            }

            string Around(string s) => s.Substring(Math.Max(0, i - 60), Math.Min(s.Length, i + 60) - Math.Max(0, i - 60));
            return "expected …" + Around(a) + "…\nactual   …" + Around(b) + "…";
        }
    }
}
