namespace StructuredNews
{
    /// <summary>ACLED's sub-event types; <see cref="EventTaxonomy.TypeOf"/> gives the type each belongs to.</summary>
    public enum EventSubType
    {
        /// <summary>Protests: a demonstration without intervention.</summary>
        PeacefulProtest,
        /// <summary>Protests: a demonstration that security forces intervene in.</summary>
        ProtestWithIntervention,
        /// <summary>Protests: lethal or severe force used against protesters.</summary>
        ExcessiveForceAgainstProtesters,
        /// <summary>Riots: a demonstration in which participants act violently.</summary>
        ViolentDemonstration,
        /// <summary>Riots: violence by a mob.</summary>
        MobViolence,
        /// <summary>Violence against civilians: an attack.</summary>
        Attack,
        /// <summary>Violence against civilians: sexual violence.</summary>
        SexualViolence,
        /// <summary>Violence against civilians: abduction or forced disappearance.</summary>
        AbductionForcedDisappearance,
        /// <summary>Battles: an armed clash.</summary>
        ArmedClash,
        /// <summary>Battles: the government regains territory.</summary>
        GovernmentRegainsTerritory,
        /// <summary>Battles: a non-state actor overtakes territory.</summary>
        NonStateActorOvertakesTerritory,
        /// <summary>Explosions/remote violence: shelling, artillery or missile attack.</summary>
        ShellingArtilleryMissileAttack,
        /// <summary>Explosions/remote violence: air or drone strike.</summary>
        AirDroneStrike,
        /// <summary>Explosions/remote violence: grenade.</summary>
        Grenade,
        /// <summary>Explosions/remote violence: remote explosive, landmine or IED.</summary>
        RemoteExplosiveLandmineIed,
        /// <summary>Explosions/remote violence: suicide bomb.</summary>
        SuicideBomb,
        /// <summary>Explosions/remote violence: chemical weapon.</summary>
        ChemicalWeapon,
        /// <summary>Strategic developments: an agreement.</summary>
        Agreement,
        /// <summary>Strategic developments: arrests.</summary>
        Arrests,
        /// <summary>Strategic developments: a change to a group or its activity (deployments, resignations, decrees).</summary>
        ChangeToGroupActivity,
        /// <summary>Strategic developments: disrupted weapons use.</summary>
        DisruptedWeaponsUse,
        /// <summary>Strategic developments: a headquarters or base established.</summary>
        HeadquartersOrBaseEstablished,
        /// <summary>Strategic developments: looting or property destruction.</summary>
        LootingPropertyDestruction,
        /// <summary>Strategic developments: non-violent transfer of territory.</summary>
        NonViolentTransferOfTerritory,
        /// <summary>Strategic developments: anything else.</summary>
        Other,
    }

    /// <summary>The ACLED hierarchy of <see cref="EventType"/> and <see cref="EventSubType"/>.</summary>
    public static class EventTaxonomy
    {
        /// <summary>The event type a sub-type belongs to.</summary>
        public static EventType TypeOf(EventSubType subType)
        {
            switch (subType)
            {
                case EventSubType.PeacefulProtest:
                case EventSubType.ProtestWithIntervention:
                case EventSubType.ExcessiveForceAgainstProtesters:
                    return EventType.Protests;
                case EventSubType.ViolentDemonstration:
                case EventSubType.MobViolence:
                    return EventType.Riots;
                case EventSubType.Attack:
                case EventSubType.SexualViolence:
                case EventSubType.AbductionForcedDisappearance:
                    return EventType.ViolenceAgainstCivilians;
                case EventSubType.ArmedClash:
                case EventSubType.GovernmentRegainsTerritory:
                case EventSubType.NonStateActorOvertakesTerritory:
                    return EventType.Battles;
                case EventSubType.ShellingArtilleryMissileAttack:
                case EventSubType.AirDroneStrike:
                case EventSubType.Grenade:
                case EventSubType.RemoteExplosiveLandmineIed:
                case EventSubType.SuicideBomb:
                case EventSubType.ChemicalWeapon:
                    return EventType.ExplosionsRemoteViolence;
                default:
                    return EventType.StrategicDevelopments;
            }
        }
    }
}
