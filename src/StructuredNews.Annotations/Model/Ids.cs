namespace StructuredNews.Annotations.Model
{
    /// <summary>What an id may look like: it names an entity in every file, in the generated API and in exports.</summary>
    public static class Ids
    {
        /// <summary>The longest id allowed.</summary>
        public const int MaxLength = 200;

        /// <summary>An id starts with a letter and continues with letters, digits, '-' and '_'.</summary>
        public static bool IsValid(string id)
        {
            if (id.Length == 0 || id.Length > MaxLength || !char.IsLetter(id[0]))
            {
                return false;
            }

            foreach (var c in id)
            {
                if (!(char.IsLetterOrDigit(c) || c == '-' || c == '_') || char.IsSurrogate(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
