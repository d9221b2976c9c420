using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace StructuredNews.Generators.Tests.Infrastructure
{
    /// <summary>The tracked pipeline steps of a run, by the names in <see cref="TrackingNames"/>.</summary>
    public static class Tracking
    {
        /// <summary>Every constant of <see cref="TrackingNames"/>, read by reflection so a new step is covered without editing the tests.</summary>
        public static IReadOnlyList<string> AllNames { get; } = typeof(TrackingNames)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

        public static IEnumerable<(string Step, object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
            result.TrackedSteps.TryGetValue(step, out var runs)
                ? runs.SelectMany(run => run.Outputs.Select(o => (step, o.Value, o.Reason)))
                : Enumerable.Empty<(string, object, IncrementalStepRunReason)>();

        public static IEnumerable<(string Step, object Value, IncrementalStepRunReason Reason)> AllOutputs(GeneratorRunResult result) =>
            AllNames.SelectMany(name => Outputs(result, name));
    }
}
