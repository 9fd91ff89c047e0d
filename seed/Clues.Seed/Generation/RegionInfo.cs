namespace Clues.Seed.Generation;

/// <summary>The city (index 0) or one of its counties, with the bodies, units and people pools later phases draw from.</summary>
internal sealed class RegionInfo
{
    public required int Index { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }

    /// <summary>"江临市" → "市", "青山县" → "县", "江北区" → "区": the prefix of posts such as 县委书记.</summary>
    public required string LevelChar { get; init; }
    public required bool IsDistrict { get; init; }
    public string JurisdictionId => IdScheme.Jurisdiction(Code);
    public bool IsCity => Index == 0;

    /// <summary>Body ids by slug (dc, od, police, proc, prop, law, xcb, xf, rt1...).</summary>
    public Dictionary<string, string> Bodies { get; } = new(StringComparer.Ordinal);
    public List<int> Units { get; } = [];
    public List<int> Villages { get; } = [];
    public List<int> Villagers { get; } = [];
    public List<int> Companies { get; } = [];

    /// <summary>Adult relatives of cadres: who may turn up as company owners.</summary>
    public List<int> AdultRelatives { get; } = [];
    public int PartyCommittee { get; set; } = -1;
    public int Government { get; set; } = -1;

    /// <summary>The deputy party secretary who is also mayor / county head: one person, two posts.</summary>
    public int MayorPerson { get; set; } = -1;
}
