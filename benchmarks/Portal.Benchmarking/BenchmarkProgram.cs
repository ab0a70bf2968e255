using System.Runtime.InteropServices;

namespace Portal.Benchmarking;

/// <summary>
/// The frame of every benchmark's Program: run, and write the page only when the run came through. A run that
/// throws (a <see cref="BenchmarkFailedException"/> from a check or <see cref="FailureBudget"/>, or anything
/// else) exits with 1 and leaves the page as it was, so a committed page never shows the figures of a run
/// that failed. Ctrl+C or SIGTERM cancels the token so that the run can stop what it started (a run started in the
/// background by a script ignores Ctrl+C's SIGINT: `kill PID` stops it).
/// </summary>
public static class BenchmarkProgram
{
    /// <param name="output">The page; written only when <paramref name="run"/> returns its text.</param>
    /// <param name="run">Measures, stops what it started, and returns the page.</param>
    public static async Task<int> RunAsync(string output, Func<CancellationToken, Task<string>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            cancellation.Cancel();
        });

        string page;
        try
        {
            page = await run(cancellation.Token);
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine(ex is BenchmarkFailedException ? $"FAILED: {ex.Message}" : $"FAILED: {ex}");
            Console.Error.WriteLine($"Nothing written: {output} is as it was.");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, page, CancellationToken.None);
        Console.WriteLine();
        Console.WriteLine(page);
        Console.WriteLine($"written {output}");
        return 0;
    }
}
