namespace Portal.AppHost.Hosting;

/// <summary>One line of a resource's console output; <see cref="IsErrorMessage"/> marks stderr.</summary>
public readonly record struct LogLine(long LineNumber, DateTimeOffset Timestamp, string Content, bool IsErrorMessage);
