using System.Globalization;
using System.Text.Json;
using VoiceShop.Cli.Simulation;
using VoiceShop.Commerce.Catalog;
using VoiceShop.Commerce.Seed;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding;
using VoiceShop.Skills.Simulation;

namespace VoiceShop.Cli.Commands;

/// <summary>
/// <c>voiceshop simulate</c>: a REPL like <c>ask dialog</c> that speaks a platform's real wire format to a
/// VoiceShop host (a running one with <c>--url</c>, else a local one it starts), printing the spoken reply,
/// the card and whether the session ended. <c>--replay FILE</c> plays a saved conversation and fails on any
/// reply that differs from its expectation; <c>--record FILE</c> saves the session as such a file.
/// </summary>
public static class SimulateCommand
{
    public const string Usage = "voiceshop simulate --platform alexa|dialogflow|text [--url URL] [--replay FILE] [--record FILE] [--token TOKEN|none] [--device screen|speaker|car] [--catalog FILE.json]";

    public static async Task<int> RunAsync(CommandLine arguments, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ConversationScript? script = null;
        if (arguments.Option("replay") is { } replayFile)
        {
            script = await ReadScriptAsync(replayFile, cancellationToken);
        }

        var platformName = arguments.Option("platform") ?? script?.Platform;
        if (SimulatedPlatforms.Normalize(platformName) is not { } platform)
        {
            await error.WriteLineAsync($"usage: {Usage}");
            return 2;
        }

        var shopper = new SimulatedShopper(Token(arguments.Option("token"), platform), Device(arguments.Option("device")));
        await using var localHost = arguments.Option("url") is null ? await LocalHost.StartAsync(cancellationToken) : null;
        var address = localHost?.Address ?? ParseUrl(arguments.Option("url")!);
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        var catalog = await CatalogFiles.LoadOrDemoAsync(arguments.Option("catalog"), cancellationToken);
        var simulator = new ConversationSimulator(client, platform, shopper, SimulatorInterpreter.Create(catalog));
        await output.WriteLineAsync($"{platform} → {address}{(localHost is null ? "" : " (local host, demo data, temp store)")}");

        return script is null
            ? await InteractiveAsync(simulator, arguments.Option("record"), input, output, cancellationToken)
            : await ReplayAsync(simulator, script, output, cancellationToken);
    }

    private static async Task<int> ReplayAsync(ConversationSimulator simulator, ConversationScript script, TextWriter output, CancellationToken cancellationToken)
    {
        var result = await ConversationReplay.RunAsync(
            simulator,
            script,
            (turn, mismatches) =>
            {
                Print(turn, output);
                output.WriteLine(mismatches.Count == 0 ? "  ✓ as expected" : string.Concat(mismatches.Select(m => $"  ✗ {m}\n")).TrimEnd('\n'));
            },
            cancellationToken);
        var failed = result.FailedTurns;
        await output.WriteLineAsync($"{result.Turns.Count - failed} passed, {failed} failed");
        return result.Passed ? 0 : 1;
    }

    private static async Task<int> InteractiveAsync(ConversationSimulator simulator, string? recordFile, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync("Type what the shopper says (\"open voice shop\" opens the skill). /reset starts a new session, /quit or end of input exits.");
        var turns = new List<SimulatedTurn>();
        while (true)
        {
            await output.WriteAsync($"{simulator.Platform}> ");
            await output.FlushAsync(cancellationToken);
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is not null && (input != System.Console.In || System.Console.IsInputRedirected))
            {
                // Input from a file or pipe is not echoed by a terminal; show it after the prompt as if typed.
                await output.WriteLineAsync(line);
            }
            if (line is null || line.Trim() is "/quit" or "/exit")
            {
                if (line is null)
                {
                    // End of input leaves the prompt's line open; close it so what follows starts on its own.
                    await output.WriteLineAsync();
                }

                break;
            }

            if (line.Trim() == "/reset")
            {
                simulator.Session.Restart();
                await output.WriteLineAsync("  (new session)");
                continue;
            }

            var turn = await simulator.SayAsync(line, cancellationToken);
            turns.Add(turn);
            Print(turn, output, echo: false);
        }

        if (recordFile is not null)
        {
            await File.WriteAllTextAsync(recordFile, ConversationReplay.Record(simulator.Platform, turns).ToJson() + "\n", cancellationToken);
            await output.WriteLineAsync($"Recorded {turns.Count(t => t.Reply is not null)} turn(s) to {recordFile}.");
        }

        return 0;
    }

    /// <summary>One turn as the developer reads it: what was heard, what was said back, the card, and the session's fate.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="output">Where to print.</param>
    /// <param name="echo">Repeat the utterance (the REPL's prompt line already shows it).</param>
    private static void Print(SimulatedTurn turn, TextWriter output, bool echo = true)
    {
        var slots = string.Join(", ", turn.Slots.Select(kv => $"{kv.Key}={kv.Value.Spoken ?? kv.Value.ResolvedId}"));
        if (echo)
        {
            output.WriteLine($"> {turn.Utterance}");
        }

        output.WriteLine($"  [{turn.IntentName ?? "?"}{(slots.Length == 0 ? "" : " " + slots)}]");
        if (turn.Reply is not { } reply)
        {
            output.WriteLine($"  error: {turn.Error}");
            return;
        }

        output.WriteLine($"  VoiceShop: {reply.Speech}");
        if (reply.CardTitle is not null || reply.CardContent is not null)
        {
            output.WriteLine($"  card: {reply.CardTitle}{(reply.CardContent is null ? "" : " | " + reply.CardContent.Replace('\n', ' ').Replace("  ", " ", StringComparison.Ordinal))}");
        }

        output.WriteLine(reply.EndsSession ? "  (session ended)" : "  (session open)");
    }

    private static async Task<ConversationScript> ReadScriptAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            throw new CommandFailedException($"{file}: no such file.");
        }

        try
        {
            return ConversationScript.Parse(await File.ReadAllTextAsync(file, cancellationToken));
        }
        catch (JsonException ex)
        {
            throw new CommandFailedException($"{file}: not a conversation file: {ex.Message}");
        }
    }

    private static Uri ParseUrl(string url) =>
        Uri.TryCreate(url.TrimEnd('/') + "/", UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new CommandFailedException($"--url {url} is not an http(s) URL.");

    /// <summary>The demo shopper's token on that platform unless another is given; "none" simulates an unlinked account.</summary>
    private static string? Token(string? option, string platform) => option?.ToLower(CultureInfo.InvariantCulture) switch
    {
        null => platform == SimulatedPlatforms.Dialogflow ? DemoData.DemoGoogleToken : DemoData.DemoAccessToken,
        "none" => null,
        _ => option,
    };

    private static SimulatedDevice Device(string? option) => option?.ToLower(CultureInfo.InvariantCulture) switch
    {
        null or "speaker" => SimulatedDevice.SmartSpeaker,
        "screen" => SimulatedDevice.Screen,
        "car" => SimulatedDevice.Car,
        _ => throw new CommandFailedException("--device is screen, speaker or car."),
    };
}

/// <summary>Which interpreter plays the platform's NLU in the simulator.</summary>
public static class SimulatorInterpreter
{
    /// <summary>
    /// The project's NLU over <paramref name="catalog"/>, as Alexa's and Dialogflow's models are generated
    /// from the same interaction model and catalog.
    /// </summary>
    public static IUtteranceInterpreter Create(IReadOnlyList<Product> catalog) =>
        new CatalogUtteranceInterpreter(CatalogNluCache.ForCatalog(InteractionModel.Load(), catalog));
}
