using Iom.Modules.GoverningBodies.AgendaItems;
using Iom.Modules.GoverningBodies.ArrearsNotifications;
using Iom.Modules.GoverningBodies.Bodies;
using Iom.Modules.GoverningBodies.Delegations;
using Iom.Modules.GoverningBodies.Documents;
using Iom.Modules.GoverningBodies.History;
using Iom.Modules.GoverningBodies.MemberStates;
using Iom.Modules.GoverningBodies.Observers;
using Iom.Modules.GoverningBodies.Officers;
using Iom.Modules.GoverningBodies.Registrations;
using Iom.Modules.GoverningBodies.Resolutions;
using Iom.Modules.GoverningBodies.Sessions;
using Iom.Modules.GoverningBodies.Sittings;
using Iom.Modules.GoverningBodies.Speakers;
using Iom.Modules.GoverningBodies.Symbols;
using Iom.Modules.GoverningBodies.TranslationJobs;
using Microsoft.AspNetCore.Routing;

namespace Iom.Modules.GoverningBodies;

public sealed partial class GoverningBodiesModule
{
    // In the order of the committed OpenAPI document (the drift test holds it).
    public void MapEndpoints(RouteGroupBuilder group)
    {
        ListBodiesEndpoint.Map(group);

        AddAgendaItemEndpoint.Map(group);
        ListAgendaItemsEndpoint.Map(group);
        GetAgendaItemEndpoint.Map(group);
        UpdateAgendaItemEndpoint.Map(group);
        DeleteAgendaItemEndpoint.Map(group);
        ChangeAgendaItemStatusEndpoint.Map(group);
        ParseSymbolEndpoint.Map(group);

        RequestTranslationEndpoint.Map(group);
        ListTranslationBacklogEndpoint.Map(group);
        GetTranslationJobEndpoint.Map(group);
        UpdateTranslationJobEndpoint.Map(group);
        ChangeTranslationJobStatusEndpoint.Map(group);
        GetHistoryEndpoint.Map(group);

        ScheduleSessionEndpoint.Map(group);
        ListSessionsEndpoint.Map(group);
        GetSessionCalendarEndpoint.Map(group);
        GetSessionsCalendarEndpoint.Map(group);
        GetSessionEndpoint.Map(group);
        UpdateSessionEndpoint.Map(group);
        DeleteSessionEndpoint.Map(group);
        ChangeSessionStatusEndpoint.Map(group);
        GetDocumentationReadinessEndpoint.Map(group);
        GetDocumentPackageEndpoint.Map(group);
        GetDocumentPackageZipEndpoint.Map(group);

        RegisterDocumentEndpoint.Map(group);
        ListDocumentsEndpoint.Map(group);
        GetDocumentEndpoint.Map(group);
        UpdateDocumentEndpoint.Map(group);
        DeleteDocumentEndpoint.Map(group);
        DerestrictDocumentEndpoint.Map(group);
        ChangeDocumentStatusEndpoint.Map(group);
        GetDocumentBySymbolEndpoint.Map(group);
        FinalizeLanguageEndpoint.Map(group);
        IssueLanguageEndpoint.Map(group);
        AttachFileEndpoint.Map(group);
        DownloadFileEndpoint.Map(group);
        DetachFileEndpoint.Map(group);

        ElectOfficerEndpoint.Map(group);
        ListOfficersEndpoint.Map(group);
        GetOfficerEndpoint.Map(group);
        UpdateOfficerEndpoint.Map(group);
        DeleteOfficerEndpoint.Map(group);

        ScheduleSittingEndpoint.Map(group);
        ListSittingsEndpoint.Map(group);
        GetTimetableEndpoint.Map(group);
        GetTimetableCalendarEndpoint.Map(group);
        GetSittingEndpoint.Map(group);
        UpdateSittingEndpoint.Map(group);
        DeleteSittingEndpoint.Map(group);
        ChangeSittingStatusEndpoint.Map(group);

        InscribeSpeakerEndpoint.Map(group);
        ListSpeakersEndpoint.Map(group);
        GetSpeakerEndpoint.Map(group);
        UpdateSpeakerEndpoint.Map(group);
        DeleteSpeakerEndpoint.Map(group);
        ChangeSpeakerStatusEndpoint.Map(group);
        AttachStatementFileEndpoint.Map(group);
        DownloadStatementFileEndpoint.Map(group);
        DetachStatementFileEndpoint.Map(group);

        AdmitMemberStateEndpoint.Map(group);
        ListMemberStatesEndpoint.Map(group);
        GetMemberStateEndpoint.Map(group);
        UpdateMemberStateEndpoint.Map(group);
        DeleteMemberStateEndpoint.Map(group);
        GetVotingRightsEndpoint.Map(group);
        GetVotingRightsReportEndpoint.Map(group);

        NotifyArrearsEndpoint.Map(group);
        GetArrearsNotificationEndpoint.Map(group);
        UpdateArrearsNotificationEndpoint.Map(group);
        DeleteArrearsNotificationEndpoint.Map(group);
        SettleArrearsEndpoint.Map(group);
        RecordCouncilDecisionEndpoint.Map(group);

        GrantObserverStatusEndpoint.Map(group);
        ListObserversEndpoint.Map(group);
        GetObserverEndpoint.Map(group);
        UpdateObserverEndpoint.Map(group);
        DeleteObserverEndpoint.Map(group);

        FormDelegationEndpoint.Map(group);
        ListDelegationsEndpoint.Map(group);
        GetCredentialsReportEndpoint.Map(group);
        GetDelegationEndpoint.Map(group);
        UpdateDelegationEndpoint.Map(group);
        DeleteDelegationEndpoint.Map(group);
        ReceiveCredentialsEndpoint.Map(group);
        ChangeCredentialsStatusEndpoint.Map(group);

        RegisterEndpoint.Map(group);
        ListRegistrationsEndpoint.Map(group);
        GetParticipantsEndpoint.Map(group);
        GetRegistrationEndpoint.Map(group);
        UpdateRegistrationEndpoint.Map(group);
        DeleteRegistrationEndpoint.Map(group);
        ChangeRegistrationStatusEndpoint.Map(group);

        RecordResolutionEndpoint.Map(group);
        ListResolutionsEndpoint.Map(group);
        GetResolutionEndpoint.Map(group);
        UpdateResolutionEndpoint.Map(group);
        DeleteResolutionEndpoint.Map(group);
    }
}
