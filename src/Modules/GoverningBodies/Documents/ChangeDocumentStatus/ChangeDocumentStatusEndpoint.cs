using Iom.SharedKernel.Http;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies.Documents;

internal static class ChangeDocumentStatusEndpoint
{
    public static void Map(RouteGroupBuilder module) =>
        ActionEndpoints.Map(module, "documents", (id, action, version) => new ChangeDocumentStatusCommand(id, action, version),
            new StatusAction("submit", "GoverningBodies_SubmitDocument", "Submit a draft for processing",
                "Needs the original language's file. Gives the document its job number (24-00012) the first time; the original goes to editing (inRevision)."),
            new StatusAction("return", "GoverningBodies_ReturnDocument", "Return a submitted document to its author", "It is a draft again and keeps its job number."),
            new StatusAction("finish-editing", "GoverningBodies_FinishEditingDocument", "Finish editing a submitted document",
                "The original becomes final: it can be translated from and issued. With every language version final the document is ready."),
            new StatusAction("issue", "GoverningBodies_IssueDocument", "Issue a ready document in every language at once",
                "Every final language version is issued; DocumentLanguageIssued is published for each."));
}
