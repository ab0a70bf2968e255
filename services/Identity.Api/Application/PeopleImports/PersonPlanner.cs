using System.Net.Mail;
using Identity.Api.Apis;
using Identity.Api.Model;
using Identity.Api.Security;
using Portal.Contracts.Identity;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application.PeopleImports;

/// <summary>
/// Decides, row by row, what an import would do: the same rules as inviting and editing a person one by one
/// (field limits, the role and scope the caller may grant, unique addresses and account names), plus the file's
/// own (a person twice in one file). Used by the dry run over the whole file and by the import job for each
/// batch, so that what the dry run shows is what the import does.
/// </summary>
public sealed class PersonPlanner(PlanningContext context)
{
    private readonly Dictionary<string, int> _emailRows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _accountNameRows = new(StringComparer.Ordinal);

    public PersonPlan Plan(PersonRow row)
    {
        var problems = new List<RowProblem>();
        var cells = ReadCells(row, problems);
        var email = row[PeopleColumns.Email];
        var existing = email is null ? null : context.People.GetValueOrDefault(context.Normalizer.NormalizeEmail(email));
        var accountName = row[PeopleColumns.AccountName] ?? existing?.UserName ?? email;
        CheckUnique(row, email, accountName, existing, problems);
        if (problems.Count > 0)
        {
            return Refused(row, problems);
        }

        return existing is null ? PlanNew(row, cells, accountName!, problems) : PlanChanges(row, cells, existing, problems);
    }

    private PersonPlan PlanNew(PersonRow row, Cells cells, string accountName, List<RowProblem> problems)
    {
        var caller = context.Caller;
        var role = cells.Role ?? Roles.Member;
        var person = new DesiredPerson(
            row[PeopleColumns.Salutation], row[PeopleColumns.FirstName]!, row[PeopleColumns.LastName]!, row[PeopleColumns.Email]!, accountName,
            cells.Language ?? context.DefaultLanguage, role,
            // As when a person is added one by one: the role's areas, within the caller's own for a customer's administrator.
            cells.PortalAreas ?? [.. RoleCatalog.DefaultPortalAreas(role).Where(a => caller.IsProviderStaff || caller.User.PortalAreas.Contains(a))],
            cells.ObjectIds ?? (caller.IsProviderStaff ? [] : [.. caller.User.ObjectIds]),
            cells.EmailCategories);
        CheckGrant(person, roleChanged: true, scopeChanged: true, problems);
        return problems.Count > 0
            ? Refused(row, problems)
            : new PersonPlan(row, RowActions.Create, cells.Access != PeopleVocabulary.NoAccess, [], [], person, null);
    }

    private PersonPlan PlanChanges(PersonRow row, Cells cells, User existing, List<RowProblem> problems)
    {
        var person = new DesiredPerson(
            row[PeopleColumns.Salutation] ?? existing.Salutation, row[PeopleColumns.FirstName]!, row[PeopleColumns.LastName]!, existing.Email!,
            row[PeopleColumns.AccountName] ?? existing.UserName!, cells.Language ?? existing.Language, cells.Role ?? existing.Role,
            cells.PortalAreas ?? existing.PortalAreas, cells.ObjectIds ?? existing.ObjectIds, cells.EmailCategories);
        var changes = new List<string>();
        Compare(changes, PeopleColumns.Salutation, person.Salutation, existing.Salutation);
        Compare(changes, PeopleColumns.FirstName, person.FirstName, existing.FirstName);
        Compare(changes, PeopleColumns.LastName, person.LastName, existing.LastName);
        Compare(changes, PeopleColumns.AccountName, person.AccountName, existing.UserName);
        Compare(changes, PeopleColumns.Language, person.Language, existing.Language);
        Compare(changes, PeopleColumns.Role, person.Role, existing.Role);
        var areasChange = !person.PortalAreas.ToHashSet().SetEquals(existing.PortalAreas);
        var objectsChange = !person.ObjectIds.ToHashSet().SetEquals(existing.ObjectIds);
        if (areasChange)
        {
            changes.Add(PeopleColumns.PortalAreas);
        }

        if (objectsChange)
        {
            changes.Add(PeopleColumns.Objects);
        }

        if (person.EmailCategories is { } categories && EmailCategoryChoice.Changes(existing, categories))
        {
            changes.Add(PeopleColumns.EmailCategories);
        }

        // Someone without a way in and without an open link gets the invitation the row asks for; nobody gets a second one.
        var invite = cells.Access == PeopleVocabulary.Invite && existing.IsActive && !existing.HasAccess && !context.Invited.Contains(existing.Id);
        if (invite)
        {
            changes.Add(PeopleColumns.Access);
        }

        var roleChanged = changes.Contains(PeopleColumns.Role);
        if ((roleChanged || areasChange || objectsChange) && existing.Id == context.Caller.User.Id)
        {
            problems.Add(new RowProblem(roleChanged ? PeopleColumns.Role : areasChange ? PeopleColumns.PortalAreas : PeopleColumns.Objects, PeopleImportMessages.OwnRoleOrScope));
        }
        else
        {
            CheckGrant(person, roleChanged, areasChange || objectsChange, problems);
        }

        if (problems.Count > 0)
        {
            return Refused(row, problems);
        }

        return new PersonPlan(row, changes.Count == 0 ? RowActions.Unchanged : RowActions.Update, invite, changes, [], person, existing);
    }

    /// <summary>A person twice in the file, an address of another organization's person, an account name someone else signs in with.</summary>
    private void CheckUnique(PersonRow row, string? email, string? accountName, User? existing, List<RowProblem> problems)
    {
        if (email is not null && MailAddress.TryCreate(email, out _))
        {
            var normalized = context.Normalizer.NormalizeEmail(email);
            if (!_emailRows.TryAdd(normalized, row.Row))
            {
                problems.Add(new RowProblem(PeopleColumns.Email, PeopleImportMessages.EmailTwiceInFile.Format(_emailRows[normalized])));
            }
            else if (existing is null && context.EmailsElsewhere.Contains(normalized))
            {
                problems.Add(new RowProblem(PeopleColumns.Email, PeopleImportMessages.EmailUsedElsewhere));
            }
        }

        // An address already refused is not refused a second time as the account name it would be.
        var accountNameIsAddress = row[PeopleColumns.AccountName] is null;
        if (accountNameIsAddress && problems.Any(p => p.Field == PeopleColumns.Email))
        {
            return;
        }

        if (accountName is not null && accountName.Length <= Validation.AccountNameMaxLength)
        {
            var normalized = context.Normalizer.NormalizeName(accountName);
            if (!_accountNameRows.TryAdd(normalized, row.Row))
            {
                // The address's own duplicate says it already when the account name is the address.
                if (!accountNameIsAddress)
                {
                    problems.Add(new RowProblem(PeopleColumns.AccountName, PeopleImportMessages.AccountNameTwiceInFile.Format(_accountNameRows[normalized])));
                }
            }
            else if (context.AccountNames.TryGetValue(normalized, out var holder) && holder != existing?.Id)
            {
                problems.Add(new RowProblem(accountNameIsAddress ? PeopleColumns.Email : PeopleColumns.AccountName, PeopleImportMessages.AccountNameTaken));
            }
        }
    }

    /// <summary>Nobody grants more than they hold (<see cref="GrantRules"/>), as in team management.</summary>
    private void CheckGrant(DesiredPerson person, bool roleChanged, bool scopeChanged, List<RowProblem> problems)
    {
        if (roleChanged && GrantRules.Role(context.Caller, OrganizationKinds.Customer, person.Role, null) is { } roleRefusal)
        {
            problems.Add(new RowProblem(PeopleColumns.Role, new FieldMessage(roleRefusal.Code, roleRefusal.Explanation)));
        }

        if (scopeChanged && GrantRules.CustomerScopeRefusal(context.Caller, person.PortalAreas, person.ObjectIds) is { } scopeRefusal)
        {
            problems.Add(scopeRefusal.Field == "portalAreas"
                ? new RowProblem(PeopleColumns.PortalAreas, PeopleImportMessages.AreasNotOwn)
                : new RowProblem(PeopleColumns.Objects, PeopleImportMessages.ObjectsNotOwn));
        }
    }

    private static void Compare(List<string> changes, string column, string? wanted, string? current)
    {
        if (!string.Equals(wanted ?? "", current ?? "", StringComparison.Ordinal))
        {
            changes.Add(column);
        }
    }

    private static PersonPlan Refused(PersonRow row, List<RowProblem> problems) =>
        new(row, RowActions.Refused, false, [], problems, null, null);

    /// <summary>The row's cells read into codes and ids; each cell that cannot be read adds its problem.</summary>
    private Cells ReadCells(PersonRow row, List<RowProblem> problems)
    {
        if (row.ExtraFields > 0)
        {
            problems.Add(new RowProblem("row", PeopleImportMessages.TooManyFields.Format(row.ExtraFields, row.Cells.Count)));
        }

        CheckName(row, PeopleColumns.FirstName, problems);
        CheckName(row, PeopleColumns.LastName, problems);
        var email = row[PeopleColumns.Email];
        if (email is null || email.Length > Validation.EmailMaxLength || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            problems.Add(new RowProblem(PeopleColumns.Email, CommonFieldMessages.InvalidEmail));
        }

        CheckLength(row, PeopleColumns.Salutation, MeApi.SalutationMaxLength, problems);
        CheckLength(row, PeopleColumns.AccountName, Validation.AccountNameMaxLength, problems);
        return new Cells(
            Word(row, PeopleColumns.Language, PeopleVocabulary.Language, PeopleImportMessages.UnknownLanguage, problems),
            Word(row, PeopleColumns.Role, PeopleVocabulary.Role, PeopleImportMessages.UnknownRole, problems),
            Words(row, PeopleColumns.PortalAreas, PeopleVocabulary.PortalArea, PortalAreas.All, ValidationMessages.UnknownPortalAreas, problems),
            Objects(row, problems),
            Words(row, PeopleColumns.EmailCategories, PeopleVocabulary.EmailCategory, EmailCategories.All, ValidationMessages.UnknownEmailCategories, problems),
            Word(row, PeopleColumns.Access, PeopleVocabulary.Access, PeopleImportMessages.UnknownAccess, problems));
    }

    private static void CheckName(PersonRow row, string column, List<RowProblem> problems)
    {
        if (row[column] is not { Length: <= User.NameMaxLength })
        {
            problems.Add(new RowProblem(column, ValidationMessages.NameLength.Format(User.NameMaxLength)));
        }
    }

    private static void CheckLength(PersonRow row, string column, int maxLength, List<RowProblem> problems)
    {
        if (row[column] is { } value && value.Length > maxLength)
        {
            problems.Add(new RowProblem(column, CommonFieldMessages.TooLong.Format(maxLength)));
        }
    }

    private static string? Word(PersonRow row, string column, Func<string, string?> read, FieldMessage unknown, List<RowProblem> problems)
    {
        if (row[column] is not { } value)
        {
            return null;
        }

        var code = read(value);
        if (code is null)
        {
            problems.Add(new RowProblem(column, unknown.Format(value)));
        }

        return code;
    }

    private static List<string>? Words(
        PersonRow row, string column, Func<string, string?> read, IReadOnlyList<string> order, FieldMessage unknown, List<RowProblem> problems)
    {
        if (row[column] is not { } value)
        {
            return null;
        }

        if (PeopleVocabulary.IsNone(value))
        {
            return [];
        }

        var items = Items(value);
        var notKnown = items.Where(i => read(i) is null).ToList();
        if (notKnown.Count > 0)
        {
            problems.Add(new RowProblem(column, unknown.Format(string.Join(", ", notKnown), string.Join(", ", order))));
            return null;
        }

        var codes = items.Select(read).ToHashSet();
        return [.. order.Where(codes.Contains)];
    }

    /// <summary>
    /// Objects by id or by name (as the customer's objects are called in the portal). A cell that is one object's
    /// name, commas and all, is that object; otherwise items are separated by "|", or by "," when there is no "|".
    /// </summary>
    private List<Guid>? Objects(PersonRow row, List<RowProblem> problems)
    {
        if (row[PeopleColumns.Objects] is not { } value)
        {
            return null;
        }

        if (PeopleVocabulary.IsAll(value))
        {
            return [];
        }

        var assignable = context.Objects.Where(o => o.ArchivedAt is null).ToList();
        if (Named(assignable, value) is [var whole])
        {
            return [whole.Id];
        }

        var ids = new List<Guid>();
        var unknown = new List<string>();
        var ambiguous = new List<string>();
        foreach (var item in value.Contains('|', StringComparison.Ordinal) ? Split(value, '|') : Split(value, ','))
        {
            var matches = Guid.TryParse(item, out var id) ? context.Objects.Where(o => o.Id == id && o.ArchivedAt is null).ToList() : Named(assignable, item);
            switch (matches.Count)
            {
                case 0: unknown.Add(item); break;
                case 1: ids.Add(matches[0].Id); break;
                default: ambiguous.Add(item); break;
            }
        }

        if (unknown.Count > 0)
        {
            problems.Add(new RowProblem(PeopleColumns.Objects, PeopleImportMessages.UnknownObjects.Format(string.Join(", ", unknown))));
        }

        if (ambiguous.Count > 0)
        {
            problems.Add(new RowProblem(PeopleColumns.Objects, PeopleImportMessages.AmbiguousObjects.Format(string.Join(", ", ambiguous))));
        }

        ids = [.. ids.Distinct()];
        if (ids.Count > Validation.MaxAssignedObjects)
        {
            problems.Add(new RowProblem(PeopleColumns.Objects, ValidationMessages.TooManyObjects.Format(Validation.MaxAssignedObjects)));
        }

        return unknown.Count + ambiguous.Count > 0 ? null : ids;
    }

    private static List<CustomerObject> Named(List<CustomerObject> objects, string name) =>
        [.. objects.Where(o => string.Equals(o.Name?.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase))];

    /// <summary>The items of a list cell: separated by "|" or ",".</summary>
    private static List<string> Items(string value) =>
        [.. value.Split(['|', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static string[] Split(string value, char separator) =>
        value.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private sealed record Cells(
        string? Language, string? Role, List<string>? PortalAreas, List<Guid>? ObjectIds, List<string>? EmailCategories, string? Access);
}
