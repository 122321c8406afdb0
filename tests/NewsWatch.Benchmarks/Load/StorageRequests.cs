using System.Diagnostics.Tracing;

namespace NewsWatch.Benchmarks.Load;

/// <summary>Counts the storage requests the Azure SDK sends, from its "Azure-Core" event source.</summary>
internal sealed class StorageRequests : EventListener
{
    // Azure.Core's AzureCoreEventSource writes event 1 ("Request") once per HTTP request, retries included.
    private const int RequestEventId = 1;
    private long count;

    public long Count => Interlocked.Read(ref count);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        ArgumentNullException.ThrowIfNull(eventSource);
        if (eventSource.Name == "Azure-Core")
            EnableEvents(eventSource, EventLevel.Informational);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.EventId == RequestEventId)
            Interlocked.Increment(ref count);
    }
}
