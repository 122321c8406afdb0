using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Mvc;

namespace NewsWatch.Functions.Http;

/// <summary>What a request gave once read and checked: the value, or the problem to answer with.</summary>
public sealed record Input<T>(T? Value, IActionResult? Problem)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsValid => Problem is null && Value is not null;
}

public static class Input
{
    public static Input<T> Valid<T>(T value) where T : class => new(value, null);

    public static Input<T> Invalid<T>(IActionResult problem) where T : class => new(null, problem);
}
