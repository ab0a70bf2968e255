using Identity.Api.Model;
using Portal.Contracts.Identity;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application.PeopleImports;

/// <summary>
/// The words a people file may use for languages, roles, portal areas, e-mail categories and access, in
/// English or German (as the export writes them) or as the API's codes; and the words an export writes.
/// </summary>
public static class PeopleVocabulary
{
    public const string Invite = "invite";
    public const string NoAccess = "none";

    private static readonly LocalizedText InviteWord = new("invite", "einladen");
    private static readonly LocalizedText NoAccessWord = new("no access", "ohne Zugang");
    private static readonly LocalizedText NoneWord = new("none", "keine");
    /// <summary>"All" of a list (every customer, every area): also how the audit log says it.</summary>
    public static readonly LocalizedText AllWord = new("all", "alle");

    private static readonly Dictionary<string, LocalizedText> LanguageNames = new()
    {
        [Languages.German] = new("German", "Deutsch"),
        [Languages.English] = new("English", "Englisch"),
    };

    // A people file holds the customer's people: only their roles.
    private static readonly Dictionary<string, LocalizedText> CustomerRoleNames = Roles.CustomerRoles.ToDictionary(role => role, RoleNames.Of);

    private static readonly Dictionary<string, LocalizedText> AreaNames = new()
    {
        [PortalAreas.Dashboard] = new("Dashboard", "Übersicht"),
        [PortalAreas.Devices] = new("Devices", "Geräte"),
        [PortalAreas.Tickets] = new("Service cases", "Servicefälle"),
        [PortalAreas.Objects] = new("Objects", "Objekte"),
        [PortalAreas.VideoSessions] = new("Video sessions", "Video-Sessions"),
        [PortalAreas.Team] = new("Team management", "Teamverwaltung"),
    };

    private static readonly Dictionary<string, LocalizedText> CategoryNames = new()
    {
        [EmailCategories.Devices] = new("Devices", "Geräte"),
        [EmailCategories.Tickets] = new("Service cases", "Servicefälle"),
        [EmailCategories.VideoSessions] = new("Video sessions", "Video-Sessions"),
        [EmailCategories.Codes] = new("Codes", "Codes"),
    };

    private static readonly Dictionary<string, string> LanguageWords = Words(LanguageNames, ("deu", Languages.German), ("ger", Languages.German), ("eng", Languages.English));

    private static readonly Dictionary<string, string> RoleWords = Words(CustomerRoleNames,
        ("mitarbeiter", Roles.Member), ("mitarbeiterin", Roles.Member), ("moderatorin", Roles.Moderator),
        ("admin", Roles.Administrator), ("administratorin", Roles.Administrator));

    private static readonly Dictionary<string, string> AreaWords = Words(AreaNames,
        ("overview", PortalAreas.Dashboard), ("tickets", PortalAreas.Tickets), ("servicecases", PortalAreas.Tickets),
        ("sites", PortalAreas.Objects), ("videosessions", PortalAreas.VideoSessions), ("team", PortalAreas.Team), ("geraete", PortalAreas.Devices));

    private static readonly Dictionary<string, string> CategoryWords = Words(CategoryNames,
        ("tickets", EmailCategories.Tickets), ("servicecases", EmailCategories.Tickets), ("videosessions", EmailCategories.VideoSessions),
        ("geraete", EmailCategories.Devices), ("devicecodes", EmailCategories.Codes), ("geraetecodes", EmailCategories.Codes));

    private static readonly Dictionary<string, string> AccessWords = new()
    {
        [Normalize(Invite)] = Invite, ["einladen"] = Invite, ["einladung"] = Invite, ["yes"] = Invite, ["ja"] = Invite,
        [Normalize(NoAccess)] = NoAccess, ["noaccess"] = NoAccess, ["ohne"] = NoAccess, ["ohnezugang"] = NoAccess,
        ["keinzugang"] = NoAccess, ["no"] = NoAccess, ["nein"] = NoAccess,
    };

    public static string? Language(string value) => LanguageWords.GetValueOrDefault(Normalize(value));

    public static string? Role(string value) => RoleWords.GetValueOrDefault(Normalize(value));

    public static string? Access(string value) => AccessWords.GetValueOrDefault(Normalize(value));

    public static string? PortalArea(string value) => AreaWords.GetValueOrDefault(Normalize(value));

    public static string? EmailCategory(string value) => CategoryWords.GetValueOrDefault(Normalize(value));

    /// <summary>"none", "keine" or "-": an empty list, said on purpose (an empty cell means "as it is").</summary>
    public static bool IsNone(string value) => value.Trim() == "-" || Normalize(value) is "none" or "keine" or "nothing" or "nichts";

    /// <summary>"all", "alle" or "*": every object of the customer.</summary>
    public static bool IsAll(string value) => value.Trim() == "*" || Normalize(value) is "all" or "alle";

    public static string LanguageName(string code, string language) => LanguageNames.TryGetValue(code, out var name) ? name.In(language) : code;

    public static string RoleName(string code, string language) => CustomerRoleNames.TryGetValue(code, out var name) ? name.In(language) : code;

    public static string AreaName(string code, string language) => AreaNames.TryGetValue(code, out var name) ? name.In(language) : code;

    public static string CategoryName(string code, string language) => CategoryNames.TryGetValue(code, out var name) ? name.In(language) : code;

    public static string AccessName(bool invite, string language) => (invite ? InviteWord : NoAccessWord).In(language);

    public static string NoneName(string language) => NoneWord.In(language);

    public static string AllName(string language) => AllWord.In(language);

    private static string Normalize(string value) => PeopleColumns.Normalize(value);

    private static Dictionary<string, string> Words(Dictionary<string, LocalizedText> names, params (string Word, string Code)[] more)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, name) in names)
        {
            words[Normalize(code)] = code;
            words[Normalize(name.English)] = code;
            words[Normalize(name.German)] = code;
        }

        foreach (var (word, code) in more)
        {
            words[word] = code;
        }

        return words;
    }
}
