using BenchmarkDotNet.Running;
using NewsWatch.Benchmarks.Fuzzing;
using NewsWatch.Benchmarks.Load;

// `load feeds`, `load webhooks` and `load polite` run the end-to-end harnesses, `polling-week` the
// simulated week of adaptive polling, `fuzz` and `attacks` the hostile-feed
// harnesses; anything else goes to BenchmarkDotNet.
if (args is ["load", .. var rest])
    return await LoadCommand.RunAsync(rest);
if (args is ["polling-week", .. var week])
    return PollingWeekCommand.Run(week);
if (args is ["fuzz", .. var fuzz])
    return FuzzCommand.Run(fuzz);
if (args is ["fuzz-worker", .. var worker])
    return FuzzWorker.Run(worker);
if (args is ["attacks", .. var attacks])
    return AttacksCommand.Run(attacks);

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
