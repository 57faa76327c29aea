using System.Net;
using System.Text.Json.Nodes;
using Iom.Api.IntegrationTests.Infrastructure;

namespace Iom.Api.IntegrationTests.Platform;

/// <summary>Every operation the document lists with an id in its path answers 404 problem for an id that does not exist.</summary>
public sealed class UnknownIdTests(string provider) : ApiTest(provider)
{
    [Test]
    public async Task EveryOperationWithAnId_Answers404ForAnUnknownOne()
    {
        var document = await Client.GetAsync("/swagger/v1/swagger.json").ExpectAsync(HttpStatusCode.OK);
        var checkedOperations = new List<string>();
        using var client = ClientWith([.. TestTokens.GoverningBodiesAll, .. TestTokens.ResearchAll, .. TestTokens.MigrationDataAll, .. TestTokens.DonorRelationsAll, "operations:read", "operations:write"]);
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(path, @"\{(id|\w+Id)\}"))
            {
                continue;
            }

            foreach (var (method, operation) in item!.AsObject())
            {
                var url = System.Text.RegularExpressions.Regex.Replace(path.Replace("{kind}", "maps", StringComparison.Ordinal), @"\{\w+\}", Guid.NewGuid().ToString());
                var body = ValidBody(operation!);
                using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url);
                if (body is not null)
                {
                    request.Content = new StringContent(body, System.Text.Encoding.UTF8, Security.EndpointAuthorizationTests.RequestMediaType(operation!));
                }

                using var response = await client.SendAsync(request);
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), $"{method.ToUpperInvariant()} {path}: {await response.Content.ReadAsStringAsync()}");
                Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), $"{method} {path}");
                checkedOperations.Add($"{method} {path}");
            }
        }

        Assert.That(checkedOperations, Has.Count.GreaterThanOrEqualTo(20));
    }

    // A body that passes validation, so that the answer is about the id, not the body.
    private static string? ValidBody(JsonNode operation) => operation["operationId"]!.GetValue<string>() switch
    {
        "GoverningBodies_AddAgendaItem" => """{"number":"1","title":{"en":"x"}}""",
        "GoverningBodies_RequestTranslation" => """{"targetLanguage":"fr","dueOn":"2030-01-01"}""",
        "GoverningBodies_UpdateSession" => "{}",
        "Research_RecordEthicsReview" => """{"status":"approved","reference":"ERB-1"}""",
        "Research_RecordClearance" => """{"status":"passed"}""",
        "Research_InviteReviewer" => """{"reviewer":"A. Reviewer","dueOn":"2030-01-01"}""",
        "Research_SubmitReview" => """{"recommendation":"accept"}""",
        "Research_AddManifestation" => """{"language":"en","format":"pdf"}""",
        "Research_AssignIdentifiers" => """{"doi":"10.18356/x"}""",
        "Research_ApproveTranslation" => """{"dueOn":"2030-01-01"}""",
        "MigrationData_CreateEdition" => """{"edition":"2024","releasedOn":"2024-01-01"}""",
        "MigrationData_LoadObservations" => "indicator,area,period,value\n",
        "DonorRelations_SetDonorPriorities" => """{"modality":"earmarked"}""",
        "DonorRelations_ReviseAppeal" => """{"lines":[{"code":"L1","amount":1}]}""",
        "DonorRelations_AmendAgreement" => """{"newAmount":1,"newEndOn":"2030-01-01","reason":"x"}""",
        "DonorRelations_ScheduleReport" => """{"kind":"narrative","periodStart":"2030-01-01","periodEnd":"2030-06-30","dueOn":"2030-07-31"}""",
        _ => operation["requestBody"] is null ? null : throw new AssertionException($"Give {operation["operationId"]} a valid body here."),
    };
}
