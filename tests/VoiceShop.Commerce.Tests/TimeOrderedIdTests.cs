namespace VoiceShop.Commerce.Tests;

/// <summary>Ids sort by when they were made, and never repeat.</summary>
public sealed class TimeOrderedIdTests
{
    [Fact]
    public async Task A_later_id_sorts_after_an_earlier_one()
    {
        var earlier = TimeOrderedId.New("pp_", randomBytes: 12);
        await Task.Delay(5);
        var later = TimeOrderedId.New("pp_", randomBytes: 12);

        Assert.True(string.CompareOrdinal(earlier, later) < 0, $"{earlier} should sort before {later}");
        Assert.Matches("^pp_[0-9a-f]{12}[0-9a-f]{24}$", later);
    }

    [Fact]
    public void Ids_made_in_the_same_millisecond_still_differ()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => TimeOrderedId.New("pay_", randomBytes: 8)).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }
}
