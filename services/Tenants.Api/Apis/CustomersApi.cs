using Portal.Contracts.Security;
using Portal.ServiceDefaults.Security;

namespace Tenants.Api.Apis;

/// <summary>
/// Customers of the provider. Reads are scoped by <see cref="CustomerVisibility"/>; a customer the
/// caller may not see answers 404, as if it did not exist. Changes are provider staff's with
/// <c>customers.manage</c>; each is audited and publishes its event through the outbox.
/// </summary>
public static partial class CustomersApi
{
    public static RouteGroupBuilder MapCustomersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/tenants/customers").WithTags("Customers");

        api.MapGet("/", ListCustomers).RequireAuthorization()
            .WithName("ListCustomers")
            .WithSummary("The customers the caller may see, by name; ?search=&page=&pageSize=&includeArchived=");
        api.MapGet("/{id:guid}", GetCustomer).RequireAuthorization()
            .WithName("GetCustomer")
            .WithSummary("One customer the caller may see");
        api.MapGet("/by-slug/{slug}", GetCustomerBySlug).AllowAnonymous()
            .WithName("GetCustomerBySlug")
            .WithSummary("Name of the active customer with this slug, for <slug>.<portal host> pages before sign-in");
        api.MapGet("/{id:guid}/audit", GetCustomerAudit).RequireProviderStaff().RequirePermission(Permissions.AuditRead)
            .WithName("GetCustomerAudit")
            .WithSummary("Who changed the customer, how and when, oldest first");

        api.MapPost("/", CreateCustomer).ProducesProblem(StatusCodes.Status409Conflict).RequireProviderStaff().RequirePermission(Permissions.CustomersManage)
            .WithName("CreateCustomer")
            .WithSummary("Create a customer; the slug is derived from the name when absent");
        api.MapPatch("/{id:guid}", UpdateCustomer).ProducesProblem(StatusCodes.Status409Conflict).RequireProviderStaff().RequirePermission(Permissions.CustomersManage)
            .WithName("UpdateCustomer")
            .WithSummary("Change name, type, slug or department; absent fields keep their value");
        api.MapPost("/{id:guid}/archive", ArchiveCustomer).ProducesProblem(StatusCodes.Status409Conflict).RequireProviderStaff().RequirePermission(Permissions.CustomersManage)
            .WithName("ArchiveCustomer")
            .WithSummary("Archive the customer: hidden from lists, its users can no longer sign in");
        api.MapPost("/{id:guid}/independence", MakeIndependent).ProducesProblem(StatusCodes.Status409Conflict).RequireProviderStaff().RequirePermission(Permissions.CustomersManage)
            .WithName("MakeCustomerIndependent")
            .WithSummary("The customer administers itself from now on");
        api.MapDelete("/{id:guid}/independence", RevertIndependence).ProducesProblem(StatusCodes.Status409Conflict).RequireProviderStaff().RequirePermission(Permissions.CustomersManage)
            .RequireAuthorization(policy => policy.RequireRole(ProviderRoles.Administrator))
            .WithName("RevertCustomerIndependence")
            .WithSummary("Provider administrators only: make an independent customer managed again");

        return api;
    }
}
