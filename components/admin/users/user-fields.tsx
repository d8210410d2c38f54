"use client";

import { SelectField, TextField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action-state";
import { roles } from "@/lib/codes";
import { roleLabels } from "@/lib/domain/role-labels";

export type DepartmentOption = { value: number; label: string };
export type UserFieldValues = { name: string; title: string; role: string; departmentId: string };

/** The user's e-mail: the address they sign in with, unique whatever its case (the server lower-cases it). */
export function EmailField({ id, value, hint, state }: { id: string; value: string; hint: string; state: ActionState }) {
  return (
    <TextField
      id={id}
      name="email"
      type="email"
      label="E-mail"
      hint={hint}
      required
      maxLength={254}
      autoComplete="off"
      spellCheck={false}
      defaultValue={value}
      state={state}
    />
  );
}

const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));

/** Name, title, role and department: the fields an administrator sets on a user. */
export function UserFields({
  prefix,
  values,
  departments,
  state,
}: {
  prefix: string;
  values: Partial<UserFieldValues>;
  departments: DepartmentOption[];
  state: ActionState;
}) {
  return (
    <>
      <TextField id={`${prefix}-name`} name="name" label="Navn" required maxLength={120} autoComplete="off" defaultValue={values.name ?? ""} state={state} />
      <TextField id={`${prefix}-title`} name="title" label="Titel" hint="Fx Afdelingschef eller Digitaliseringskonsulent. Højst 120 tegn." maxLength={120} defaultValue={values.title ?? ""} state={state} />
      <SelectField id={`${prefix}-role`} name="role" label="Rolle" options={roleOptions} required defaultValue={values.role ?? "staff"} state={state} />
      <SelectField
        id={`${prefix}-department`}
        name="departmentId"
        label="Afdeling"
        options={departments}
        placeholder="Ingen afdeling"
        defaultValue={values.departmentId ?? ""}
        state={state}
      />
    </>
  );
}
