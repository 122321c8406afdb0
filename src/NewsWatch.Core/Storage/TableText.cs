using System.Diagnostics.CodeAnalysis;

namespace NewsWatch.Core.Storage;

/// <summary>
/// Text as a table column can hold it. A string property holds at most 32K UTF-16 characters
/// (64 KiB) and a whole entity 1 MiB: one over-long value refuses the entire write, so a feed
/// whose title is too long could never be saved again. Every free-text column goes through
/// here, each with a limit that keeps its entity well under 1 MiB.
/// </summary>
public static class TableText
{
    /// <summary>The most a string property holds, with room to spare below 32,768.</summary>
    public const int MaxProperty = 32_000;

    /// <summary>
    /// The text cut to at most <paramref name="max"/> characters, never between the two halves
    /// of a surrogate pair: half a pair is not text, and the service would refuse it.
    /// </summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Fit(string? text, int max = MaxProperty)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (text is null || text.Length <= max)
            return text;
        var end = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..end];
    }

    /// <summary>
    /// The text when it fits, else none: for values that are worthless once cut, such as an
    /// HTTP validator (a cut ETag never matches again) or a link (a cut URL leads elsewhere).
    /// </summary>
    public static string? WholeOrNone(string? text, int max = MaxProperty) => text is { } whole && whole.Length > max ? null : text;
}
