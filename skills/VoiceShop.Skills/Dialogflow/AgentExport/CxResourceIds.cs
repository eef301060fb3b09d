using System.Security.Cryptography;
using System.Text;

namespace VoiceShop.Skills.Dialogflow.AgentExport;

/// <summary>
/// Resource ids for the exported agent, derived from what each resource is rather than drawn at random, so
/// exporting the same model twice gives byte-identical files and a diff shows only what really changed.
/// </summary>
public static class CxResourceIds
{
    /// <summary>Dialogflow's fixed id of every agent's default start flow.</summary>
    public const string DefaultStartFlow = "00000000-0000-0000-0000-000000000000";

    /// <summary>Dialogflow's fixed id of the Default Welcome Intent.</summary>
    public const string DefaultWelcomeIntent = "00000000-0000-0000-0000-000000000000";

    /// <summary>Dialogflow's fixed id of the Default Negative Intent.</summary>
    public const string DefaultNegativeIntent = "00000000-0000-0000-0000-000000000001";

    /// <summary>
    /// A UUID for the resource of <paramref name="kind"/> called <paramref name="name"/>: an RFC 9562 version 8
    /// (custom) UUID made from the first 16 bytes of SHA-256 over both, with the version and variant bits set.
    /// </summary>
    public static string For(string kind, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"voiceshop/dialogflow-cx/{kind}/{name}"));
        var bytes = hash.AsSpan(0, 16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
