namespace Portal.ServiceDefaults; public static class Placeholder;
