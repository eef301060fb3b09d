using System.Text.RegularExpressions;

namespace VoiceShop.Skills.Alexa.InteractionModel;

/// <summary>
/// The Alexa Skills Kit's build rules, checked before a model leaves the repository, so a model that the
/// developer console would reject (or that would silently mis-route) fails here with a plain reason.
/// </summary>
public static partial class AlexaModelValidator
{
    /// <summary>Amazon's limit on a sample utterance.</summary>
    public const int MaxSampleLength = 200;

    /// <summary>Amazon's limit on a custom slot value.</summary>
    public const int MaxSlotValueLength = 140;

    private static readonly string[] RequiredBuiltIns =
        ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"];

    private static readonly HashSet<string> ForbiddenInvocationWords = new(StringComparer.Ordinal)
    {
        // Launch phrases and connecting words collide with how shoppers open skills ("ask voice shop to…").
        "ask", "tell", "open", "launch", "begin", "load", "start", "run", "resume", "use", "enable", "play",
        "to", "from", "in", "using", "with", "about", "for", "that", "by", "if", "and", "whose",
        // Wake words and device names.
        "alexa", "amazon", "echo", "computer", "ziggy",
        // Amazon rejects names that say what the thing is rather than what it is called.
        "skill", "app",
    };

    /// <summary>Every rule the model breaks, each as one sentence; empty when it can be built.</summary>
    public static IReadOnlyList<string> Validate(AlexaModelFile file)
    {
        var errors = new List<string>();
        var language = file.InteractionModel.LanguageModel;
        CheckInvocationName(language.InvocationName, errors);
        CheckIntents(language, errors);
        CheckTypes(language, errors);
        CheckDialog(file.InteractionModel, errors);
        return errors;
    }

    private static void CheckInvocationName(string name, List<string> errors)
    {
        if (!InvocationNamePattern().IsMatch(name))
        {
            errors.Add($"invocation name \"{name}\" may hold only lower-case letters, spaces, apostrophes and periods of abbreviations");
        }

        if (name.Length is < 2 or > 50)
        {
            errors.Add($"invocation name \"{name}\" must be 2 to 50 characters");
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            errors.Add($"invocation name \"{name}\" must have at least two words (one-word names are for brands)");
        }

        foreach (var word in words.Where(ForbiddenInvocationWords.Contains))
        {
            errors.Add($"invocation name \"{name}\" must not contain \"{word}\"");
        }
    }

    private static void CheckIntents(AlexaLanguageModel language, List<string> errors)
    {
        var names = language.Intents.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var builtIn in RequiredBuiltIns.Where(b => !names.Contains(b)))
        {
            errors.Add($"required built-in intent {builtIn} is missing");
        }

        var types = language.Types.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var intent in language.Intents)
        {
            if (!intent.Name.StartsWith("AMAZON.", StringComparison.Ordinal) && !IntentNamePattern().IsMatch(intent.Name))
            {
                errors.Add($"intent name \"{intent.Name}\" may hold only letters and underscores");
            }

            var slots = intent.Slots.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var slot in intent.Slots.Where(s => !s.Type.StartsWith("AMAZON.", StringComparison.Ordinal) && !types.Contains(s.Type)))
            {
                errors.Add($"{intent.Name}: slot {{{slot.Name}}} has type {slot.Type}, which is not defined");
            }

            foreach (var sample in intent.Samples)
            {
                CheckSample(intent.Name, sample, slots, errors);
                var key = NormalizeSample(sample);
                if (owners.TryGetValue(key, out var owner))
                {
                    errors.Add(owner == intent.Name
                        ? $"{intent.Name}: sample \"{sample}\" appears twice"
                        : $"sample \"{sample}\" is in both {owner} and {intent.Name}");
                }
                else
                {
                    owners[key] = intent.Name;
                }
            }

            foreach (var slot in intent.Slots)
            {
                foreach (var sample in slot.Samples)
                {
                    CheckSample($"{intent.Name}.{slot.Name}", sample, slots, errors);
                }
            }
        }
    }

    private static void CheckSample(string where, string sample, HashSet<string> slots, List<string> errors)
    {
        if (sample.Length == 0 || sample.Length > MaxSampleLength)
        {
            errors.Add($"{where}: sample \"{sample}\" must be 1 to {MaxSampleLength} characters");
        }

        var words = SlotReference().Replace(sample, " ");
        if (!SampleTextPattern().IsMatch(words))
        {
            errors.Add($"{where}: sample \"{sample}\" may hold only letters, spaces, apostrophes, periods, hyphens and {{slots}} (spell numbers out)");
        }

        foreach (Match match in SlotReference().Matches(sample))
        {
            var name = match.Groups[1].Value;
            if (!slots.Contains(name))
            {
                errors.Add($"{where}: sample \"{sample}\" uses {{{name}}}, which is not a slot of the intent");
            }

            var before = match.Index == 0 || sample[match.Index - 1] == ' ';
            var after = match.Index + match.Length == sample.Length || sample[match.Index + match.Length] == ' ';
            if (!before || !after)
            {
                errors.Add($"{where}: sample \"{sample}\" must separate {{{name}}} from other words with spaces");
            }
        }
    }

    private static void CheckTypes(AlexaLanguageModel language, List<string> errors)
    {
        foreach (var type in language.Types)
        {
            if (type.Values.Count == 0)
            {
                errors.Add($"slot type {type.Name} has no values");
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in type.Values)
            {
                if (!ids.Add(value.Id))
                {
                    errors.Add($"slot type {type.Name}: id \"{value.Id}\" is used twice");
                }

                foreach (var text in value.Name.Synonyms.Prepend(value.Name.Value))
                {
                    if (string.IsNullOrWhiteSpace(text) || text.Length > MaxSlotValueLength)
                    {
                        errors.Add($"slot type {type.Name}: value \"{text}\" ({value.Id}) must be 1 to {MaxSlotValueLength} characters");
                    }
                }
            }
        }
    }

    private static void CheckDialog(AlexaInteractionModel model, List<string> errors)
    {
        var prompts = model.Prompts.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var intents = model.LanguageModel.Intents.ToDictionary(i => i.Name, StringComparer.Ordinal);
        foreach (var intent in model.Dialog.Intents)
        {
            if (!intents.TryGetValue(intent.Name, out var languageIntent))
            {
                errors.Add($"dialog intent {intent.Name} is not in the language model");
                continue;
            }

            if (intent.ConfirmationRequired && !intent.Prompts.ContainsKey("confirmation"))
            {
                errors.Add($"dialog intent {intent.Name} requires confirmation but has no confirmation prompt");
            }

            foreach (var id in intent.Prompts.Values.Concat(intent.Slots.SelectMany(s => s.Prompts.Values)).Where(id => !prompts.Contains(id)))
            {
                errors.Add($"dialog intent {intent.Name} refers to prompt {id}, which is not defined");
            }

            foreach (var slot in intent.Slots.Where(s => languageIntent.Slots.All(l => l.Name != s.Name)))
            {
                errors.Add($"dialog intent {intent.Name} has slot {slot.Name}, which the intent does not");
            }

            foreach (var slot in intent.Slots.Where(s => s.ElicitationRequired && !s.Prompts.ContainsKey("elicitation")))
            {
                errors.Add($"dialog intent {intent.Name}: slot {slot.Name} must be elicited but has no elicitation prompt");
            }
        }
    }

    private static string NormalizeSample(string sample) =>
        string.Join(' ', sample.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^[a-z][a-z' .]*[a-z.]$")]
    private static partial Regex InvocationNamePattern();

    [GeneratedRegex(@"^[A-Za-z_]+$")]
    private static partial Regex IntentNamePattern();

    [GeneratedRegex(@"\{([^}]*)\}")]
    private static partial Regex SlotReference();

    [GeneratedRegex(@"^[\p{L} .'_-]*$")]
    private static partial Regex SampleTextPattern();
}
