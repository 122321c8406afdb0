namespace NewsWatch.Functions.Http;

/// <summary>
/// Declares an HTTP function's <see cref="ApiRole"/> beside its trigger, where a reviewer sees
/// both at once; <see cref="ApiRoles"/> reads it and a test requires it on every HTTP function.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class RoleAttribute(ApiRole role) : Attribute
{
    public ApiRole Role { get; } = role;
}
