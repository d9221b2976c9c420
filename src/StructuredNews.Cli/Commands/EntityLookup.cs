using System.IO;
using System.Linq;
using StructuredNews.Cli.Rendering;

namespace StructuredNews.Cli.Commands
{
    /// <summary>
    /// Ids given on the command line (<c>--actor</c>, <c>sn show ID</c>): an unknown id is an error that suggests
    /// the ids nearest to it and the entities the text names, never an empty result.
    /// </summary>
    internal static class EntityLookup
    {
        /// <summary>
        /// The entity of type <typeparamref name="T"/> with <paramref name="id"/>; or, after writing why not to
        /// <paramref name="error"/> (<c>sn: --actor: no actor has the id 'tokayv'. Did you mean 'tokayev'
        /// (Kassym-Jomart Tokayev)?</c>), <see langword="null"/>.
        /// </summary>
        /// <param name="dataset">The dataset.</param>
        /// <param name="id">The id as given.</param>
        /// <param name="what">What was expected, for the message: <c>actor</c>, <c>actor, place or topic</c>.</param>
        /// <param name="option">The option that took the id, or <see langword="null"/> for an argument.</param>
        /// <param name="error">Standard error.</param>
        public static T? Find<T>(NewsDataset dataset, string id, string what, string? option, TextWriter error)
            where T : Entity
        {
            var entity = dataset.Find(id);
            if (entity is T found)
            {
                return found;
            }

            var message = "sn: " + (option == null ? string.Empty : option + ": ") + "no " + what + " has the id '" + id + "'"
                + (entity == null ? string.Empty : " ('" + id + "' is " + Article(Describe.Kind(entity)) + ")") + ".";
            // Names first: "--actor Tokayev" means the actor called that.
            var named = dataset.ResolveAll(id).OfType<T>().Select(e => e.Id);
            var near = DidYouMean.Nearest(id, dataset.All.OfType<T>().Select(e => e.Id));
            // Then names a few edits away or containing it: "--subject kasym" for kassym-jomart-tokayev.
            var nearNames = ResolveCommand.Suggest(dataset, id).Select(s => s.Entity).OfType<T>().Select(e => e.Id);
            var suggestions = named.Concat(near).Concat(nearNames).Distinct(System.StringComparer.Ordinal).Take(DidYouMean.Max).ToList();
            error.WriteLine(message + DidYouMean.Phrase(suggestions, s => "'" + s + "' (" + Describe.Label(dataset.Find(s)!) + ")"));
            return null;
        }

        private static string Article(string noun) => ("aeiou".IndexOf(noun[0]) >= 0 ? "an " : "a ") + noun;
    }
}
