using Assets.Api.Model;
using Assets.Api.Model.Counters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assets.Api.Infrastructure.EntityConfigurations;

// The KPI counters (Model/Counters). The triggers that keep them and the function that rebuilds them
// are SQL in the migrations KpiCountersAndSortIndexes and ProviderCounters (Infrastructure/Counters/KpiCounterSql.cs).
// The provider's counters have no foreign key: providers are not assets' rows (customers carry their provider's id).

internal sealed class TicketCountConfiguration : IEntityTypeConfiguration<TicketCount>
{
    public void Configure(EntityTypeBuilder<TicketCount> count)
    {
        count.ToTable("ticket_counts");
        count.HasKey(c => new { c.CustomerId, c.Status, c.Priority });
        count.Property(c => c.Status).HasMaxLength(20);
        count.Property(c => c.Priority).HasMaxLength(20);
        count.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TicketsOpenedInMonthConfiguration : IEntityTypeConfiguration<TicketsOpenedInMonth>
{
    public void Configure(EntityTypeBuilder<TicketsOpenedInMonth> month)
    {
        month.ToTable("tickets_opened_per_month");
        month.HasKey(m => new { m.CustomerId, m.Month });
        month.HasOne<Customer>().WithMany().HasForeignKey(m => m.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TicketsResolvedOnDayConfiguration : IEntityTypeConfiguration<TicketsResolvedOnDay>
{
    public void Configure(EntityTypeBuilder<TicketsResolvedOnDay> day)
    {
        day.ToTable("tickets_resolved_per_day");
        day.HasKey(d => new { d.CustomerId, d.Day });
        day.Property(d => d.SecondsToResolve).HasColumnType("numeric");
        day.HasOne<Customer>().WithMany().HasForeignKey(d => d.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeviceCountConfiguration : IEntityTypeConfiguration<DeviceCount>
{
    public void Configure(EntityTypeBuilder<DeviceCount> count)
    {
        count.ToTable("device_counts");
        count.HasKey(c => new { c.CustomerId, c.Status });
        count.Property(c => c.Status).HasMaxLength(20);
        count.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProviderTicketCountConfiguration : IEntityTypeConfiguration<ProviderTicketCount>
{
    public void Configure(EntityTypeBuilder<ProviderTicketCount> count)
    {
        count.ToTable("provider_ticket_counts");
        count.HasKey(c => new { c.ProviderId, c.Status, c.Priority });
        count.Property(c => c.Status).HasMaxLength(20);
        count.Property(c => c.Priority).HasMaxLength(20);
    }
}

internal sealed class ProviderTicketsOpenedInMonthConfiguration : IEntityTypeConfiguration<ProviderTicketsOpenedInMonth>
{
    public void Configure(EntityTypeBuilder<ProviderTicketsOpenedInMonth> month)
    {
        month.ToTable("provider_tickets_opened_per_month");
        month.HasKey(m => new { m.ProviderId, m.Month });
    }
}

internal sealed class ProviderTicketsResolvedOnDayConfiguration : IEntityTypeConfiguration<ProviderTicketsResolvedOnDay>
{
    public void Configure(EntityTypeBuilder<ProviderTicketsResolvedOnDay> day)
    {
        day.ToTable("provider_tickets_resolved_per_day");
        day.HasKey(d => new { d.ProviderId, d.Day });
        day.Property(d => d.SecondsToResolve).HasColumnType("numeric");
    }
}
