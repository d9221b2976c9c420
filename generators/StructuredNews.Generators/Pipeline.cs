using System;
using Microsoft.CodeAnalysis;

namespace StructuredNews.Generators
{
    /// <summary>Combining steps into named values, so that the pipeline reads as steps rather than nested Left and Right.</summary>
    internal static class Pipeline
    {
        public static IncrementalValuesProvider<TResult> Join<TLeft, TRight, TResult>(
            this IncrementalValuesProvider<TLeft> left, IncrementalValueProvider<TRight> right, Func<TLeft, TRight, TResult> join) =>
            left.Combine(right).Select((pair, _) => join(pair.Left, pair.Right));

        public static IncrementalValueProvider<TResult> Join<TLeft, TRight, TResult>(
            this IncrementalValueProvider<TLeft> left, IncrementalValueProvider<TRight> right, Func<TLeft, TRight, TResult> join) =>
            left.Combine(right).Select((pair, _) => join(pair.Left, pair.Right));

        public static IncrementalValuesProvider<T> WhereNotNull<T>(this IncrementalValuesProvider<T?> values)
            where T : class =>
            values.Where(value => value != null).Select((value, _) => value!);
    }
}
