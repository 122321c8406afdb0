using System.Text.RegularExpressions;
using NewsWatch.Core.Storage.Emulator;
using NewsWatch.Functions.Http;
using NewsWatch.Functions.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace NewsWatch.Functions.Tests.Host;

/// <summary>docs/openapi.yaml stays true: exactly the built HTTP functions' routes and methods, each under its function's name.</summary>
public sealed partial class OpenApiDocumentTests
{
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    [Fact]
    public void OpenApi_ListsExactlyTheFunctionsRoutesAndMethods()
    {
        var documented = Operations(Load());
        var built = FunctionsMetadata.Read()
            .Where(f => f.Trigger == "httpTrigger")
            .SelectMany(f => f.Methods.Select(m => (Path: "/" + Constraint().Replace(f.Route!, "{$1}"), Method: m.ToLowerInvariant(), OperationId: f.Name)))
            .Order()
            .ToList();

        Assert.Equal(built, documented.Order().ToList());
    }

    [Fact]
    public void OpenApi_IsVersion3_WithTheFunctionKeySchemes()
    {
        var root = Load();

        Assert.StartsWith("3.", ((YamlScalarNode)root.Children[new YamlScalarNode("openapi")]).Value, StringComparison.Ordinal);
        var schemes = (YamlMappingNode)((YamlMappingNode)root.Children[new YamlScalarNode("components")]).Children[new YamlScalarNode("securitySchemes")];
        var query = (YamlMappingNode)schemes.Children[new YamlScalarNode("functionKeyQuery")];
        Assert.Equal("code", ((YamlScalarNode)query.Children[new YamlScalarNode("name")]).Value);
    }

    [Fact]
    public void OpenApi_LetsOnlyTheReaderRoutesTakeTheKeyInTheQuery()
    {
        var root = Load();
        var paths = (YamlMappingNode)root.Children[new YamlScalarNode("paths")];
        var defaults = Schemes(root.Children[new YamlScalarNode("security")]);

        var inQuery = paths.Children.Values.Cast<YamlMappingNode>()
            .SelectMany(path => path.Children.Where(operation => HttpMethods.Contains(((YamlScalarNode)operation.Key).Value)))
            .Select(operation => (YamlMappingNode)operation.Value)
            .Where(operation => (operation.Children.TryGetValue(new YamlScalarNode("security"), out var own) ? Schemes(own) : defaults).Contains("functionKeyQuery"))
            .Select(operation => ((YamlScalarNode)operation.Children[new YamlScalarNode("operationId")]).Value!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["functionKeyHeader"], defaults);
        Assert.Equal(ApiRoles.All.Where(r => r.Value == ApiRole.Reader).Select(r => r.Key).Order(StringComparer.Ordinal), inQuery);
    }

    [Fact]
    public void OpenApi_EveryReferenceResolves()
    {
        var root = Load();

        var references = References(root).ToList();
        var unresolved = references.Where(reference => Resolve(root, reference) is null).ToList();

        Assert.NotEmpty(references);
        Assert.Empty(unresolved);
    }

    private static IEnumerable<string> References(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children.SelectMany(child =>
            child.Key is YamlScalarNode { Value: "$ref" } && child.Value is YamlScalarNode { Value: { } reference }
                ? [reference]
                : References(child.Value)),
        YamlSequenceNode sequence => sequence.Children.SelectMany(References),
        _ => [],
    };

    private static YamlNode? Resolve(YamlMappingNode root, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
            return null;
        YamlNode? node = root;
        foreach (var segment in reference[2..].Split('/'))
            node = node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(segment), out var child) ? child : null;
        return node;
    }

    private static List<(string Path, string Method, string OperationId)> Operations(YamlMappingNode root)
    {
        var paths = (YamlMappingNode)root.Children[new YamlScalarNode("paths")];
        return [.. paths.Children.SelectMany(path => ((YamlMappingNode)path.Value).Children
            .Where(operation => HttpMethods.Contains(((YamlScalarNode)operation.Key).Value))
            .Select(operation => (
                ((YamlScalarNode)path.Key).Value!,
                ((YamlScalarNode)operation.Key).Value!,
                ((YamlScalarNode)((YamlMappingNode)operation.Value).Children[new YamlScalarNode("operationId")]).Value!)))];
    }

    /// <summary>The security schemes a security requirement list allows, any one of which suffices.</summary>
    private static List<string> Schemes(YamlNode security) =>
        [.. ((YamlSequenceNode)security).Children.SelectMany(requirement => ((YamlMappingNode)requirement).Children.Keys.Select(key => ((YamlScalarNode)key).Value!))];

    private static YamlMappingNode Load()
    {
        var root = AzuriteInstaller.FindRepositoryRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("No repository root.");
        using var reader = new StreamReader(Path.Combine(root, "docs", "openapi.yaml"));
        var yaml = new YamlStream();
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    /// <summary>"{id:minlength(21)}" is "{id}" in OpenAPI, which has no route constraints, and the catch-all "{*path}" "{path}".</summary>
    [GeneratedRegex(@"\{\*?(\w+)(?::[^}]*)?\}")]
    private static partial Regex Constraint();
}
