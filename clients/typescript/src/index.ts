import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema.js";

export type { components, paths };
export type Schemas = components["schemas"];

/** A client for the IOM Divisions API; every call is typed by the OpenAPI document. */
export function createDivisionsClient(baseUrl: string, token: () => string | Promise<string>) {
  const client = createClient<paths>({ baseUrl });
  const auth: Middleware = {
    async onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${await token()}`);
      return request;
    },
  };
  client.use(auth);
  return client;
}
