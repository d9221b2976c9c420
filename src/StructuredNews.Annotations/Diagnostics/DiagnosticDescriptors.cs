using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace StructuredNews.Annotations.Diagnostics
{
    /// <summary>
    /// Every diagnostic the generator reports. Ids are stable and never reused; each is documented in
    /// docs/diagnostics.md and listed in AnalyzerReleases.*.md.
    /// </summary>
    public static class DiagnosticDescriptors
    {
        private const string Syntax = "StructuredNews.Syntax";
        private const string Schema = "StructuredNews.Schema";
        private const string References = "StructuredNews.References";
        private const string Evidence = "StructuredNews.Evidence";
        private const string CodeGeneration = "StructuredNews.CodeGeneration";
        private const string Coverage = "StructuredNews.Coverage";
        private const string Consistency = "StructuredNews.Consistency";
        private const string Performance = "StructuredNews.Performance";

        public static readonly DiagnosticDescriptor YamlSyntax = Error("SN0001", Syntax,
            "Invalid YAML",
            "Invalid YAML: {0}. Fix the syntax at this position.");

        public static readonly DiagnosticDescriptor WrongShape = Error("SN0002", Schema,
            "Wrong kind of YAML node",
            "Expected {1}, found {0}. Write the value in that shape (docs/schema.md).");

        public static readonly DiagnosticDescriptor UnknownKey = Error("SN0003", Schema,
            "Unknown key",
            "Unknown key '{0}' in {1}{2}. Allowed keys: {3}.");

        public static readonly DiagnosticDescriptor MissingKey = Error("SN0004", Schema,
            "Missing required key",
            "{0} needs the key '{1}'. Add it.");

        public static readonly DiagnosticDescriptor InvalidEnumValue = Error("SN0005", Schema,
            "Value not allowed",
            "'{0}' is not a valid {1}. Use one of: {2}.");

        public static readonly DiagnosticDescriptor InvalidDate = Error("SN0006", Schema,
            "Invalid date",
            "'{0}' is not a valid date. Write an existing calendar date as YYYY-MM-DD.");

        public static readonly DiagnosticDescriptor InvalidNumber = Error("SN0007", Schema,
            "Invalid number",
            "'{0}' is not valid for '{1}': {2}");

        public static readonly DiagnosticDescriptor DuplicateId = Error("SN0008", References,
            "Duplicate id",
            "The id '{0}' is already used by {1}. Ids must be unique across all files and kinds; rename one of them.");

        public static readonly DiagnosticDescriptor UnknownReference = Error("SN0009", References,
            "Reference to an unknown id",
            "No {0} has the id '{1}'{2}. Declare it or correct the reference.");

        public static readonly DiagnosticDescriptor WrongReferenceKind = Error("SN0010", References,
            "Reference to the wrong kind of entity",
            "'{0}' is {1}, but '{2}' must refer to {3}");

        public static readonly DiagnosticDescriptor ReferenceCycle = Error("SN0011", References,
            "Reference cycle",
            "'{0}' leads back to itself through '{1}': {2}. Break the cycle.");

        public static readonly DiagnosticDescriptor QuoteNotFound = Error("SN0012", Evidence,
            "Quote not found in the article",
            "The quote is not in the text of article '{0}'{1}. Copy it verbatim from the article.");

        public static readonly DiagnosticDescriptor SeedTextMissing = Error("SN0013", Evidence,
            "Article text missing",
            "The text '{0}' of article '{1}' is not among the additional files. Add it as an AdditionalFiles item (StructuredNewsKind=\"article\") or correct 'seed'.");

        public static readonly DiagnosticDescriptor AmbiguousQuote = Error("SN0014", Evidence,
            "Quote occurs more than once",
            "The quote occurs {0} times in article '{1}'. Add 'occurrence' (1 to {0}), 'prefix' or 'suffix' to say which.");

        public static readonly DiagnosticDescriptor InvalidId = Error("SN0015", CodeGeneration,
            "Invalid id",
            "'{0}' is not a valid id: {1}.");

        public static readonly DiagnosticDescriptor IdentifierCollision = Error("SN0016", CodeGeneration,
            "Two ids make the same C# member name",
            "The id '{0}' becomes the member name '{1}', which '{2}' already has. Rename one of the ids.");

        public static readonly DiagnosticDescriptor InvalidBounds = Error("SN0017", Schema,
            "Figure bounds do not fit the qualifier",
            "Figure bounds are inconsistent: {0}");

        public static readonly DiagnosticDescriptor LimitExceeded = Error("SN0018", Syntax,
            "Input exceeds a safety limit",
            "The file cannot be read safely: {0}");

        public static readonly DiagnosticDescriptor StatementTextNotInQuote = Error("SN0019", Evidence,
            "Statement text not in its evidence",
            "The statement text must occur inside its evidence quote. Copy the quoted words exactly, or widen the quote.");

        public static readonly DiagnosticDescriptor SubTypeMismatch = Error("SN0020", Schema,
            "Sub-type does not belong to the type",
            "The sub-type '{0}' belongs to '{1}', not '{2}'. Use one of: {3}.");

        public static readonly DiagnosticDescriptor DuplicateSection = Error("SN0021", Schema,
            "Section declared twice",
            "{0} is already declared in {1}. Declare it once.");

        public static readonly DiagnosticDescriptor UncoveredNumber = Warning("SN0022", Coverage,
            "Number in the article not annotated",
            "'{0}' in article '{1}' at {2} is in no figure's evidence: {3}. Add a figure whose quote covers it, or list it under 'ignore' with a reason.");

        public static readonly DiagnosticDescriptor UnreferencedName = Warning("SN0023", Coverage,
            "Name in the article not referenced",
            "'{0}' ({1}) appears in article '{2}' at {3}, but no annotation of that article references it. Reference it from an event, figure or statement of the article, or list the passage under 'ignore' with a reason.");

        public static readonly DiagnosticDescriptor DatesOutOfOrder = Error("SN0024", Schema,
            "Dates out of order",
            "'{0}' ({1}) is before '{2}' ({3}). Correct one of the dates.");

        public static readonly DiagnosticDescriptor ValueNotInQuote = Error("SN0025", Evidence,
            "Figure value not in its quote",
            "The value '{0}' is not in the figure's quote, as written or as the same number written another way{1}. Write the value as the quote states the number, or quote the sentence that states it.");

        public static readonly DiagnosticDescriptor BoundsDoNotFitValue = Error("SN0026", Schema,
            "Figure bounds do not fit the value",
            "{0}. Set the bounds the qualifier defines (docs/dataset.md, bounds for vague quantities).");

        public static readonly DiagnosticDescriptor QualifierContradictsWording = Warning("SN0027", Evidence,
            "Qualifier contradicts the quote's wording",
            "The quote says '{0}' before the value, which calls for the qualifier {1}, not '{2}'. Change the qualifier, or the value if the words qualify another number.");

        public static readonly DiagnosticDescriptor DateAfterPublication = Warning("SN0028", Consistency,
            "Date after the article's publication",
            "{0} {1} is after {2}, the publication date of article '{3}', which reports it. An article cannot report a later day: correct the date{4}.");

        public static readonly DiagnosticDescriptor CauseAfterEffect = Warning("SN0029", Consistency,
            "Cause starts after its effect",
            "The cause '{0}' starts on {1}, after '{2}', which it caused, starts on {3}. Correct a start date, or the direction: 'causes' lists the events that caused this one.");

        public static readonly DiagnosticDescriptor SpellingInNoText = Warning("SN0030", Consistency,
            "Name not in any article",
            "The {0} '{1}' of '{2}' occurs in no article text of the dataset (whole words, any case). Correct the spelling, or keep a deliberate one under 'search_aliases', which need not occur in a text.");

        public static readonly DiagnosticDescriptor UnitNearMiss = Warning("SN0031", Consistency,
            "Unit looks like a misspelling of another",
            "The unit '{0}' ({1}) looks like a misspelling of '{2}' ({3}); did you mean '{2}'? Figures compare only within one unit. If the units differ, name them so they do not look alike.");

        public static readonly DiagnosticDescriptor EmptyValue = Error("SN0040", Schema,
            "Empty value",
            "'{0}' has no value (null, empty or only spaces). {1}");

        public static readonly DiagnosticDescriptor MixedScriptId = Warning("SN0041", References,
            "Id mixes scripts",
            "The id '{0}' has a {1} letter '{3}' ({4}) among {2} ones: it looks like another id but is not one. Write the id in one script.");

        public static readonly DiagnosticDescriptor MoreOfTheSame = Warning("SN0042", Coverage,
            "More warnings of one kind in this article",
            "{0} more {1} in article '{2}': the first {3} are reported as {4}. Annotate or ignore those first, and build again.");

        public static readonly DiagnosticDescriptor TextNotUtf8 = Warning("SN0043", Evidence,
            "Article text is not valid UTF-8",
            "The text '{0}' has U+FFFD at character {1} (line {2}, column {3}): the file is most likely not valid UTF-8 (or UTF-16 with a byte-order mark), and the bytes there could not be decoded. Save the file as UTF-8 (if the text really contains U+FFFD, suppress this warning).");

        public static readonly DiagnosticDescriptor AmbiguousText = Warning("SN0044", Evidence,
            "Several article texts have the seed's name",
            "{1} article texts are named '{0}': {2} is used, not {3}. Rename the texts so that each name is used once (a seed names a file, not a path).");

        public static readonly DiagnosticDescriptor ClaimAccessorsCost = Warning("SN0070", Performance,
            "Claim accessors slow every build",
            "The {0} typed accessors of figures and statements add about {1} s to every build of this project ({2} µs each, measured). Set <StructuredNewsClaimAccessors>false</StructuredNewsClaimAccessors> in the project file to leave them out: the claims stay in Figures and Statements, by id.");

        public static readonly DiagnosticDescriptor InternalError = Error("SN0999", CodeGeneration,
            "Internal generator error",
            "The StructuredNews generator failed on this file: {0}. Please report this with the file.");

        private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ByIdTable = BuildTable();

        public static IEnumerable<DiagnosticDescriptor> All => ByIdTable.Values;

        public static DiagnosticDescriptor ById(string id) =>
            ByIdTable.TryGetValue(id, out var descriptor) ? descriptor : throw new ArgumentException("Unknown diagnostic id " + id, nameof(id));

        private static DiagnosticDescriptor Error(string id, string category, string title, string message) =>
            Create(id, category, title, message, DiagnosticSeverity.Error);

        private static DiagnosticDescriptor Warning(string id, string category, string title, string message) =>
            Create(id, category, title, message, DiagnosticSeverity.Warning);

        private static DiagnosticDescriptor Create(string id, string category, string title, string message, DiagnosticSeverity severity) =>
            new DiagnosticDescriptor(id, title, message, category, severity, isEnabledByDefault: true,
                helpLinkUri: "https://github.com/structurednews/structurednews/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant());

        private static ImmutableDictionary<string, DiagnosticDescriptor> BuildTable()
        {
            var table = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>(StringComparer.Ordinal);
            foreach (var field in typeof(DiagnosticDescriptors).GetFields())
            {
                if (field.GetValue(null) is DiagnosticDescriptor descriptor)
                {
                    table.Add(descriptor.Id, descriptor);
                }
            }

            return table.ToImmutable();
        }
    }
}
