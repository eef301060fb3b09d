namespace VoiceShop.Speech.Recognition;

/// <summary>
/// What the offline recogniser listens for. A host's vocabulary follows its interaction model and its catalog,
/// and a catalog import changes it while the host runs, so the recogniser asks for it on every utterance and
/// rebuilds its language model only when it gets a different grammar back.
/// </summary>
public interface ICommandVocabulary
{
    /// <summary>The grammar to listen with now; the same instance for as long as nothing it is built from changed.</summary>
    ValueTask<CommandGrammar> GetAsync(CancellationToken cancellationToken);
}

/// <summary>A vocabulary that never changes (tools, tests, and hosts without an interaction model).</summary>
public sealed class FixedCommandVocabulary(CommandGrammar grammar) : ICommandVocabulary
{
    public ValueTask<CommandGrammar> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(grammar);
}
