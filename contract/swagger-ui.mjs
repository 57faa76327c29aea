// Swagger UI in a real browser: load /swagger, authorize with a bearer token, run one GET with "Try it out", expect 200.
// Env: API_BASE, API_TOKEN, CHROMIUM (default /usr/bin/chromium). Leaves a screenshot in artifacts/ (git-ignored).
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

const base = process.env.API_BASE ?? "http://127.0.0.1:5000";
const token = process.env.API_TOKEN ?? "";
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  const failures = [];
  page.on("console", (message) => message.type() === "error" && failures.push(message.text()));
  await page.goto(`${base}/swagger/index.html`, { waitUntil: "networkidle" });
  await page.click("button.authorize");
  await page.fill(".modal-ux input", token);
  await page.click(".modal-ux .auth-btn-wrapper button.authorize");
  await page.click(".modal-ux .auth-btn-wrapper button.btn-done");
  const operation = page.locator("#operations-GoverningBodies-GoverningBodies_ListBodies");
  await operation.locator(".opblock-summary").click();
  await operation.locator("button.try-out__btn").click();
  await operation.locator("button.execute").click();
  const status = operation.locator(".live-responses-table .response .response-col_status").first();
  await status.waitFor({ timeout: 15000 });
  const code = (await status.textContent())?.trim();
  mkdirSync("artifacts", { recursive: true });
  await page.screenshot({ path: "artifacts/swagger-ui.png" });
  if (code !== "200") {
    throw new Error(`Swagger UI's "Try it out" answered ${code}`);
  }
  if (failures.some((f) => /Content Security Policy|Refused/i.test(f))) {
    throw new Error(`the page broke its content-security policy: ${failures.join("; ")}`);
  }
  console.log(`swagger-ui: authorized, ran GoverningBodies_ListBodies with "Try it out", got ${code}; screenshot in contract/artifacts/swagger-ui.png`);
} finally {
  await browser.close();
}
