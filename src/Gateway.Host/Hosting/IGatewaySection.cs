using Microsoft.Extensions.Configuration;

namespace Gateway.Host.Hosting;

/// <summary>A configuration section bound to its one options type, checked with the others so every problem is reported at once.</summary>
internal interface IGatewaySection
{
    /// <summary>The full key of the section, e.g. Gateway:Retry.</summary>
    string Path { get; }

    /// <summary>Values the binder cannot convert, else what the section's validators find; empty when the section is usable.</summary>
    IReadOnlyList<string> Problems(IServiceProvider services, IConfiguration configuration);
}
