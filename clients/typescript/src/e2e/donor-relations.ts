// Donor Relations: register a donor, record a pledged flow, commit it on the day it happened, correct the flow and the
// donor (PATCH), then remove both, recorded by mistake (DELETE); the removals stay in the history.
import { api, check, etag, unique } from "./walk.js";

export async function donorRelations() {
  const code = `E2E-${unique()}`;
  const donor = await api.POST("/api/v1/donor-relations/donors", {
    body: { code, name: "Governmnet of Kenya", type: "government", country: "ke", focalPoints: [] },
  });
  check(donor.data?.country === "KEN", "register a donor; its country (ke) comes back as ISO alpha-3");

  const today = new Date().toISOString().slice(0, 10);
  const flow = await api.POST("/api/v1/donor-relations/flows", {
    body: { donorId: donor.data.id, status: "pledge", originalAmount: 25000, currency: "USD", budgetYear: 2026, flowDate: today },
  });
  check(flow.data?.status === "pledge" && flow.data.pledgedOn === today, "record a pledged USD flow (no exchange rate needed)");

  const committed = await api.POST("/api/v1/donor-relations/flows/{id}/commit", {
    params: { path: { id: flow.data.id } },
    body: { on: today },
  });
  check(committed.data?.committedOn === today && committed.data.pledgedOn === today, "commit it on the day it happened; the pledge day stays");

  const corrected = await api.PATCH("/api/v1/donor-relations/flows/{id}", {
    params: { path: { id: flow.data.id }, header: { "If-Match": etag(committed.data.version) } },
    body: { budgetYear: 2027 },
  });
  check(corrected.data?.budgetYear === 2027, "correct the flow's budget year with If-Match");

  const renamed = await api.PATCH("/api/v1/donor-relations/donors/{id}", {
    params: { path: { id: donor.data.id }, header: { "If-Match": etag(donor.data.version) } },
    body: { name: "Government of Kenya" },
  });
  check(renamed.data?.name === "Government of Kenya", "correct a typo in the donor's name");

  const stillReferred = await api.DELETE("/api/v1/donor-relations/donors/{id}", {
    params: { path: { id: donor.data.id }, header: { "If-Match": etag(renamed.data.version) } },
  });
  check(stillReferred.response.status === 409, "a donor a flow refers to is not removed (409)");

  const flowRemoved = await api.DELETE("/api/v1/donor-relations/flows/{id}", {
    params: { path: { id: flow.data.id }, header: { "If-Match": etag(corrected.data.version) } },
  });
  check(flowRemoved.response.status === 204, "remove the flow recorded by mistake");
  const donorRemoved = await api.DELETE("/api/v1/donor-relations/donors/{id}", {
    params: { path: { id: donor.data.id }, header: { "If-Match": etag(renamed.data.version) } },
  });
  check(donorRemoved.response.status === 204, "then the donor nothing refers to any more");

  const history = await api.GET("/api/v1/donor-relations/flows/{id}/history", { params: { path: { id: flow.data.id } } });
  check(history.data?.items.map((e) => e.action).join() === "create,commit,update,delete", "the flow's history stays readable");
  console.log("e2e: the Donor Relations use case works through the typed client");
}
