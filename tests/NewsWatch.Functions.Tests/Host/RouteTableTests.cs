using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Constraints;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Host;

/// <summary>
/// The built routes under ASP.NET Core's own routing (the Functions host routes with it too),
/// served on loopback: each path reaches the function meant for it, whatever the order.
/// </summary>
public sealed class RouteTableTests : IAsyncLifetime
{
    private WebApplication? app;
    private HttpClient? client;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        foreach (var function in FunctionsMetadata.Read().Where(f => f.Trigger == "httpTrigger"))
            app.MapMethods("api/" + function.Route, function.Methods, (HttpContext context) => context.Response.WriteAsync(function.Name));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        client = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/") };
    }

    [Theory]
    [InlineData("GET", "api/alerts/feed", "GetAlertsFeed")]
    [InlineData("GET", "api/alerts/2520000000000000000-0123456789abcdef", "GetAlert")]
    [InlineData("GET", "api/alerts", "ListAlerts")]
    [InlineData("POST", "api/feeds/import", "ImportFeeds")]
    [InlineData("GET", "api/feeds/export", "ExportFeeds")]
    [InlineData("DELETE", "api/feeds?id=abc", "RemoveFeed")]
    [InlineData("POST", "api/subscriptions/sub_1/rotate-secret", "RotateSubscriptionSecret")]
    [InlineData("DELETE", "api/subscriptions/sub_1", "DeleteSubscription")]
    public async Task Request_ReachesTheFunctionForItsPathAndMethod(string method, string path, string function)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await client!.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(function, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AlertsFeedPath_IsNotTakenForAnAlertId_EvenWithoutLiteralPrecedence()
    {
        // The route constraint alone keeps "feed" out of alerts/{id}: GetAlert by itself does not match it.
        var getAlert = Assert.Single(FunctionsMetadata.Read(), f => f.Name == "GetAlert");
        var matcher = new TemplateMatcher(
            TemplateParser.Parse(getAlert.Route!), new RouteValueDictionary());
        var values = new RouteValueDictionary();
        Assert.True(matcher.TryMatch("/alerts/feed", values), "the template without constraints matches, so the constraint must be what refuses it");
        Assert.True(values["id"] is "feed");
        Assert.False(new MinLengthRouteConstraint(21).Match(null, null, "id", values, RouteDirection.IncomingRequest));
        using var response = await client!.GetAsync(new Uri("api/alerts/feed", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("GetAlertsFeed", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (app is not null)
            await app.DisposeAsync();
    }
}
