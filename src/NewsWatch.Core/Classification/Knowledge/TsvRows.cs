namespace NewsWatch.Core.Classification.Knowledge;

/// <summary>Reads tab-separated data files: '#' starts a comment, blank lines are skipped.</summary>
internal static class TsvRows
{
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = (hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length > 0)
                yield return (number, content.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }
    }
}
