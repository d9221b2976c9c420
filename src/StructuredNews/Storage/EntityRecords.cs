using System;
using System.Collections.Generic;

namespace StructuredNews.Storage
{
    /// <summary>
    /// Reads the records of each entity kind in the order <see cref="TableLayout"/> declares their fields (the
    /// engine's TableWriter writes them by the same layout; tests read records written by the layout with these).
    /// </summary>
    internal static class EntityRecords
    {
        public static Article Article(ref TableReader r) =>
            new Article(r.Text(), r.Text(), r.Text(), r.Text(), r.String(), r.Date(), (DateSource?)Optional(ref r), r.String(), r.Text(), r.Text());

        public static Actor Actor(ref TableReader r) =>
            new Actor(r.Text(), (ActorKind)r.Number(), r.Text(), r.Names(), r.List(), Roles(ref r), r.String());

        public static Place Place(ref TableReader r) =>
            new Place(r.Text(), (PlaceKind)r.Number(), r.Text(), r.Names(), r.List(), r.String(), r.Double(), r.Double());

        public static Topic Topic(ref TableReader r) =>
            new Topic(r.Text(), r.Text(), r.Names(), r.List(), r.String());

        public static Event Event(ref TableReader r)
        {
            var id = r.Text();
            var subType = (EventSubType)r.Number();
            var summary = r.Text();
            var start = r.Date() ?? throw new InvalidOperationException("Corrupt dataset table: event '" + id + "' has no start.");
            var end = r.Date();
            var precision = (DatePrecision)r.Number();
            var place = r.String();
            var participants = new Participant[r.Number()];
            for (var i = 0; i < participants.Length; i++)
            {
                participants[i] = new Participant(r.Text(), (ParticipantRole)r.Number());
            }

            var causes = r.List();
            var reports = new EventReport[r.Number()];
            for (var i = 0; i < reports.Length; i++)
            {
                reports[i] = r.Report();
            }

            return new Event(id, subType, summary, start, end, precision, place, participants, causes, reports);
        }

        /// <summary>A figure record after its id, which <see cref="FigureTable"/> reads ahead of the rest.</summary>
        public static Figure Figure(string id, ref TableReader r) =>
            new Figure(id, (Measure)r.Number(), r.Text(), r.Text(), (Qualifier)r.Number(), r.Decimal(), r.Decimal(), r.Text(),
                r.Date(), r.String(), r.List(), r.String(), r.String(), r.String(), r.Evidence());

        /// <summary>Moves past a figure record after its id, cutting no string; returns its measure.</summary>
        public static Measure SkipFigure(ref TableReader r)
        {
            var measure = (Measure)r.Number();
            r.Skip(TableLayout.Figure, TableLayout.FigureMeasure + 1);
            return measure;
        }

        public static Statement Statement(ref TableReader r) =>
            new Statement(r.Text(), r.Text(), r.Text(), r.Date(), r.String(), r.Evidence());

        private static int? Optional(ref TableReader r)
        {
            var value = r.Number();
            return value == 0 ? (int?)null : value - 1;
        }

        private static IReadOnlyList<ActorRole>? Roles(ref TableReader r)
        {
            var count = r.Number() - 1;
            if (count < 0)
            {
                return null;
            }

            var roles = new ActorRole[count];
            for (var i = 0; i < count; i++)
            {
                roles[i] = new ActorRole(r.Text(), r.String(), r.Date(), r.Date());
            }

            return roles;
        }
    }
}
