namespace NewsWatch.Core.Webhooks;

/// <summary>A request a user must correct, with each wrong field and why: hosts show it as a 4xx or a clear line.</summary>
public sealed class InvalidRequestException : Exception
{
    public InvalidRequestException(IReadOnlyDictionary<string, string[]> errors)
        : base(string.Join(" ", errors.SelectMany(e => e.Value)))
    {
        Errors = errors;
    }

    public InvalidRequestException()
        : this(new Dictionary<string, string[]>())
    {
    }

    public InvalidRequestException(string message)
        : this(new Dictionary<string, string[]> { [string.Empty] = [message] })
    {
    }

    public InvalidRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]> { [string.Empty] = [message] };
    }

    /// <summary>Messages by field name (camelCase, as the API spells it).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
