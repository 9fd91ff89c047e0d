namespace Clues.GraphQL.Validation;

/// <summary>Groups items by name, keeping groups in order of each name's first appearance.</summary>
internal static class NameGroups
{
    /// <summary>The groups of <paramref name="items"/> sharing a name, in order of first appearance.</summary>
    public static List<List<T>> Of<T>(IReadOnlyList<T> items, Func<T, string> nameOf)
    {
        var groups = new List<List<T>>();
        var byName = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var name = nameOf(items[i]);
            if (!byName.TryGetValue(name, out var group))
            {
                group = [];
                byName[name] = group;
                groups.Add(group);
            }

            group.Add(items[i]);
        }

        return groups;
    }
}
