using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Notifications.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class BusinessMails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "access_version",
                table: "recipients",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "all_customers",
                table: "recipients",
                type: "boolean",
                nullable: false,
                // Staff known before this column were never restricted: every customer, as identity's default.
                defaultValue: true);

            migrationBuilder.AddColumn<List<Guid>>(
                name: "customer_ids",
                table: "recipients",
                type: "uuid[]",
                nullable: false);

            migrationBuilder.AddColumn<bool>(
                name: "deactivated",
                table: "recipients",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<List<Guid>>(
                name: "department_ids",
                table: "recipients",
                type: "uuid[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "email",
                table: "recipients",
                type: "character varying(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "first_name",
                table: "recipients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "language",
                table: "recipients",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "last_name",
                table: "recipients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "category",
                table: "mails",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "organization_id",
                table: "mails",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "unsubscribe_url",
                table: "mails",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "customers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    department_id = table.Column<Guid>(type: "uuid", nullable: true),
                    independent = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "forgotten_users",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    forgotten_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_forgotten_users", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "signing_keys",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    key = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_signing_keys", x => x.name);
                });

            migrationBuilder.CreateIndex(
                name: "ix_mails_organization_id_created_at",
                table: "mails",
                columns: new[] { "organization_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_mails_user_id_created_at",
                table: "mails",
                columns: new[] { "user_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_customers_provider_id",
                table: "customers",
                column: "provider_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "customers");

            migrationBuilder.DropTable(
                name: "forgotten_users");

            migrationBuilder.DropTable(
                name: "signing_keys");

            migrationBuilder.DropIndex(
                name: "ix_mails_organization_id_created_at",
                table: "mails");

            migrationBuilder.DropIndex(
                name: "ix_mails_user_id_created_at",
                table: "mails");

            migrationBuilder.DropColumn(
                name: "access_version",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "all_customers",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "customer_ids",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "deactivated",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "department_ids",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "email",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "first_name",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "language",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "last_name",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "category",
                table: "mails");

            migrationBuilder.DropColumn(
                name: "organization_id",
                table: "mails");

            migrationBuilder.DropColumn(
                name: "unsubscribe_url",
                table: "mails");
        }
    }
}
