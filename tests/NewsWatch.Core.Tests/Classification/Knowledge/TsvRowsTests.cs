using NewsWatch.Core.Classification.Knowledge;

namespace NewsWatch.Core.Tests.Classification.Knowledge;

/// <summary>Data files keep notes in comments: whole lines, or the end of a row ("# idiom").</summary>
public class TsvRowsTests
{
    [Fact]
    public void Read_WhenARowEndsInAComment_KeepsTheFieldsAndTheCommentApart()
    {
        var rows = Read("# header\nevent\tdeparture\t0.9\theads for the exit\t# idiom: to leave\n\nevent\tdeparture\t1.0\tresign\n");

        Assert.Collection(
            rows,
            row =>
            {
                Assert.Equal(2, row.Line);
                Assert.Equal(["event", "departure", "0.9", "heads for the exit"], row.Fields);
                Assert.Equal("idiom: to leave", row.Comment);
            },
            row =>
            {
                Assert.Equal(4, row.Line);
                Assert.Equal(["event", "departure", "1.0", "resign"], row.Fields);
                Assert.Equal(string.Empty, row.Comment);
            });
    }

    private static List<TsvRow> Read(string text)
    {
        using var reader = new StringReader(text);
        return [.. TsvRows.Read(reader)];
    }
}
