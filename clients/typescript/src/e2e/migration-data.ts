// Migration data (GMDAC): add a data partner, correct it (PATCH), and remove it while no dataset refers to it (DELETE).
import { api, check, etag, unique } from "./walk.js";

export async function migrationData() {
  const code = `E2E-${unique()}`;
  const partner = await api.POST("/api/v1/migration-data/partners", {
    body: { code, name: "UN DESA Populaton Division", kind: "unAgency" },
  });
  check(partner.data?.code === code, "add a data partner");

  const corrected = await api.PATCH("/api/v1/migration-data/partners/{id}", {
    params: { path: { id: partner.data.id }, header: { "If-Match": etag(partner.data.version) } },
    body: { name: "UN DESA Population Division", website: "https://www.un.org/development/desa/pd/" },
  });
  check(corrected.data?.name === "UN DESA Population Division", "correct its name and add its website with If-Match");

  const removed = await api.DELETE("/api/v1/migration-data/partners/{id}", {
    params: { path: { id: partner.data.id }, header: { "If-Match": etag(corrected.data.version) } },
  });
  check(removed.response.status === 204, "remove the partner no dataset refers to");
  const lookup = await api.GET("/api/v1/migration-data/areas/{code}", { params: { path: { code: "404" } } });
  check(lookup.data?.area?.code === "KEN", "a country found by its M49 code answers its alpha-3 code");
  console.log("e2e: the Migration data use case works through the typed client");
}
