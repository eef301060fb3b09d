using System.Security.Cryptography;

namespace VoiceShop.Commerce.Orders;

/// <summary>
/// Order numbers are ten random digits: short enough to read digit by digit, and random so that one
/// shopper cannot guess another's. Random numbers can repeat (among a million orders, one new number in
/// nine thousand is taken), so placement draws again when the store reports the number taken.
/// </summary>
public static class OrderNumber
{
    /// <summary>A new order number, 1000000000 to 9999999999.</summary>
    public static string New() =>
        RandomNumberGenerator.GetString("123456789", 1) + RandomNumberGenerator.GetString("0123456789", 9);
}
