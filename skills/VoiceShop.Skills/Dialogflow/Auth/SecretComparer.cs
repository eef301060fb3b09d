using System.Security.Cryptography;
using System.Text;

namespace VoiceShop.Skills.Dialogflow.Auth;

/// <summary>
/// Compares secrets in constant time. Both sides are hashed first, so neither the content nor the length of
/// the expected secret leaks through timing.
/// </summary>
public static class SecretComparer
{
    public static bool AreEqual(string? presented, string? expected)
    {
        if (presented is null || string.IsNullOrEmpty(expected))
        {
            return false;
        }

        var presentedHash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var expectedHash = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        return CryptographicOperations.FixedTimeEquals(presentedHash, expectedHash);
    }
}
