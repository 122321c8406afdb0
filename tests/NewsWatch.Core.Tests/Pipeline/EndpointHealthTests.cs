using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Tests.Pipeline;

public sealed class EndpointHealthTests
{
    private static readonly DateTimeOffset Now = new(2024, 5, 17, 12, 0, 0, TimeSpan.Zero);
    private static readonly EndpointHealth Health = new(new WebhookOptions { DisableAfterFailingFor = TimeSpan.FromHours(6) });
    private static readonly Subscription Healthy = new("sub", new Uri("https://hooks.example/a"), WebhookSecret.Create(), Now);
    private static readonly SendResult Failure = new(false, 500, "500");

    [Fact]
    public void After_TheFirstFailure_MarksWhenFailingStarted() =>
        Assert.Equal(Now, Health.After(Healthy, Failure, Now)!.FailingSince);

    [Fact]
    public void After_FailingLongerThanAllowed_DisablesWithTheReason()
    {
        var disabled = Health.After(Healthy with { FailingSince = Now.AddHours(-7) }, Failure, Now);

        Assert.False(disabled!.IsEnabled);
        Assert.Contains("failed for 6 hours", disabled.DisabledReason, StringComparison.Ordinal);
    }

    [Fact]
    public void After_ASuccess_ClearsTheFailingMark() =>
        Assert.Null(Health.After(Healthy with { FailingSince = Now.AddHours(-1) }, new SendResult(true, 200, null), Now)!.FailingSince);

    [Fact]
    public void After_ASuccessWhenHealthy_ChangesNothing() =>
        Assert.Null(Health.After(Healthy, new SendResult(true, 200, null), Now));
}
