using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Assets.Api.Apis.Common;

/// <summary>Problems several areas of the assets API answer alike.</summary>
public static class AssetsProblems
{
    /// <summary>{0}: the kind of record (<see cref="RecordKinds"/>); {1}, {2}: the statuses, as the API names them.</summary>
    public static readonly ProblemMessage IllegalStatusChange = new(
        "illegal_status_change",
        new LocalizedText("Illegal status change.", "Unzulässiger Statuswechsel."),
        new LocalizedText("A {0} cannot move from {1} to {2}.", "{0} kann nicht von „{1}“ zu „{2}“ wechseln."));

    public static readonly LocalizedText ForbiddenTitle = new("Forbidden", "Nicht erlaubt");
}

/// <summary>The kinds of record, as words of each language, for sentences about any of them.</summary>
public static class RecordKinds
{
    // German with its article: the sentence begins with the kind.
    public static readonly LocalizedText Ticket = new("ticket", "Ein Ticket");
    public static readonly LocalizedText VideoSession = new("video session", "Eine Videositzung");
}
