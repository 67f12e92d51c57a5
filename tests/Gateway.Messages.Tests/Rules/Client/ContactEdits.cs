using Gateway.Messages.Model;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules.Client;

/// <summary>Builds 301 samples with one contact changed, for the contact and address rules.</summary>
internal static class ContactEdits
{
    public const string ClientContact = "/Bericht/Client/Contactgegevens/Contact[1]";
    public const string RelatieContact = "/Bericht/Client/Relaties/Relatie[1]/Contact";

    public static Bericht301 Sample(string sample = "ijw/jw301-toewijzing.xml") => SampleMessages.Read<Bericht301>(sample);

    /// <summary>The sample with the client's first contact changed.</summary>
    public static Bericht301 ClientContactWith(Func<Contact, Contact> change, string sample = "ijw/jw301-toewijzing.xml")
    {
        var bericht = Sample(sample);
        var contacten = bericht.Client.Contactgegevens.ToList();
        contacten[0] = change(contacten[0]);
        return bericht with { Client = bericht.Client with { Contactgegevens = contacten } };
    }

    /// <summary>The sample with the first relatie's contact changed.</summary>
    public static Bericht301 RelatieContactWith(Func<Contact, Contact> change, string sample = "ijw/jw301-toewijzing.xml")
    {
        var bericht = Sample(sample);
        var relatie = bericht.Client.Relaties![0];
        relatie = relatie with { Contact = change(relatie.Contact) };
        return bericht with { Client = bericht.Client with { Relaties = [relatie] } };
    }
}
