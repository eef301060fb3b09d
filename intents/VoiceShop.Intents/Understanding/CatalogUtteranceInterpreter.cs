using System.Collections.Frozen;
using System.Globalization;
using VoiceShop.Intents.Conversation;
using VoiceShop.Intents.Model;
using VoiceShop.Intents.Understanding.Semantic;

namespace VoiceShop.Intents.Understanding;

/// <summary>
/// Our own understanding of free text, against the live catalog: cleans up speech-recogniser output, finds
/// price limit, quantity and product (see <see cref="UtteranceAnalyzer"/>), picks the intent by meaning
/// (the Semantic engine, <see cref="SemanticIntents"/>) or by shared words with the interaction
/// model's samples (the Lexical engine, <see cref="IntentClassifier"/>), and says
/// FallbackIntent rather than guessing when nothing is close. What the conversation is waiting for
/// decides short answers: "yeah sure" to a read-back is a yes, a bare product name or number fills the
/// slot that was asked for.
/// </summary>
public sealed class CatalogUtteranceInterpreter(CatalogNluCache cache) : IUtteranceInterpreter
{
    /// <summary>What a pending yes-or-no question adds to the semantic scores of YesIntent and NoIntent.</summary>
    public const double AnswerPrior = 0.1;

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

    /// <summary>Choosing from a list just read out (the model's SelectOptionIntent).</summary>
    private const string SelectOptionHandlerIntent = "SelectOptionIntent";

    /// <summary>The intents that take several products in one sentence.</summary>
    private static readonly FrozenSet<string> ListIntents = FrozenSet.ToFrozenSet([IntentNames.Buy, "AddToCartIntent"], StringComparer.Ordinal);

    /// <inheritdoc />
    public UtteranceMeaning Interpret(string text, DialogState state, string locale)
    {
        var nlu = cache.Current ?? cache.GetAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return Interpret(nlu, text, state);
    }

    /// <summary>Interprets with a given model (the host awaits the model first, so no request ever blocks on a rebuild).</summary>
    public static UtteranceMeaning Interpret(NluModel nlu, string text, DialogState state)
    {
        var list = SpokenItemList.Phrase(text, nlu.Analyzer);
        var words = SpokenText.Words(list?.WithFirstOnly ?? text);
        if (words.Count == 0)
        {
            return Meaning(IntentNames.Fallback, 0, null, nlu);
        }

        if (state.Awaiting == Awaiting.VoiceCode && SpokenDigits.FourDigitCode(words) is { } code)
        {
            return new UtteranceMeaning(IntentNames.VoiceCode, 0.95, new Dictionary<string, SlotValue> { [SlotNames.Code] = new(code) });
        }

        var analyzed = nlu.Analyzer.Analyze(words);
        var (intent, score) = nlu.Semantic is { } semantic ? ClassifyByMeaning(semantic, nlu, analyzed, words, state) : ClassifyByWords(nlu, analyzed);
        (intent, score) = ApplyContext(nlu, intent, score, words, analyzed, state);
        var meaning = Meaning(intent, score, analyzed, nlu);
        return list is not null && ListIntents.Contains(intent) ? WithItemList(meaning, list.List) : meaning;
    }

    /// <summary>
    /// Several products said at once ("oat milk and two packs of paper towels") go to the product slot as said, with
    /// their quantities, for the handler to read as a list (as Alexa's own slot would carry them); the analyzer's
    /// single product and quantity would keep only one of them.
    /// </summary>
    private static UtteranceMeaning WithItemList(UtteranceMeaning meaning, string list)
    {
        var slots = meaning.Slots.Where(kv => kv.Key is not (SlotNames.Product or SlotNames.Quantity)).ToDictionary(StringComparer.Ordinal);
        slots[SlotNames.Product] = new SlotValue(list);
        return meaning with { Slots = slots };
    }

    /// <summary>The Lexical engine: the nearest model sample by shared words, FallbackIntent when none is close.</summary>
    private static (string Intent, double Score) ClassifyByWords(NluModel nlu, AnalyzedUtterance analyzed)
    {
        var ranked = nlu.Classifier.Classify(analyzed.Features);
        var (intent, score) = ranked.Count > 0 ? ranked[0] : (IntentClassifier.OutOfScope, 0.0);
        if (intent == IntentClassifier.OutOfScope || score < MinIntentScore || (nlu.BuiltInIntents.Contains(intent) && score < MinBuiltInScore))
        {
            (intent, score) = (IntentNames.Fallback, intent == IntentClassifier.OutOfScope ? score : 1 - score);
        }

        return (intent, score);
    }

    /// <summary>
    /// The Semantic engine: the nearest example by meaning (the cleaned words, wake word and fillers gone);
    /// FallbackIntent when that example is out of scope or not near enough.
    /// </summary>
    private static (string Intent, double Score) ClassifyByMeaning(SemanticIntents semantic, NluModel nlu, AnalyzedUtterance analyzed, List<string> words, DialogState state)
    {
        var byMeaning = semantic.Classifier.Classify(string.Join(' ', words)).Ranked;
        var byWords = semantic.LexicalWeight > 0 ? nlu.Classifier.Classify(analyzed.Features) : [];
        var ranked = Blend(byMeaning, byWords, semantic.LexicalWeight, state.Awaiting.IsYesOrNoQuestion());
        var (intent, score) = ranked.Count > 0 ? ranked[0] : (IntentClassifier.OutOfScope, 0.0);

        // The threshold judges meaning alone: a word the samples never used ("shush") lowers the blend, not the sense.
        var meaning = byMeaning.FirstOrDefault(r => r.Intent == intent).Score;
        if (intent == IntentClassifier.OutOfScope || meaning < semantic.MinSimilarity)
        {
            return (IntentNames.Fallback, intent == IntentClassifier.OutOfScope ? score : 1 - meaning);
        }

        return (intent, score);
    }

    private static (string Intent, double Score) ApplyContext(NluModel nlu, string intent, double score, List<string> words, AnalyzedUtterance analyzed, DialogState state)
    {
        var yesNo = YesOrNo(words);
        var asksYesNo = state.Awaiting.IsYesOrNoQuestion();
        if (yesNo is not null && (asksYesNo || intent == IntentNames.Fallback) && !IsCommerce(nlu, intent, score, analyzed))
        {
            return (yesNo, Math.Max(score, 0.9));
        }

        if (state.Awaiting == Awaiting.PurchaseConfirmation && intent is IntentNames.Buy or IntentNames.Reorder && !analyzed.HasProductWords && analyzed.Quantity is null)
        {
            // "buy it", "order it" to a read-back confirms the purchase read back; it names nothing new to buy.
            return (IntentNames.Yes, Math.Max(score, 0.8));
        }

        if (intent == SelectOptionHandlerIntent && OrdinalSlotValues.Find(words) is null && !analyzed.HasProductWords && Pronouns.Find(words) is not null)
        {
            // "Add it" names no choice from a list: it is buying what was just heard about.
            return (IntentNames.Buy, score);
        }

        if (state.Awaiting == Awaiting.ListChoice && OrdinalSlotValues.Find(words) is not null
            && intent is not (IntentNames.Stop or IntentNames.Cancel or IntentNames.Help or IntentNames.No or IntentNames.CancelOrder or IntentNames.OrderStatus or IntentNames.Reorder))
        {
            // "The cheaper one" right after a list picks from it, whatever else the words resemble.
            return (SelectOptionHandlerIntent, Math.Max(score, 0.8));
        }

        if (state is { Awaiting: Awaiting.SlotValue, ElicitIntent: { } elicited, ElicitSlot: { } slot })
        {
            var answersSlot = slot switch
            {
                SlotNames.Product => analyzed.HasProductWords && intent is not (IntentNames.Stop or IntentNames.Cancel or IntentNames.Help or IntentNames.No),
                SlotNames.Quantity => analyzed.Quantity is not null && (analyzed.OnlyNumber || !analyzed.HasProductWords || intent == IntentNames.Fallback || score < 0.6),
                _ => false,
            };
            // Only a product heard switches to another product intent: a bare "two" answers the question asked.
            var switchedIntent = nlu.ProductIntents.Contains(intent) && intent != elicited && intent != SelectOptionHandlerIntent && score >= 0.6 && analyzed.HasProductWords;
            if (answersSlot && !switchedIntent)
            {
                return (elicited, Math.Max(score, 0.8));
            }
        }

        if (intent == SelectOptionHandlerIntent && state.LastList is null && analyzed.HasProductWords && OrdinalSlotValues.Find(words) is null)
        {
            // "The coffee pods" with no list to choose from is not a choice: it names a product to buy (read back first).
            return (IntentNames.Buy, score);
        }

        return (intent, score);
    }

    /// <summary>
    /// Each intent's similarity by meaning, with a share of its similarity by words: the sentence model knows
    /// that "negatory" is a no, the words know that "order X again" is a reorder whatever X is.
    /// </summary>
    /// After a yes-or-no question, yes and no are the likelier answers, so they get <see cref="AnswerPrior"/>.
    private static List<(string Intent, double Score)> Blend(IReadOnlyList<(string Intent, double Score)> byMeaning, IReadOnlyList<(string Intent, double Score)> byWords, double lexicalWeight, bool asksYesNo)
    {
        var words = byWords.ToDictionary(r => r.Intent, r => r.Score, StringComparer.Ordinal);
        return byMeaning
            .Select(r => (r.Intent, Score: ((1 - lexicalWeight) * r.Score) + (lexicalWeight * words.GetValueOrDefault(r.Intent))
                + (asksYesNo && r.Intent is IntentNames.Yes or IntentNames.No ? AnswerPrior : 0)))
            .OrderByDescending(r => r.Score)
            .ToList();
    }

    /// <summary>A commerce request that merely starts with "yes" ("yes buy two more") is still that request.</summary>
    private static bool IsCommerce(NluModel nlu, string intent, double score, AnalyzedUtterance analyzed) =>
        nlu.ProductIntents.Contains(intent) && score >= 0.6 && analyzed.HasProductWords;

    private static string? YesOrNo(List<string> words)
    {
        var first = words[0];
        if (YesWords.Contains(first) && words.Count > 1 && words[1] == "not")
        {
            // "absolutely not", "definitely not": the yes word only strengthens the no.
            return IntentNames.No;
        }

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
            else if (Pronouns.Intents.Contains(intent) && Pronouns.Find(analyzed.Words) is { } pronoun)
            {
                // "How much is it", "make that three": the conversation resolves it to what was just heard.
                slots[SlotNames.Product] = new SlotValue(pronoun);
            }

            if (takes.Contains(SlotNames.Ordinal) && OrdinalSlotValues.Find(analyzed.Words) is { } ordinal)
            {
                slots[SlotNames.Ordinal] = new SlotValue(ordinal.Spoken, ordinal.Value.Id, ordinal.Value.Value);
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
