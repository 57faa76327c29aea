// Governing Bodies: schedule a session, put an item on its agenda, schedule a sitting that takes it up and read the
// timetable (JSON and iCalendar), register a delegate and approve the registration, register a document, upload its
// original, submit and edit it, request its translation, find the job in the backlog, correct the session (PATCH) and
// remove one scheduled by mistake (DELETE).
import { randomInt, randomUUID } from "node:crypto";
import { api, check } from "./walk.js";

async function scheduleSession() {
  for (let attempt = 0; attempt < 20; attempt++) {
    const number = randomInt(1, 1000);
    const { data, error, response } = await api.POST("/api/v1/governing-bodies/sessions", {
      params: { header: { "Idempotency-Key": randomUUID() } },
      body: {
        body: "council",
        kind: "regular",
        number,
        title: { en: `${number}th Session of the Council`, fr: `${number}e session du Conseil` },
        startDate: "2030-11-26",
        endDate: "2030-11-28",
        venue: "Geneva",
        format: "hybrid",
      },
    });
    if (response.status === 409) {
      continue;
    }
    check(data && !error, `schedule a session (${response.status})`);
    return data;
  }
  throw new Error("e2e: no free session number");
}

// A room holds one sitting at a time across sessions, and the walk runs twice against one database (directly, then
// through Prism), so each session's sitting takes a room of its own.
async function timetable(sessionId: string, sessionNumber: number, agendaItemId: string) {
  const sitting = await api.POST("/api/v1/governing-bodies/sessions/{sessionId}/sittings", {
    params: { path: { sessionId } },
    body: { number: 1, date: "2030-11-26", startTime: "10:00:00", endTime: "13:00:00", room: `Room ${sessionNumber}`, agendaItemIds: [agendaItemId] },
  });
  check(sitting.data?.timeZone === "Europe/Zurich" && sitting.data.access === "public", "schedule a sitting; Geneva gives its time zone");
  const json = await api.GET("/api/v1/governing-bodies/sessions/{sessionId}/timetable", { params: { path: { sessionId } } });
  const first = json.data?.sittings[0];
  check(first?.sitting.startsAt === "2030-11-26T09:00:00Z" && first.items[0]?.item.number === "9", "the timetable has the sitting at 10:00 Geneva time, taking up item 9");
  const ics = await api.GET("/api/v1/governing-bodies/sessions/{sessionId}/timetable/calendar", { params: { path: { sessionId } }, parseAs: "text" });
  check(typeof ics.data === "string" && ics.data.includes("DTSTART;TZID=Europe/Zurich:20301126T100000"), "the timetable's iCalendar has a timed event in the venue's zone");
}

// The author uploads the original and submits it; the editors finish it: the original is final and can be translated.
async function edit(documentId: string) {
  const file = await api.PUT("/api/v1/governing-bodies/documents/{id}/languages/{language}/file", {
    params: { path: { id: documentId, language: "en" } },
    body: "%PDF-1.7\n% Programme and Budget for 2031\n",
    bodySerializer: (body) => body,
    headers: { "Content-Type": "application/pdf" },
  });
  check(file.response.status === 200, "upload the original's file");
  const submitted = await api.POST("/api/v1/governing-bodies/documents/{id}/submit", { params: { path: { id: documentId } } });
  check(submitted.data?.status === "submitted" && /^\d{2}-\d{5}$/.test(submitted.data.jobNumber ?? ""), `submit it; it gets a job number (${submitted.data?.jobNumber})`);
  const edited = await api.POST("/api/v1/governing-bodies/documents/{id}/finish-editing", { params: { path: { id: documentId } } });
  check(edited.data?.languages.find((l) => l.language === "en")?.status === "final", "finish its editing; the original is final");
  return edited.data;
}

async function registration(sessionId: string) {
  const admitted = await api.POST("/api/v1/governing-bodies/member-states", { body: { country: "KEN", memberSince: "1975-01-01" } });
  check(admitted.response.status === 201 || admitted.response.status === 409, "Kenya is a Member State");
  const delegation = await api.POST("/api/v1/governing-bodies/sessions/{sessionId}/delegations", { params: { path: { sessionId } }, body: { country: "KE" } });
  check(delegation.data?.country === "KEN" && delegation.data.credentials.status === "notReceived", "record Kenya's delegation");
  const registered = await api.POST("/api/v1/governing-bodies/sessions/{sessionId}/registrations", {
    params: { path: { sessionId } },
    body: {
      delegationId: delegation.data.id,
      role: "representative",
      headOfDelegation: true,
      honorific: "H.E. Ms",
      givenName: "Amina",
      familyName: "Odhiambo",
      jobTitle: "Permanent Representative",
      personalDetails: { email: "amina.odhiambo@mission.example" },
      supportingDocument: { kind: "noteVerbale", reference: "NV 412/2030" },
    },
  });
  check(registered.data?.status === "pending" && registered.data.personalDetails == null, "register the head of delegation; personal details stay behind their scope");
  const approved = await api.POST("/api/v1/governing-bodies/registrations/{id}/approve", { params: { path: { id: registered.data.id } } });
  check(approved.data?.status === "approved", "approve the registration");
  const participants = await api.GET("/api/v1/governing-bodies/sessions/{sessionId}/participants", { params: { path: { sessionId } } });
  const list = participants.data; // JSON, or CSV when asked for (format=csv or Accept: text/csv)
  check(typeof list === "object" && list.groups[0]?.delegations[0]?.participants[0]?.familyName === "Odhiambo", "the list of participants names her");
}

export async function governingBodies() {
  const session = await scheduleSession();
  check(session.status === "planned" && session.notice.requiredDays === 30, "the session is planned with a 30-day notice rule");
  check(session.symbolPrefix === `C/${session.number}`, `its symbol prefix is ${session.symbolPrefix}`);

  const item = await api.POST("/api/v1/governing-bodies/sessions/{sessionId}/agenda-items", {
    params: { path: { sessionId: session.id } },
    body: { number: "9", title: { en: "Programme and Budget" } },
  });
  check(item.data?.status === "proposed", "put an item on the agenda");

  await timetable(session.id, session.number, item.data!.id);
  await registration(session.id);

  const document = await api.POST("/api/v1/governing-bodies/documents", {
    body: {
      symbol: `${session.symbolPrefix!.toLowerCase()}/7`,
      type: "programmeAndBudget",
      distribution: "general",
      originalLanguage: "en",
      title: { en: "Programme and Budget for 2031" },
      agendaItemIds: [item.data!.id],
    },
  });
  check(document.data?.symbol === `${session.symbolPrefix}/7`, "register a document; its symbol comes back normalised");
  check(document.data.sessionId === session.id, "the document found its session by symbol");

  const edited = await edit(document.data.id);

  const job = await api.POST("/api/v1/governing-bodies/documents/{documentId}/translation-jobs", {
    params: { path: { documentId: document.data.id } },
    body: { targetLanguage: "fr", dueOn: "2030-10-20", wordCount: 4200 },
  });
  check(job.data?.status === "requested" && job.data.targetLanguage === "fr", "request the French translation");
  check(job.data.jobNumber === `${edited.jobNumber!.slice(3)}F`, `its job number is the document's with French's letter (${job.data.jobNumber})`);

  const backlog = await api.GET("/api/v1/governing-bodies/translation-jobs/backlog", { params: { query: { language: "fr", limit: 200 } } });
  check(backlog.data?.items.some((j) => j.id === job.data!.id), "the job is in the French backlog");

  const moved = await api.PATCH("/api/v1/governing-bodies/sessions/{id}", {
    params: { path: { id: session.id }, header: { "If-Match": `"${session.version}"` } },
    body: { venue: "New York" },
  });
  check(moved.data?.venue === "New York" && moved.data.version === session.version + 1, "correct the session's venue with If-Match");

  const mistaken = await scheduleSession();
  const removed = await api.DELETE("/api/v1/governing-bodies/sessions/{id}", {
    params: { path: { id: mistaken.id }, header: { "If-Match": `"${mistaken.version}"` } },
  });
  check(removed.response.status === 204, "remove a session scheduled by mistake");
  const history = await api.GET("/api/v1/governing-bodies/sessions/{id}/history", { params: { path: { id: mistaken.id } } });
  check(history.data?.items.at(-1)?.action === "delete", "its history stays readable and ends with the removal");

  const missing = await api.GET("/api/v1/governing-bodies/sessions/{id}", { params: { path: { id: randomUUID() } } });
  check(missing.response.status === 404 && missing.error?.status === 404, "an unknown session is a 404 problem");

  console.log("e2e: the Governing Bodies use case works through the typed client");
}
