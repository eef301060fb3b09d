using System.Text;
using System.Text.Json;

// The peer baseline: what a webhook costs when it does nothing but receive, parse and answer. bench/load.sh
// divides VoiceShop's throughput by this app's, so the ratio says how much our own work costs.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
var app = builder.Build();

var answer = Encoding.UTF8.GetBytes(
    """{"version":"1.0","response":{"outputSpeech":{"type":"SSML","ssml":"<speak>Your paper towels and coffee pods arrive tomorrow.</speak>"},"card":{"type":"Simple","title":"Your order","content":"2 packs of paper towels, 1 box of coffee pods"},"shouldEndSession":true},"sessionAttributes":{}}""");

app.MapPost("/api/alexa", async (HttpRequest request, CancellationToken cancellationToken) =>
{
    using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
    return document.RootElement.ValueKind == JsonValueKind.Object
        ? Results.Bytes(answer, "application/json")
        : Results.BadRequest();
});
app.MapGet("/api/health", () => Results.Text("ok"));
app.Run();
