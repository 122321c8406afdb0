using System.Text.Json;
using NewsWatch.Functions.Functions.Webhooks;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions.Webhooks;

/// <summary>Creates a subscription through the API, as a user would before the calls under test.</summary>
internal static class SubscriptionCalls
{
    public static async Task<(string Id, string Secret)> CreateAsync(FunctionsHost host, Uri url, CancellationToken cancellationToken)
    {
        var call = HttpCall.Post("/api/subscriptions", JsonSerializer.Serialize(new { url = url.AbsoluteUri }));
        var answer = await call.AnswerAsync(host.Function<CreateSubscription>().Run(call.Request, cancellationToken));
        Assert.Equal(201, answer.Status);
        return (answer.Json.GetProperty("id").GetString()!, answer.Json.GetProperty("secret").GetString()!);
    }
}
