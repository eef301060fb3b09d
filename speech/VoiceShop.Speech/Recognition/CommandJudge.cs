namespace VoiceShop.Speech.Recognition;

/// <summary>What the offline recogniser heard in one utterance, with each model.</summary>
/// <param name="Domain">The decode with the language model of VoiceShop's commands.</param>
/// <param name="General">The decode with pocketsphinx's general English model: the out-of-domain alternative.</param>
/// <param name="UnexplainedSpeech">The share of the audio's speech outside every word of <paramref name="Domain"/>.</param>
public sealed record RecognitionEvidence(SphinxDecode Domain, SphinxDecode General, double UnexplainedSpeech);

/// <summary>
/// Decides whether the offline recogniser heard a command, and how surely. Guessing is the failure that
/// matters (a misheard "yes" places an order), so anything short of a whole command that accounts for the
/// speech is reported as not caught.
/// </summary>
public static class CommandJudge
{
    /// <summary>The most speech a command's words may leave unaccounted for.</summary>
    public const double MaxUnexplainedSpeech = 0.25;

    /// <summary>The confidence of a command both models heard: enough to confirm a purchase.</summary>
    public const double AgreedConfidence = 0.95;

    /// <summary>The confidence of a command only the domain model heard: enough to act on, not to spend money on.</summary>
    public const double DomainOnlyConfidence = 0.6;

    public static Transcript Judge(RecognitionEvidence evidence, CommandGrammar grammar)
    {
        if (!IsCandidate(evidence.Domain, evidence.UnexplainedSpeech, grammar))
        {
            return Transcript.NoMatch;
        }

        return new Transcript(RecognitionOutcome.Recognized, evidence.Domain.Text, Agree(evidence.Domain, evidence.General) ? AgreedConfidence : DomainOnlyConfidence);
    }

    /// <summary>Whether the domain decode is a whole command that accounts for the speech: the general model is consulted only then.</summary>
    public static bool IsCandidate(SphinxDecode domain, double unexplainedSpeech, CommandGrammar grammar) =>
        domain.Words.Count > 0 && grammar.IsCommand(domain.Text) && unexplainedSpeech <= MaxUnexplainedSpeech;

    /// <summary>Whether the general model heard the domain model's words, in order (other words around them allowed).</summary>
    public static bool Agree(SphinxDecode domain, SphinxDecode general)
    {
        var next = 0;
        foreach (var word in general.Words)
        {
            if (next < domain.Words.Count && word.Word == domain.Words[next].Word)
            {
                next++;
            }
        }

        return next == domain.Words.Count && next > 0;
    }
}
