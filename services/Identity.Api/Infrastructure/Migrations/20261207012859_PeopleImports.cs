using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Identity.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PeopleImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "email_categories",
                table: "users",
                type: "text[]",
                nullable: false,
                // Everyone had every category until now, unless they changed it in notifications: that service
                // announces its preferences once (its migration AnnounceEmailCategories) and this copy follows.
                defaultValueSql: "ARRAY['devices','tickets','videoSessions','codes']::text[]");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "email_categories_changed_at",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "name",
                table: "customer_objects",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "people_imports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    impersonator_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    total_rows = table.Column<int>(type: "integer", nullable: false),
                    processed_rows = table.Column<int>(type: "integer", nullable: false),
                    created = table.Column<int>(type: "integer", nullable: false),
                    updated = table.Column<int>(type: "integer", nullable: false),
                    unchanged = table.Column<int>(type: "integer", nullable: false),
                    refused = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "people_import_rows",
                columns: table => new
                {
                    import_id = table.Column<Guid>(type: "uuid", nullable: false),
                    row = table.Column<int>(type: "integer", nullable: false),
                    cells = table.Column<string>(type: "jsonb", nullable: false),
                    extra_fields = table.Column<int>(type: "integer", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    changes = table.Column<List<string>>(type: "text[]", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    problems = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people_import_rows", x => new { x.import_id, x.row });
                    table.ForeignKey(
                        name: "fk_people_import_rows_people_imports_import_id",
                        column: x => x.import_id,
                        principalTable: "people_imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_people_imports_organization_id_created_at",
                table: "people_imports",
                columns: new[] { "organization_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_people_imports_status",
                table: "people_imports",
                column: "status",
                filter: "status = 'running'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "people_import_rows");

            migrationBuilder.DropTable(
                name: "people_imports");

            migrationBuilder.DropColumn(
                name: "email_categories",
                table: "users");

            migrationBuilder.DropColumn(
                name: "email_categories_changed_at",
                table: "users");

            migrationBuilder.DropColumn(
                name: "name",
                table: "customer_objects");
        }
    }
}
