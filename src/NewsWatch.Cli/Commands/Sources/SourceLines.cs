using NewsWatch.Core.Sources;

namespace NewsWatch.Cli.Commands.Sources;

/// <summary>What the <c>sources</c> verbs print per engine feed added or removed.</summary>
internal static class SourceLines
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<SearchSource> sources)
    {
        foreach (var source in sources)
            await output.WriteLineAsync($"{(source.IsNew ? "Added" : "Already watched:")} {source.Feed.Id} {source.Feed.Title}");
        var added = sources.Count(s => s.IsNew);
        await output.WriteLineAsync($"{added} search feeds added, {sources.Count - added} already watched.");
    }

    public static async Task WriteRemovedAsync(TextWriter output, IReadOnlyList<SearchSource> removed)
    {
        foreach (var source in removed)
            await output.WriteLineAsync($"Removed {source.Feed.Id} {source.Feed.Title}");
        await output.WriteLineAsync($"{removed.Count} search feeds removed.");
    }
}
