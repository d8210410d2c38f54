"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, SubmitButton } from "@/components/ui/form";
import { idleState, type ActionState, type FormAction } from "@/lib/action-state";
import { mailDeliveries, notificationKinds, type MailDelivery, type NotificationKind } from "@/lib/codes";
import { mailDeliveryLabels, notificationKindMailLabels } from "@/lib/domain/mail-labels";

const options = mailDeliveries.map((delivery) => ({ value: delivery, label: mailDeliveryLabels[delivery] }));

/** One choice per notification kind: immediately, daily or weekly digest, or no e-mail. */
export function NotificationPreferencesForm({
  action,
  preferences,
  defaults,
}: {
  action: FormAction;
  preferences: Record<NotificationKind, MailDelivery>;
  defaults: Record<NotificationKind, MailDelivery>;
}) {
  const [state, formAction] = useActionState<ActionState, FormData>(action, idleState);
  return (
    <form action={formAction} className="card space-y-5" noValidate aria-label="Valg af e-mails">
      <div key={JSON.stringify(preferences)} className="grid gap-5 md:grid-cols-2">
        {notificationKinds.map((kind) => (
          <SelectField
            key={kind}
            name={kind}
            label={notificationKindMailLabels[kind].label}
            hint={`${notificationKindMailLabels[kind].hint} Standard for din rolle: ${mailDeliveryLabels[defaults[kind]].toLowerCase()}.`}
            options={options}
            defaultValue={preferences[kind]}
            state={state}
          />
        ))}
      </div>
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      <SubmitButton>Gem valg</SubmitButton>
    </form>
  );
}
