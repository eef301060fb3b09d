using Microsoft.Extensions.DependencyInjection;
using VoiceShop.Commerce.Seed;
using VoiceShop.Intents.Understanding;
using VoiceShop.Skills.Simulation;
using Xunit.Abstractions;

namespace VoiceShop.Functions.Tests;

/// <summary>
/// Every conversation in tests/conversations, on every platform it names (all of them when it names none),
/// through the real host: the simulator builds each platform's real requests, as the console and
/// <c>voiceshop simulate --replay</c> do, and every reply must match its expectation.
/// </summary>
public sealed class ConversationFileTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Conversations()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "conversations"), "*.json").Order(StringComparer.Ordinal))
        {
            var script = ConversationScript.Parse(File.ReadAllText(file));
            foreach (var platform in script.Platform is { } only ? [SimulatedPlatforms.Normalize(only)!] : SimulatedPlatforms.All)
            {
                data.Add(Path.GetFileName(file), platform);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Conversations))]
    public async Task Conversation_file_replays_as_expected(string file, string platform)
    {
        var script = ConversationScript.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "tests", "conversations", file)));
        using var host = new VoiceShopHost();
        var token = platform == SimulatedPlatforms.Dialogflow ? DemoData.DemoGoogleToken : DemoData.DemoAccessToken;
        var simulator = new ConversationSimulator(
            host.CreateClient(),
            platform,
            new SimulatedShopper(token),
            host.Services.GetRequiredService<IUtteranceInterpreter>());

        var result = await ConversationReplay.RunAsync(simulator, script, null, CancellationToken.None);

        foreach (var turn in result.Turns)
        {
            output.WriteLine($"> {turn.Turn.Utterance}  [{turn.Turn.IntentName}]  {turn.Turn.Reply?.Speech ?? turn.Turn.Error}");
            foreach (var mismatch in turn.Mismatches)
            {
                output.WriteLine($"  ✗ {mismatch}");
            }
        }

        Assert.True(result.Passed, $"{file} on {platform}: {result.FailedTurns} turn(s) differ; see the test output.");
    }
}
