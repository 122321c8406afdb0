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

builder.Logging.KeepCycleSummariesButNoRequestUrls();

builder.Services.AddNewsWatch(builder.Configuration);
builder.Build().Run();
