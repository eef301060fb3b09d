using System.Diagnostics;

namespace VoiceShop.Speech.Audio;

/// <summary>
/// Runs a local engine (espeak-ng, pocketsphinx) as a child process with bytes in and bytes out, and kills it
/// when it overruns its time, so a stuck engine costs one failed request rather than a hung worker.
/// </summary>
public static class ExternalProcess
{
    /// <summary>What the process wrote and how it exited.</summary>
    public sealed record Result(int ExitCode, byte[] Output, string Errors);

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/>, writing <paramref name="input"/> to its stdin.</summary>
    /// <exception cref="SpeechEngineException">The program is missing or ran longer than <paramref name="timeout"/>.</exception>
    public static async Task<Result> RunAsync(string fileName, IEnumerable<string> arguments, ReadOnlyMemory<byte> input, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new SpeechEngineException($"{fileName} could not be started; is it installed?", ex);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            var output = new MemoryStream();
            var reading = process.StandardOutput.BaseStream.CopyToAsync(output, deadline.Token);
            var errors = process.StandardError.ReadToEndAsync(deadline.Token);
            await process.StandardInput.BaseStream.WriteAsync(input, deadline.Token);
            process.StandardInput.Close();
            await Task.WhenAll(reading, errors);
            await process.WaitForExitAsync(deadline.Token);
            return new Result(process.ExitCode, output.ToArray(), await errors);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SpeechEngineException($"{fileName} took longer than {timeout.TotalSeconds:0.#} s and was stopped.");
        }
        catch (IOException ex)
        {
            throw new SpeechEngineException($"{fileName} stopped before taking its input.", ex);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
