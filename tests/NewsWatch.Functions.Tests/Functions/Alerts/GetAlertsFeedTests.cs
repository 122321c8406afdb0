using System.Xml.Linq;
using CodeHollow.FeedReader;
using NewsWatch.Core.Classification;
using NewsWatch.Functions.Functions.Alerts;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions.Alerts;

/// <summary>The Atom feed must be one any feed reader takes: valid Atom 1.0, one entry per alert.</summary>
public sealed class GetAlertsFeedTests(AzuriteFixture azurite)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    // RFC 4287: a feed and each entry must carry exactly one id, title and updated.
    private static readonly string[] Required = ["id", "title", "updated"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Feed_IsAtom10_ThatAFeedReaderParses_WithOneEntryPerAlert()
    {
        await using var host = FunctionsHost.Create(azurite);
        var older = await StoredAlerts.AddAsync(host, "Safety lead resigns", AlertEvent.Departure, DateTimeOffset.UtcNow.AddHours(-2), Ct);
        var newer = await StoredAlerts.AddAsync(host, "OpenAI dissout l'équipe Superalignment", AlertEvent.Dissolution, DateTimeOffset.UtcNow.AddHours(-1), Ct, language: "fr");
        var call = HttpCall.Get("/api/alerts/feed", "code=secret-key");

        var answer = await call.AnswerAsync(host.Function<GetAlertsFeed>().Run(call.Request, Ct));

        Assert.Equal(200, answer.Status);
        Assert.StartsWith("application/atom+xml", answer.ContentType, StringComparison.Ordinal);
        var feed = FeedReader.ReadFromString(answer.Body);
        Assert.Equal(FeedType.Atom, feed.Type);
        Assert.Equal(["OpenAI dissout l'équipe Superalignment", "Safety lead resigns"], feed.Items.Select(i => i.Title));
        Assert.Equal(newer.Link!.AbsoluteUri, feed.Items[0].Link);
        Assert.Equal("urn:newswatch:alert:" + older.Id, feed.Items[1].Id);
        Assert.DoesNotContain("secret-key", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_HasEveryElementAtom10Requires_AndSummariesCarryEventScoreEntitiesAndEvidence()
    {
        await using var host = FunctionsHost.Create(azurite);
        var alert = await StoredAlerts.AddAsync(host, "Safety lead resigns", AlertEvent.Departure, DateTimeOffset.UtcNow.AddHours(-1), Ct);
        var call = HttpCall.Get("/api/alerts/feed");

        var answer = await call.AnswerAsync(host.Function<GetAlertsFeed>().Run(call.Request, Ct));

        var document = XDocument.Parse(answer.Body);
        var feed = document.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.All(Required, name => Assert.Single(feed.Elements(Atom + name)));
        Assert.NotEmpty(feed.Elements(Atom + "author").Elements(Atom + "name"));
        var entry = Assert.Single(feed.Elements(Atom + "entry"));
        Assert.All(Required, name => Assert.Single(entry.Elements(Atom + name)));
        Assert.Equal("urn:newswatch:alert:" + alert.Id, entry.Element(Atom + "id")!.Value);
        Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, out _));
        Assert.Equal("alternate", entry.Element(Atom + "link")!.Attribute("rel")!.Value);
        var summary = entry.Element(Atom + "summary")!.Value;
        Assert.Contains("departure", summary, StringComparison.Ordinal);
        Assert.Contains("0.75", summary, StringComparison.Ordinal);
        Assert.Contains("OpenAI", summary, StringComparison.Ordinal);
        Assert.Contains("Jan Leike", summary, StringComparison.Ordinal);
        Assert.Contains("Superalignment", summary, StringComparison.Ordinal);
        Assert.Contains("\"resigns\"", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_WithNoAlerts_IsStillAValidEmptyFeed()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Get("/api/alerts/feed");

        var answer = await call.AnswerAsync(host.Function<GetAlertsFeed>().Run(call.Request, Ct));

        Assert.Equal(200, answer.Status);
        var feed = FeedReader.ReadFromString(answer.Body);
        Assert.Equal(FeedType.Atom, feed.Type);
        Assert.Empty(feed.Items);
        Assert.Single(XDocument.Parse(answer.Body).Root!.Elements(Atom + "updated"));
    }

    [Fact]
    public async Task Feed_WithAnUnknownEvent_Answers400Problem()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Get("/api/alerts/feed", "event=explosion");

        var answer = await call.AnswerAsync(host.Function<GetAlertsFeed>().Run(call.Request, Ct));

        ProblemAssert.IsProblem(answer, 400);
        Assert.NotEmpty(answer.ErrorsFor("event"));
    }

    [Theory]
    [InlineData("code")]
    [InlineData("CODE")]
    public async Task Feed_LeavesTheReaderKeyOutOfItsSelfLink_WhateverItsCase_AndKeepsTheFilters(string keyName)
    {
        // The host takes ?CODE= as the key too, so it must not be copied into a document that is easily shared.
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Get("/api/alerts/feed", $"lang=en&{keyName}=reader-key");

        var answer = await call.AnswerAsync(host.Function<GetAlertsFeed>().Run(call.Request, Ct));

        Assert.Equal(200, answer.Status);
        Assert.DoesNotContain("reader-key", answer.Body, StringComparison.Ordinal);
        var self = XDocument.Parse(answer.Body).Root!.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "self");
        Assert.Equal("http://localhost:7071/api/alerts/feed?lang=en", self.Attribute("href")!.Value);
    }
}
