using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;

namespace StructuredNews.Generators.Tests.HostileInput
{
    /// <summary>
    /// The real dataset gives byte-identical sources and identical diagnostics whatever the culture of the
    /// compiler's thread and whatever the order of the inputs.
    /// </summary>
    public class CultureDeterminismTests
    {
        private static readonly Lazy<Output> Baseline = new Lazy<Output>(() => WithCulture(CultureInfo.InvariantCulture, () => Generate(HostileSupport.RealData)));

        public static IEnumerable<object[]> Cultures() =>
            new[] { "", "tr-TR", "sv-SE", "ar-SA", "th-TH", "custom" }.Select(c => new object[] { c });

        [Theory]
        [MemberData(nameof(Cultures))]
        public void SourcesAreByteIdenticalUnderCulture(string name)
        {
            var culture = Culture(name);
            var output = WithCulture(culture, () => Generate(HostileSupport.RealData));
            AssertSame(Baseline.Value, output, "culture '" + name + "'");
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void SourcesAreByteIdenticalForShuffledInputs(int seed)
        {
            var random = new Random(seed);
            var shuffled = HostileSupport.RealData.OrderBy(_ => random.Next()).ToList();
            Assert.NotEqual(HostileSupport.RealData.Select(f => f.Path), shuffled.Select(f => f.Path));
            var output = WithCulture(CultureInfo.InvariantCulture, () => Generate(shuffled));
            AssertSame(Baseline.Value, output, "shuffle " + seed);
        }

        private static CultureInfo Culture(string name)
        {
            if (name != "custom")
            {
                var culture = CultureInfo.GetCultureInfo(name);
                // Controls: the cultures really differ where a culture-sensitive generator would go wrong.
                switch (name)
                {
                    case "tr-TR": Assert.Equal("İ", "i".ToUpper(culture)); break;
                    case "sv-SE": Assert.Equal("\u22121", (-1).ToString(culture)); break;
                    case "ar-SA": Assert.IsType<UmAlQuraCalendar>(culture.Calendar); break;
                    case "th-TH": Assert.IsType<ThaiBuddhistCalendar>(culture.Calendar); break;
                }

                return culture;
            }

            var custom = (CultureInfo)CultureInfo.GetCultureInfo("en-US").Clone();
            custom.NumberFormat.NegativeSign = "\u2212";
            custom.NumberFormat.NumberDecimalSeparator = "\u066B";
            custom.NumberFormat.NumberGroupSeparator = "\u00A0";
            custom.NumberFormat.PositiveSign = "\u2795";
            custom.DateTimeFormat.ShortDatePattern = "dd'|'yyyy'|'MM";
            custom.DateTimeFormat.LongDatePattern = "yyyy'年'MM'月'dd'日' dddd";
            custom.DateTimeFormat.DateSeparator = "|";
            Assert.Equal("\u22121\u066B5", (-1.5m).ToString(custom));
            Assert.Equal("05|2022|01", new DateTime(2022, 1, 5).ToString("d", custom));
            return custom;
        }

        private sealed record Output(IReadOnlyList<GeneratedFile> Sources, IReadOnlyList<string> Diagnostics);

        private static Output Generate(IReadOnlyList<InputFile> files)
        {
            var run = HostileSupport.Run(files);
            Assert.Null(HostileSupport.GeneratorFailure(run.Result, run.DriverDiagnostics));
            return new Output(run.Sources, run.GeneratorDiagnostics
                .Select(d => d.Id + " " + d.Severity + " " + d.Location.GetLineSpan() + " " + d.GetMessage(CultureInfo.InvariantCulture))
                .ToList());
        }

        private static void AssertSame(Output expected, Output actual, string what)
        {
            Assert.Equal(expected.Sources.Select(s => s.HintName), actual.Sources.Select(s => s.HintName));
            foreach (var (e, a) in expected.Sources.Zip(actual.Sources))
            {
                if (!string.Equals(e.Text, a.Text, StringComparison.Ordinal))
                {
                    var line = e.Text.Split('\n').Zip(a.Text.Split('\n')).Select((p, i) => (p, i)).FirstOrDefault(x => x.p.First != x.p.Second);
                    Assert.Fail(what + ": " + e.HintName + " differs at line " + (line.i + 1) + ":\n  expected: " + line.p.First + "\n  actual:   " + line.p.Second);
                }
            }

            Assert.Equal(expected.Diagnostics, actual.Diagnostics);
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
    }
}
