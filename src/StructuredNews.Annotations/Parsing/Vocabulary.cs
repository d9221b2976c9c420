using System.Collections.Immutable;

namespace StructuredNews.Annotations.Parsing
{
    /// <summary>
    /// The YAML values of a runtime enum. The enums and <see cref="VocabularyNames"/> are compiled into the
    /// generator from the runtime's sources, so YAML, generator and runtime cannot drift.
    /// </summary>
    public static class Vocabulary<T>
        where T : struct, Enum
    {
        public static ImmutableArray<string> Names { get; } = VocabularyNames.NamesOf<T>().ToImmutableArray();

        public static string AllowedList => string.Join(", ", Names);

        public static bool TryParse(string text, out T value) => VocabularyNames.TryParse(text, out value);

        public static string NameOf(T value) => VocabularyNames.Of(value);
    }
}
