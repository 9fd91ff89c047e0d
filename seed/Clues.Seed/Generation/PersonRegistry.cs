using Clues.Core.Model.Taxonomy;

namespace Clues.Seed.Generation;

/// <summary>
/// What later phases need to know about people already written, kept as parallel lists of small values
/// (not the records) so the large preset's half a million people stay cheap. <see cref="RingOrder"/> is
/// the order the social-tie lattice walks: colleagues, families and villagers sit next to each other.
/// </summary>
internal sealed class PersonRegistry
{
    private readonly List<string> _ids = [];
    private readonly List<string> _names = [];
    private readonly List<ManagementLevel> _levels = [];
    private readonly List<byte> _regions = [];
    private readonly List<short> _birthYears = [];
    private readonly List<TieContext> _contexts = [];
    private readonly List<string?> _titles = [];

    public int Count => _ids.Count;

    /// <summary>Person indexes in lattice order; every person appears exactly once.</summary>
    public List<int> RingOrder { get; } = [];

    public int Add(string id, string name, ManagementLevel level, int region, int birthYear, TieContext context)
    {
        _ids.Add(id);
        _names.Add(name);
        _levels.Add(level);
        _regions.Add((byte)region);
        _birthYears.Add((short)birthYear);
        _contexts.Add(context);
        _titles.Add(null);
        return _ids.Count - 1;
    }

    public string IdOf(int person) => _ids[person];

    public string NameOf(int person) => _names[person];

    public ManagementLevel LevelOf(int person) => _levels[person];

    public int RegionOf(int person) => _regions[person];

    public int BirthYearOf(int person) => _birthYears[person];

    public TieContext ContextOf(int person) => _contexts[person];

    /// <summary>The title of the person's current post, or null (the last current post set wins).</summary>
    public string? TitleOf(int person) => _titles[person];

    public void SetTitle(int person, string title) => _titles[person] = title;
}
