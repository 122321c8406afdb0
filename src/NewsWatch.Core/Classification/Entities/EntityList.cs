using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Collects names without repeats: a name that contains, or is contained in, one already
/// listed ("Superalignment" and "Superalignment team") is the same entity; the longer wins.
/// </summary>
internal sealed class EntityList
{
    private readonly List<(string Name, string Folded)> _names = [];

    public IReadOnlyList<string> Names => [.. _names.Select(n => n.Name)];

    public bool Add(string name)
    {
        var folded = AccentFolding.Fold(name.ToLowerInvariant());
        for (var i = 0; i < _names.Count; i++)
        {
            var known = _names[i].Folded;
            if (known.Contains(folded, StringComparison.Ordinal))
                return false;
            if (folded.Contains(known, StringComparison.Ordinal))
            {
                _names[i] = (name, folded);
                return true;
            }
        }

        _names.Add((name, folded));
        return true;
    }
}
