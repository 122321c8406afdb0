using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Collects names without repeats: a name that contains, or is contained in, one already
/// listed ("Superalignment" and "Superalignment team") is the same entity; the longer wins.
/// The title says what an item is about, so when asked to prefer the title and the title names
/// any, names seen only in the summary (a former employer, a minister quoted) are left out.
/// </summary>
/// <param name="preferTitle">Whether title names hide summary-only names.</param>
internal sealed class EntityList(bool preferTitle)
{
    private readonly List<(string Name, string Folded, bool InTitle)> _names = [];

    public IReadOnlyList<string> Names => preferTitle && _names.Exists(n => n.InTitle)
        ? [.. _names.Where(n => n.InTitle).Select(n => n.Name)]
        : [.. _names.Select(n => n.Name)];

    public void Add(string name, bool inTitle)
    {
        var folded = NameKey.Of(name);
        for (var i = 0; i < _names.Count; i++)
        {
            var known = _names[i].Folded;
            if (!NameKey.IsSameName(known, folded))
                continue;
            if (folded.Length > known.Length)
                _names[i] = (name, folded, inTitle || _names[i].InTitle);
            else if (inTitle)
                _names[i] = _names[i] with { InTitle = true };
            return;
        }

        _names.Add((name, folded, inTitle));
    }
}
