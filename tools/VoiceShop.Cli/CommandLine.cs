namespace VoiceShop.Cli;

/// <summary>
/// The command line split into positional words and <c>--name value</c> options. Small on purpose: the
/// commands are few and a parser package would be the largest part of the tool.
/// </summary>
public sealed record CommandLine(IReadOnlyList<string> Words, IReadOnlyDictionary<string, string> Options)
{
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var words = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var equals = arg.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    options[arg[2..equals]] = arg[(equals + 1)..];
                }
                else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    options[arg[2..]] = args[++i];
                }
                else
                {
                    options[arg[2..]] = "";
                }
            }
            else
            {
                words.Add(arg);
            }
        }

        return new CommandLine(words, options);
    }

    /// <summary>The value of <c>--name</c>, or null when it was not given.</summary>
    public string? Option(string name) => Options.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
