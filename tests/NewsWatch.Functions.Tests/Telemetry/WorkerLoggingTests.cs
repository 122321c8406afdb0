using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Functions.Telemetry;
using NewsWatch.Testing;

namespace NewsWatch.Functions.Tests.Telemetry;

public sealed class WorkerLoggingTests
{
    private const string ApplicationInsightsProvider = "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider";

    [Fact]
    public void RequestLines_WithAKeyInTheirUrl_AreNotLogged_WhileCycleSummariesAre()
    {
        using var capture = new LogCapture();
        using var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(capture).KeepCycleSummariesButNoRequestUrls())
            .BuildServiceProvider();
        var loggers = services.GetRequiredService<ILoggerFactory>();

        loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").LogInformation("Request starting HTTP/1.1 GET http://localhost/api/alerts/feed?code=reader-key-123");
        loggers.CreateLogger("NewsWatch.Core.Pipeline.DeliveryCycle").LogInformation("Delivery cycle: 1 attempted");
        loggers.CreateLogger("Microsoft.AspNetCore.Server.Kestrel").LogWarning("Connection reset");

        Assert.DoesNotContain("reader-key-123", capture.Text, StringComparison.Ordinal);
        Assert.Contains("Delivery cycle: 1 attempted", capture.Text, StringComparison.Ordinal);
        Assert.Contains("Connection reset", capture.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplicationInsightsWarningsOnlyRule_IsRemoved()
    {
        using var services = new ServiceCollection()
            .AddLogging(logging =>
            {
                logging.Services.Configure<LoggerFilterOptions>(options => options.Rules.Add(new LoggerFilterRule(ApplicationInsightsProvider, null, LogLevel.Warning, null)));
                logging.KeepCycleSummariesButNoRequestUrls();
            })
            .BuildServiceProvider();

        var rules = services.GetRequiredService<IOptions<LoggerFilterOptions>>().Value.Rules;

        Assert.DoesNotContain(rules, rule => rule.ProviderName == ApplicationInsightsProvider);
    }
}
