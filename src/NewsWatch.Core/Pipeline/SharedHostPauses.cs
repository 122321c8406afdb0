using Azure;
using Microsoft.Extensions.Logging;
using NewsWatch.Core.Feeds.Politeness;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Pipeline;

/// <summary>
/// Makes a host's Retry-After hold for every instance of the app, not only the process that
/// was told: a cycle learns the stored pauses before it polls and passes on the ones it was
/// given after. Sharing is best effort: storage trouble here costs politeness, never a poll.
/// </summary>
public sealed partial class SharedHostPauses(HostPauseStore store, HostGate gate, TimeProvider time, ILogger<SharedHostPauses> logger)
{
    public async Task LearnAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var (host, until) in await store.ListActiveAsync(time.GetUtcNow(), cancellationToken))
                gate.PauseUntil(host, until);
        }
        catch (RequestFailedException ex)
        {
            LogNotShared(ex, "read");
        }
    }

    public async Task TellAsync(CancellationToken cancellationToken)
    {
        foreach (var (host, until) in gate.TakeNewPauses())
        {
            try
            {
                await store.ExtendAsync(host, until, cancellationToken);
            }
            catch (RequestFailedException ex)
            {
                LogNotShared(ex, "written");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The hosts' Retry-After pauses could not be {Action}: other instances may poll a paused host")]
    private partial void LogNotShared(Exception ex, string action);
}
