using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Host;

/// <summary>What the Functions host will create from the build: every trigger, route, method and auth level.</summary>
public sealed class FunctionsMetadataTests
{
    public static readonly TheoryData<string, string, string, string> HttpFunctions = new()
    {
        { "CreateSubscription", "POST", "subscriptions", "Function" },
        { "ListSubscriptions", "GET", "subscriptions", "Function" },
        { "GetSubscription", "GET", "subscriptions/{id}", "Function" },
        { "DeleteSubscription", "DELETE", "subscriptions/{id}", "Function" },
        { "RotateSubscriptionSecret", "POST", "subscriptions/{id}/rotate-secret", "Function" },
        { "TestSubscription", "POST", "subscriptions/{id}/test", "Function" },
        { "ReplaySubscription", "POST", "subscriptions/{id}/replay", "Function" },
        { "ListAlerts", "GET", "alerts", "Function" },
        { "GetAlert", "GET", "alerts/{id:minlength(21)}", "Function" },
        { "GetAlertsFeed", "GET", "alerts/feed", "Function" },
        { "ListFeeds", "GET", "feeds", "Function" },
        { "AddFeed", "POST", "feeds", "Function" },
        { "RemoveFeed", "DELETE", "feeds", "Function" },
        { "ImportFeeds", "POST", "feeds/import", "Function" },
        { "ExportFeeds", "GET", "feeds/export", "Function" },
        { "Classify", "POST", "classify", "Function" },
        { "Health", "GET", "health", "Function" },
    };

    [Theory]
    [MemberData(nameof(HttpFunctions))]
    public void HttpFunction_HasItsRouteMethodAndAuthLevel(string name, string method, string route, string authLevel)
    {
        var function = Assert.Single(FunctionsMetadata.Read(), f => f.Name == name);

        Assert.Equal("httpTrigger", function.Trigger);
        Assert.Equal(route, function.Route);
        Assert.Equal([method], function.Methods);
        Assert.Equal(authLevel, function.AuthLevel);
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
