using VoiceShop.Cli.Commands;

namespace VoiceShop.Cli;

/// <summary>
/// The <c>voiceshop</c> developer command. Output goes to the writers passed in, so tests run commands
/// in-process and read exactly what a developer would see.
/// </summary>
public static class CliApp
{
    /// <summary>Runs one command line; the exit code is 0 on success, 1 when the command failed, 2 for a usage error.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var arguments = CommandLine.Parse(args);
        try
        {
            return arguments.Words switch
            {
                ["catalog", "import", var file] => await CatalogImportCommand.RunAsync(file, arguments.Option("store"), output, error, cancellationToken),
                ["export", "alexa"] when arguments.Option("out") is { } dir => await ExportAlexaCommand.RunAsync(dir, arguments.Option("catalog"), output, error, cancellationToken),
                ["export", "dialogflow-cx"] when arguments.Option("out") is { } dir => await ExportDialogflowCxCommand.RunAsync(dir, arguments.Option("webhook-url"), arguments.Option("catalog"), output, error, cancellationToken),
                ["simulate"] => await SimulateCommand.RunAsync(arguments, System.Console.In, output, error, cancellationToken),
                ["eval-nlu", var file] => await EvalNluCommand.RunAsync(arguments, file, output, cancellationToken),
                _ => Usage(error),
            };
        }
        catch (CommandFailedException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    private static int Usage(TextWriter error)
    {
        error.WriteLine("""
            usage:
              voiceshop catalog import FILE.json [--store CONNECTIONSTRING]
              voiceshop simulate --platform alexa|dialogflow|text [--url URL] [--replay FILE] [--record FILE] [--token TOKEN|none] [--device screen|speaker|car] [--catalog FILE.json]
              voiceshop export alexa --out DIR [--catalog FILE.json]
              voiceshop export dialogflow-cx --out DIR [--webhook-url https://HOST/api/dialogflow] [--catalog FILE.json]
              voiceshop eval-nlu FILE.jsonl [--engine semantic|lexical|both] [--encoder minilm|arcticxs] [--min-similarity X[,Y...]] [--lexical-weight X[,Y...]] [--catalog FILE.json] [--verbose]
            """);
        return 2;
    }
}

/// <summary>A command could not do its work; the message says why, for the developer.</summary>
public sealed class CommandFailedException(string message) : Exception(message);
