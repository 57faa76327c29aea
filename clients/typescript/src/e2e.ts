// End to end through the typed client: a walk through each module's use case, each with at least one correction (PATCH
// with If-Match) and one removal (DELETE). API_BASE and API_TOKEN come from the environment (.ci/run sets them; the token
// needs every module's read and write scopes).
import { donorRelations } from "./e2e/donor-relations.js";
import { governingBodies } from "./e2e/governing-bodies.js";
import { migrationData } from "./e2e/migration-data.js";
import { research } from "./e2e/research.js";

await governingBodies();
await donorRelations();
await research();
await migrationData();
