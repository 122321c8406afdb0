namespace NewsWatch.Core.Secrets;

/// <summary>
/// A stored value as opened, and whether it should be written again: it was plaintext (written
/// before sealing existed), or sealed with a key that is no longer the current one.
/// </summary>
public readonly record struct OpenedValue(string Plaintext, bool NeedsResealing);
