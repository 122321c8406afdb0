using NewsWatch.Core.Sources;

namespace NewsWatch.Cli.Commands.Sources;

/// <summary>What <c>sources add-search</c> and <c>add-pack</c> print per engine feed.</summary>
internal static class SourceLines
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<SearchSource> sources)
    {
        foreach (var source in sources)
            await output.WriteLineAsync($"{(source.IsNew ? "Added" : "Already watched:")} {source.Feed.Id} {source.Feed.Title}");
        var added = sources.Count(s => s.IsNew);
        await output.WriteLineAsync($"{added} search feeds added, {sources.Count - added} already watched.");
    }
}
