namespace NewsWatch.Functions.Tests.Support;

/// <summary>Checks an answer is an RFC 9457 problem: the media type and the members every problem carries.</summary>
public static class ProblemAssert
{
    public static void IsProblem(HttpAnswer answer, int status)
    {
        ArgumentNullException.ThrowIfNull(answer);
        Assert.Equal(status, answer.Status);
        Assert.StartsWith("application/problem+json", answer.ContentType, StringComparison.Ordinal);
        var problem = answer.Json;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.StartsWith("https://", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }
}
