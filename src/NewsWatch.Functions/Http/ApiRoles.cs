using System.Collections.Frozen;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace NewsWatch.Functions.Http;

/// <summary>Each HTTP function's role by function name, read once from the <see cref="RoleAttribute"/> on its method.</summary>
public static class ApiRoles
{
    private static readonly FrozenDictionary<string, ApiRole> Declared = typeof(ApiRoles).Assembly.GetTypes()
        .SelectMany(type => type.GetMethods())
        .Select(method => (Function: method.GetCustomAttribute<FunctionAttribute>(), Role: method.GetCustomAttribute<RoleAttribute>()))
        .Where(declared => declared.Function is not null && declared.Role is not null)
        .ToFrozenDictionary(declared => declared.Function!.Name, declared => declared.Role!.Role, StringComparer.Ordinal);

    /// <summary>Every function that declares a role.</summary>
    public static IReadOnlyDictionary<string, ApiRole> All => Declared;

    /// <summary>A function that declares no role counts as admin: a forgotten attribute must not open a route to keys in URLs.</summary>
    public static ApiRole Of(string function) => Declared.GetValueOrDefault(function, ApiRole.Admin);
}
