using NodaTime;

namespace VoiceShop.Commerce.Tests;

/// <summary>Ids sort by the clock's time when they were made, and never repeat.</summary>
public sealed class TimeOrderedIdTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 18, 0);

    [Fact]
    public void A_later_id_sorts_after_an_earlier_one()
    {
        var earlier = TimeOrderedId.New("pp_", Now, randomBytes: 12);
        var later = TimeOrderedId.New("pp_", Now + Duration.FromMilliseconds(1), randomBytes: 12);

        Assert.True(string.CompareOrdinal(earlier, later) < 0, $"{earlier} should sort before {later}");
        Assert.Matches("^pp_[0-9a-f]{12}[0-9a-f]{24}$", later);
    }

    [Fact]
    public void The_time_part_is_the_clock_s_reading_not_the_machine_s()
    {
        var id = TimeOrderedId.New("pay_", Now, randomBytes: 8);

        Assert.StartsWith("pay_" + Now.ToUnixTimeMilliseconds().ToString("x12", System.Globalization.CultureInfo.InvariantCulture), id);
    }

    [Fact]
    public void Ids_made_in_the_same_millisecond_still_differ()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => TimeOrderedId.New("pay_", Now, randomBytes: 8)).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }
}
