using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace StructuredNews.Generators.Tests.Infrastructure
{
    /// <summary>
    /// Walks a pipeline value's object graph (every instance field, so records, tuples, EquatableArray's inner
    /// ImmutableArray and plain arrays are all covered) and reports each Roslyn object found in it.
    /// </summary>
    /// <remarks>
    /// Rule: any value whose type comes from a Microsoft.CodeAnalysis* assembly is flagged, except enums (plain
    /// values such as <see cref="DiagnosticSeverity"/>) — that covers ISymbol, SyntaxNode, SyntaxTree, Compilation,
    /// Location, SemanticModel, AdditionalText, AnalyzerConfigOptions and also SourceText, DiagnosticDescriptor or
    /// Diagnostic, none of which compare by value. Types from the BCL, the generator and the runtime are walked into.
    /// </remarks>
    public static class RoslynObjectFinder
    {
        private static readonly Type[] Named =
        {
            typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Compilation), typeof(Location),
            typeof(SemanticModel), typeof(AdditionalText), typeof(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions),
        };

        public static IReadOnlyList<string> Find(object? root, string rootName)
        {
            var found = new List<string>();
            var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
            var stack = new Stack<(object? Value, string Path)>();
            stack.Push((root, rootName));
            while (stack.Count > 0)
            {
                var (value, path) = stack.Pop();
                if (value == null)
                {
                    continue;
                }

                var type = value.GetType();
                if (IsSuspicious(type))
                {
                    found.Add(path + ": " + type.FullName);
                    continue;
                }

                if (type.IsPrimitive || type.IsEnum || value is string || value is decimal || value is Type || value is Delegate || value is Pointer)
                {
                    continue;
                }

                if (!type.IsValueType && !visited.Add(value))
                {
                    continue;
                }

                if (value is Array array)
                {
                    var i = 0;
                    foreach (var item in array)
                    {
                        stack.Push((item, path + "[" + i++ + "]"));
                    }

                    continue;
                }

                for (var t = type; t != null && t != typeof(object); t = t.BaseType)
                {
                    foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    {
                        if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                        {
                            continue;
                        }

                        stack.Push((field.GetValue(value), path + "." + field.Name));
                    }
                }
            }

            return found;
        }

        internal static bool IsSuspicious(Type type) =>
            !type.IsEnum &&
            (Named.Any(n => n.IsAssignableFrom(type)) ||
             (type.Assembly.GetName().Name ?? "").StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }
}
