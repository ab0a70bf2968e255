using System.Security.Claims;
using Identity.Api.Application;
using Identity.Api.Application.PeopleImports;
using Identity.Api.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Contracts.Security;
using Portal.ServiceDefaults.Errors;
using Portal.ServiceDefaults.Localization;
using Portal.ServiceDefaults.Security;

namespace Identity.Api.Apis;

/// <summary>
/// Onboarding a customer's people from a file (docs/people-import.md): a dry run that changes nothing, the
/// import as a job with progress and a result file, and the export in the same format.
/// </summary>
public static class PeopleImportApi
{
    public static RouteGroupBuilder MapPeopleImportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity").WithTags("People import").RequireAuthorization();

        api.MapPost("/organizations/{organizationId:guid}/people/dry-run", DryRun)
            .AcceptsPeopleFile().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).WithName("DryRunPeopleImport")
            .WithSummary("What importing the file would do, row by row, without changing anything");
        api.MapPost("/organizations/{organizationId:guid}/people/imports", StartImport)
            .AcceptsPeopleFile().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).WithName("StartPeopleImport")
            .WithSummary("Import the file's accepted rows as a job; its progress at the returned location");
        api.MapGet("/organizations/{organizationId:guid}/people/imports", ListImports).ProducesProblem(StatusCodes.Status409Conflict).WithName("ListPeopleImports")
            .WithSummary("The organization's imports, newest first");
        api.MapGet("/people-imports/{id:guid}", GetImport).WithName("GetPeopleImport")
            .WithSummary("An import and how far it got");
        api.MapGet("/people-imports/{id:guid}/result", GetResult).Produces<string>(StatusCodes.Status200OK, "text/csv").WithName("GetPeopleImportResult")
            .WithSummary("Every row of the file with its result and reason, as CSV in the caller's language");
        api.MapGet("/organizations/{organizationId:guid}/people/export", Export)
            .Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesProblem(StatusCodes.Status409Conflict).WithName("ExportPeople")
            .WithSummary("The organization's people as CSV in the import's format");
        return api;
    }

    public static async Task<Results<Ok<PeopleImportPlanResponse>, ProblemHttpResult>> DryRun(
        Guid organizationId, HttpRequest request, ClaimsPrincipal principal, [AsParameters] UserServices services, ILookupNormalizer normalizer,
        CancellationToken cancellationToken)
    {
        var upload = await ReceiveAsync(organizationId, request, principal, services, cancellationToken);
        if (upload.Refused is not null)
        {
            return upload.Refused;
        }

        var plans = await PlanAsync(upload, services, normalizer, cancellationToken);
        return TypedResults.Ok(new PeopleImportPlanResponse(upload.File!.FileName, plans.Count, Summarize(plans), [.. plans.Select(ToResponse)]));
    }

    public static async Task<Results<Accepted<PeopleImportResponse>, ProblemHttpResult>> StartImport(
        Guid organizationId, HttpRequest request, ClaimsPrincipal principal, [AsParameters] UserServices services, ILookupNormalizer normalizer,
        PeopleImportSignal signal, CancellationToken cancellationToken)
    {
        var upload = await ReceiveAsync(organizationId, request, principal, services, cancellationToken);
        if (upload.Refused is not null)
        {
            return upload.Refused;
        }

        // Planned now for what only the whole file shows (a person twice in it) and for the refusals to report;
        // the accepted rows are planned again, batch by batch, when the job carries them out.
        var plans = await PlanAsync(upload, services, normalizer, cancellationToken);
        var now = services.Clock.GetUtcNow();
        var import = new PeopleImport
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = upload.Organization!.Id,
            StartedByUserId = upload.Caller!.User.Id,
            ImpersonatorUserId = principal.GetImpersonation()?.ActorUserId,
            FileName = upload.File!.FileName,
            Language = PortalLanguage.Current,
            TotalRows = plans.Count,
            CreatedAt = now,
        };
        services.Db.PeopleImports.Add(import);
        foreach (var plan in plans)
        {
            var row = StoredRows.ToStored(import.Id, plan.Source);
            if (plan.Action == RowActions.Refused)
            {
                StoredRows.Refuse(row, plan.Problems);
                import.ProcessedRows++;
                import.Refused++;
            }

            services.Db.PeopleImportRows.Add(row);
        }

        await services.Db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return TypedResults.Accepted($"/api/identity/people-imports/{import.Id}", ToResponse(import));
    }

    public static async Task<Results<Ok<PeopleImportResponse[]>, ProblemHttpResult>> ListImports(
        Guid organizationId, ClaimsPrincipal principal, [AsParameters] UserServices services, CancellationToken cancellationToken)
    {
        var (_, _, refused) = await AuthorizeAsync(organizationId, principal, services, readOnly: true, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var imports = await services.Db.PeopleImports.AsNoTracking().Where(i => i.OrganizationId == organizationId)
            .OrderByDescending(i => i.CreatedAt).Take(100).ToListAsync(cancellationToken);
        return TypedResults.Ok(imports.Select(ToResponse).ToArray());
    }

    public static async Task<Results<Ok<PeopleImportResponse>, ProblemHttpResult>> GetImport(
        Guid id, ClaimsPrincipal principal, [AsParameters] UserServices services, CancellationToken cancellationToken)
    {
        var (import, refused) = await LoadImportAsync(id, principal, services, cancellationToken);
        return refused ?? (Results<Ok<PeopleImportResponse>, ProblemHttpResult>)TypedResults.Ok(ToResponse(import!));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetResult(
        Guid id, ClaimsPrincipal principal, [AsParameters] UserServices services, CancellationToken cancellationToken)
    {
        var (import, refused) = await LoadImportAsync(id, principal, services, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var rows = await services.Db.PeopleImportRows.AsNoTracking().Where(r => r.ImportId == id).OrderBy(r => r.Row).ToListAsync(cancellationToken);
        var language = PortalLanguage.Current;
        var name = Path.GetFileNameWithoutExtension(import!.FileName);
        return TypedResults.File(PeopleCsv.Result(rows, language), "text/csv; charset=utf-8", $"{name}-{PeopleCsv.ResultSuffix(language)}.csv");
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        Guid organizationId, ClaimsPrincipal principal, [AsParameters] UserServices services, CancellationToken cancellationToken)
    {
        var (_, organization, refused) = await AuthorizeAsync(organizationId, principal, services, readOnly: true, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var now = services.Clock.GetUtcNow();
        var people = await services.Db.Users.AsNoTracking().Where(u => u.OrganizationId == organizationId)
            .OrderBy(u => u.LastName).ThenBy(u => u.FirstName).ThenBy(u => u.Email).ToListAsync(cancellationToken);
        var invited = await services.Db.Invitations.AsNoTracking()
            .Where(i => i.OrganizationId == organizationId && i.AcceptedAt == null && i.ExpiresAt > now
                && (i.Purpose == InvitationPurpose.Invitation || i.Purpose == InvitationPurpose.SetPassword))
            .Select(i => i.UserId).ToListAsync(cancellationToken);
        var objects = await services.Db.CustomerObjects.AsNoTracking().Where(o => o.CustomerId == organizationId).ToListAsync(cancellationToken);
        var language = PortalLanguage.Current;
        return TypedResults.File(PeopleCsv.Export(people, invited.ToHashSet(), objects, language), "text/csv; charset=utf-8",
            $"{organization!.Slug ?? organization.Id.ToString()}-{PeopleCsv.ExportSuffix(language)}.csv");
    }

    /// <summary>Team management's rule (customer administrators, provider staff with users.manage for managed customers), for customers only.</summary>
    private static async Task<(UserAccess? Caller, Organization? Organization, ProblemHttpResult? Refused)> AuthorizeAsync(
        Guid organizationId, ClaimsPrincipal principal, UserServices services, bool readOnly, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, services.Db, cancellationToken) is not { } caller)
        {
            return (null, null, Problems.NotSignedIn());
        }

        var organization = await services.Db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        var decision = OrganizationAccess.ToAdministerUsers(caller, organization, readOnly);
        if (!decision.IsAllowed)
        {
            return (null, null, decision.ToProblem());
        }

        return organization!.Kind != OrganizationKinds.Customer
            ? (null, null, Problems.Conflict(PeopleImportMessages.CustomersOnly))
            : (caller, organization, null);
    }

    /// <summary>An import of an organization the caller may administer; anyone else's answers as one that does not exist.</summary>
    private static async Task<(PeopleImport? Import, ProblemHttpResult? Refused)> LoadImportAsync(
        Guid id, ClaimsPrincipal principal, UserServices services, CancellationToken cancellationToken)
    {
        if (await Caller.LoadAsync(principal, services.Db, cancellationToken) is not { } caller)
        {
            return (null, Problems.NotSignedIn());
        }

        var import = await services.Db.PeopleImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        var organization = import is null ? null
            : await services.Db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == import.OrganizationId, cancellationToken);
        var decision = OrganizationAccess.ToAdministerUsers(caller, organization, readOnly: true);
        return decision.Outcome switch
        {
            AccessOutcome.Allowed => (import, null),
            AccessOutcome.NotFound => (null, PortalProblems.Of(StatusCodes.Status404NotFound, PeopleImportMessages.ImportNotFound)),
            _ => (null, decision.ToProblem()),
        };
    }

    private static async Task<List<PersonPlan>> PlanAsync(Upload upload, UserServices services, ILookupNormalizer normalizer, CancellationToken cancellationToken)
    {
        var context = await PlanningContext.LoadAsync(services.Db, normalizer, upload.Caller!, upload.Organization!, upload.File!.Rows,
            PortalLanguage.Current, services.Clock.GetUtcNow(), cancellationToken);
        var planner = new PersonPlanner(context);
        return [.. upload.File.Rows.Select(planner.Plan)];
    }

    /// <summary>A file uploaded by someone who may import into the organization, read; or why not.</summary>
    private sealed record Upload(UserAccess? Caller, Organization? Organization, PeopleFile? File, ProblemHttpResult? Refused);

    private static async Task<Upload> ReceiveAsync(
        Guid organizationId, HttpRequest request, ClaimsPrincipal principal, UserServices services, CancellationToken cancellationToken)
    {
        var (caller, organization, refused) = await AuthorizeAsync(organizationId, principal, services, readOnly: false, cancellationToken);
        if (refused is not null)
        {
            return new Upload(null, null, null, refused);
        }

        var (file, unreadable) = await ReadFileAsync(request, cancellationToken);
        return new Upload(caller, organization, file, unreadable is null ? null : Problems.FieldsRefused(unreadable));
    }

    /// <summary>The uploaded file (multipart form, field <c>file</c>) read into rows, or why it cannot be.</summary>
    private static async Task<(PeopleFile? File, FieldErrors? Refused)> ReadFileAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        IFormFile? upload;
        try
        {
            upload = request.HasFormContentType ? (await request.ReadFormAsync(cancellationToken)).Files.GetFile("file") : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            upload = null;
        }

        if (upload is null)
        {
            return (null, FieldErrors.Of("file", PeopleImportMessages.FileRequired));
        }

        if (upload.Length > PeopleFile.MaxBytes)
        {
            return (null, FieldErrors.Of("file", PeopleImportMessages.FileTooLarge.Format(PeopleFile.MaxBytes / 1024 / 1024)));
        }

        using var content = new MemoryStream((int)upload.Length);
        await upload.CopyToAsync(content, cancellationToken);
        var fileName = Path.GetFileName(upload.FileName ?? "");
        fileName = fileName.Length is 0 ? "people.csv" : fileName.Length > PeopleImport.FileNameMaxLength ? fileName[..PeopleImport.FileNameMaxLength] : fileName;
        var file = PeopleFile.Read(fileName, content.ToArray(), out var refused);
        return (file, refused);
    }

    private static PeopleImportSummary Summarize(IReadOnlyCollection<PersonPlan> plans) => new(
        plans.Count(p => p.Action == RowActions.Create),
        plans.Count(p => p.Action == RowActions.Update),
        plans.Count(p => p.Action == RowActions.Unchanged),
        plans.Count(p => p.Action == RowActions.Refused));

    private static PlannedPersonResponse ToResponse(PersonPlan plan) => new(
        plan.Source.Row,
        plan.Email,
        plan.Source[PeopleColumns.FirstName] ?? "",
        plan.Source[PeopleColumns.LastName] ?? "",
        plan.Action,
        plan.Invite,
        plan.Changes,
        [.. plan.Problems.Select(p => new RowProblemResponse(p.Field, p.Message.Code, p.Message.Text.Current))]);

    private static PeopleImportResponse ToResponse(PeopleImport import) => new(
        import.Id, import.OrganizationId, import.FileName, import.Status, import.TotalRows, import.ProcessedRows,
        import.Created, import.Updated, import.Unchanged, import.Refused, import.CreatedAt, import.CompletedAt);
}
