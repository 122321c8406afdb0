using NewsWatch.Core.Alerts;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Tests.Pipeline;

public sealed class RetryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2024, 5, 17, 12, 0, 0, TimeSpan.Zero);
    private static readonly WebhookOptions Options = new() { RetrySchedule = [TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5)] };
    private static readonly Delivery Pending = new("sub", "alert", "alert", new AlertKey("202405", "r"), "msg_1", Now);
    private static readonly SendResult ServerError = new(false, 500, "The receiver answered 500.");

    [Theory]
    [InlineData(0.0, 4)]
    [InlineData(0.5, 5)]
    [InlineData(1.0, 6)]
    public void AfterFailure_WaitsTheScheduledDelayWithJitter(double random, int expectedSeconds)
    {
        var next = new RetryPolicy(Options, () => random).AfterFailure(Pending, ServerError, Now);

        Assert.Equal((DeliveryState.Pending, 1, 500), (next.State, next.Attempts, next.LastStatus!.Value));
        Assert.Equal(Now.AddSeconds(expectedSeconds), next.NextAttemptAt);
    }

    [Fact]
    public void AfterFailure_HonoursALongerRetryAfter()
    {
        var next = new RetryPolicy(Options, () => 0.5).AfterFailure(Pending, ServerError with { RetryAfter = TimeSpan.FromMinutes(3) }, Now);

        Assert.Equal(Now.AddMinutes(3), next.NextAttemptAt);
    }

    [Fact]
    public void AfterFailure_OnceTheScheduleIsSpent_MarksTheDeliveryDead()
    {
        var next = new RetryPolicy(Options, () => 0.5).AfterFailure(Pending with { Attempts = 2 }, ServerError, Now);

        Assert.Equal((DeliveryState.Dead, 3), (next.State, next.Attempts));
    }
}
