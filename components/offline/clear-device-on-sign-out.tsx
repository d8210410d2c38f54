"use client";

import { useEffect, useRef } from "react";
import { clearMeetingDataOnDevice } from "@/lib/offline/service-worker";
import { unsentCount } from "@/lib/offline/store";

const unsentWarning = (count: number) =>
  `${count === 1 ? "1 beslutning eller note" : `${count} beslutninger eller noter`} fra mødetilstand er ikke sendt endnu og slettes, når du logger ud. Log ud alligevel?`;

/**
 * Placed inside a sign-out form: before the form is sent, meeting mode's papers, pages and unsent writes are
 * deleted from this device (the user is asked first if something has not been sent).
 */
export function ClearDeviceOnSignOut() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = marker.current?.closest("form");
    if (!form) return;
    let cleared = false;
    const onSubmit = (event: SubmitEvent) => {
      if (cleared) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const submitter = event.submitter;
      void (async () => {
        const unsent = await unsentCount().catch(() => 0);
        if (unsent > 0 && !window.confirm(unsentWarning(unsent))) return;
        await clearMeetingDataOnDevice();
        cleared = true;
        form.requestSubmit(submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement ? submitter : undefined);
      })();
    };
    form.addEventListener("submit", onSubmit, { capture: true });
    return () => form.removeEventListener("submit", onSubmit, { capture: true });
  }, []);
  return <span ref={marker} hidden />;
}
