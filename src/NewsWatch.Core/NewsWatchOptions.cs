using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Core;

/// <summary>The <c>NewsWatch</c> configuration section's top-level settings.</summary>
public sealed class NewsWatchOptions
{
    public const string Section = "NewsWatch";

    /// <summary>
    /// A storage connection string (<c>UseDevelopmentStorage=true</c> for Azurite) or a table
    /// service URI reached with an Azure identity.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "NewsWatch:Storage must name a storage connection string or a table service URI.")]
    public string Storage { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>
    /// Prepended to every table name, so that several installations (or test runs) can share
    /// one storage account without seeing each other's data. Letters and digits only.
    /// </summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,39}$", ErrorMessage = "NewsWatch:TablePrefix must start with a letter and hold only letters and digits (at most 40).")]
    public string? TablePrefix { get; set; }

    /// <summary>Client id of the user-assigned managed identity to reach a storage URI with, if any.</summary>
    public string? StorageClientId { get; set; }
}
