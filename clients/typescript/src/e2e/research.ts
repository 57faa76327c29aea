// Research: propose a work, correct its title (PATCH), and withdraw the proposal made by mistake (DELETE).
import { api, check, etag, unique } from "./walk.js";

export async function research() {
  const code = `E2E-${unique()}`;
  const work = await api.POST("/api/v1/research/works", {
    body: {
      publicationCode: code,
      type: "report",
      title: { en: "Migraton and climate" },
      originalLanguage: "EN",
      contributors: [{ givenName: "Marie", familyName: "McAuliffe", role: "editor" }],
      licence: "CC BY-NC-ND 3.0 IGO",
      peerReview: "internal",
      themes: ["climate"],
      countries: ["KE", "BGD", "50"],
    },
  });
  check(work.data?.status === "proposed" && work.data.originalLanguage === "en", "propose a work; its language comes back in lower case");
  check(work.data.countries.join() === "KEN,BGD", "its countries come back as ISO alpha-3, whatever form they were given in");

  const corrected = await api.PATCH("/api/v1/research/works/{id}", {
    params: { path: { id: work.data.id }, header: { "If-Match": etag(work.data.version) } },
    body: { title: { en: "Migration and climate" } },
  });
  check(corrected.data?.title.en === "Migration and climate", "correct the title's typo with If-Match");

  const stale = await api.DELETE("/api/v1/research/works/{id}", {
    params: { path: { id: work.data.id }, header: { "If-Match": etag(work.data.version) } },
  });
  check(stale.response.status === 412, "a removal with the ETag read before the correction is a 412");
  const removed = await api.DELETE("/api/v1/research/works/{id}", {
    params: { path: { id: work.data.id }, header: { "If-Match": etag(corrected.data.version) } },
  });
  check(removed.response.status === 204, "remove the proposal made by mistake");
  const gone = await api.GET("/api/v1/research/works/{id}", { params: { path: { id: work.data.id } } });
  check(gone.response.status === 404, "it is gone");
  console.log("e2e: the Research use case works through the typed client");
}
