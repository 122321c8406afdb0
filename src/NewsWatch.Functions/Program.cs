using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsWatch.Core;
using NewsWatch.Functions.Http;
using NewsWatch.Functions.Telemetry;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<HttpFailures>();
builder.UseMiddleware<KeyPlacement>();
builder.Services
    .AddApplicationInsightsTelemetryWorkerService()
    .ConfigureFunctionsApplicationInsights();
// Outbound calls are recorded with their URLs; a webhook's path or query may be its secret.
builder.Services.AddSingleton<ITelemetryInitializer, OutboundUrlRedaction>();

// The Application Insights SDK adds a rule that keeps only warnings from the worker; without
// removing it, the poll and delivery cycles' one-line summaries never reach Application Insights.
builder.Logging.Services.Configure<LoggerFilterOptions>(options =>
{
    var warningsOnly = options.Rules.FirstOrDefault(rule =>
        rule.ProviderName == "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider");
    if (warningsOnly is not null)
        options.Rules.Remove(warningsOnly);
});

builder.Services.AddNewsWatch(builder.Configuration);
builder.Build().Run();
