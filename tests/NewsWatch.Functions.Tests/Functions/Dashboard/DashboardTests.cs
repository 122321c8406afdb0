using NewsWatch.Dashboard;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions.Dashboard;

public sealed class DashboardTests
{
    private static readonly NewsWatch.Functions.Functions.Dashboard.Dashboard Function = new();

    [Fact]
    public async Task ThePage_IsServedAsHtml_UnderAPolicyThatAllowsOnlyTheAppsOwnCode()
    {
        var call = HttpCall.Get("/api/dashboard/");

        var answer = await call.AnswerAsync(Task.FromResult(Function.Run(call.Request, "")));

        Assert.Equal(200, answer.Status);
        Assert.StartsWith("text/html", answer.ContentType, StringComparison.Ordinal);
        Assert.Contains("<main", answer.Body, StringComparison.Ordinal);
        Assert.Equal(DashboardHeaders.ContentSecurityPolicy, answer.Headers.ContentSecurityPolicy.ToString());
        Assert.Contains("script-src 'self'", answer.Headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", answer.Headers.XContentTypeOptions.ToString());
        Assert.Equal("DENY", answer.Headers.XFrameOptions.ToString());
    }

    [Fact]
    public async Task AScript_IsServedAsJavaScript_WithAValidator_AndA304WhenTheBrowserHasIt()
    {
        var script = DashboardAssets.Paths.First(path => path.EndsWith(".js", StringComparison.Ordinal));
        var first = HttpCall.Get("/api/dashboard/" + script);
        var answer = await first.AnswerAsync(Task.FromResult(Function.Run(first.Request, script)));
        var again = HttpCall.Get("/api/dashboard/" + script);
        again.Request.Headers.IfNoneMatch = answer.Headers.ETag;

        var revalidated = await again.AnswerAsync(Task.FromResult(Function.Run(again.Request, script)));

        Assert.Equal(200, answer.Status);
        Assert.StartsWith("text/javascript", answer.ContentType, StringComparison.Ordinal);
        Assert.Equal(304, revalidated.Status);
        Assert.Equal("", revalidated.Body);
    }

    [Fact]
    public async Task ThePageWithoutItsTrailingSlash_RedirectsToIt_SoItsRelativeAddressesResolve()
    {
        var call = HttpCall.Get("/api/dashboard");

        var answer = await call.AnswerAsync(Task.FromResult(Function.Run(call.Request, null)));

        Assert.Equal(301, answer.Status);
        Assert.Equal("/api/dashboard/", answer.Headers.Location.ToString());
    }

    [Theory]
    [InlineData("../host.json")]
    [InlineData("js/missing.js")]
    public async Task AFileTheDashboardDoesNotHave_Answers404(string path)
    {
        var call = HttpCall.Get("/api/dashboard/" + path);

        var answer = await call.AnswerAsync(Task.FromResult(Function.Run(call.Request, path)));

        ProblemAssert.IsProblem(answer, 404);
    }
}
