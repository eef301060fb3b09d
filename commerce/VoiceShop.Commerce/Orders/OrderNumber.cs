using System.Security.Cryptography;

namespace VoiceShop.Commerce.Orders;

/// <summary>
/// Order numbers are ten random digits: short enough to read digit by digit, and random so that one
/// shopper cannot guess another's.
/// </summary>
public static class OrderNumber
{
    /// <summary>A new order number.</summary>
    public static string New() => RandomNumberGenerator.GetInt32(1_000_000_000, int.MaxValue).ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
}
