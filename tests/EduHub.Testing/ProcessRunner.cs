using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace EduHub.Testing;

/// <summary>Runs a short command with a hard time limit, so a stuck pg_ctl can never hang a test run.</summary>
internal static class ProcessRunner
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <returns>The exit code and the combined stdout/stderr text.</returns>
    /// <exception cref="Win32Exception">The program does not exist.</exception>
    /// <exception cref="TimeoutException">The program ran longer than <see cref="Timeout"/> (it is killed).</exception>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string fileName, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = startInfo };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            ct.ThrowIfCancellationRequested();
            throw new TimeoutException(
                $"`{fileName} {string.Join(' ', arguments)}` did not finish within {Timeout.TotalSeconds:0} s. {Text(output)}");
        }

        return (process.ExitCode, Text(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }
}
