Console.WriteLine(new Projects.Tenants_Api().AssemblyPath);
