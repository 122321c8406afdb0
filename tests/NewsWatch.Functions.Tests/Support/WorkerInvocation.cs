using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace NewsWatch.Functions.Tests.Support;

/// <summary>
/// One invocation as a worker middleware sees it: a <see cref="FunctionContext"/> that names the
/// function and carries the request's HttpContext, and the invocation result the pipeline leaves,
/// which the ASP.NET Core integration would then write as the answer.
/// </summary>
/// <remarks>
/// The worker offers no test context, so two of its internals are stood in for here: the item
/// under which the ASP.NET Core integration keeps the HttpContext (what <c>GetHttpContext()</c>
/// reads) and the bindings feature that holds the invocation result. A worker upgrade that
/// renames either fails these tests loudly rather than letting them pass vacuously.
/// </remarks>
public sealed class WorkerInvocation : FunctionContext
{
    private const string HttpContextItem = "HttpRequestContext";
    private const string BindingsFeature = "Microsoft.Azure.Functions.Worker.Context.Features.IFunctionBindingsFeature";

    private readonly FeatureSet features = new();

    private WorkerInvocation(string function) => FunctionDefinition = new Definition(function);

    public override string InvocationId { get; } = Guid.NewGuid().ToString("N");

    public override string FunctionId => FunctionDefinition.Id;

    public override TraceContext TraceContext => throw new NotSupportedException();

    public override BindingContext BindingContext => throw new NotSupportedException();

    public override RetryContext RetryContext => throw new NotSupportedException();

    public override IServiceProvider InstanceServices { get; set; } = EmptyServices.Instance;

    public override FunctionDefinition FunctionDefinition { get; }

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features => features;

    /// <summary>An HTTP invocation of <paramref name="function"/> for <paramref name="call"/>'s request.</summary>
    public static WorkerInvocation Http(string function, HttpCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var invocation = new WorkerInvocation(function);
        invocation.Items[HttpContextItem] = call.Request.HttpContext;
        return invocation;
    }

    /// <summary>A timer's invocation: no HttpContext.</summary>
    public static WorkerInvocation Timer(string function) => new(function);

    /// <summary>
    /// Runs <paramref name="middleware"/> with <paramref name="function"/> as the rest of the
    /// pipeline; the answer is the invocation result, whoever set it, and whether the function ran.
    /// </summary>
    public async Task<(IActionResult? Result, bool FunctionRan)> RunAsync(IFunctionsWorkerMiddleware middleware, Func<Task<IActionResult>> function)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        ArgumentNullException.ThrowIfNull(function);
        var ran = false;
        await middleware.Invoke(this, async context =>
        {
            ran = true;
            context.GetInvocationResult().Value = await function();
        });
        return (this.GetInvocationResult().Value as IActionResult, ran);
    }

    private sealed class Definition(string name) : FunctionDefinition
    {
        public override ImmutableArray<FunctionParameter> Parameters => [];

        public override string PathToAssembly => typeof(Definition).Assembly.Location;

        public override string EntryPoint => name + ".Run";

        public override string Id { get; } = Guid.NewGuid().ToString("N");

        public override string Name => name;

        public override IImmutableDictionary<string, BindingMetadata> InputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;

        public override IImmutableDictionary<string, BindingMetadata> OutputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;
    }

    /// <summary>The invocation's features, starting with a bindings feature that only keeps the invocation result.</summary>
    private sealed class FeatureSet : IInvocationFeatures
    {
        private readonly Dictionary<Type, object> byType = [];

        public FeatureSet()
        {
            var bindings = typeof(FunctionContext).Assembly.GetType(BindingsFeature, throwOnError: true)!;
            byType[bindings] = DispatchProxy.Create(bindings, typeof(InvocationResultOnly));
        }

        public T? Get<T>() => byType.TryGetValue(typeof(T), out var feature) ? (T)feature : default;

        public void Set<T>(T instance) => byType[typeof(T)] = instance!;

        public IEnumerator<KeyValuePair<Type, object>> GetEnumerator() => byType.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}

/// <summary>Stands in for the worker's bindings feature; a middleware only reads and writes the invocation result.</summary>
public class InvocationResultOnly : DispatchProxy
{
    private object? result;

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        switch (targetMethod?.Name)
        {
            case "get_InvocationResult":
                return result;
            case "set_InvocationResult":
                result = args![0];
                return null;
            default:
                throw new NotSupportedException($"The test invocation has no {targetMethod?.Name}.");
        }
    }
}
