namespace NewsWatch.Core.WebSub;

/// <summary>What the callback answers a hub: a status, and the challenge to echo or the reason for a refusal.</summary>
public sealed record CallbackAnswer(int Status, string? Text = null)
{
    public static CallbackAnswer Echo(string challenge) => new(200, challenge);

    public static CallbackAnswer Acknowledged { get; } = new(200);

    public static CallbackAnswer Accepted { get; } = new(202);

    public static CallbackAnswer NotFound(string reason) => new(404, reason);

    public static CallbackAnswer Refused(string reason) => new(403, reason);

    public static CallbackAnswer BadRequest(string reason) => new(400, reason);

    public static CallbackAnswer TooLarge(string reason) => new(413, reason);

    public bool IsSuccess => Status is >= 200 and < 300;
}
