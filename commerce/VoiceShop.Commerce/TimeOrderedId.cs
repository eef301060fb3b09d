using System.Globalization;
using System.Security.Cryptography;
using NodaTime;

namespace VoiceShop.Commerce;

/// <summary>
/// Ids that sort by when they were made: a prefix, the Unix time in milliseconds as 12 hex digits, then
/// random hex. A purely random id lands each insert on an index leaf of its own, so every write in a commit
/// dirties pages no other write shares; ids that grow with time append to the same last leaf. The random
/// part keeps them unguessable and unique among ids made in the same millisecond. The time is the caller's
/// <c>IClock</c> reading, so ids follow the one clock everything else does (and a test's fake clock).
/// </summary>
public static class TimeOrderedId
{
    public static string New(string prefix, Instant now, int randomBytes) =>
        prefix
        + now.ToUnixTimeMilliseconds().ToString("x12", CultureInfo.InvariantCulture)
        + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(randomBytes));
}
