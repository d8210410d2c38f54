"use client";

import { SelectField, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import { purposeLabels } from "@/lib/domain/purpose-labels";
import { labelOptions } from "@/components/ui/label-options";

/** What a decision to scale must name for the new project: department, purpose and first budget (no defaults). */
export function PromotionFields({ state, departments, idPrefix = "" }: { state: ActionState; departments: { id: number; name: string }[]; idPrefix?: string }) {
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <SelectField
        id={`${idPrefix}departmentId`}
        name="departmentId"
        label="Afdeling for projektet"
        state={state}
        placeholder="Vælg afdeling"
        defaultValue=""
        options={departments.map((department) => ({ value: department.id, label: department.name }))}
      />
      <SelectField
        id={`${idPrefix}purpose`}
        name="purpose"
        label="Formål"
        state={state}
        placeholder="Vælg formål"
        defaultValue=""
        options={labelOptions(purposeLabels)}
      />
      <TextField id={`${idPrefix}approvedBudgetKr`} name="approvedBudgetKr" inputMode="numeric" label="Første budget (kr.)" state={state} />
    </div>
  );
}
