namespace Gateway.Messages.Model;

/// <summary>A contact (address, phone, e-mail) of a client or relatie (301/302).</summary>
public sealed record Contact : IMessageClass
{
    /// <summary>AdresSoort code.</summary>
    public required string Soort { get; init; }

    /// <summary>Postal or visiting address, if any.</summary>
    public Adres? Adres { get; init; }

    /// <summary>Organisation name, if any.</summary>
    public string? Organisatie { get; init; }

    /// <summary>Telephone numbers, if any.</summary>
    public Telefoonnummers? Telefoon { get; init; }

    /// <summary>E-mail address, if any.</summary>
    public string? Emailadres { get; init; }

    /// <summary>When this contact applies, if limited.</summary>
    public OpenPeriode? Periode { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
