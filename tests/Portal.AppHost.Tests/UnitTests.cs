using Portal.AppHost.Hosting;

namespace Portal.AppHost.Tests;

/// <summary>The small pieces that need no process: command line, masking, the log ring buffer.</summary>
public sealed class UnitTests
{
    [Fact]
    public void TheCommandLineSetsTheOptions()
    {
        var options = new AppHostOptions();

        CommandLine.Apply(options, ["--fresh", "--data-dir", "/tmp/x", "--random-ports", "--verbose", "--environment", "Staging", "--only", "postgres, eventbus"]);

        Assert.True(options.Fresh);
        Assert.Equal("/tmp/x", options.DataDirectory);
        Assert.True(options.UseRandomPorts);
        Assert.True(options.Verbose);
        Assert.Equal("Staging", options.EnvironmentName);
        Assert.Equal(["postgres", "eventbus"], options.Only);
    }

    [Theory]
    [InlineData("--data-dir")]
    [InlineData("--unknown")]
    public void CommandLineMistakesAreRejected(string argument) =>
        Assert.Throws<ArgumentException>(() => CommandLine.Apply(new AppHostOptions(), [argument]));

    [Fact]
    public void DevelopmentDefaultsAreAspires()
    {
        var options = new AppHostOptions();

        Assert.Equal("Development", options.EnvironmentName);
        Assert.Equal("http://localhost:18890", options.OtlpEndpoint);
        Assert.EndsWith(".portal", options.DataDirectory, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ConnectionStrings__db", "Host=127.0.0.1;Port=1;Username=postgres;Password=s3cret;Database=db", "Host=127.0.0.1;Port=1;Username=postgres;Password=***;Database=db")]
    [InlineData("ConnectionStrings__eventbus", "amqp://user:s3cret@127.0.0.1:5672", "amqp://user:***@127.0.0.1:5672")]
    [InlineData("Identity__ClientSecret", "s3cret", "***")]
    [InlineData("ASPNETCORE_URLS", "http://127.0.0.1:5000", "http://127.0.0.1:5000")]
    public void SecretsAreMasked(string key, string value, string shown) =>
        Assert.Equal(shown, SecretMasker.MaskValue(key, value));

    [Fact]
    public void TheLogBufferKeepsTheLastLinesWithStreamsApart()
    {
        var buffer = new ResourceLogBuffer(capacity: 3);
        for (var i = 1; i <= 5; i++)
        {
            buffer.Add($"line {i}", isErrorMessage: i == 5);
        }

        var lines = buffer.GetLines();
        Assert.Equal(["line 3", "line 4", "line 5"], lines.Select(l => l.Content));
        Assert.Equal([3L, 4L, 5L], lines.Select(l => l.LineNumber));
        Assert.True(lines[^1].IsErrorMessage);
        Assert.Equal(["line 5"], buffer.GetLines(afterLineNumber: 4).Select(l => l.Content));
        Assert.Equal(["line 4", "line 5"], buffer.GetLastLines(2).Select(l => l.Content));
    }
}
