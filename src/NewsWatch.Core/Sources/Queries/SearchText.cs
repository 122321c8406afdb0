namespace NewsWatch.Core.Sources.Queries;

/// <summary>A text indexed once so that every query of a pack can be replayed over it cheaply.</summary>
public sealed class SearchText
{
    private readonly Dictionary<string, List<int>> positions = new(StringComparer.Ordinal);
    private readonly List<string> words;

    private SearchText(string text)
    {
        words = SearchWords.Split(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (!positions.TryGetValue(words[i], out var list))
                positions[words[i]] = list = [];
            list.Add(i);
        }
    }

    public static SearchText Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SearchText(text);
    }

    /// <summary>Whether the words occur one after another, as a quoted phrase requires (one word: anywhere).</summary>
    internal bool ContainsSequence(IReadOnlyList<string> sequence)
    {
        if (!positions.TryGetValue(sequence[0], out var starts))
            return false;
        return starts.Exists(start => FollowsAt(start, sequence));
    }

    private bool FollowsAt(int start, IReadOnlyList<string> sequence)
    {
        if (start + sequence.Count > words.Count)
            return false;
        for (var i = 1; i < sequence.Count; i++)
        {
            if (!string.Equals(words[start + i], sequence[i], StringComparison.Ordinal))
                return false;
        }

        return true;
    }
}
