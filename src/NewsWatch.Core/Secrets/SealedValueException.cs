namespace NewsWatch.Core.Secrets;

/// <summary>A sealed value that does not open: moved from another row, altered, or sealed with a key this installation lacks.</summary>
public sealed class SealedValueException : Exception
{
    public SealedValueException()
    {
    }

    public SealedValueException(string message)
        : base(message)
    {
    }

    public SealedValueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
