using Microsoft.Extensions.Localization;
using Portal.Web.Localization;

namespace Portal.Web.Components.People;

/// <summary>The columns of a people file (docs/people-import.md), by the codes identity names fields with.</summary>
public static class PeopleFileColumns
{
    /// <summary>In the order of the file format's description; the required ones are marked there too.</summary>
    public static readonly IReadOnlyList<(string Code, bool Required)> All =
    [
        ("salutation", false),
        ("firstName", true),
        ("lastName", true),
        ("email", true),
        ("accountName", false),
        ("language", false),
        ("role", false),
        ("portalAreas", false),
        ("objects", false),
        ("emailCategories", false),
        ("access", false),
    ];

    /// <summary>
    /// A field of a change or problem as the file's column is named in the page's language; identity may name
    /// the objects by the API's field (<c>objectIds</c>). A field the page does not know shows as identity named it.
    /// </summary>
    public static string NameOf(IStringLocalizer<SharedResource> texts, string field)
    {
        var code = field == "objectIds" ? "objects" : field == "invite" ? "access" : field;
        var name = texts[$"Import.Column.{code}"];
        return name.ResourceNotFound ? field : name.Value;
    }
}
