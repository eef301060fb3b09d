using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace VoiceShop.Commerce.Customers;

/// <summary>
/// Stores a shopper's four-digit voice code as a salted PBKDF2-SHA256 hash, never the digits, so that a
/// copy of the database does not hand out codes (the lockout after wrong attempts guards the live skill).
/// Format: <c>pbkdf2-sha256$iterations$salt$hash</c>, base64 parts.
/// </summary>
public static class VoiceCodeHash
{
    private const string Scheme = "pbkdf2-sha256";
    private const int Iterations = 100_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>Whether <paramref name="code"/> is four digits, the only shape Amazon's rule allows.</summary>
    public static bool IsWellFormed(string? code) => code is { Length: 4 } && code.All(char.IsAsciiDigit);

    /// <summary>Hashes a well-formed code with a fresh salt.</summary>
    public static string Create(string code)
    {
        if (!IsWellFormed(code))
        {
            throw new ArgumentException("A voice code is four digits.", nameof(code));
        }

        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(code), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Scheme, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>Whether <paramref name="code"/> matches <paramref name="stored"/>, compared in constant time.</summary>
    public static bool Verify(string? code, string stored)
    {
        var parts = stored.Split('$');
        if (!IsWellFormed(code) || parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }

        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(code!), Convert.FromBase64String(parts[2]), iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
