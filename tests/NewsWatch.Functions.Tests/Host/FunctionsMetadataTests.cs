using NewsWatch.Functions.Http;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Host;

/// <summary>What the Functions host will create from the build: every trigger, route, method and auth level, and each route's role.</summary>
public sealed class FunctionsMetadataTests
{
    public static readonly TheoryData<string, string, string, string, ApiRole> HttpFunctions = new()
    {
        { "CreateSubscription", "POST", "subscriptions", "Function", ApiRole.Admin },
        { "ListSubscriptions", "GET", "subscriptions", "Function", ApiRole.Admin },
        { "GetSubscription", "GET", "subscriptions/{id}", "Function", ApiRole.Admin },
        { "DeleteSubscription", "DELETE", "subscriptions/{id}", "Function", ApiRole.Admin },
        { "RotateSubscriptionSecret", "POST", "subscriptions/{id}/rotate-secret", "Function", ApiRole.Admin },
        { "TestSubscription", "POST", "subscriptions/{id}/test", "Function", ApiRole.Admin },
        { "ReplaySubscription", "POST", "subscriptions/{id}/replay", "Function", ApiRole.Admin },
        { "ListAlerts", "GET", "alerts", "Function", ApiRole.Reader },
        { "GetAlert", "GET", "alerts/{id:minlength(21)}", "Function", ApiRole.Reader },
        { "GetAlertsFeed", "GET", "alerts/feed", "Function", ApiRole.Reader },
        { "ListAlertDeliveries", "GET", "alerts/{id:minlength(21)}/deliveries", "Function", ApiRole.Admin },
        { "ListAlertReports", "GET", "alerts/{id:minlength(21)}/reports", "Function", ApiRole.Reader },
        { "FeedHealth", "GET", "feeds/health", "Function", ApiRole.Reader },
        { "ListSubscriptionDeliveries", "GET", "subscriptions/{id}/deliveries", "Function", ApiRole.Admin },
        { "EnableSubscription", "POST", "subscriptions/{id}/enable", "Function", ApiRole.Admin },
        { "DisableSubscription", "POST", "subscriptions/{id}/disable", "Function", ApiRole.Admin },
        { "Dashboard", "GET", "dashboard/{*path}", "Anonymous", ApiRole.Page },
        { "ListFeeds", "GET", "feeds", "Function", ApiRole.Admin },
        { "AddFeed", "POST", "feeds", "Function", ApiRole.Admin },
        { "RemoveFeed", "DELETE", "feeds", "Function", ApiRole.Admin },
        { "ImportFeeds", "POST", "feeds/import", "Function", ApiRole.Admin },
        { "ExportFeeds", "GET", "feeds/export", "Function", ApiRole.Admin },
        { "AddSearchSource", "POST", "sources/search", "Function", ApiRole.Admin },
        { "ListQueryPacks", "GET", "sources/packs", "Function", ApiRole.Admin },
        { "AddQueryPack", "POST", "sources/packs/{name}", "Function", ApiRole.Admin },
        { "RemoveQueryPack", "DELETE", "sources/packs/{name}", "Function", ApiRole.Admin },
        { "VerifyWebSub", "GET", "websub/{feedId}/{token}", "Anonymous", ApiRole.Hub },
        { "ReceiveWebSub", "POST", "websub/{feedId}/{token}", "Anonymous", ApiRole.Hub },
        { "Classify", "POST", "classify", "Function", ApiRole.Admin },
        { "Health", "GET", "health", "Function", ApiRole.Reader },
    };

    /// <summary>The routes a feed reader, an uptime monitor or the dashboard may open with a reader key.</summary>
    private static readonly string[] ReaderRoutes = ["alerts", "alerts/feed", "alerts/{id:minlength(21)}", "alerts/{id:minlength(21)}/reports", "feeds/health", "health"];

    [Theory]
    [MemberData(nameof(HttpFunctions))]
    public void HttpFunction_HasItsRouteMethodAuthLevelAndRole(string name, string method, string route, string authLevel, ApiRole role)
    {
        var function = Assert.Single(FunctionsMetadata.Read(), f => f.Name == name);

        Assert.Equal("httpTrigger", function.Trigger);
        Assert.Equal(route, function.Route);
        Assert.Equal([method], function.Methods);
        Assert.Equal(authLevel, function.AuthLevel);
        Assert.True(ApiRoles.All.TryGetValue(name, out var declared), $"{name} declares no [Role].");
        Assert.Equal(role, declared);
    }

    [Fact]
    public void EveryRoute_IsAtFunctionLevel_NeverAnonymousNorAdmin_ButTheHubCallbackAndTheDashboardsFiles()
    {
        // Function level is what lets a per-function reader key open one route; Admin level would
        // take only the master key, and Anonymous would open the alerts and health to anyone.
        // Hubs hold no key of ours: their callback is anonymous, opened by a subscription's own
        // token in the path and, for content, its signature (HubCallback). The dashboard's files
        // hold no data, and a browser opening a page can send no key header.
        var levels = FunctionsMetadata.Read().Where(f => f.Trigger == "httpTrigger").Select(f => (f.Name, f.AuthLevel)).ToList();

        Assert.Equal(HttpFunctions.Count, levels.Count);
        Assert.All(levels, level => Assert.Equal(ApiRoles.Of(level.Name) is ApiRole.Hub or ApiRole.Page ? "Anonymous" : "Function", level.AuthLevel));
        Assert.Equal(["Dashboard", "ReceiveWebSub", "VerifyWebSub"], levels.Where(l => l.AuthLevel == "Anonymous").Select(l => l.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReaderRoutes_AreExactlyTheAlertsTheHealthCheckAndTheFeedsHealth()
    {
        var http = FunctionsMetadata.Read().Where(f => f.Trigger == "httpTrigger").ToList();

        var readers = http.Where(f => ApiRoles.Of(f.Name) == ApiRole.Reader).ToList();

        Assert.Equal(ReaderRoutes, readers.Select(f => f.Route!).Order(StringComparer.Ordinal));
        Assert.All(readers, f => Assert.Equal(["GET"], f.Methods));
        Assert.Equal(["FeedHealth", "GetAlert", "GetAlertsFeed", "Health", "ListAlertReports", "ListAlerts"], readers.Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryHttpFunction_DeclaresItsRole_AndNothingElseDoes()
    {
        var http = FunctionsMetadata.Read().Where(f => f.Trigger == "httpTrigger").Select(f => f.Name).Order(StringComparer.Ordinal);

        Assert.Equal(http, ApiRoles.All.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("PollFeeds", "%NewsWatch:PollSchedule%")]
    [InlineData("DeliverWebhooks", "%NewsWatch:DeliverySchedule%")]
    public void Timer_RunsOnItsConfiguredSchedule(string name, string schedule)
    {
        var function = Assert.Single(FunctionsMetadata.Read(), f => f.Name == name);

        Assert.Equal("timerTrigger", function.Trigger);
        Assert.Equal(schedule, function.Schedule);
    }

    [Fact]
    public void TheBuild_HasExactlyTheseFunctions_AndNoOthers()
    {
        var expected = HttpFunctions.Select(row => row.Data.Item1).Append("PollFeeds").Append("DeliverWebhooks").Order(StringComparer.Ordinal);

        Assert.Equal(expected, FunctionsMetadata.Read().Select(f => f.Name).Order(StringComparer.Ordinal));
    }
}
