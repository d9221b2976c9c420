using System.Collections.Generic;
using System.Linq;

namespace StructuredNews.Export
{
    /// <summary>ACLED's codes and labels for what the dataset holds (ACLED Codebook).</summary>
    public static class Acled
    {
        /// <summary>ACLED's label of an event type ("Explosions/Remote violence").</summary>
        public static string Label(EventType type) => type switch
        {
            EventType.Protests => "Protests",
            EventType.Riots => "Riots",
            EventType.ViolenceAgainstCivilians => "Violence against civilians",
            EventType.Battles => "Battles",
            EventType.ExplosionsRemoteViolence => "Explosions/Remote violence",
            EventType.StrategicDevelopments => "Strategic developments",
            _ => VocabularyNames.Of(type),
        };

        /// <summary>ACLED's label of a sub-event type ("Violent demonstration").</summary>
        public static string Label(EventSubType subType) => subType switch
        {
            EventSubType.PeacefulProtest => "Peaceful protest",
            EventSubType.ProtestWithIntervention => "Protest with intervention",
            EventSubType.ExcessiveForceAgainstProtesters => "Excessive force against protesters",
            EventSubType.ViolentDemonstration => "Violent demonstration",
            EventSubType.MobViolence => "Mob violence",
            EventSubType.Attack => "Attack",
            EventSubType.SexualViolence => "Sexual violence",
            EventSubType.AbductionForcedDisappearance => "Abduction/forced disappearance",
            EventSubType.ArmedClash => "Armed clash",
            EventSubType.GovernmentRegainsTerritory => "Government regains territory",
            EventSubType.NonStateActorOvertakesTerritory => "Non-state actor overtakes territory",
            EventSubType.ShellingArtilleryMissileAttack => "Shelling/artillery/missile attack",
            EventSubType.AirDroneStrike => "Air/drone strike",
            EventSubType.Grenade => "Grenade",
            EventSubType.RemoteExplosiveLandmineIed => "Remote explosive/landmine/IED",
            EventSubType.SuicideBomb => "Suicide bomb",
            EventSubType.ChemicalWeapon => "Chemical weapon",
            EventSubType.Agreement => "Agreement",
            EventSubType.Arrests => "Arrests",
            EventSubType.ChangeToGroupActivity => "Change to group/activity",
            EventSubType.DisruptedWeaponsUse => "Disrupted weapons use",
            EventSubType.HeadquartersOrBaseEstablished => "Headquarters or base established",
            EventSubType.LootingPropertyDestruction => "Looting/property destruction",
            EventSubType.NonViolentTransferOfTerritory => "Non-violent transfer of territory",
            EventSubType.Other => "Other",
            _ => VocabularyNames.Of(subType),
        };

        /// <summary>ACLED time_precision: 1 the day is known, 2 within a week (our approximate and week), 3 the month.</summary>
        public static int TimePrecision(DatePrecision precision) => precision switch
        {
            DatePrecision.Day => 1,
            DatePrecision.Approximate => 2,
            DatePrecision.Week => 2,
            _ => 3,
        };

        /// <summary>
        /// ACLED geo_precision of the coordinates used for a place: 1 for a town or a site in it, 2 for a site
        /// whose own coordinates are missing (its town's are used), 3 for a region or a country.
        /// </summary>
        public static int? GeoPrecision(Place place, Place? located)
        {
            if (located == null)
            {
                return null;
            }

            if (located.Kind == PlaceKind.Region || located.Kind == PlaceKind.Country)
            {
                return 3;
            }

            return ReferenceEquals(place, located) ? 1 : 2;
        }

        /// <summary>The place itself when it has coordinates, else the nearest place containing it that has them.</summary>
        public static Place? Located(Place place) => Chain(place).FirstOrDefault(p => p.Latitude != null && p.Longitude != null);

        /// <summary>The place and every place containing it, innermost first.</summary>
        public static IEnumerable<Place> Chain(Place place)
        {
            var seen = new HashSet<string>();
            for (Place? current = place; current != null && seen.Add(current.Id); current = current.Within)
            {
                yield return current;
            }
        }
    }
}
