using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;
using NewsWatch.Functions.Functions.Alerts;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions.Alerts;

public sealed class ListAlertReportsTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EachReport_ComesWithItsTextAndTheEvidenceWithinIt_InTheAlertsOrder()
    {
        await using var host = FunctionsHost.Create(azurite);
        var now = DateTimeOffset.UtcNow;
        var french = new NewsItem("feed-fr", "fr-1", "Corvid Labs dissout son équipe d'alignement", "La directrice Maren Okafor a démissionné.", null, null, now.AddHours(-2), "fr", "Presse");
        var english = new NewsItem("feed-en", "en-1", "Corvid Labs disbands its alignment team", "Its lead, Maren Okafor, resigned on Friday.", null, null, now.AddHours(-1), "en", "Wire");
        var stored = await host.Get<ItemStore>().RecordManyAsync([french, english], [], now, Ct);
        var classifier = host.Get<Classifier>();
        var alert = Alert.From(stored[0], classifier.Classify(french)).Joined(AlertSource.Of(stored[1], classifier.Classify(english)), classifier.Classify(english));
        await host.Get<AlertStore>().AddAsync(alert, Ct);
        var call = HttpCall.Get($"/api/alerts/{alert.Id}/reports");

        var answer = await call.AnswerAsync(host.Function<ListAlertReports>().Run(call.Request, alert.Id, Ct));

        Assert.Equal(200, answer.Status);
        var reports = answer.Json.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(["fr-1", "en-1"], reports.Select(r => r.GetProperty("itemId").GetString()));
        Assert.Equal(Classifier.TextOf(english), reports[1].GetProperty("text").GetString());
        Assert.All(reports, report =>
        {
            var text = report.GetProperty("text").GetString()!;
            var spans = report.GetProperty("evidence").EnumerateArray().ToList();
            Assert.Contains(spans, e => e.GetProperty("kind").GetString() == "event");
            Assert.All(spans, e => Assert.Equal(e.GetProperty("text").GetString(), text.Substring(e.GetProperty("start").GetInt32(), e.GetProperty("text").GetString()!.Length)));
        });
        Assert.Contains(reports[1].GetProperty("evidence").EnumerateArray(), e => e.GetProperty("text").GetString() == "resigned");
    }

    [Fact]
    public async Task TheReportsOfAnUnknownAlert_Answer404()
    {
        await using var host = FunctionsHost.Create(azurite);
        var id = "2520000000000000000-0123456789abcdef";
        var call = HttpCall.Get($"/api/alerts/{id}/reports");

        var answer = await call.AnswerAsync(host.Function<ListAlertReports>().Run(call.Request, id, Ct));

        ProblemAssert.IsProblem(answer, 404);
    }
}
