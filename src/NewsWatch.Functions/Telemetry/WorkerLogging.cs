using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsWatch.Functions.Telemetry;

/// <summary>What the worker logs, and so what reaches Application Insights.</summary>
public static class WorkerLogging
{
    private const string ApplicationInsightsProvider = "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider";

    /// <summary>
    /// The Application Insights SDK adds a rule that keeps only warnings from the worker; it is
    /// removed, or the poll and delivery cycles' one-line summaries never arrive. ASP.NET Core's
    /// own request lines ("Request starting … ?code=…") would then carry reader keys sent in
    /// URLs, so its categories log warnings and worse only.
    /// </summary>
    public static ILoggingBuilder KeepCycleSummariesButNoRequestUrls(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.Services.Configure<LoggerFilterOptions>(options =>
        {
            var warningsOnly = options.Rules.FirstOrDefault(rule => rule.ProviderName == ApplicationInsightsProvider);
            if (warningsOnly is not null)
                options.Rules.Remove(warningsOnly);
        });
        return logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
    }
}
