using System.Diagnostics;
using System.Globalization;
using NewsWatch.Testing.Fuzzing;

namespace NewsWatch.Benchmarks.Fuzzing;

/// <summary>
/// <c>fuzz</c>: seeded mutants of the fixtures and the shared corpus through the parser for as
/// long as asked, new findings saved where the tests replay them. The fuzzing runs in a worker
/// process, so that a parse that never finishes, or one that kills the process (a stack
/// overflow cannot be caught), costs only a restart: the body is saved as a finding and a fresh
/// worker goes on with the next seed. Exits 1 if anything was found.
/// </summary>
internal static class FuzzCommand
{
    private const string Usage = "Usage: fuzz [--seed 1] [--minutes 10] [--iterations K] [--out DIR] [--max-bytes 262144]";

    public static int Run(IReadOnlyList<string> args)
    {
        if (!FuzzArguments.TryParse(args, out var options, out var error))
        {
            Console.Error.WriteLine($"{error}\n{Usage}");
            return 2;
        }

        var folder = new RegressionFolder(options.Out ?? FuzzFolders.Regressions);
        Directory.CreateDirectory(folder.Path);
        var inProgress = Path.Combine(folder.Path, FuzzWorker.InProgressName);
        var exitCode = RecoverCrash(folder, inProgress) ? 1 : 0;
        PrintHeader(options, folder);

        // Ctrl+C reaches the worker too, which stops cleanly; this process only waits for it.
        var stopping = false;
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stopping = true;
        };
        var clock = Stopwatch.StartNew();
        for (var attempt = 0; !stopping && clock.Elapsed.TotalMinutes < options.Minutes; attempt++)
        {
            var worker = options with { Seed = options.Seed + attempt, Minutes = options.Minutes - clock.Elapsed.TotalMinutes, CheckSeeds = attempt == 0 };
            var code = RunWorker(worker);
            if (code is 0 or 1 or 2)
                return Math.Max(exitCode, code);
            exitCode = 1;
            if (code != FuzzWorker.RunawayExitCode)
            {
                Console.WriteLine($"The worker died (exit code {code}).");
                RecoverCrash(folder, inProgress);
            }

            Console.WriteLine($"Starting a fresh worker with seed {worker.Seed + 1}.");
        }

        return exitCode;
    }

    private static int RunWorker(FuzzArguments options)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        // Under `dotnet NewsWatch.Benchmarks.dll` the process is dotnet itself, which needs the assembly.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            start.ArgumentList.Add(typeof(FuzzCommand).Assembly.Location);
        start.ArgumentList.Add("fuzz-worker");
        foreach (var argument in options.ToArguments())
            start.ArgumentList.Add(argument);
        using var worker = Process.Start(start)!;
        worker.WaitForExit();
        return worker.ExitCode;
    }

    /// <summary>A body left behind by a worker that died mid-parse is a finding.</summary>
    private static bool RecoverCrash(RegressionFolder folder, string inProgress)
    {
        if (!File.Exists(inProgress))
            return false;
        var saved = folder.Save(File.ReadAllBytes(inProgress));
        File.Delete(inProgress);
        Console.WriteLine($"FINDING {Path.GetFileName(saved)}: the fuzzing process died while parsing it");
        return true;
    }

    private static void PrintHeader(FuzzArguments options, RegressionFolder folder)
    {
        var limits = options.Iterations is { } k ? $" or {k:N0} mutants per worker" : string.Empty;
        Console.WriteLine($"Fuzzing FeedParser.Parse from seed {options.Seed}, up to {options.Minutes} min{limits}, bodies up to {options.MaxBytes:N0} bytes; "
            + $"findings go to {folder.Path}");
        if (FuzzFolders.Corpus is null)
            Console.WriteLine("The shared corpus (../shared/corpus/feeds) is absent: seeding from the fixtures only.");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Bounds: time per byte <= {FuzzBounds.TimeRatio}x a plain feed's, allocation <= {FuzzBounds.AllocatedPerByte} bytes per byte, "
            + $"output <= {FuzzBounds.OutputCharsPerByte} chars per byte (bodies charged at least {FuzzBounds.FloorBytes:N0} bytes); a parse running 1 min is given up on"));
    }
}
