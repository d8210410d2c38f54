import { expect, test as setup } from "@playwright/test";
import { allRoles, demoRoles, logIn, storageStateOf } from "./support";

for (const role of allRoles) {
  setup(`log in as ${role}`, async ({ page }) => {
    await logIn(page, demoRoles[role]);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/God(morgen|dag|aften)/);
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
