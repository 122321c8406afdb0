using BenchmarkDotNet.Running;
using NewsWatch.Benchmarks.Load;

// `load feeds` and `load webhooks` run the end-to-end harnesses; anything else goes to BenchmarkDotNet.
if (args is ["load", .. var rest])
    return await LoadCommand.RunAsync(rest);

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
