namespace NewsWatch.Core.Classification.Knowledge;

/// <summary>One row of a data file: its line number, its fields and the comment that ends it ("" when none).</summary>
internal readonly record struct TsvRow(int Line, string[] Fields, string Comment);

/// <summary>Reads tab-separated data files: '#' starts a comment, blank lines are skipped.</summary>
internal static class TsvRows
{
    public static IEnumerable<TsvRow> Read(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = (hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length > 0)
            {
                var comment = hash >= 0 ? line[(hash + 1)..].Trim() : string.Empty;
                yield return new TsvRow(number, content.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), comment);
            }
        }
    }
}
