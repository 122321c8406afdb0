using Microsoft.Extensions.Logging;
using NewsWatch.Core.Feeds.Politeness;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Pipeline;

/// <summary>
/// Makes a host's Retry-After hold for every instance of the app, not only the process that
/// was told: a cycle learns the stored pauses before it polls and passes on the ones it was
/// given when it ends, however it ends. Sharing is best effort: any trouble here (storage down,
/// a credential refused) costs politeness, never a poll, and a pause not passed on is kept for
/// the next cycle to pass on.
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
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogNotShared(ex, "read");
        }
    }

    public async Task TellAsync(CancellationToken cancellationToken)
    {
        var pauses = gate.TakeNewPauses();
        for (var i = 0; i < pauses.Count; i++)
        {
            var (host, until) = pauses[i];
            try
            {
                await store.ExtendAsync(host, until, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogNotShared(ex, "written");
                foreach (var (untoldHost, untoldUntil) in pauses.Skip(i))
                    gate.ReturnPause(untoldHost, untoldUntil);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The hosts' Retry-After pauses could not be {Action}: other instances may poll a paused host")]
    private partial void LogNotShared(Exception ex, string action);
}
