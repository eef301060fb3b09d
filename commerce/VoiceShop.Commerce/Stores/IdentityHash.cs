using System.Security.Cryptography;
using System.Text;

namespace VoiceShop.Commerce.Stores;

/// <summary>
/// Platform subjects are bearer tokens or phone numbers: stores keep only their SHA-256, so a leaked
/// database does not leak a way to act as the shopper.
/// </summary>
public static class IdentityHash
{
    public static string Of(string subject) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(subject)));
}
