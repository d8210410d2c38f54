import { describe, expect, it } from "vitest";
import { roles, type Role } from "@/lib/codes";
import { can, canCreateDepartmentsOnImport, canImportPortfolio, importSetsControlledFieldsDirectly } from "@/lib/permissions";

const actor = (role: Role) => ({ id: 1, role, departmentId: 1 });

describe("portfolio import permissions", () => {
  it("directors and administrators import; department heads and staff never, not even for their own department", () => {
    expect(roles.filter((role) => canImportPortfolio({ role })).sort()).toEqual(["admin", "director"]);
    for (const role of ["department_head", "staff"] as const) {
      expect(can(actor(role), "portfolio.import", { kind: "department", departmentId: 1 })).toBe(false);
    }
  });

  it("only administrators create departments on import; only directors set board-controlled figures directly", () => {
    expect(roles.filter((role) => canCreateDepartmentsOnImport(actor(role)))).toEqual(["admin"]);
    expect(roles.filter((role) => importSetsControlledFieldsDirectly(actor(role)))).toEqual(["director"]);
  });
});
