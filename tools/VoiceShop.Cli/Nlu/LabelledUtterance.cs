using System.Text.Json;
using VoiceShop.Intents.Conversation;

namespace VoiceShop.Cli.Nlu;

/// <summary>
/// One line of an NLU test set: <c>{"text", "intent", "slots"?: {"product", "quantity", "max_price"},
/// "accept"?: [...], "state"?: {...}}</c>. Intent names are neutral (no "AMAZON."); <c>accept</c> lists other
/// intents that are also right; <c>state</c> is the dialog state the utterance answers (as in session attributes).
/// </summary>
public sealed record LabelledUtterance(
    int Line,
    string Text,
    string Intent,
    string? Product,
    int? Quantity,
    decimal? MaxPrice,
    IReadOnlyList<string> Accept,
    DialogState State)
{
    /// <summary>Reads a JSONL file; a malformed line is an error naming its line number.</summary>
    public static List<LabelledUtterance> ReadAll(string jsonl)
    {
        var items = new List<LabelledUtterance>();
        var number = 0;
        foreach (var line in jsonl.Split('\n'))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                items.Add(Read(number, line));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new CommandFailedException($"line {number}: {ex.Message}");
            }
        }

        return items;
    }

    private static LabelledUtterance Read(int number, string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        string? product = null;
        int? quantity = null;
        decimal? maxPrice = null;
        if (root.TryGetProperty("slots", out var slots) && slots.ValueKind == JsonValueKind.Object)
        {
            product = slots.TryGetProperty("product", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            quantity = slots.TryGetProperty("quantity", out var q) && q.ValueKind == JsonValueKind.Number ? q.GetInt32() : null;
            maxPrice = slots.TryGetProperty("max_price", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetDecimal() : null;
        }

        var accept = root.TryGetProperty("accept", out var a) ? a.EnumerateArray().Select(x => Neutral(x.GetString()!)).ToList() : [];
        var state = root.TryGetProperty("state", out var s)
            ? DialogState.FromDictionary(s.EnumerateObject().ToDictionary(x => x.Name, x => x.Value.GetString() ?? ""))
            : DialogState.Empty;
        return new LabelledUtterance(number, root.GetProperty("text").GetString()!, Neutral(root.GetProperty("intent").GetString()!), product, quantity, maxPrice, accept, state);
    }

    private static string Neutral(string intent) => intent.StartsWith("AMAZON.", StringComparison.Ordinal) ? intent["AMAZON.".Length..] : intent;
}
