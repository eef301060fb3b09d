using VoiceShop.Skills.Alexa;

namespace VoiceShop.Skills.Simulation;

/// <summary>
/// Runs a <see cref="ConversationScript"/> through a simulator and compares each reply with its expectation.
/// Every turn is played even after a mismatch, so one run shows every difference.
/// </summary>
public static class ConversationReplay
{
    /// <summary>Plays every turn; the result lists each turn and what did not match.</summary>
    public static async Task<ReplayResult> RunAsync(ConversationSimulator simulator, ConversationScript script, Action<SimulatedTurn, IReadOnlyList<string>>? onTurn, CancellationToken cancellationToken)
    {
        var results = new List<ReplayedTurn>();
        foreach (var scripted in script.Turns)
        {
            var turn = await simulator.SayAsync(scripted.User, cancellationToken);
            var mismatches = Check(turn, scripted.Expect);
            onTurn?.Invoke(turn, mismatches);
            results.Add(new ReplayedTurn(turn, mismatches));
        }

        return new ReplayResult(results);
    }

    /// <summary>What in <paramref name="turn"/> differs from <paramref name="expect"/>; empty when it matches.</summary>
    public static IReadOnlyList<string> Check(SimulatedTurn turn, ScriptExpectation? expect)
    {
        var mismatches = new List<string>();
        if (turn.Reply is not { } reply)
        {
            mismatches.Add(turn.Error ?? "no reply");
            return mismatches;
        }

        if (expect?.Intent is { } intent && !string.Equals(Neutral(intent), Neutral(turn.IntentName), StringComparison.OrdinalIgnoreCase))
        {
            mismatches.Add($"intent: expected {intent}, heard {turn.IntentName ?? "(none)"}");
        }

        if (expect?.SpeechContains is { } words && !reply.Speech.Contains(words, StringComparison.OrdinalIgnoreCase))
        {
            mismatches.Add($"speech: expected it to contain \"{words}\", got \"{reply.Speech}\"");
        }

        if (expect?.EndsSession is { } ends && ends != reply.EndsSession)
        {
            mismatches.Add($"endsSession: expected {ends.ToString().ToLowerInvariant()}, got {reply.EndsSession.ToString().ToLowerInvariant()}");
        }

        return mismatches;
    }

    /// <summary>A script that expects exactly what <paramref name="turns"/> showed: the recording of a session.</summary>
    public static ConversationScript Record(string platform, IEnumerable<SimulatedTurn> turns) => new()
    {
        Platform = platform,
        Turns = turns
            .Where(t => t.Reply is not null)
            .Select(t => new ScriptTurn
            {
                User = t.Utterance,
                Expect = new ScriptExpectation { Intent = t.IntentName, SpeechContains = t.Reply!.Speech, EndsSession = t.Reply.EndsSession },
            })
            .ToList(),
    };

    private static string? Neutral(string? intent) => intent is null ? null : AlexaTurnMapper.NeutralIntentName(intent);
}

/// <summary>The outcome of a replay.</summary>
public sealed record ReplayResult(IReadOnlyList<ReplayedTurn> Turns)
{
    public bool Passed => Turns.All(t => t.Mismatches.Count == 0);

    public int FailedTurns => Turns.Count(t => t.Mismatches.Count > 0);
}

/// <summary>One replayed turn and its differences from the script.</summary>
public sealed record ReplayedTurn(SimulatedTurn Turn, IReadOnlyList<string> Mismatches);
