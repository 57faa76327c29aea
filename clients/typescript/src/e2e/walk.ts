// What every walk shares: the typed client (API_BASE and API_TOKEN from the environment; .ci/run sets them) and a check.
import { createDivisionsClient } from "../index.js";

const base = process.env.API_BASE ?? "http://127.0.0.1:5000";
const token = process.env.API_TOKEN ?? "";
export const api = createDivisionsClient(base, () => token);

export function check(condition: unknown, what: string): asserts condition {
  if (!condition) {
    throw new Error(`e2e: ${what}`);
  }
  console.log(`  ok: ${what}`);
}

/** The ETag of a resource at a version, as If-Match wants it. */
export const etag = (version: number) => `"${version}"`;

/** A short code unique enough for one run. */
export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();
