namespace NewsWatch.Core.Classification.Knowledge;

/// <summary>Two cues mean the same when they say the same kind and label in the same language, whatever their wording.</summary>
internal sealed class CueMeaning : IEqualityComparer<Cue>
{
    public static CueMeaning Instance { get; } = new();

    public bool Equals(Cue? x, Cue? y) =>
        x is not null && y is not null && x.Kind == y.Kind && x.Label == y.Label && x.Language == y.Language;

    public int GetHashCode(Cue obj) => HashCode.Combine(obj?.Kind, obj?.Label, obj?.Language);
}
