using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Collects names without repeats: a name that contains, or is contained in, one already
/// listed ("Superalignment" and "Superalignment team") is the same entity, named by the
/// gazetteer's canonical name when it is a known one, else by the longer spelling; the entity
/// keeps its most prominent mention.
/// When asked to keep the most prominent, only the names at the best <see cref="Prominence"/>
/// present are listed: a title that names an organisation says what the item is about, and
/// the summary's former employer or the minister it quotes are bystanders. Otherwise every
/// name is listed except article asides, which count only when nothing more prominent is named.
/// </summary>
/// <param name="keepMostProminent">Whether only the most prominent names are listed.</param>
internal sealed class EntityList(bool keepMostProminent)
{
    private readonly List<(string Name, string Folded, Prominence Prominence, bool IsCanonical)> _names = [];

    public IReadOnlyList<string> Names
    {
        get
        {
            if (_names.Count == 0)
                return [];
            var best = _names.Min(n => n.Prominence);
            return keepMostProminent || best == Prominence.Aside
                ? [.. _names.Where(n => n.Prominence == best).Select(n => n.Name)]
                : [.. _names.Where(n => n.Prominence < Prominence.Aside).Select(n => n.Name)];
        }
    }

    /// <summary>Drops the names no list knows that <paramref name="isSomeoneElse"/> says are not this kind of thing after all.</summary>
    public void RemoveFound(Func<string, bool> isSomeoneElse) =>
        _names.RemoveAll(n => !n.IsCanonical && isSomeoneElse(n.Folded));

    /// <summary>Lists the entity that <paramref name="name"/> names first, where it stands: whom the item is about, ahead of whom it names before.</summary>
    public void PutFirst(string name)
    {
        var folded = NameKey.Of(name);
        var at = _names.FindIndex(n => NameKey.IsSameName(n.Folded, folded));
        if (at <= 0)
            return;
        var entry = _names[at];
        _names.RemoveAt(at);
        _names.Insert(0, entry);
    }

    /// <param name="isCanonical">The name is a known entity's canonical name, which no other spelling replaces.</param>
    public void Add(string name, Prominence prominence, bool isCanonical = false)
    {
        var folded = NameKey.Of(name);
        for (var i = 0; i < _names.Count; i++)
        {
            var known = _names[i];
            if (!NameKey.IsSameName(known.Folded, folded))
                continue;
            var mostProminent = prominence < known.Prominence ? prominence : known.Prominence;
            var replaces = !known.IsCanonical && (isCanonical || folded.Length > known.Folded.Length);
            _names[i] = replaces ? (name, folded, mostProminent, isCanonical) : known with { Prominence = mostProminent };
            return;
        }

        _names.Add((name, folded, prominence, isCanonical));
    }
}
