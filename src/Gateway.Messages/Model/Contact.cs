using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>A contact (address, phone, e-mail) of a client or relatie (301/302).</summary>
public sealed record Contact : IMessageClass
{
    /// <summary>AdresSoort code.</summary>
    public required string Soort { get; init; }

    public Adres? Adres { get; init; }

    public string? Organisatie { get; init; }

    public Telefoonnummers? Telefoon { get; init; }

    public string? Emailadres { get; init; }

    public OpenPeriode? Periode { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
