using System.Collections.Frozen;
using System.Globalization;
using VoiceShop.Intents.Conversation;

namespace VoiceShop.Intents.Understanding;

/// <summary>
/// Our own understanding of free text, against the live catalog: cleans up speech-recogniser output, finds
/// price limit, quantity and product (see <see cref="UtteranceAnalyzer"/>), picks the intent by its
/// closeness to the interaction model's samples (see <see cref="IntentClassifier"/>), and says
/// FallbackIntent rather than guessing when nothing is close. What the conversation is waiting for
/// decides short answers: "yeah sure" to a read-back is a yes, a bare product name or number fills the
/// slot that was asked for.
/// </summary>
public sealed class CatalogUtteranceInterpreter(CatalogNluCache cache) : IUtteranceInterpreter
{
    /// <summary>Below this similarity to every sample, an utterance is out of scope.</summary>
    public const double MinIntentScore = 0.3;

    /// <summary>
    /// Built-in intents are short fixed phrases ("that's it", "skip it"), so sharing a word or two with one is
    /// weak evidence: "is it raining" is not "that's it".
    /// </summary>
    public const double MinBuiltInScore = 0.5;

    private static readonly FrozenSet<string> YesWords = FrozenSet.ToFrozenSet(
        ["yes", "yeah", "yea", "yep", "yup", "ya", "sure", "ok", "okay", "alright", "correct", "right", "absolutely", "definitely", "affirmative", "confirm", "certainly", "totally", "aye", "uh-huh"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> NoWords = FrozenSet.ToFrozenSet(
        ["no", "nope", "nah", "negative", "nay", "not"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ProductIntents = FrozenSet.ToFrozenSet(
        [IntentNames.Buy, IntentNames.Reorder, IntentNames.OrderStatus, IntentNames.CancelOrder], StringComparer.Ordinal);

    /// <inheritdoc />
    public UtteranceMeaning Interpret(string text, DialogState state, string locale)
    {
        var nlu = cache.Current ?? cache.GetAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return Interpret(nlu, text, state);
    }

    /// <summary>Interprets with a given model (the host awaits the model first, so no request ever blocks on a rebuild).</summary>
    public static UtteranceMeaning Interpret(NluModel nlu, string text, DialogState state)
    {
        var words = SpokenText.Words(text);
        if (words.Count == 0)
        {
            return Meaning(IntentNames.Fallback, 0, null, nlu);
        }

        var analyzed = nlu.Analyzer.Analyze(words);
        var ranked = nlu.Classifier.Classify(analyzed.Features);
        var (intent, score) = ranked.Count > 0 ? ranked[0] : (IntentClassifier.OutOfScope, 0.0);
        if (intent == IntentClassifier.OutOfScope || score < MinIntentScore || (IsBuiltIn(intent) && score < MinBuiltInScore))
        {
            (intent, score) = (IntentNames.Fallback, intent == IntentClassifier.OutOfScope ? score : 1 - score);
        }

        (intent, score) = ApplyContext(intent, score, words, analyzed, state);
        return Meaning(intent, score, analyzed, nlu);
    }

    private static (string Intent, double Score) ApplyContext(string intent, double score, List<string> words, AnalyzedUtterance analyzed, DialogState state)
    {
        var yesNo = YesOrNo(words);
        var asksYesNo = state.Awaiting is Awaiting.PurchaseConfirmation or Awaiting.ReorderOffer or Awaiting.AnythingElse;
        if (yesNo is not null && (asksYesNo || intent == IntentNames.Fallback) && !IsCommerce(intent, score, analyzed))
        {
            return (yesNo, Math.Max(score, 0.9));
        }

        if (state is { Awaiting: Awaiting.SlotValue, ElicitIntent: { } elicited, ElicitSlot: { } slot })
        {
            var answersSlot = slot switch
            {
                SlotNames.Product => analyzed.HasProductWords && intent is not (IntentNames.Stop or IntentNames.Cancel or IntentNames.Help or IntentNames.No),
                SlotNames.Quantity => analyzed.Quantity is not null && (analyzed.OnlyNumber || !analyzed.HasProductWords || intent == IntentNames.Fallback || score < 0.6),
                _ => false,
            };
            var switchedIntent = ProductIntents.Contains(intent) && intent != elicited && score >= 0.6;
            if (answersSlot && !switchedIntent)
            {
                return (elicited, Math.Max(score, 0.8));
            }
        }

        return (intent, score);
    }

    private static bool IsBuiltIn(string intent) =>
        intent is IntentNames.Help or IntentNames.Stop or IntentNames.Cancel or IntentNames.Yes or IntentNames.No or IntentNames.NavigateHome;

    /// <summary>A commerce request that merely starts with "yes" ("yes buy two more") is still that request.</summary>
    private static bool IsCommerce(string intent, double score, AnalyzedUtterance analyzed) =>
        ProductIntents.Contains(intent) && score >= 0.6 && analyzed.HasProductWords;

    private static string? YesOrNo(List<string> words)
    {
        var first = words[0];
        if (NoWords.Contains(first) || (words.Count > 1 && first == "do" && words[1] == "not") || (first == "never" && words.Count == 1))
        {
            return first == "not" && words.Count == 1 ? null : IntentNames.No;
        }

        if (YesWords.Contains(first) || (words.Count >= 2 && (first, words[1]) is ("go", "ahead") or ("do", "it") or ("sounds", "good") or ("of", "course") or ("why", "not") or ("go", "for")))
        {
            return IntentNames.Yes;
        }

        return null;
    }

    private static UtteranceMeaning Meaning(string intent, double score, AnalyzedUtterance? analyzed, NluModel nlu)
    {
        var slots = new Dictionary<string, SlotValue>(StringComparer.Ordinal);
        var takes = nlu.Model.Intents.FirstOrDefault(i => i.Name == intent)?.Slots.Select(s => s.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        if (analyzed is not null)
        {
            if (takes.Contains(SlotNames.Product) && analyzed.ProductSpoken is { } spoken)
            {
                var resolved = analyzed.ProductAmbiguous ? null : analyzed.Product?.Product;
                slots[SlotNames.Product] = new SlotValue(spoken, resolved?.Sku, resolved?.Name);
            }

            if (takes.Contains(SlotNames.Quantity) && analyzed.Quantity is { } quantity)
            {
                slots[SlotNames.Quantity] = new SlotValue(quantity.ToString(CultureInfo.InvariantCulture));
            }

            if (takes.Contains(SlotNames.MaxPrice) && analyzed.MaxPrice is { } maxPrice)
            {
                slots[SlotNames.MaxPrice] = new SlotValue(maxPrice.ToString("0.##", CultureInfo.InvariantCulture));
            }
        }

        return new UtteranceMeaning(intent, Math.Round(Math.Clamp(score, 0, 1), 3), slots);
    }
}
