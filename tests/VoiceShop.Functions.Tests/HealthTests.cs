using System.Net;

namespace VoiceShop.Functions.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_reports_ok_and_the_seeded_catalog()
    {
        using var host = new VoiceShopHost();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":\"ok\"", body);
        Assert.Contains("\"products\":47", body);
    }
}
