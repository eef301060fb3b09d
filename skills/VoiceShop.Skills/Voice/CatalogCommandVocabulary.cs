using VoiceShop.Intents.Understanding;
using VoiceShop.Speech.Recognition;

namespace VoiceShop.Skills.Voice;

/// <summary>
/// The voice channel's vocabulary: <see cref="VoiceVocabulary"/> over the interaction model and the store's
/// current catalog, so an intent added to the model, or a product imported into the catalog, is heard as well
/// as understood. It follows the understanding's own catalog cache and rebuilds only when that cache does.
/// </summary>
public sealed class CatalogCommandVocabulary(CatalogNluCache understanding) : ICommandVocabulary
{
    private volatile Built? _last;

    public async ValueTask<CommandGrammar> GetAsync(CancellationToken cancellationToken)
    {
        var nlu = await understanding.GetAsync(cancellationToken);
        var last = _last;
        if (last is not null && ReferenceEquals(last.Source, nlu))
        {
            return last.Grammar;
        }

        // Two requests racing here may both build; either grammar is right and the recogniser keeps the later one.
        last = new Built(nlu, VoiceVocabulary.Grammar(nlu.Model, nlu.Products));
        _last = last;
        return last.Grammar;
    }

    private sealed record Built(NluModel Source, CommandGrammar Grammar);
}
