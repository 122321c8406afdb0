using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Evaluation;

namespace NewsWatch.Core.Tests.Classification.Evaluation;

public class LabelledItemReaderTests
{
    [Fact]
    public void Read_ParsesLabelledLine()
    {
        const string Line = """{"id": "x-1", "lang": "fr", "title": "T", "summary": "S", "link": "https://example.org/a", "source": "Src", "published": "2024-05-17T18:00:00Z", "label": {"event": "dissolution", "events": ["dissolution", "departure"], "orgs": ["OpenAI"], "people": ["Jan Leike"], "teams": ["Superalignment"]}}""";

        var item = Assert.Single(LabelledItemReader.Read(new StringReader(Line)));

        Assert.Equal("x-1", item.Id);
        Assert.Equal(AlertEvent.Dissolution, item.Label!.Event);
        Assert.Equal([AlertEvent.Dissolution, AlertEvent.Departure], item.Label.Events);
        Assert.Equal(["Jan Leike"], item.Label.People);
    }

    [Fact]
    public void Read_WhenLabelOrListsAreMissing_ReadsThemAsAbsentOrEmpty()
    {
        const string Lines = """
            {"id": "x-2", "lang": "en", "title": "No label"}

            {"id": "x-3", "lang": "en", "title": "Partial", "label": {"event": "none"}}
            """;

        var items = LabelledItemReader.Read(new StringReader(Lines)).ToList();

        Assert.Equal(2, items.Count);
        Assert.Null(items[0].Label);
        Assert.Equal(string.Empty, items[0].Summary);
        Assert.Empty(items[1].Label!.Orgs);
        Assert.Empty(items[1].Label!.Events);
    }

    [Fact]
    public void Read_WhenLineIsNotJson_ReportsTheLineNumber()
    {
        var error = Assert.Throws<InvalidDataException>(() => LabelledItemReader.Read(new StringReader("{\"id\": \"ok\", \"lang\": \"en\", \"title\": \"t\"}\nnot json")).ToList());

        Assert.StartsWith("Line 2", error.Message, StringComparison.Ordinal);
    }
}
