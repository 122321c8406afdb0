using Microsoft.ApplicationInsights.DataContracts;
using NewsWatch.Functions.Telemetry;

namespace NewsWatch.Functions.Tests.Telemetry;

public sealed class OutboundUrlRedactionTests
{
    private const string ChatHook = "https://hooks.slack.com/services/T000/B000/SECRETPATHTOKEN";

    [Fact]
    public void Initialize_AWebhookCall_RecordsItsUrlAndNameMasked()
    {
        var dependency = HttpDependency("POST /services/T000/B000/SECRETPATHTOKEN", ChatHook);

        new OutboundUrlRedaction().Initialize(dependency);

        Assert.Equal("https://hooks.slack.com/…OKEN", dependency.Data);
        Assert.Equal("POST /…OKEN", dependency.Name);
        Assert.Equal("hooks.slack.com", dependency.Target);
    }

    [Theory]
    [InlineData("POST /services/T000/B000/SECRETPATHTOKEN", ChatHook)]
    [InlineData("POST /receive", "https://hooks.example/receive?token=SECRETQUERYTOKEN")]
    [InlineData("GET /feeds/SECRETPATH/rss", "http://127.0.0.1:8080/feeds/SECRETPATH/rss?key=SECRETQUERY")]
    public void Initialize_AnyOutboundHttpCall_KeepsNoPathOrQuery(string name, string url)
    {
        var dependency = HttpDependency(name, url);

        new OutboundUrlRedaction().Initialize(dependency);

        var path = new Uri(url).AbsolutePath;
        Assert.DoesNotContain("SECRET", dependency.Data, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", dependency.Name, StringComparison.Ordinal);
        Assert.DoesNotContain(path, dependency.Data, StringComparison.Ordinal);
        Assert.DoesNotContain(path, dependency.Name, StringComparison.Ordinal);
        Assert.StartsWith(name.Split(' ')[0] + " /…", dependency.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Initialize_WhenTheOperationIsNamedAfterTheCall_MasksTheOperationNameToo()
    {
        var dependency = HttpDependency("POST /services/T000/B000/SECRETPATHTOKEN", ChatHook);
        dependency.Context.Operation.Name = dependency.Name;

        new OutboundUrlRedaction().Initialize(dependency);

        Assert.Equal("POST /…OKEN", dependency.Context.Operation.Name);
    }

    [Fact]
    public void Initialize_WithinAFunctionInvocation_LeavesTheOperationName()
    {
        var dependency = HttpDependency("POST /services/T000/B000/SECRETPATHTOKEN", ChatHook);
        dependency.Context.Operation.Name = "DeliverWebhooks";

        new OutboundUrlRedaction().Initialize(dependency);

        Assert.Equal("DeliverWebhooks", dependency.Context.Operation.Name);
    }

    [Fact]
    public void Initialize_AnAzureStorageCall_KeepsItsPathForGrouping_ButDropsTheQuery()
    {
        var dependency = HttpDependency("GET /Subscriptions()", "https://newswatch.table.core.windows.net/Subscriptions()?sv=2024&sig=SECRETSAS");

        new OutboundUrlRedaction().Initialize(dependency);

        Assert.Equal("https://newswatch.table.core.windows.net/Subscriptions()", dependency.Data);
        Assert.Equal("GET /Subscriptions()", dependency.Name);
    }

    [Fact]
    public void Initialize_ANonHttpDependencyWithAUrl_IsMaskedAsWell()
    {
        var dependency = new DependencyTelemetry("Custom", "hooks.slack.com", "send " + ChatHook, ChatHook);

        new OutboundUrlRedaction().Initialize(dependency);

        Assert.DoesNotContain("SECRET", dependency.Data, StringComparison.Ordinal);
        Assert.Equal("send https://hooks.slack.com/…OKEN", dependency.Name);
    }

    [Fact]
    public void Initialize_OtherTelemetry_IsLeftAlone()
    {
        var trace = new TraceTelemetry("Delivery cycle: 1 attempted");
        var inProc = new DependencyTelemetry("InProc", "", "Work", "not a url");

        new OutboundUrlRedaction().Initialize(trace);
        new OutboundUrlRedaction().Initialize(inProc);

        Assert.Equal("Delivery cycle: 1 attempted", trace.Message);
        Assert.Equal(("Work", "not a url"), (inProc.Name, inProc.Data));
    }

    /// <summary>What the SDK's dependency collector records for an HttpClient call.</summary>
    private static DependencyTelemetry HttpDependency(string name, string url) =>
        new("Http", new Uri(url).Authority, name, url);
}
