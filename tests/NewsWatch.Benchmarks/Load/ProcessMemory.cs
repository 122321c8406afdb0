using System.Diagnostics;
using System.Globalization;

namespace NewsWatch.Benchmarks.Load;

/// <summary>Memory figures: this process's peak working set, and a child's from /proc on Linux.</summary>
internal static class ProcessMemory
{
    public static double PeakWorkingSetMb()
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return self.PeakWorkingSet64 / (1024.0 * 1024.0);
    }

    /// <summary>The id of a direct child process whose command is <paramref name="name"/>, if any.</summary>
    public static int? ChildNamed(string name)
    {
        if (!OperatingSystem.IsLinux())
            return null;
        var self = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
                continue;
            var status = ReadStatus(pid);
            if (status.GetValueOrDefault("PPid") == self && status.GetValueOrDefault("Name") == name)
                return pid;
        }

        return null;
    }

    /// <summary>Peak and current resident memory of a process in MB (VmHWM, VmRSS), when /proc can tell.</summary>
    public static (double PeakMb, double CurrentMb)? Resident(int? pid)
    {
        if (pid is not { } id)
            return null;
        var status = ReadStatus(id);
        return Kilobytes(status, "VmHWM") is { } peak && Kilobytes(status, "VmRSS") is { } current
            ? (peak / 1024.0, current / 1024.0)
            : null;
    }

    /// <summary>CPU time a process has used so far (user and system), from /proc/pid/stat.</summary>
    public static TimeSpan? CpuTime(int? pid)
    {
        if (pid is not { } id)
            return null;
        try
        {
            var stat = File.ReadAllText($"/proc/{id}/stat");
            // Fields after the command name, which is in parentheses and may hold spaces.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The machine's load averages, as /proc/loadavg gives them (other work on the box skews timings).</summary>
    public static string LoadAverage() =>
        OperatingSystem.IsLinux() && File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static double? Kilobytes(Dictionary<string, string> status, string key) =>
        status.TryGetValue(key, out var value) && double.TryParse(value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture, out var kb) ? kb : null;

    private static Dictionary<string, string> ReadStatus(int pid)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                    fields[line[..colon]] = line[(colon + 1)..].Trim();
            }
        }
        catch (IOException)
        {
            // The process ended while we looked.
        }
        catch (UnauthorizedAccessException)
        {
            // Not ours to read.
        }

        return fields;
    }
}
